import Foundation
import KubeCluster

/// The file kept per lesson so that starting it does not wait for its whole file to be read (issue #9): an
/// outline of what `LessonSession.opening` reads — the title block, each step's id, title, text, task, question
/// and solution, and the setup's commands — valid only for the same reader version, file and file contents.
///
/// A JSON object; a file that is missing, unreadable, corrupt or made from other contents is ignored (the
/// lesson is then read in full and the file rewritten).
enum LessonOpeningCache {
    /// What the cached outline must have been made from.
    struct Key: Equatable {
        /// The version of the code that read the file (a changed reader may read it differently).
        var version: String
        /// The lesson file, as the index names it.
        var file: String
        /// `LessonIndexCache.digest` of the file's bytes.
        var digest: String
    }

    /// The cache file of lesson `id` in `folder`, or nil when the id is not a plain file name (only
    /// lowercase letters, digits and dashes, as valid lesson ids are).
    static func file(forLesson id: String, in folder: URL) -> URL? {
        let plain = !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        return plain ? folder.appendingPathComponent("lesson-opening-\(id).json") : nil
    }

    /// The outline cached in `url` when it was made from `key`: a `Lesson` carrying only what the opening reads.
    static func read(_ url: URL, key: Key) -> Lesson? {
        guard let data = FileManager.default.contents(atPath: url.path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["version"] as? String == key.version, object["file"] as? String == key.file,
              object["digest"] as? String == key.digest, let lesson = object["lesson"] as? [String: Any] else {
            return nil
        }
        return outline(lesson, file: key.file)
    }

    /// Saves the outline of `lesson` made from `key` (atomically; a failure leaves the cache as it was).
    static func write(_ url: URL, key: Key, lesson: Lesson) {
        let object: [String: Any] = ["version": key.version, "file": key.file, "digest": key.digest, "lesson": encode(lesson)]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }

    private static func encode(_ lesson: Lesson) -> [String: Any] {
        [
            "id": lesson.id, "title": lesson.title.byLanguage, "summary": lesson.summary.byLanguage, "minutes": lesson.minutes,
            "profile": lesson.profile.rawValue, "setupCommands": lesson.setup.commands,
            "steps": lesson.steps.map { step -> [String: Any] in
                var object: [String: Any] = ["id": step.id, "title": step.title.byLanguage, "text": step.text.byLanguage,
                                             "task": step.task.byLanguage, "solution": step.solution]
                if let question = step.question { object["ask"] = question.ask.byLanguage }
                return object
            },
        ]
    }

    private static func outline(_ object: [String: Any], file: String) -> Lesson? {
        guard let id = object["id"] as? String, let title = object["title"] as? [String: String],
              let summary = object["summary"] as? [String: String], let minutes = object["minutes"] as? Int,
              let profile = (object["profile"] as? String).flatMap(ClusterProfile.init(rawValue:)),
              let commands = object["setupCommands"] as? [String], let stepObjects = object["steps"] as? [[String: Any]] else {
            return nil
        }
        let steps = stepObjects.compactMap { step(from: $0, file: file) }
        guard steps.count == stepObjects.count else { return nil }
        var setup = LessonSetup()
        setup.commands = commands
        return Lesson(id: id, title: LessonText(byLanguage: title), summary: LessonText(byLanguage: summary), minutes: minutes,
                      profile: profile, setup: setup, steps: steps, location: LessonFileLocation(file: file, line: 0))
    }

    private static func step(from object: [String: Any], file: String) -> LessonStep? {
        guard let id = object["id"] as? String, let title = object["title"] as? [String: String],
              let text = object["text"] as? [String: String], let task = object["task"] as? [String: String],
              let solution = object["solution"] as? [String] else { return nil }
        var question: StepQuestion?
        if let ask = object["ask"] {
            guard let ask = ask as? [String: String] else { return nil }
            // The opening shows only the question; its answer is read with the full lesson.
            question = StepQuestion(ask: LessonText(byLanguage: ask), answer: .kubeconfig(.namespace),
                                    location: LessonFileLocation(file: file, line: 0))
        }
        return LessonStep(id: id, title: LessonText(byLanguage: title), text: LessonText(byLanguage: text),
                          task: LessonText(byLanguage: task), solution: solution, question: question)
    }
}

extension LessonIndex {
    /// Lesson `id` as far as its opening needs it (`LessonSession.opening`), and whether that is the lesson in
    /// full: an outline from `cacheFolder` when one there was made from the same file contents and
    /// `readerVersion` (and the index did not read every file anyway); else the lesson read in full (and its
    /// outline cached). Nil when it cannot be read.
    public func openingLesson(id: String, cacheFolder: URL?, readerVersion: String) -> (lesson: Lesson, complete: Bool)? {
        guard let entry = entries.first(where: { $0.id == id }), let data = contents(ofFile: entry.file),
              let cacheFile = cacheFolder.flatMap({ LessonOpeningCache.file(forLesson: id, in: $0) }) else {
            return lesson(id: id).map { ($0, true) }
        }
        let key = LessonOpeningCache.Key(version: readerVersion, file: entry.file, digest: LessonIndexCache.digest(data))
        // When every file was just read in full (the index was not cached) the lesson is at hand already.
        if library == nil, let outline = LessonOpeningCache.read(cacheFile, key: key), outline.id == id { return (outline, false) }
        guard let full = lesson(id: id) else { return nil }
        LessonOpeningCache.write(cacheFile, key: key, lesson: full)
        return (full, true)
    }
}
