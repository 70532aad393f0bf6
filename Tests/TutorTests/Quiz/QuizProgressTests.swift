import XCTest
@testable import Tutor

/// Leitner scheduling, per-topic scores, and the progress file: atomic saves, schema version, damaged files.
final class QuizProgressTests: XCTestCase {
    func testMissedQuestionsAreDueAtTheNextReviewAndClimbBoxes() {
        var progress = QuizProgress()
        progress.record("a", topic: "pods", correct: false, inReview: false)
        progress.record("b", topic: "pods", correct: true, inReview: false)
        XCTAssertEqual(progress.dueQuestionIDs, ["a"])
        // Review round 0: right answer moves a to box 2, due two review rounds later.
        progress.record("a", topic: "pods", correct: true, inReview: true)
        progress.reviewRounds += 1
        XCTAssertEqual(progress.questions["a"]?.box, 2)
        XCTAssertEqual(progress.dueQuestionIDs, [])
        progress.reviewRounds += 1
        XCTAssertEqual(progress.dueQuestionIDs, ["a"])
        // Missed in a review: back to box 1, due in the next review round.
        progress.record("a", topic: "pods", correct: false, inReview: true)
        XCTAssertEqual(progress.questions["a"]?.box, 1)
        XCTAssertEqual(progress.dueQuestionIDs, [])
        progress.reviewRounds += 1
        XCTAssertEqual(progress.dueQuestionIDs, ["a"])
    }

    func testBoxesStopAtFive() {
        var progress = QuizProgress()
        progress.record("q", topic: "t", correct: false, inReview: false)
        for _ in 0..<8 {
            progress.record("q", topic: "t", correct: true, inReview: true)
            progress.reviewRounds += 16
        }
        XCTAssertEqual(progress.questions["q"]?.box, 5)
    }

    func testTopicScores() {
        var progress = QuizProgress()
        progress.record("a", topic: "pods", correct: true, inReview: false)
        progress.record("b", topic: "pods", correct: false, inReview: false)
        progress.record("c", topic: "services", correct: true, inReview: false)
        let scores = progress.topicScores.map { "\($0.topic) \($0.correct)/\($0.attempts)" }
        XCTAssertEqual(scores, ["pods 1/2", "services 1/1"])
    }

    func testProgressReportHasBars() {
        var progress = QuizProgress()
        progress.record("a", topic: "pods", correct: true, inReview: false)
        progress.record("b", topic: "pods", correct: false, inReview: false)
        progress.record("c", topic: "services", correct: true, inReview: false)
        XCTAssertEqual(QuizSession.progressReport(progress, language: .english), """
            Your progress by topic (correct answers / attempts)
              pods        █████░░░░░     1/2   50%
              services    ██████████     1/1  100%
            1 question is due for review.

            """)
        XCTAssertTrue(QuizSession.progressReport(progress, language: .traditionalChinese).hasPrefix("各主題進度"))
    }

    func testSaveAndLoadRoundTrip() throws {
        let folder = QuizTestSupport.scratchFolder("roundtrip")
        let store = QuizProgressStore(dataDirectory: folder)
        var progress = QuizProgress()
        progress.record("a", topic: "pods", correct: false, inReview: false)
        progress.rounds = 3
        try store.save(progress)
        let (loaded, notice) = QuizProgressStore(dataDirectory: folder).load()
        XCTAssertNil(notice)
        XCTAssertEqual(loaded, progress)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertEqual(names, ["quiz-progress.json"], "no temporary files are left behind")
        let text = try String(contentsOf: store.url, encoding: .utf8)
        XCTAssertTrue(text.contains("\"schemaVersion\" : 1"))
    }

    func testDamagedFileIsMovedAsideWithAMessage() throws {
        let folder = QuizTestSupport.scratchFolder("damaged")
        let store = QuizProgressStore(dataDirectory: folder)
        try "{ not json".write(to: store.url, atomically: false, encoding: .utf8)
        let (progress, notice) = store.load()
        XCTAssertEqual(progress, QuizProgress())
        XCTAssertTrue(notice?.contains("quiz-progress.corrupt-1.json") ?? false, notice ?? "no notice")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("quiz-progress.corrupt-1.json"), encoding: .utf8), "{ not json")
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.url.path))
        try "[]".write(to: store.url, atomically: false, encoding: .utf8)
        _ = QuizProgressStore(dataDirectory: folder).load()
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("quiz-progress.corrupt-2.json").path))
    }

    func testNewerSchemaIsLeftAlone() throws {
        let folder = QuizTestSupport.scratchFolder("newer")
        let store = QuizProgressStore(dataDirectory: folder)
        let newer = "{\"schemaVersion\": 9, \"whatever\": true}"
        try newer.write(to: store.url, atomically: false, encoding: .utf8)
        let (_, notice) = store.load()
        XCTAssertTrue(notice?.contains("newer kubetutor") ?? false)
        XCTAssertFalse(store.isWritable)
        try store.save(QuizProgress())
        XCTAssertEqual(try String(contentsOf: store.url, encoding: .utf8), newer)
    }

    func testAtomicWriteReplacesAndCreatesFolders() throws {
        let folder = QuizTestSupport.scratchFolder("atomic").appendingPathComponent("deeper/still")
        let file = folder.appendingPathComponent("x.json")
        try AtomicFile.write(Data("one".utf8), to: file)
        try AtomicFile.write(Data("two".utf8), to: file)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "two")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["x.json"])
    }
}
