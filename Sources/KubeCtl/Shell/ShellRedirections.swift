import Foundation

/// Where one output descriptor of a command goes.
enum ShellOutputTarget {
    /// An outer stream (terminal, pipe or capture).
    case stream((String) -> Void)
    /// A session file, written when the command ends.
    case file(ShellFileSink)
    /// `/dev/null`.
    case discard
}

/// Output collected for a session file until the command ends.
final class ShellFileSink {
    /// The path as the user wrote it.
    let path: String
    let append: Bool
    let capture: ShellCapture

    init(path: String, append: Bool, limit: Int) {
        self.path = path
        self.append = append
        self.capture = ShellCapture(limit: limit)
    }
}

/// Applies a command's redirections in order and provides its stdin and IO.
final class ShellRedirectionSetup {
    private unowned let shell: ShellInterpreter
    private let outerIO: ShellIO
    /// The command's standard input after redirections.
    private(set) var stdin: String?
    /// True when descriptor 1 no longer goes to the outer stdout.
    private(set) var stdoutRedirected = false
    private var targets: [Int: ShellOutputTarget]
    private var sinks: [ShellFileSink] = []

    init(shell: ShellInterpreter, stdin: String?, io: ShellIO) throws {
        self.shell = shell
        self.outerIO = io
        self.stdin = stdin
        self.targets = [1: .stream(io.stdout), 2: .stream(io.stderr)]
    }

    /// The command's IO after redirections.
    var io: ShellIO {
        let out = targets[1] ?? .discard
        let err = targets[2] ?? .discard
        return ShellIO(stdout: { ShellRedirectionSetup.write($0, to: out) },
                       stderr: { ShellRedirectionSetup.write($0, to: err) },
                       interruption: outerIO.interruption, clearScreen: stdoutRedirected ? nil : outerIO.clearScreen)
    }

    private static func write(_ text: String, to target: ShellOutputTarget) {
        switch target {
        case .stream(let stream): stream(text)
        case .file(let sink): sink.capture.append(text)
        case .discard: break
        }
    }

    /// Applies redirections left to right; throws with bash's message on failure.
    func apply(_ redirections: [ShellRedirection]) throws {
        for redirection in redirections {
            let descriptor = redirection.descriptor
            switch redirection.kind {
            case .output(let word, let append):
                let target = try openOutput(try singleField(word), append: append)
                setTarget(descriptor, target)
            case .outputAndError(let word, let append):
                let target = try openOutput(try singleField(word), append: append)
                setTarget(1, target)
                setTarget(2, target)
            case .duplicate(let source):
                if descriptor == 0 || source == 0 { continue }
                guard let target = targets[source] else {
                    throw ShellRuntimeError(message: "bash: \(source): Bad file descriptor")
                }
                setTarget(descriptor, target)
            case .input(let word):
                let path = try singleField(word)
                let text = try readInput(path)
                if descriptor == 0 { stdin = text }
            case .hereDocument(let body, let expands):
                let text = expands ? try shell.expandWord(body, split: false, io: outerIO).joined() : (body.literalText ?? "")
                if descriptor == 0 { stdin = text }
            case .hereString(let word):
                let text = try shell.expandWord(word, split: false, io: outerIO).joined() + "\n"
                if descriptor == 0 { stdin = text }
            }
        }
    }

    private func setTarget(_ descriptor: Int, _ target: ShellOutputTarget) {
        if descriptor == 1 { stdoutRedirected = true }
        if descriptor == 1 || descriptor == 2 { targets[descriptor] = target }
    }

    private func singleField(_ word: ShellWord) throws -> String {
        let fields = try shell.expandWord(word, split: true, io: outerIO)
        guard fields.count == 1, let field = fields.first else {
            throw ShellRuntimeError(message: "bash: \(ShellWordPrinter.source(of: word)): ambiguous redirect")
        }
        return field
    }

    private func readInput(_ path: String) throws -> String {
        switch path {
        case "/dev/null": return ""
        case "/dev/stdin": return stdin ?? ""
        default:
            do {
                return try shell.readFile(path)
            } catch let error as SessionFileError {
                throw ShellRuntimeError(message: "bash: \(error.path): \(error.reason)")
            }
        }
    }

    private func openOutput(_ path: String, append: Bool) throws -> ShellOutputTarget {
        switch path {
        case "/dev/null": return .discard
        case "/dev/stdout": return targets[1] ?? .discard
        case "/dev/stderr": return targets[2] ?? .discard
        default: break
        }
        do {
            let kind = try shell.fileKind(path)
            if kind == .directory { throw SessionFileError.isDirectory(path) }
            if !append || kind == nil { try shell.writeFile(path, "") }
        } catch let error as SessionFileError {
            throw ShellRuntimeError(message: "bash: \(error.path): \(error.reason)")
        }
        let sink = ShellFileSink(path: path, append: append, limit: shell.limits.maximumCaptureLength)
        sinks.append(sink)
        return .file(sink)
    }

    /// Writes collected file output; reports failures on the outer stderr.
    func finish() {
        for sink in sinks where !sink.capture.text.isEmpty {
            do {
                try shell.writeFile(sink.path, sink.capture.text, append: true)
            } catch let error as SessionFileError {
                outerIO.stderr("bash: \(error.path): \(error.reason)\n")
            } catch {
                outerIO.stderr("bash: \(sink.path): \(error)\n")
            }
        }
    }
}

/// Renders a word back to shell source, for messages such as "ambiguous redirect".
enum ShellWordPrinter {
    /// An approximation of how the word was written.
    static func source(of word: ShellWord) -> String {
        word.parts.map { part -> String in
            switch part {
            case .literal(let text, _): return text
            case .parameter(let parameter, _): return "$" + parameter.name
            case .commandSubstitution: return "$(…)"
            }
        }.joined()
    }
}
