import Foundation
import XCTest

/// The built `kubetutor` binary in batch mode (stdin not a terminal): transcripts are exact and reproducible,
/// and bad situations (a closed output pipe, an unknown subcommand) end cleanly.
final class BatchTranscriptTests: XCTestCase {
    /// A session touching the cluster, kubectl's printers, the shell and simulated time.
    static let script = """
        help sleep
        kubectl get nodes
        kubectl create deployment web --image=nginx:1.27 --replicas=2
        kubectl expose deployment web --port=80 --type=NodePort
        sleep 20
        kubectl get pods -o wide
        kubectl get deploy,rs,svc
        kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}' | wc -l
        kubectl get pod nope
        exit

        """

    func testTheSameSeedAndInputGiveTheSameTranscriptAsTheGolden() throws {
        let binary = try Self.binary()
        let first = try Self.run(binary, ["sandbox", "--seed", "7"], input: Self.script)
        let second = try Self.run(binary, ["sandbox", "--seed", "7"], input: Self.script)
        XCTAssertEqual(first.output, second.output, "two runs with the same seed and input differ")
        XCTAssertEqual(first.status, 0)
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/sandbox-seed7.txt")
        let expected = try String(contentsOf: golden, encoding: .utf8)
        XCTAssertEqual(first.output, expected, "the transcript no longer matches \(golden.path)")
    }

    func testHelpPrintsAsATranscript() throws {
        let result = try Self.run(try Self.binary(), ["sandbox"], input: "help\nexit\n")
        XCTAssertTrue(result.output.hasPrefix("$ help\nYou are in the sandbox. Commands you can type:\n"), result.output)
        XCTAssertTrue(result.output.hasSuffix("$ exit\n"), result.output)
        XCTAssertEqual(result.status, 0)
    }

    func testADifferentSeedGivesDifferentNames() throws {
        let binary = try Self.binary()
        let input = "kubectl create deployment web --image=nginx\nkubectl get pods -o name\n"
        let one = try Self.run(binary, ["sandbox", "--seed", "1"], input: input)
        let two = try Self.run(binary, ["sandbox", "--seed", "2"], input: input)
        XCTAssertNotEqual(one.output, two.output)
    }

    func testAClosedOutputPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = ["sandbox"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        try output.fileHandleForReading.close()
        input.fileHandleForWriting.write(Data(String(repeating: "kubectl get pods -A\n", count: 50).utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, "kubetutor was killed by a signal instead of ending")
    }

    func testVersionAndUnknownSubcommand() throws {
        let binary = try Self.binary()
        let version = try Self.run(binary, ["--version"], input: "")
        XCTAssertTrue(version.output.hasPrefix("kubetutor "), version.output)
        XCTAssertEqual(version.status, 0)
        let unknown = try Self.run(binary, ["sandboxx"], input: "")
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.output.contains("sandboxx"), unknown.output)
    }

    // MARK: - Running the binary

    static func binary() throws -> URL {
        var candidates: [URL] = []
        if let custom = ProcessInfo.processInfo.environment["KUBETUTOR_BINARY"] { candidates.append(URL(fileURLWithPath: custom)) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("kubetutor"))
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/kubetutor"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("the kubetutor binary is not built (run `swift build` first); set KUBETUTOR_BINARY to point at it")
        }
        return found
    }

    /// Runs the binary with `arguments`, feeding `input`; stdout and stderr together, as `2>&1` shows them.
    static func run(_ binary: URL, _ arguments: [String], input: String) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-test-\(UUID().uuidString)")
        var environment = ProcessInfo.processInfo.environment
        environment["KUBETUTOR_DATA_DIR"] = data.path
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: data)
        return (String(decoding: output, as: UTF8.self), process.terminationStatus)
    }
}
