import Foundation
import Terminal
import Tutor
import XCTest

/// A test-only mode of this test binary: when `KUBETUTOR_SAVER_FOLDER` is set, `testSaverChild` saves
/// lesson progress, quiz progress and command history into that folder over and over (each save one step
/// further than the one before), until killed or `KUBETUTOR_SAVER_ROUNDS` rounds are done. The kill test
/// SIGKILLs it at random moments; the two-process test runs two at once. It does nothing in a normal run.
final class SaverChild: XCTestCase {
    /// The writer's name, used in lesson ids, question ids and history lines so two writers can be told apart.
    static let writerVariable = "KUBETUTOR_SAVER_WRITER"

    func testSaverChild() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let path = environment["KUBETUTOR_SAVER_FOLDER"] else { return }
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        let writer = environment[Self.writerVariable] ?? "w"
        let rounds = Int(environment["KUBETUTOR_SAVER_ROUNDS"] ?? "") ?? 1_000_000_000
        let lessons = LessonProgressStore(directory: folder)
        let quiz = QuizProgressStore(dataDirectory: folder)
        var progress = quiz.load().progress
        var history = HistoryStore(file: folder.appendingPathComponent("history"), limit: 100_000)
        // Each file carries on from its own saved state, so every save is one step further than the last.
        var lessonRound = lessons.record(for: "lesson-\(writer)")?.hintsUsed ?? 0
        var historyRound = history.entries.filter { $0.hasPrefix(writer + " ") }.count
        for _ in 0..<rounds {
            lessonRound += 1
            try lessons.update("lesson-\(writer)", SaverChild.lessonRecord(lessonRound))
            progress.record("\(writer)-\(progress.rounds + 1)", topic: writer, correct: progress.rounds % 2 == 0, inReview: false)
            progress.rounds += 1
            try quiz.save(progress)
            historyRound += 1
            history.record("\(writer) command \(historyRound)")
            try history.save()
        }
    }

    /// The lesson record a writer saves in round `round`: `round` completed steps named 1…round.
    static func lessonRecord(_ round: Int) -> LessonProgressRecord {
        var record = LessonProgressRecord()
        record.completedSteps = (1...max(round, 1)).map(String.init)
        record.hintsUsed = round
        return record
    }

    /// Starts this test binary in saver mode.
    static func start(folder: URL, writer: String, rounds: Int? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["KubetutorTests.SaverChild/testSaverChild"]
        var environment = ProcessInfo.processInfo.environment
        environment["KUBETUTOR_SAVER_FOLDER"] = folder.path
        environment[writerVariable] = writer
        environment["KUBETUTOR_SAVER_ROUNDS"] = rounds.map(String.init)
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
