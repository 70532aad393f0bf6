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
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "# kubetutor history, schema 1\nkubectl get pods\n中文\n")
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
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "# kubetutor history, schema 1\nnew\nnewer\n")
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

    /// A file from before the header existed is read as plain lines and rewritten with the header.
    func testAFileWithoutTheHeaderIsMigrated() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("history")
        try "one\ntwo\n".write(to: file, atomically: false, encoding: .utf8)
        var history = HistoryStore(file: file, limit: 10)
        XCTAssertEqual(history.entries, ["one", "two"])
        XCTAssertNil(history.notice)
        history.record("three")
        try history.save()
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "# kubetutor history, schema 1\none\ntwo\nthree\n")
    }

    /// A file that is not text is moved aside, named in the notice, and a new history started.
    func testADamagedFileIsMovedAsideAndNamed() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("history")
        let damaged = Data([0x6B, 0xFF, 0x00, 0xFE, 0x0A])
        try damaged.write(to: file)
        var history = HistoryStore(file: file, limit: 10)
        XCTAssertEqual(history.entries, [])
        let notice = try XCTUnwrap(history.notice)
        XCTAssertTrue(notice.contains("it is not text") && notice.contains("history.corrupt-1"), notice)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("history.corrupt-1")), damaged)
        history.record("fresh")
        try history.save()
        XCTAssertEqual(HistoryStore(file: file, limit: 10).entries, ["fresh"])
    }

    /// A history written by a newer kubetutor is left as it is.
    func testANewerFileIsNotOverwritten() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("history")
        let newer = "# kubetutor history, schema 7\n{\"line\": \"x\"}\n"
        try newer.write(to: file, atomically: false, encoding: .utf8)
        var history = HistoryStore(file: file, limit: 10)
        XCTAssertTrue(history.notice?.contains("newer kubetutor (schema 7)") ?? false, history.notice ?? "")
        history.record("kubectl get pods")
        try history.save()
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), newer)
    }

    /// Two stores on one file (two kubetutor processes): each save keeps the other's lines.
    func testTwoStoresOnOneFileKeepEachOthersLines() throws {
        let file = folder.appendingPathComponent("history")
        var one = HistoryStore(file: file, limit: 10)
        var two = HistoryStore(file: file, limit: 10)
        one.record("from one")
        try one.save()
        two.record("from two")
        try two.save()
        one.record("one again")
        try one.save()
        XCTAssertEqual(HistoryStore(file: file, limit: 10).entries, ["from one", "from two", "one again"])
    }
}
