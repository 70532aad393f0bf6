import Foundation

/// A child process started with posix_spawn: optional pipes for stdin/stdout, and its exit status.
final class ChildProcess {
    let pid: pid_t
    /// Read end of the child's stdout, when captured.
    let stdoutReader: Int32?

    /// Spawns `path` with `arguments` (argv[0] excluded). `input` (if any) is written to a stdin pipe and
    /// closed before the child is started, so the child finds its whole input waiting. With
    /// `captureOutput`, stdout is a pipe read through `stdoutReader`; otherwise it is inherited.
    /// stderr goes to /dev/null when `quietErrors`.
    init(path: String, arguments: [String], input: String?, captureOutput: Bool, quietErrors: Bool = true) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var toClose: [Int32] = []
        if let input {
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw ChildProcessError("pipe failed") }
            let bytes = Array(input.utf8)
            guard bytes.count < 60_000 else { throw ChildProcessError("input larger than a pipe buffer") }
            _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
            close(fds[1])
            posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            toClose.append(fds[0])
        }
        var reader: Int32?
        if captureOutput {
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw ChildProcessError("pipe failed") }
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[1])
            posix_spawn_file_actions_addclose(&actions, fds[0])
            toClose.append(fds[1])
            reader = fds[0]
        }
        if quietErrors { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, path, &actions, nil, argv, environ)
        toClose.forEach { close($0) }
        guard status == 0 else {
            if let reader { close(reader) }
            throw ChildProcessError("posix_spawn \(path) failed: \(String(cString: strerror(status)))")
        }
        pid = child
        stdoutReader = reader
    }

    /// Reads stdout until `stop` returns true for the text read so far, or end of file; returns the text.
    func readOutput(until stop: (String) -> Bool = { _ in false }) -> String {
        guard let reader = stdoutReader else { return "" }
        var collected: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(reader, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            collected.append(contentsOf: buffer[0..<count])
            if stop(String(decoding: collected, as: UTF8.self)) { break }
        }
        return String(decoding: collected, as: UTF8.self)
    }

    /// Closes stdout's read end (a child still writing then sees a closed pipe).
    func closeOutput() { if let reader = stdoutReader { close(reader) } }

    /// Waits for the child to end; returns its exit status (128+signal when killed by a signal).
    @discardableResult
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}

/// A failure to start a child process.
struct ChildProcessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
