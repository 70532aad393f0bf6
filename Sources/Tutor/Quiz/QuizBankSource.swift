import Foundation

/// The files of a question bank folder as read from disk, before any is parsed: what `QuizBank.load` reads,
/// and what its cached outline is checked against.
public struct QuizBankSource: Sendable {
    /// The folder.
    public var directory: URL
    /// Each `*.yaml`/`*.yml` file read, in name order: its path and text.
    public var files: [(path: String, text: String)]
    /// Files that could not be read, or the folder holding none.
    public var problems: [LintProblem]

    /// Reads every `*.yaml` file of `directory` (names sorted).
    public static func read(directory: URL) -> QuizBankSource {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var files: [(path: String, text: String)] = []
        var problems: [LintProblem] = []
        for name in names {
            let url = directory.appendingPathComponent(name)
            do {
                files.append((url.path, try String(contentsOf: url, encoding: .utf8)))
            } catch {
                problems.append(LintProblem(SourceLocation(file: url.path, line: 0), "cannot read the file: \(error.localizedDescription)"))
            }
        }
        if names.isEmpty {
            problems.append(LintProblem(SourceLocation(file: directory.path, line: 0), "no question files (*.yaml) here"))
        }
        return QuizBankSource(directory: directory, files: files, problems: problems)
    }

    /// `path digest` of each file read, in order (what a cached outline must have been made from).
    var fingerprints: [String] {
        files.map { $0.path + " " + LessonIndexCache.digest(Data($0.text.utf8)) }
    }
}
