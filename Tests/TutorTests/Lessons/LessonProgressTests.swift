import XCTest
import KubeCluster
import KubeCtl
@testable import Tutor

/// Progress is written atomically, a corrupt file is moved aside (never lost), and a lesson resumes at
/// the saved step with its cluster rebuilt from the setup and the earlier steps' solutions.
final class LessonProgressTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testSaveAndLoadRoundTripWithoutLeftovers() throws {
        let store = LessonProgressStore(directory: folder)
        var record = LessonProgressRecord()
        record.completedSteps = ["a"]
        record.currentStep = "b"
        record.hintsUsed = 2
        try store.update("basic", record)
        XCTAssertEqual(LessonProgressStore(directory: folder).record(for: "basic"), record)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertEqual(names, ["lesson-progress.json"], "no temp file is left behind")
        let text = try String(contentsOf: store.fileURL, encoding: .utf8)
        XCTAssertTrue(text.contains("\"schemaVersion\" : 1"), text)
    }

    func testACorruptFileIsMovedAsideWithAMessage() throws {
        let store = LessonProgressStore(directory: folder)
        try "{ this is not json".write(to: store.fileURL, atomically: true, encoding: .utf8)
        XCTAssertEqual(store.load(), LessonProgressFile())
        let notice = try XCTUnwrap(store.notice)
        XCTAssertTrue(notice.contains("it is not a JSON object"), notice)
        XCTAssertTrue(notice.contains("lesson-progress.corrupt-1.json"), notice)
        let kept = try String(contentsOf: folder.appendingPathComponent("lesson-progress.corrupt-1.json"), encoding: .utf8)
        XCTAssertEqual(kept, "{ this is not json")
        try store.update("basic", LessonProgressRecord())
        XCTAssertNotNil(LessonProgressStore(directory: folder).record(for: "basic"))
    }

    func testAFileFromANewerVersionIsNotOverwritten() throws {
        let store = LessonProgressStore(directory: folder)
        let newer = "{\"schemaVersion\": 99, \"lessons\": {}}"
        try newer.write(to: store.fileURL, atomically: true, encoding: .utf8)
        _ = store.load()
        XCTAssertTrue(store.notice?.contains("written by a newer kubetutor (schema 99)") ?? false, store.notice ?? "")
        XCTAssertTrue(store.readOnly)
        try store.update("basic", LessonProgressRecord())
        XCTAssertEqual(try String(contentsOf: store.fileURL, encoding: .utf8), newer, "left as it is")
    }

    /// A file from before versions were written (no schemaVersion, fewer fields) is read with defaults
    /// and rewritten in the current format.
    func testAnOlderFileIsMigrated() throws {
        let store = LessonProgressStore(directory: folder)
        try "{\"lessons\": {\"pods\": {\"completedSteps\": [\"a\"], \"hintsUsed\": 9223372036854775807}}}"
            .write(to: store.fileURL, atomically: true, encoding: .utf8)
        let record = try XCTUnwrap(store.record(for: "pods"))
        XCTAssertNil(store.notice)
        XCTAssertEqual(record.completedSteps, ["a"])
        XCTAssertEqual(record.hintsUsed, 1_000_000_000, "a huge counter is clamped so adding to it cannot overflow")
        try store.update("pods", record)
        let text = try String(contentsOf: store.fileURL, encoding: .utf8)
        XCTAssertTrue(text.contains("\"schemaVersion\" : 1"), text)
        XCTAssertTrue(text.contains("\"skippedSteps\" : ["), text)
    }

    /// Two stores on one folder (two processes) working on different lessons keep both lessons; on the
    /// same lesson the later save wins and says so once.
    func testTwoStoresOnOneFolderKeepBothLessons() throws {
        let one = LessonProgressStore(directory: folder), two = LessonProgressStore(directory: folder)
        var record = LessonProgressRecord()
        record.completedSteps = ["x"]
        XCTAssertNil(try one.update("pods", record))
        XCTAssertNil(try two.update("services", record))
        XCTAssertNil(try one.update("pods", LessonProgressRecord()))
        let lessons = LessonProgressStore(directory: folder).load().lessons
        XCTAssertEqual(Set(lessons.keys), ["pods", "services"])
        let warning = try two.update("pods", record)
        XCTAssertTrue(warning?.contains("another kubetutor also saved progress in lesson pods") ?? false, warning ?? "")
        XCTAssertNil(try two.update("pods", record), "the warning is given once")
    }

    func testResumingRebuildsTheClusterAtTheSavedStep() throws {
        let store = LessonProgressStore(directory: folder)
        let first = try LessonPlayer(TestLessons.basic, progress: store)
        first.run("kubectl get pods")
        XCTAssertEqual(first.session.currentStepIndex, 1)
        first.run("hint")
        XCTAssertEqual(first.run("quit"), "Progress saved. `kubetutor lesson basic` picks up where you left off.\n")
        let saved = try XCTUnwrap(store.record(for: "basic"))
        XCTAssertEqual(saved.completedSteps, ["look"])
        XCTAssertEqual(saved.currentStep, "count")
        XCTAssertEqual(saved.hintsUsed, 1)

        let resumed = try LessonPlayer(TestLessons.basic, progress: LessonProgressStore(directory: folder))
        XCTAssertEqual(resumed.session.currentStepIndex, 1)
        XCTAssertTrue(resumed.transcript.contains("Welcome back. The cluster was rebuilt as it was when step 2 began."), resumed.transcript)
        XCTAssertTrue(resumed.transcript.contains("── 2/3 · Count ──"), resumed.transcript)
        XCTAssertEqual(resumed.session.world.cluster.store.list(Pod.self, namespace: "default").count, 2)
        XCTAssertTrue(resumed.run("progress").contains("✓ 1. Look"))
    }

    func testAFinishedLessonIsListedDoneAndStartsOverWhenOpened() throws {
        let store = LessonProgressStore(directory: folder)
        let player = try LessonPlayer(TestLessons.basic, progress: store)
        for step in TestLessons.basic.steps { for line in step.solution { player.runSolution(line) } }
        XCTAssertTrue(player.session.isFinished)
        let listing = LessonListing.render([TestLessons.basic], progress: store.load(), language: .english)
        XCTAssertTrue(listing.contains("  ✓ basic"), listing)
        let again = try LessonPlayer(TestLessons.basic, progress: LessonProgressStore(directory: folder))
        XCTAssertEqual(again.session.currentStepIndex, 0)
        XCTAssertFalse(again.session.isFinished)
        XCTAssertTrue(LessonListing.render([TestLessons.basic], progress: LessonProgressStore(directory: folder).load(), language: .english)
            .contains("  ✓ basic"), "a lesson done once stays ticked")
    }
}
