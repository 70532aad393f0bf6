import Foundation
import Terminal
import XCTest

/// Drives the built `kubetutor sandbox --clock manual` (the simulated minikube cluster with the real
/// kubectl) through a real pseudo-terminal: completion, history, Ctrl-C, wide characters, Ctrl-D and the
/// history file it leaves behind.
final class InteractiveSessionTests: XCTestCase {
    private let prompt = "sandbox (default) $ "
    private var dataDirectory: URL!

    override func setUpWithError() throws {
        dataDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kubetutor-pty-\(UUID().uuidString)", isDirectory: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dataDirectory)
    }

    func testTypingCompletionHistoryInterruptAndExit() throws {
        let session = try start()
        defer { session.stop() }
        let promptLine = prompt.trimmingTrailingSpaces()
        session.waitUntil("the first prompt") { $0.cursorLine == promptLine }

        session.typeAtPrompt("kub\t")
        session.waitUntil("`kub` completed to `kubectl `") {
            $0.cursorLine == self.prompt + "kubectl" && $0.column == self.prompt.count + "kubectl ".count
        }
        session.typeAtPrompt("ge\t")
        session.waitUntil("`kubectl ge` completed to `kubectl get `") {
            $0.cursorLine == self.prompt + "kubectl get" && $0.column == self.prompt.count + "kubectl get ".count
        }
        session.typeAtPrompt("nodes mini\t")
        let nodeLine = "kubectl get nodes minikube"
        session.waitUntil("the node name completed from the simulated cluster") {
            $0.cursorLine == self.prompt + nodeLine && $0.column == self.prompt.count + nodeLine.count + 1
        }
        session.typeAtPrompt("\r")
        session.waitUntil("the line to run against the minikube cluster and a new prompt") {
            $0.lines.contains { $0.hasPrefix("NAME       STATUS   ROLES           AGE") }
                && $0.lines.contains { $0.hasPrefix("minikube   Ready    control-plane") }
                && $0.cursorLine == promptLine
        }

        session.typeAtPrompt("\t\t")
        session.waitUntil("the commands listed after a second Tab on an empty line") {
            let listed = Set($0.lines.filter { !$0.hasPrefix(self.prompt) }.flatMap { $0.split(separator: " ").map(String.init) })
            return ["kubectl", "minikube", "kind", "help", "exit", "sleep"].allSatisfy(listed.contains) && $0.cursorLine == promptLine
        }

        session.typeAtPrompt("\u{1B}[A")
        session.waitUntil("Up arrow to recall the last line") { $0.cursorLine == self.prompt + nodeLine }
        session.typeAtPrompt("\u{15}")
        session.waitUntil("Ctrl-U to clear the line") { $0.cursorLine == promptLine }

        session.typeAtPrompt("abc")
        session.waitUntil("`abc` typed") { $0.cursorLine == self.prompt + "abc" }
        session.typeAtPrompt("\u{03}")
        session.waitUntil("Ctrl-C to drop the line and prompt again") {
            $0.lines.contains(self.prompt + "abc^C") && $0.cursorLine == promptLine
        }
        session.typeAtPrompt("help\r")
        session.waitUntil("help output after Ctrl-C (the REPL is alive)") {
            $0.text.contains("to learn more about one of them") && $0.cursorLine == promptLine
        }

        session.typeAtPrompt("中文")
        session.waitUntil("wide characters echoed") { $0.cursorLine == self.prompt + "中文" }
        session.typeAtPrompt("\u{7F}")
        session.waitUntil("backspace to remove one wide character") { $0.cursorLine == self.prompt + "中" }
        session.typeAtPrompt("\r")
        session.waitUntil("the wide line run") { $0.text.contains("中: not available in kubetutor") && $0.cursorLine == promptLine }

        // Ctrl-D only once the line editor is reading again (under load the prompt can show before it is).
        session.typeAtPrompt("x")
        session.waitUntil("the line editor reading again") { $0.cursorLine == self.prompt + "x" }
        session.typeAtPrompt("\u{7F}")
        session.waitUntil("the line empty again") { $0.cursorLine == promptLine && $0.column == self.prompt.count }
        session.typeAtPrompt("\u{04}")
        XCTAssertEqual(session.waitForExit(), 0, "Ctrl-D on an empty line exits with status 0")
        XCTAssertEqual(try historyLines(), [nodeLine, "help", "中"])
    }

    func testHistoryIsLoadedByTheNextRun() throws {
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        try "kubectl get pods\nhelp\n".write(to: dataDirectory.appendingPathComponent("history"),
                                              atomically: true, encoding: .utf8)
        let session = try start()
        defer { session.stop() }
        session.waitUntil("the first prompt") { $0.cursorLine == self.prompt.trimmingTrailingSpaces() }
        session.typeAtPrompt("\u{1B}[A")
        session.waitUntil("the newest saved line") { $0.cursorLine == self.prompt + "help" }
        session.typeAtPrompt("\u{1B}[A")
        session.waitUntil("the older saved line") { $0.cursorLine == self.prompt + "kubectl get pods" }
        session.typeAtPrompt("\r")
        session.waitUntil("the recalled line run") { $0.text.contains("No resources found in default namespace.") }
        session.typeAtPrompt("exit\r")
        XCTAssertEqual(session.waitForExit(), 0, "`exit` leaves with status 0")
        XCTAssertEqual(try historyLines(), ["kubectl get pods", "help", "kubectl get pods", "exit"])
    }

    func testExecOpensAShellInsideThePodUntilExitOrCtrlD() throws {
        let session = try start()
        defer { session.stop() }
        let promptLine = prompt.trimmingTrailingSpaces()
        session.waitUntil("the first prompt") { $0.cursorLine == promptLine }
        session.typeAtPrompt("kubectl run bb --image=busybox -- sleep 3600\r")
        session.waitUntil("the pod created") { $0.text.contains("pod/bb created") && $0.cursorLine == promptLine }
        session.typeAtPrompt("sleep 10\r")
        session.waitUntil("time passed") { $0.lines.contains(self.prompt + "sleep 10") && $0.cursorLine == promptLine }
        session.typeAtPrompt("kubectl exec -it bb -- sh\r")
        session.waitUntil("busybox's prompt inside the pod") { $0.cursorLine == "/ #" && $0.column == 4 }
        session.typeAtPrompt("hostname\r")
        session.waitUntil("the pod's hostname and the pod prompt again") { $0.lines.contains("bb") && $0.cursorLine == "/ #" }
        session.typeAtPrompt("cd /etc\r")
        session.waitUntil("the prompt follows the directory") { $0.cursorLine == "/etc #" }
        session.typeAtPrompt("abc")
        session.waitUntil("`abc` typed at the pod prompt") { $0.cursorLine == "/etc # abc" }
        session.typeAtPrompt("\u{03}")
        session.waitUntil("Ctrl-C clears the line inside the pod shell") { $0.lines.contains("/etc # abc^C") && $0.cursorLine == "/etc #" }
        session.typeAtPrompt("exit\r")
        session.waitUntil("`exit` leaves the pod shell, back at the sandbox prompt") { $0.cursorLine == promptLine }
        session.typeAtPrompt("kubectl exec -it bb -- sh\r")
        session.waitUntil("the pod shell again") { $0.cursorLine == "/ #" }
        session.typeAtPrompt("x")
        session.waitUntil("the line editor reading at the pod prompt") { $0.cursorLine == "/ # x" }
        session.typeAtPrompt("\u{7F}")
        session.waitUntil("the line empty again") { $0.cursorLine == "/ #" && $0.column == 4 }
        session.typeAtPrompt("\u{04}")
        session.waitUntil("Ctrl-D leaves the pod shell, not kubetutor") { $0.cursorLine == promptLine }
        session.typeAtPrompt("exit\r")
        XCTAssertEqual(session.waitForExit(), 0, "`exit` at the sandbox prompt still leaves kubetutor")
    }

    // MARK: helpers

    private func start() throws -> PseudoTerminalProcess {
        try PseudoTerminalProcess.sandbox(dataDirectory: dataDirectory)
    }

    /// The entries of the saved history file, after its header line.
    private func historyLines() throws -> [String] {
        let text = try String(contentsOf: dataDirectory.appendingPathComponent("history"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, HistoryStore.headerPrefix + "1", "the file starts with its format's header")
        return Array(lines.dropFirst())
    }
}
