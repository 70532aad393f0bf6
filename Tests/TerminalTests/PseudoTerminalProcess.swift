#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import XCTest

/// A program running under a real pseudo-terminal (forkpty): tests type keys into it and wait,
/// with deadlines, until its screen (a `VirtualScreen`) shows what they expect.
final class PseudoTerminalProcess {
    private(set) var screen: VirtualScreen
    private(set) var exitCode: Int32?
    private let pid: pid_t
    private let master: Int32
    private var reachedEnd = false
    private var reaped = false

    /// Why the program could not be started.
    struct StartError: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts `executable` with exactly `environment`, on a terminal of the given size.
    init(executable: String, arguments: [String] = [], environment: [String: String],
         width: Int = 80, height: Int = 24) throws {
        screen = VirtualScreen(width: width, height: height)
        // Everything the child needs is prepared before fork: after it, only exec may run.
        let argv = CStringArray([executable] + arguments)
        let envp = CStringArray(environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        defer {
            argv.free()
            envp.free()
        }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var masterDescriptor: Int32 = -1
        let child = forkpty(&masterDescriptor, nil, nil, &size)
        if child == 0 {
            sigprocmask(SIG_SETMASK, &emptyMask, nil)
            execve(argv.pointer[0]!, argv.pointer, envp.pointer)
            _exit(127)
        }
        guard child > 0 else { throw StartError(description: "forkpty failed: \(String(cString: strerror(errno)))") }
        pid = child
        master = masterDescriptor
    }

    deinit {
        stop()
        close(master)
    }

    /// Types `text` at a prompt: first waits (up to `timeout` seconds) until the line editor has the terminal in
    /// raw mode, since keys typed while it is still cooked are echoed by the terminal itself as well as by the
    /// editor. A prompt can be on the screen a moment before the editor switches the mode.
    func typeAtPrompt(_ text: String, timeout: TimeInterval = 10) {
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while deadline.timeIntervalSinceNow > 0, tcgetattr(master, &settings) == 0,
              settings.c_lflag & tcflag_t(ICANON | ECHO) != 0 {
            readAvailable(waitingAtMost: 0.005)
        }
        type(text)
    }

    /// Types `text` (UTF-8) as if on the keyboard.
    func type(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Reads output until `condition` holds for the screen or `timeout` seconds pass; on timeout
    /// records a failure that shows the screen. Returns whether the condition was met.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line,
                   _ condition: (VirtualScreen) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition(screen) {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 || reachedEnd {
                XCTFail("timed out waiting for \(what); screen:\n\(screen.text)", file: file, line: line)
                return false
            }
            readAvailable(waitingAtMost: remaining)
        }
        return true
    }

    /// Waits for the program to end (reading its last output) and returns its exit code, or nil
    /// when it did not exit normally within `timeout` seconds.
    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0 {
            if !reachedEnd { readAvailable(waitingAtMost: min(deadline.timeIntervalSinceNow, 0.05)) }
            if reap() { return exitCode }
            if reachedEnd { _ = poll(nil, 0, 20) }
        }
        return nil
    }

    /// Kills the program if it still runs.
    func stop() {
        guard !reaped else { return }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        reaped = true
    }

    private func readAvailable(waitingAtMost seconds: TimeInterval) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(1, min(seconds, 1) * 1000)))
        guard ready > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            screen.feed(Array(buffer[0..<count]))
        } else if count == 0 || errno != EINTR && errno != EAGAIN {
            reachedEnd = true // Linux reports EIO once the child closed the terminal.
        }
    }

    private func reap() -> Bool {
        if reaped { return true }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return false }
        reaped = true
        if status & 0x7F == 0 { exitCode = (status >> 8) & 0xFF }
        return true
    }
}

/// A NUL-terminated array of C strings that outlives Swift's temporary pointers.
private struct CStringArray {
    let pointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointer = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() { pointer[index] = strdup(string) }
        pointer[strings.count] = nil
    }

    func free() {
        for index in 0..<count { Foundation.free(pointer[index]) }
        pointer.deallocate()
    }
}

extension PseudoTerminalProcess {
    /// `kubetutor sandbox --clock manual` on a pseudo-terminal, with `dataDirectory` as its home and data folder;
    /// skips the test when the binary is not built.
    static func sandbox(dataDirectory: URL, width: Int = 80, height: Int = 24) throws -> PseudoTerminalProcess {
        guard let binary = kubetutorBinary() else {
            throw XCTSkip("the kubetutor binary is not built (run `swift build` first); set KUBETUTOR_BINARY to point at it")
        }
        let environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": dataDirectory.path,
            "KUBETUTOR_DATA_DIR": dataDirectory.path,
            "TERM": "xterm",
            "LANG": "C.UTF-8",
        ]
        return try PseudoTerminalProcess(executable: binary.path, arguments: ["sandbox", "--clock", "manual"],
                                         environment: environment, width: width, height: height)
    }

    /// The `kubetutor` executable next to the test bundle (or named by KUBETUTOR_BINARY).
    static func kubetutorBinary() -> URL? {
        var candidates: [URL] = []
        if let custom = ProcessInfo.processInfo.environment["KUBETUTOR_BINARY"] {
            candidates.append(URL(fileURLWithPath: custom))
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("kubetutor"))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("kubetutor"))
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/kubetutor"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
