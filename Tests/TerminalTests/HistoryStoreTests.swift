@testable import Terminal
import XCTest

/// The history file: parsing, recording rules, the cap and atomic saving.
final class HistoryStoreTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("kubetutor-history-\(UUID().uuidString)", isDirectory: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testParseDropsBlanksAndConsecutiveDuplicates() {
        let text = "kubectl get pods\n\n   \nkubectl get pods\nhelp\r\nkubectl get pods  \n"
        XCTAssertEqual(HistoryStore.parse(text, limit: 10), ["kubectl get pods", "help", "kubectl get pods"])
        XCTAssertEqual(HistoryStore.parse("a\nb\nc\nd\n", limit: 2), ["c", "d"])
        XCTAssertEqual(HistoryStore.parse("", limit: 5), [])
    }

    func testRecordRules() {
        var history = HistoryStore(file: nil, limit: 3)
        XCTAssertEqual(history.record("kubectl get pods "), "kubectl get pods")
        XCTAssertNil(history.record("kubectl get pods"), "a repeat of the last entry is not kept")
        XCTAssertNil(history.record("   "), "blank lines are not kept")
        XCTAssertNil(history.record(""))
        XCTAssertEqual(history.record("help"), "help")
        XCTAssertEqual(history.record("kubectl get pods"), "kubectl get pods", "non-consecutive repeats are kept")
        XCTAssertEqual(history.record("中文"), "中文")
        XCTAssertEqual(history.entries, ["help", "kubectl get pods", "中文"], "capped at the limit, oldest dropped")
    }

    func testSaveCreatesFolderAndRoundTrips() throws {
        let file = folder.appendingPathComponent("nested/history")
        var history = HistoryStore(file: file, limit: 100)
        history.record("kubectl get pods")
        history.record("中文")
        try history.save()
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "kubectl get pods\n中文\n")
        XCTAssertEqual(HistoryStore(file: file, limit: 100).entries, ["kubectl get pods", "中文"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, ["history"], "no temporary file is left behind")
    }

    func testSaveReplacesTheOldFile() throws {
        let file = folder.appendingPathComponent("history")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "old\n".write(to: file, atomically: false, encoding: .utf8)
        var history = HistoryStore(file: file, limit: 2)
        history.record("new")
        history.record("newer")
        try history.save()
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "new\nnewer\n")
    }

    func testSaveFailureIsAnErrorNotATrap() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let blocker = folder.appendingPathComponent("file")
        try "x".write(to: blocker, atomically: false, encoding: .utf8)
        var history = HistoryStore(file: blocker.appendingPathComponent("history"), limit: 10)
        history.record("help")
        XCTAssertThrowsError(try history.save())
    }

    func testMissingFileGivesEmptyHistory() {
        XCTAssertEqual(HistoryStore(file: folder.appendingPathComponent("none"), limit: 10).entries, [])
    }
}
