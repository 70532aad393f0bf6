import Foundation
import XCTest

/// `kubetutor serve` as a learner runs it: the built binary writes a kubeconfig, serves with the wall clock, answers
/// the upstream kubectl, and stops on Ctrl-C.
final class ServeCommandTests: XCTestCase {
    /// The kubetutor binary: $KUBETUTOR_BINARY, beside the test bundle, or in .build/debug of this checkout.
    static var binary: URL? {
        var candidates: [URL] = []
        if let custom = ProcessInfo.processInfo.environment["KUBETUTOR_BINARY"] { candidates.append(URL(fileURLWithPath: custom)) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("kubetutor"))
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/kubetutor"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func testServeWritesAKubeconfigAnswersKubectlAndStopsOnInterrupt() throws {
        try ServeHarness.requireKubectl()
        guard let binary = Self.binary else {
            throw XCTSkip("the kubetutor binary is not built (run `swift build` first); set KUBETUTOR_BINARY to point at it")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-serve-cmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let kubeconfig = folder.appendingPathComponent("config").path
        let server = Process()
        server.executableURL = binary
        server.arguments = ["serve", "--profile", "kind", "--seed", "7", "--kubeconfig", kubeconfig, "--data-dir", folder.path]
        let output = CapturedPipe()
        server.standardOutput = output.pipe
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { server.terminate() } }
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: kubeconfig), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertTrue(FileManager.default.fileExists(atPath: kubeconfig), "the kubeconfig was not written")

        let kubectl = Process()
        kubectl.executableURL = URL(fileURLWithPath: ServeHarness.kubectlPath)
        kubectl.arguments = ["get", "nodes", "-o", "name"]
        kubectl.environment = ["KUBECONFIG": kubeconfig, "HOME": folder.path]
        let nodes = CapturedPipe()
        kubectl.standardOutput = nodes.pipe
        kubectl.standardError = FileHandle.nullDevice
        try kubectl.run()
        kubectl.waitUntilExit()
        XCTAssertEqual(nodes.text(), "node/kind-control-plane\n")

        server.interrupt()
        server.waitUntilExit()
        XCTAssertEqual(server.terminationStatus, 0)
        let printed = output.text()
        XCTAssertTrue(printed.contains("export KUBECONFIG=\(kubeconfig)\n"), printed)
        XCTAssertTrue(printed.contains("Stopped after "), printed)
    }
}
