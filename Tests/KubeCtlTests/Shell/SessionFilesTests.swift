import XCTest
@testable import KubeCtl

final class SessionFilesTests: XCTestCase {
    private let outside = "Permission denied (kubetutor only uses files inside its session folder)"

    func testPathComponents() throws {
        let cases: [(String, [String]?)] = [
            ("a.yaml", ["a.yaml"]), ("./a/../b", ["b"]), ("a//b/", ["a", "b"]), ("", []), (".", []),
            ("/home/learner", []), ("/home/learner/x/y", ["x", "y"]), ("/home/learnerx", nil),
            ("..", nil), ("a/../..", nil), ("/etc/passwd", nil), ("/", nil),
        ]
        for (path, expected) in cases {
            XCTAssertEqual(try? SessionPath.components(path, root: "/home/learner"), expected, path)
        }
    }

    /// Runs the same contract checks against any store.
    private func checkContract(_ files: SessionFiles, file: StaticString = #filePath, line: UInt = #line) throws {
        try files.write("a.txt", "one\n")
        try files.append("a.txt", "two\n")
        try files.append("new.txt", "x")
        XCTAssertEqual(try files.read("a.txt"), "one\ntwo\n", file: file, line: line)
        XCTAssertEqual(try files.read("./new.txt"), "x", file: file, line: line)
        XCTAssertEqual(try files.kind("a.txt"), .file, file: file, line: line)
        XCTAssertEqual(try files.kind(""), .directory, file: file, line: line)
        XCTAssertNil(try files.kind("missing"), file: file, line: line)
        XCTAssertTrue(files.exists("a.txt"), file: file, line: line)
        XCTAssertFalse(files.exists("../a.txt"), file: file, line: line)
        XCTAssertEqual(try files.list("").filter { !$0.hasPrefix(".") }, ["a.txt", "new.txt"], file: file, line: line)
        let failures: [(() throws -> Void, SessionFileError)] = [
            ({ _ = try files.read("missing") }, .notFound("missing")),
            ({ _ = try files.read("") }, .isDirectory("")),
            ({ try files.write("no/dir/x", "") }, .notFound("no/dir/x")),
            ({ try files.write("a.txt/x", "") }, .notDirectory("a.txt/x")),
            ({ _ = try files.read("../secret") }, .outsideRoot("../secret")),
            ({ try files.write("/etc/passwd", "") }, .outsideRoot("/etc/passwd")),
            ({ try files.remove("sub/../../x") }, .outsideRoot("sub/../../x")),
            ({ try files.remove("missing") }, .notFound("missing")),
        ]
        for (operation, expected) in failures {
            XCTAssertThrowsError(try operation(), file: file, line: line) { error in
                XCTAssertEqual(error as? SessionFileError, expected, file: file, line: line)
            }
        }
        try files.remove("a.txt")
        XCTAssertFalse(files.exists("a.txt"), file: file, line: line)
    }

    func testInMemoryContract() throws {
        try checkContract(InMemorySessionFiles())
    }

    func testInMemoryDirectories() throws {
        let files = InMemorySessionFiles(files: ["k8s/pod.yaml": "kind: Pod\n", "../escape": "dropped"])
        try files.makeDirectory("empty/inner")
        XCTAssertEqual(try files.list(""), ["empty", "k8s"])
        XCTAssertEqual(try files.list("k8s"), ["pod.yaml"])
        XCTAssertEqual(try files.kind("empty/inner"), .directory)
        XCTAssertThrowsError(try files.write("k8s", "x"))
        try files.remove("k8s")
        XCTAssertEqual(try files.list(""), ["empty"])
        XCTAssertEqual(try files.kind("/home/learner/empty/../empty/inner/../../empty"), .directory)
    }

    func testDirectoryContractAndConfinement() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-shell-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let root = base.appendingPathComponent("session")
        let files = DirectorySessionFiles(root: root)
        try checkContract(files)

        let secret = base.appendingPathComponent("secret.txt")
        try "top secret".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link"), withDestinationURL: secret)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("dirlink"), withDestinationURL: base)
        for path in ["link", "dirlink/secret.txt", "../secret.txt", secret.path] {
            XCTAssertThrowsError(try files.read(path), path) { error in
                XCTAssertEqual((error as? SessionFileError)?.reason, outside, path)
            }
        }
        XCTAssertThrowsError(try files.write("dirlink/new.txt", "x"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: base.appendingPathComponent("new.txt").path))

        try files.write(root.appendingPathComponent("abs.txt").path, "inside")
        XCTAssertEqual(try files.read("abs.txt"), "inside")
        XCTAssertEqual(files.rootDisplayPath, root.standardizedFileURL.path)
    }

    func testShellOverDirectoryFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-shell-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let host = RecordingHost()
        let shell = ShellInterpreter(host: host, files: DirectorySessionFiles(root: root))
        var out = ""
        var err = ""
        let io = ShellIO(stdout: { out += $0 }, stderr: { err += $0 })
        shell.run(line: "echo 'kind: Pod' > pod.yaml && cat pod.yaml && cat ../../etc/passwd; echo x > /etc/x; echo $?", io: io)
        XCTAssertEqual(out, "kind: Pod\n1\n")
        XCTAssertEqual(err, "cat: ../../etc/passwd: \(outside)\nbash: /etc/x: \(outside)\n")
        XCTAssertEqual(try String(contentsOf: root.appendingPathComponent("pod.yaml"), encoding: .utf8), "kind: Pod\n")
        XCTAssertEqual(try shell.readFile("pod.yaml"), "kind: Pod\n")
        XCTAssertEqual(try shell.readFile("/dev/null"), "")
    }
}
