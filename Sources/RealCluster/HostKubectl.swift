import Foundation
import KubeCtl
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's `poll`, under a name the stream type's own `poll` does not hide.
private func systemPoll(_ descriptors: inout [pollfd], _ milliseconds: Int32) -> Int32 {
    poll(&descriptors, nfds_t(descriptors.count), milliseconds)
}

/// What one run of the host's kubectl printed and how it exited.
public struct KubectlResult: Equatable {
    /// Everything written to standard output.
    public var out: String
    /// Everything written to standard error.
    public var err: String
    /// The exit status (-1: kubectl could not be started).
    public var status: Int32
}

/// The real kubectl installed on the learner's computer, run as a child process with kubetutor's lesson
/// kubeconfig. Output is passed on line by line as it arrives (so `kubectl get -w` streams), the calling
/// thread stays in charge (no callbacks from other threads), and Ctrl-C or a time limit stops the child.
public final class HostKubectl {
    /// The kubectl binary.
    public let executable: String
    /// The kubeconfig every run uses (`KUBECONFIG`); nil keeps the inherited environment's.
    public var kubeconfig: String?
    /// The folder kubectl runs in (where `-f web.yaml` is read from).
    public var workingDirectory: URL?
    /// Variables set in every child's environment besides ours (a test points `HOME` at a scratch folder).
    public var extraEnvironment: [String: String] = [:]
    /// Called over and over while a child runs (a test serves its in-process API server here).
    public var whileWaiting: (() -> Void)?
    /// Called after every child has exited (a test lets its in-process API server settle here).
    public var afterRun: (() -> Void)?
    /// Polled while a child runs: true interrupts it, as Ctrl-C in a terminal would.
    public var interrupted: () -> Bool = { false }

    /// A runner for `executable` (a path).
    public init(executable: String, kubeconfig: String? = nil, workingDirectory: URL? = nil) {
        self.executable = executable
        self.kubeconfig = kubeconfig
        self.workingDirectory = workingDirectory
    }

    /// The kubectl to use: `$KUBETUTOR_KUBECTL`, else the first `kubectl` on `$PATH`; nil when there is none.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let chosen = environment["KUBETUTOR_KUBECTL"], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = String(folder) + "/kubectl"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs kubectl with `arguments`, feeding `stdin`, passing its output on to `io` as it arrives.
    @discardableResult
    public func run(_ arguments: [String], stdin: String? = nil, io: ShellIO, timeout: Double? = nil) -> Int32 {
        execute(arguments, stdin: stdin, timeout: timeout, stdout: io.stdout, stderr: io.stderr)
    }

    /// Runs kubectl with `arguments` and collects what it prints.
    public func capture(_ arguments: [String], stdin: String? = nil, timeout: Double? = 120) -> KubectlResult {
        var out = ""
        var err = ""
        let status = execute(arguments, stdin: stdin, timeout: timeout, stdout: { out += $0 }, stderr: { err += $0 })
        return KubectlResult(out: out, err: err, status: status)
    }

    /// The environment of a child: ours, with the lesson's kubeconfig.
    var childEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for (name, value) in extraEnvironment { environment[name] = value }
        if let kubeconfig { environment["KUBECONFIG"] = kubeconfig }
        return environment
    }

    private func execute(_ arguments: [String], stdin: String?, timeout: Double?,
                         stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = childEnvironment
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let input = stdin.map { _ in Pipe() }
        process.standardInput = input ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            stderr("kubetutor: cannot run \(executable): \(error.localizedDescription)\n")
            return -1
        }
        if let input, let text = stdin {
            let writer = input.fileHandleForWriting
            DispatchQueue.global().async {
                writer.write(Data(text.utf8))
                try? writer.close()
            }
        }
        var streams = [OutputStream(fd: output.fileHandleForReading.fileDescriptor, sink: stdout),
                       OutputStream(fd: errors.fileHandleForReading.fileDescriptor, sink: stderr)]
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        var stopping = false
        while streams.contains(where: { !$0.closed }) {
            whileWaiting?()
            OutputStream.poll(&streams, milliseconds: whileWaiting == nil ? 50 : 2)
            if !stopping, interrupted() || deadline.map({ Date() > $0 }) == true {
                stopping = true
                process.interrupt()
            }
        }
        while process.isRunning { whileWaiting?(); usleep(1000) }
        process.waitUntilExit()
        for stream in streams { stream.flush() }
        afterRun?()
        return process.terminationStatus
    }
}

/// One output pipe of a child: bytes are read when ready and passed on by whole lines (the rest at the end).
private final class OutputStream {
    let fd: Int32
    let sink: (String) -> Void
    var buffer: [UInt8] = []
    var closed = false

    init(fd: Int32, sink: @escaping (String) -> Void) {
        self.fd = fd
        self.sink = sink
    }

    /// Waits up to `milliseconds` for any open stream to have bytes, then reads what is there.
    static func poll(_ streams: inout [OutputStream], milliseconds: Int32) {
        var descriptors = streams.filter { !$0.closed }.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
        guard !descriptors.isEmpty, systemPoll(&descriptors, milliseconds) > 0 else { return }
        for descriptor in descriptors where descriptor.revents != 0 {
            streams.first { $0.fd == descriptor.fd }?.readAvailable()
        }
    }

    func readAvailable() {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else {
            closed = true
            return
        }
        buffer.append(contentsOf: chunk[0..<count])
        if let lastNewline = buffer.lastIndex(of: 10) {
            sink(String(decoding: buffer[...lastNewline], as: UTF8.self))
            buffer.removeSubrange(...lastNewline)
        }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        sink(String(decoding: buffer, as: UTF8.self))
        buffer = []
    }
}
