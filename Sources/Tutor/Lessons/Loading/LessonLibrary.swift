import Foundation
import KubeCtl

/// The lessons in a folder (`lessons/*.yaml`), in list order, with the problems found reading them.
public struct LessonLibrary {
    /// The lessons that read without errors, in list order (`order`, then id).
    public var lessons: [Lesson]
    /// Problems in the files; lessons with errors are left out of `lessons`.
    public var issues: [LessonIssue]
    /// The folder the lessons came from.
    public var directory: URL?

    /// A library of `lessons` (sorted here) with the problems found reading them.
    public init(lessons: [Lesson], issues: [LessonIssue] = [], directory: URL? = nil) {
        self.lessons = lessons.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        self.issues = issues
        self.directory = directory
    }

    /// Reads every `*.yaml`/`*.yml` file directly in `directory` (subfolders such as `quiz/` are not lessons).
    public static func load(directory: URL) -> LessonLibrary {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { directory.appendingPathComponent($0) }
        var library = load(files: files)
        library.directory = directory
        return library
    }

    /// Reads the given lesson files.
    public static func load(files: [URL]) -> LessonLibrary {
        var lessons: [Lesson] = []
        var issues: [LessonIssue] = []
        for file in files {
            let shown = file.path
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                issues.append(LessonIssue(LessonFileLocation(file: shown, line: 0), "cannot read the file"))
                continue
            }
            let (lesson, found) = LessonReader.read(text, file: shown)
            issues += found
            guard let lesson else { continue }
            let base = file.deletingPathExtension().lastPathComponent
            if lesson.id != base {
                issues.append(LessonIssue(lesson.location, "the id \"\(lesson.id)\" should match the file name \(base)"))
            }
            if let other = lessons.first(where: { $0.id == lesson.id }) {
                issues.append(LessonIssue(lesson.location, "the id \"\(lesson.id)\" is also used by \(other.location.file)"))
                continue
            }
            lessons.append(lesson)
        }
        let ids = Set(lessons.map(\.id))
        for lesson in lessons {
            for prerequisite in lesson.prerequisites where !ids.contains(prerequisite) {
                issues.append(LessonIssue(lesson.location, "prerequisite \"\(prerequisite)\" is not a lesson"))
            }
        }
        return LessonLibrary(lessons: lessons, issues: issues)
    }

    /// Why a lesson name did not pick a lesson.
    public struct LookupError: Error, CustomStringConvertible {
        /// What went wrong, with suggestions.
        public var description: String
    }

    /// The lesson called `name` (its id, or an unambiguous prefix of one).
    public func lesson(named name: String) -> Result<Lesson, LookupError> {
        LessonLibrary.lessonID(named: name, among: lessons.map(\.id)).flatMap { id in
            lessons.first { $0.id == id }.map { .success($0) } ?? .failure(LookupError(description: "no lesson is called \"\(name)\""))
        }
    }

    /// The id `name` picks among `ids` (in list order): the id itself, or an unambiguous prefix of one.
    static func lessonID(named name: String, among ids: [String]) -> Result<String, LookupError> {
        let key = name.lowercased()
        if ids.contains(key) { return .success(key) }
        let prefixed = ids.filter { $0.hasPrefix(key) }
        if prefixed.count == 1, let only = prefixed.first { return .success(only) }
        if prefixed.count > 1 {
            return .failure(LookupError(description: "\"\(name)\" could be \(prefixed.joined(separator: ", "))"))
        }
        let suggestion = Suggestions.closest(to: key, among: ids).map { "; did you mean \"\($0)\"?" } ?? ""
        return .failure(LookupError(description: "no lesson is called \"\(name)\"\(suggestion) (`kubetutor lessons` lists them)"))
    }

    /// Where the lesson files are: `$KUBETUTOR_LESSONS`, `./lessons`, or a `lessons` folder next to (or above)
    /// the executable, as in a source checkout (`.build/release/kubetutor` → `lessons/`).
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String = CommandLine.arguments.first ?? "",
                              workingDirectory: String = FileManager.default.currentDirectoryPath) -> URL? {
        var candidates: [URL] = []
        if let custom = environment["KUBETUTOR_LESSONS"], !custom.isEmpty { candidates.append(URL(fileURLWithPath: custom)) }
        candidates.append(URL(fileURLWithPath: workingDirectory).appendingPathComponent("lessons"))
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("lessons"))
            candidates.append(folder.appendingPathComponent("share/kubetutor/lessons"))
            folder = folder.deletingLastPathComponent()
        }
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
