import Foundation

/// The file `LessonIndex` keeps between launches: the index of a lessons folder, valid only for the same
/// reader version, folder and file contents (a JSON object; anything that does not fit is ignored).
enum LessonIndexCache {
    /// What the cached index must have been made from.
    struct Key: Equatable {
        /// The version of the code that read the files (a changed reader may find other problems).
        var version: String
        /// The lessons folder.
        var directory: String
        /// `name digest` of each lesson file, in name order.
        var files: [String]
    }

    /// The cached entries and issues when the cache was made from `key`.
    static func read(_ url: URL, key: Key) -> (entries: [LessonIndex.Entry], issues: [LessonIssue])? {
        guard let data = FileManager.default.contents(atPath: url.path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["version"] as? String == key.version, object["directory"] as? String == key.directory,
              object["files"] as? [String] == key.files,
              let lessons = object["lessons"] as? [[String: Any]], let issues = object["issues"] as? [[String: Any]] else {
            return nil
        }
        let entries = lessons.compactMap(entry)
        let problems = issues.compactMap(issue)
        guard entries.count == lessons.count, problems.count == issues.count else { return nil }
        return (entries, problems)
    }

    /// Saves the index made from `key` (atomically; a failure leaves the cache as it was).
    static func write(_ url: URL, key: Key, entries: [LessonIndex.Entry], issues: [LessonIssue]) {
        let object: [String: Any] = [
            "version": key.version, "directory": key.directory, "files": key.files,
            "lessons": entries.map { entry -> [String: Any] in
                ["id": entry.id, "order": entry.order, "title": entry.title.byLanguage, "minutes": entry.minutes,
                 "prerequisites": entry.prerequisites, "steps": entry.stepIDs, "file": entry.file]
            },
            "issues": issues.map { issue -> [String: Any] in
                ["file": issue.location.file, "line": issue.location.line, "message": issue.message,
                 "severity": issue.severity.rawValue]
            },
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }

    /// A 64-bit FNV-1a digest of a file's bytes, in hex (enough to notice an edited file).
    static func digest(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        return String(hash, radix: 16) + ":" + String(data.count)
    }

    private static func entry(_ object: [String: Any]) -> LessonIndex.Entry? {
        guard let id = object["id"] as? String, let order = object["order"] as? Int,
              let title = object["title"] as? [String: String], let minutes = object["minutes"] as? Int,
              let prerequisites = object["prerequisites"] as? [String], let steps = object["steps"] as? [String],
              let file = object["file"] as? String else { return nil }
        return LessonIndex.Entry(id: id, order: order, title: LessonText(byLanguage: title), minutes: minutes,
                                 prerequisites: prerequisites, stepIDs: steps, file: file)
    }

    private static func issue(_ object: [String: Any]) -> LessonIssue? {
        guard let file = object["file"] as? String, let line = object["line"] as? Int, let message = object["message"] as? String,
              let severity = (object["severity"] as? String).flatMap(LessonIssue.Severity.init(rawValue:)) else { return nil }
        return LessonIssue(LessonFileLocation(file: file, line: line), message, severity: severity)
    }
}
