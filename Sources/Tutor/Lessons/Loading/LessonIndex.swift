import Foundation

/// What starting or listing lessons needs of every lesson file — each valid lesson's id, title, length and
/// step ids, and the problems found in the files — without reading every file in full each time (issue #9).
///
/// The index is kept in a cache file keyed by the files' contents and the reader's version: when nothing
/// changed, a launch reads only the files' bytes (to check them) and parses only the lesson it starts;
/// otherwise every file is read in full, as `LessonLibrary.load(directory:)` does, and the cache is rewritten.
/// Either way the lessons, their order and the problems are exactly those of the full read.
public struct LessonIndex {
    /// One lesson that reads without errors: what the lesson list, name lookup and "what next" need.
    public struct Entry: Equatable {
        /// The lesson's id.
        public var id: String
        /// Its position in the list.
        public var order: Int
        /// Its title.
        public var title: LessonText
        /// Estimated minutes.
        public var minutes: Int
        /// Lessons worth doing first.
        public var prerequisites: [String]
        /// The ids of its steps, in order.
        public var stepIDs: [String]
        /// The file it was read from, as `LessonLibrary` shows it.
        public var file: String
    }

    /// The valid lessons in list order.
    public private(set) var entries: [Entry]
    /// The problems found in the files, as the full read reports them.
    public private(set) var issues: [LessonIssue]
    /// The lessons folder.
    public let directory: URL
    /// The full library when this index was made by reading every file (the cache did not fit).
    public private(set) var library: LessonLibrary?
    /// The bytes of each lesson file read, by the path entries name (decoded only for the lesson started:
    /// decoding every file took as long as the rest of a cached launch).
    private var texts: [String: Data] = [:]

    /// The index of the lessons in `directory`, from `cacheFile` when it fits the files and `readerVersion`,
    /// else by reading every file (then the cache is rewritten; a cache that cannot be written is skipped).
    public static func load(directory: URL, cacheFile: URL?, readerVersion: String) -> LessonIndex {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var texts: [String: Data] = [:]
        var fingerprints: [String] = []
        for name in names {
            let path = directory.appendingPathComponent(name).path
            // A file that is not UTF-8 needs no check here: the cache fitting its bytes was made by the full read,
            // which reported it.
            guard let data = FileManager.default.contents(atPath: path) else {
                fingerprints = []
                texts = [:]
                break
            }
            texts[path] = data
            fingerprints.append(name + " " + LessonIndexCache.digest(data))
        }
        let key = LessonIndexCache.Key(version: readerVersion, directory: directory.path, files: fingerprints)
        if !texts.isEmpty, let cacheFile, let cached = LessonIndexCache.read(cacheFile, key: key) {
            return LessonIndex(entries: cached.entries, issues: cached.issues, directory: directory, library: nil, texts: texts)
        }
        let library = LessonLibrary.load(directory: directory)
        let entries = library.lessons.map { lesson in
            Entry(id: lesson.id, order: lesson.order, title: lesson.title, minutes: lesson.minutes,
                  prerequisites: lesson.prerequisites, stepIDs: lesson.steps.map(\.id), file: lesson.location.file)
        }
        if !texts.isEmpty, let cacheFile {
            LessonIndexCache.write(cacheFile, key: key, entries: entries, issues: library.issues)
        }
        return LessonIndex(entries: entries, issues: library.issues, directory: directory, library: library, texts: texts)
    }

    /// The id `name` picks (the id, or an unambiguous prefix of one), or why it picks none — as `LessonLibrary` says it.
    public func lessonID(named name: String) -> Result<String, LessonLibrary.LookupError> {
        LessonLibrary.lessonID(named: name, among: entries.map(\.id))
    }

    /// The lesson `id`, read in full (only its own file is parsed when the index came from the cache).
    public func lesson(id: String) -> Lesson? {
        if let library { return library.lessons.first { $0.id == id } }
        guard let entry = entries.first(where: { $0.id == id }) else { return nil }
        let text = text(ofFile: entry.file) ?? (try? String(contentsOfFile: entry.file, encoding: .utf8)) ?? ""
        guard let lesson = LessonReader.read(text, file: entry.file).lesson, lesson.id == id else { return nil }
        return lesson
    }

    /// The text of lesson file `path` as this index read it (nil when it did not keep it or it is not UTF-8).
    func text(ofFile path: String) -> String? { texts[path].flatMap { String(data: $0, encoding: .utf8) } }

    /// The bytes of lesson file `path` as this index read it (nil when it did not keep them).
    func contents(ofFile path: String) -> Data? { texts[path] }

    /// Every valid lesson in list order: in full when the index read them all, else as outlines carrying what
    /// the lesson list and the end-of-lesson suggestion use (id, order, title, minutes, prerequisites, step ids).
    public var catalog: [Lesson] {
        if let library { return library.lessons }
        return entries.map { entry in
            Lesson(id: entry.id, order: entry.order, title: entry.title, prerequisites: entry.prerequisites,
                   minutes: entry.minutes, steps: entry.stepIDs.map { LessonStep(id: $0, title: .empty) },
                   location: LessonFileLocation(file: entry.file, line: 0))
        }
    }
}
