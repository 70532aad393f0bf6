import Foundation

/// Where a command writes: one closure per output stream. Text is passed exactly as produced
/// (including newlines); nothing is buffered by the shell when writing to the outer streams.
public struct ShellIO {
    /// Receives standard output.
    public var stdout: (String) -> Void
    /// Receives standard error.
    public var stderr: (String) -> Void
    /// Whether Ctrl-C was pressed, when a terminal (or a batch run honouring SIGINT) is behind these streams;
    /// `TutorialShell.run(line:io:)` hands it to the shell, kubectl and the cluster. Nil for captured output.
    public var interruption: (() -> Bool)?
    /// Clears the screen (`clear`), when a terminal is behind these streams: the front end writes the
    /// escape sequences itself, since everything else printed has its control characters neutralised.
    /// Nil: `clear` writes the sequences as text (into a file or a pipe, as the real command does).
    public var clearScreen: (() -> Void)?

    /// Creates an IO pair; `interruption` answers "was Ctrl-C pressed?" (the front end's SIGINT flag).
    public init(stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void,
                interruption: (() -> Bool)? = nil, clearScreen: (() -> Void)? = nil) {
        self.stdout = stdout
        self.stderr = stderr
        self.interruption = interruption
        self.clearScreen = clearScreen
    }

    /// What `clear` writes to a stream that is not a terminal: cursor home, erase the screen.
    public static let clearScreenSequence = "\u{1B}[H\u{1B}[2J"

    /// Clears the screen through `clearScreen`, or writes the sequences to stdout.
    public func clear() {
        if let clearScreen { clearScreen() } else { stdout(ShellIO.clearScreenSequence) }
    }
}

/// Runs every command that is not a shell builtin: kubectl, k, minikube, kind, curl, wget,
/// sleep, watch, clear, and the "not available" message for anything unknown.
public protocol ShellCommandHost: AnyObject {
    /// Runs `argv` (already expanded; `argv[0]` is the command name) and returns its exit status.
    /// `stdin` is nil when the command reads from the terminal, else the piped or redirected text.
    /// `shell` gives access to variables (`shell.exportedEnvironment`) and session files
    /// (`shell.readFile`, `shell.writeFile`).
    func run(_ argv: [String], stdin: String?, io: ShellIO, shell: ShellInterpreter) -> Int32

    /// The path `which` prints for a host command (e.g. "/usr/local/bin/kubectl"), or nil if unknown.
    func commandPath(_ name: String) -> String?
}

extension ShellCommandHost {
    /// Default: the host names no paths, so `which` finds only the shell's own utilities.
    public func commandPath(_ name: String) -> String? { nil }
}

/// Upper bounds that keep hostile input from hanging or exhausting memory.
public struct ShellLimits {
    /// The longest command text `run(line:)` accepts, in characters.
    public var maximumInputLength = 1 << 20
    /// Characters written to the outer streams per `run(line:)` before output is cut off.
    public var maximumOutputLength = 8 << 20
    /// Characters kept in one pipe or `$(…)` capture.
    public var maximumCaptureLength = 4 << 20
    /// The longest value a variable may hold.
    public var maximumVariableLength = 1 << 20
    /// How deeply `$(…)` may nest while running.
    public var maximumSubstitutionDepth = 16
    /// The widest field `printf` pads to.
    public var maximumFieldWidth = 10_000

    /// Creates the standard limits.
    public init() {}

    /// The standard limits.
    public static let standard = ShellLimits()
}

/// Collects output up to a limit (for pipes, `$(…)` and file redirections).
final class ShellCapture {
    private(set) var text = ""
    private(set) var count = 0
    private(set) var truncated = false
    let limit: Int

    init(limit: Int) { self.limit = limit }

    func append(_ chunk: String) {
        guard !truncated else { return }
        let length = chunk.characterCount
        if count + length <= limit {
            text += chunk
            count += length
        } else {
            text += chunk.prefix(max(0, limit - count))
            count = limit
            truncated = true
        }
    }
}

/// Wraps outer streams so that one run writes at most a fixed amount.
final class ShellOutputBudget {
    private var remaining: Int
    private var reported = false
    private let io: ShellIO

    init(io: ShellIO, limit: Int) {
        self.io = io
        self.remaining = limit
    }

    /// The bounded IO.
    var bounded: ShellIO {
        ShellIO(stdout: { [self] in write($0, to: io.stdout) }, stderr: { [self] in write($0, to: io.stderr) },
                interruption: io.interruption, clearScreen: io.clearScreen)
    }

    private func write(_ chunk: String, to stream: (String) -> Void) {
        guard remaining > 0 else {
            if !reported {
                reported = true
                io.stderr("\nkubetutor: output cut off (more than the shell's output limit)\n")
            }
            return
        }
        let length = chunk.characterCount
        if length <= remaining {
            remaining -= length
            stream(chunk)
        } else {
            stream(String(chunk.prefix(remaining)))
            remaining = 0
        }
    }
}

extension String {
    /// `count` (Characters), computed from the UTF-8 bytes when the text is all ASCII: every ASCII byte is one
    /// Character except a CR followed by LF, which is one. Other text falls back to `count`.
    var characterCount: Int {
        let fast: Int? = utf8.withContiguousStorageIfAvailable { bytes in
            var combined: UInt8 = 0
            var returns = 0
            for byte in bytes {
                combined |= byte
                returns &+= byte == 13 ? 1 : 0
            }
            guard combined & 0x80 == 0 else { return -1 }
            guard returns > 0 else { return bytes.count }
            var pairs = 0
            for index in bytes.indices.dropFirst() where bytes[index] == 10 && bytes[index - 1] == 13 { pairs += 1 }
            return bytes.count - pairs
        }
        if let fast, fast >= 0 { return fast }
        return count
    }
}
