import Foundation
import XCTest

/// Ctrl-C (byte 0x03 on a real pseudo-terminal) while a long command runs in `kubetutor sandbox --clock
/// manual`: the command stops, the prompt comes back, the line's status is 130, and the next command works
/// on a consistent cluster. Each command given here would run for a long time without Ctrl-C (a week of a
/// cluster full of crash loops), so only Ctrl-C explains the prompt coming back with these screens.
final class InterruptSessionTests: XCTestCase {
    private let prompt = "sandbox (default) $ "
    private var dataDirectory: URL!

    override func setUpWithError() throws {
        dataDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kubetutor-pty-interrupt-\(UUID().uuidString)", isDirectory: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dataDirectory)
    }

    func testCtrlCStopsFastForwardWaitAndWatchAndThePromptComesBack() throws {
        let session = try start()
        defer { session.stop() }
        let promptLine = prompt.trimmingTrailingSpaces()
        session.waitUntil("the first prompt") { $0.cursorLine == promptLine }
        session.type("kubectl create deployment crash --image=busybox --replicas=40 -- sh -c 'exit 1'\r")
        session.waitUntil("the deployment created", timeout: 60) {
            $0.text.contains("deployment.apps/crash created") && $0.cursorLine == promptLine
        }

        interrupt(session, "ff 7d", "the fast-forward stopped part way, saying how far it got") { screen in
            screen.lines.contains { $0.contains("stopped after") && $0.contains(" of 168h0m0s, now ") }
        }
        expectStatus130(session)

        interrupt(session, "kubectl wait --for=condition=Available deployment/crash --timeout=168h", "wait stopped without a word") { screen in
            !screen.text.contains("timed out") && !screen.text.contains("condition met")
        }
        expectStatus130(session)

        interrupt(session, "kubectl get pods -w --request-timeout=168h", "the watch stopped") { screen in
            screen.lines.contains { $0.hasPrefix("crash-") }
        }
        expectStatus130(session)

        session.type("kubectl get deployment crash -o name\r")
        session.waitUntil("a following command answering from the same cluster", timeout: 60) {
            $0.lines.contains("deployment.apps/crash") && $0.cursorLine == promptLine
        }
        session.type("exit\r")
        XCTAssertEqual(session.waitForExit(timeout: 30), 0)
    }

    /// Batch mode (stdin a pipe) does what a shell running a script does on SIGINT: the running command
    /// stops, nothing after it runs, and the exit status is 130.
    func testSigintInBatchModeStopsTheCommandAndExitsWith130() throws {
        guard let binary = PseudoTerminalProcess.kubetutorBinary() else {
            throw XCTSkip("the kubetutor binary is not built (run `swift build` first); set KUBETUTOR_BINARY to point at it")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["sandbox"]
        process.environment = ["HOME": dataDirectory.path, "KUBETUTOR_DATA_DIR": dataDirectory.path, "LANG": "C.UTF-8"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        let collected = CollectedText()
        output.fileHandleForReading.readabilityHandler = { collected.append($0.availableData) }
        try process.run()
        let script = "kubectl create deployment crash --image=busybox --replicas=40 -- sh -c 'exit 1'\nff 7d\necho after\n"
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(60)
        while !collected.text.contains("$ ff 7d\n"), Date() < deadline, process.isRunning { usleep(20_000) }
        XCTAssertTrue(collected.text.contains("$ ff 7d\n"), "the fast-forward started: \(collected.text)")
        usleep(300_000)
        process.interrupt()
        let exitDeadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < exitDeadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        XCTAssertEqual(process.terminationReason, .exit, "kubetutor ended by itself, not killed by the signal")
        XCTAssertEqual(process.terminationStatus, 130)
        XCTAssertFalse(collected.text.contains("$ echo after"), "nothing after the interrupted command runs: \(collected.text)")
        XCTAssertTrue(collected.text.contains("stopped after"), "the fast-forward said how far it got: \(collected.text)")
    }

    // MARK: helpers

    /// Runs `line`, waits until it is running, presses Ctrl-C and waits for `^C` and the prompt on a fresh line.
    private func interrupt(_ session: PseudoTerminalProcess, _ line: String, _ what: String,
                           file: StaticString = #filePath, lineNumber: UInt = #line, _ condition: (VirtualScreen) -> Bool) {
        let promptLine = prompt.trimmingTrailingSpaces()
        session.type(line + "\r")
        session.waitUntil("`\(line)` running", file: file, line: lineNumber) {
            $0.lines.contains(self.prompt + line) && $0.cursorLine != promptLine
        }
        // libedit gives the terminal back (Ctrl-C then sends SIGINT) just after echoing the line break: let it.
        usleep(300_000)
        session.type("\u{03}")
        session.waitUntil("Ctrl-C to bring the prompt back: \(what)", timeout: 30, file: file, line: lineNumber) {
            $0.cursorLine == promptLine && condition($0)
        }
    }

    private func expectStatus130(_ session: PseudoTerminalProcess, file: StaticString = #filePath, line: UInt = #line) {
        session.type("echo status=$?\r")
        session.waitUntil("the status of the interrupted line", timeout: 30, file: file, line: line) {
            $0.lines.contains("status=130") && $0.cursorLine == self.prompt.trimmingTrailingSpaces()
        }
    }

    private func start() throws -> PseudoTerminalProcess {
        // Tall and wide: a whole narration fits, and no command line wraps.
        try PseudoTerminalProcess.sandbox(dataDirectory: dataDirectory, width: 160, height: 100)
    }
}

/// Text read from a pipe on another thread.
private final class CollectedText {
    private let lock = NSLock()
    private var data = Data()

    func append(_ chunk: Data) {
        lock.lock()
        data.append(chunk)
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}
