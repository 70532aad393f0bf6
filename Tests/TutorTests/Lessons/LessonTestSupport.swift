import Foundation
import KubeCluster
import KubeCtl
@testable import Tutor

/// Shared helpers for lesson tests: the repository's lessons, and a player that types lines into a
/// lesson session and collects what it prints.
enum LessonFixtures {
    /// 2026-01-05 09:00:00 UTC, the deterministic start of batch sessions.
    static let start: Double = 1_767_603_600

    /// The repository's `lessons/` folder.
    static var lessonsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lessons")
    }

    /// The repository's lessons, read once.
    static let library = LessonLibrary.load(directory: lessonsDirectory)

    /// A lesson read from YAML text (failing the test's expectations shows the issues).
    static func lesson(_ yaml: String, file: String = "test.yaml") -> (Lesson?, [LessonIssue]) {
        LessonReader.read(yaml, file: file)
    }

    static func options(files: SessionFiles = InMemorySessionFiles()) -> LessonWorld.Options {
        LessonWorld.Options(seed: 1, start: start, files: files)
    }
}

/// Types lines into a lesson session like batch mode and keeps the transcript.
final class LessonPlayer {
    let session: LessonSession
    private(set) var transcript = ""

    init(_ lesson: Lesson, startStep: Int? = nil, progress: LessonProgressStore? = nil, language: LessonLanguage = .english,
         files: SessionFiles = InMemorySessionFiles()) throws {
        session = try LessonSession(lesson: lesson, catalog: LessonFixtures.library.lessons, language: language,
                                    options: LessonFixtures.options(files: files), progress: progress, startStep: startStep)
        transcript = session.openingText
    }

    /// Runs one line; returns what it printed.
    @discardableResult
    func run(_ line: String) -> String {
        var output = ""
        let outcome = session.run(line: line, io: ShellIO(stdout: { output += $0 }, stderr: { output += $0 }))
        transcript += "$ \(line)\n" + output
        if outcome == .exit { transcript += "[exit]\n" }
        return output
    }

    /// Runs a solution line after filling in its bindings from the cluster as it is now.
    @discardableResult
    func runSolution(_ line: String) -> String {
        run(session.world.resolvedSolutionLine(line))
    }
}
