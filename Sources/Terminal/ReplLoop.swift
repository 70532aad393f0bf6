import Foundation

/// What the REPL does after a command ran.
public enum ReplAction: Equatable {
    /// Prompt for the next line.
    case `continue`
    /// Leave the loop (history is saved).
    case exit
}

/// One interactive program driven by `ReplLoop`: it names its prompt, runs lines and completes words.
public protocol ReplSession: AnyObject {
    /// The prompt shown before each line (ANSI colours allowed).
    var prompt: String { get }
    /// Runs one entered line, writing what it prints to `output`.
    func run(line: String, output: ReplOutput) -> ReplAction
    /// Who completes words on Tab (asked afresh at every Tab, so it may follow the session's state).
    var completion: CompletionProvider { get }
    /// True while a program the session started holds the terminal (a shell inside a pod): then `exit`
    /// and Ctrl-D go to it instead of leaving the loop.
    var isAttached: Bool { get }
    /// Ctrl-D or the end of input: says whether the loop ends (it goes on when an attached program ended).
    func endOfInput(output: ReplOutput) -> ReplAction
}

extension ReplSession {
    /// Default: nothing is ever attached.
    public var isAttached: Bool { false }
    /// Default: the end of input ends the loop.
    public func endOfInput(output: ReplOutput) -> ReplAction { .exit }
}

/// Where a session writes: standard output and standard error, each flushed at once so text
/// shows up before the next prompt and in order with libedit's own output.
public final class ReplOutput {
    private let standardOutput: (String) -> Void
    private let standardError: (String) -> Void

    /// An output that hands text to the two closures (tests collect it this way).
    public init(standardOutput: @escaping (String) -> Void, standardError: @escaping (String) -> Void) {
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// The process's standard output and standard error, through C stdio (as libedit writes).
    public static func console() -> ReplOutput {
        ReplOutput(standardOutput: { text in
            fputs(text, stdout)
            fflush(stdout)
        }, standardError: { text in
            fflush(stdout)
            fputs(text, stderr)
            fflush(stderr)
        })
    }

    /// Writes `text` to standard output as it is.
    public func write(_ text: String) { standardOutput(text) }

    /// Writes `text` and a line break to standard output.
    public func writeLine(_ text: String) { standardOutput(text + "\n") }

    /// Writes `text` to standard error as it is.
    public func writeError(_ text: String) { standardError(text) }

    /// Writes `text` and a line break to standard error.
    public func writeErrorLine(_ text: String) { standardError(text + "\n") }
}

/// The read–run loop: prompts, reads a line, hands it to the session, until `exit`/`quit`,
/// Ctrl-D or the session says `.exit`. Ctrl-C cancels the line being typed and prompts again.
public final class ReplLoop {
    private let session: ReplSession
    private let input: LineSource
    private let output: ReplOutput
    private let exitCommands: Set<String>

    /// A loop over `session`, reading from `input`. Lines equal to one of `exitCommands`
    /// (after trimming) end the loop without reaching the session.
    public init(session: ReplSession, input: LineSource, output: ReplOutput = .console(),
                exitCommands: Set<String> = ["exit", "quit"]) {
        self.session = session
        self.input = input
        self.output = output
        self.exitCommands = exitCommands
    }

    /// Runs until the user leaves, then closes the input (which saves the history).
    public func run() {
        input.completionProvider = SessionCompletion(session: session)
        defer {
            input.close()
            reportWarnings()
        }
        while true {
            let action: ReplAction
            switch input.readLine(prompt: session.prompt) {
            case .endOfInput where session.isAttached && input.isInteractive:
                action = session.endOfInput(output: output)
            case .endOfInput:
                if session.isAttached { _ = session.endOfInput(output: output) }
                if input.isInteractive { output.write("\n") }
                return
            case .interrupted:
                action = .continue
            case let .line(line):
                action = runLine(line)
            }
            reportWarnings()
            if action == .exit { return }
        }
    }

    private func runLine(_ line: String) -> ReplAction {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .continue }
        if exitCommands.contains(trimmed), !session.isAttached { return .exit }
        SigintMonitor.clear()
        let lineBreak = CtrlCLineBreak(output: output, enabled: input.isInteractive)
        let action = session.run(line: line, output: lineBreak.output)
        if SigintMonitor.consume() { lineBreak.breakLine() }
        return action
    }

    private func reportWarnings() {
        for warning in input.takeWarnings() { output.writeErrorLine(warning) }
    }
}

/// After Ctrl-C the terminal has echoed `^C` where the cursor was: the first text written afterwards, or the
/// next prompt, starts on a line of its own (as bash ends the line after a job killed by SIGINT).
private final class CtrlCLineBreak {
    private let target: ReplOutput
    private let enabled: Bool
    private var done = false

    init(output: ReplOutput, enabled: Bool) {
        target = output
        self.enabled = enabled
    }

    /// Writes to the loop's output, breaking the line first once Ctrl-C is pending. (It holds this object, not
    /// the other way round: a command may keep the output for later, e.g. a port-forward's messages.)
    var output: ReplOutput {
        ReplOutput(standardOutput: { [self] text in
            if SigintMonitor.isPending { breakLine() }
            target.write(text)
        }, standardError: { [self] text in
            if SigintMonitor.isPending { breakLine() }
            target.writeError(text)
        })
    }

    /// Ends the line holding `^C` (once; only on a terminal).
    func breakLine() {
        guard enabled, !done else { return }
        done = true
        target.write("\n")
    }
}

/// Forwards Tab to whatever provider the session has at that moment.
private struct SessionCompletion: CompletionProvider {
    let session: ReplSession

    func completions(for line: String, cursor: Int) -> Completion {
        session.completion.completions(for: line, cursor: cursor)
    }
}

/// Lines from standard input when it is not a terminal (a pipe or a file): no prompt, no
/// editing, no history. Lets scripts drive the same REPL.
public final class PipedLineSource: LineSource {
    /// Ignored: piped input cannot be completed.
    public var completionProvider: CompletionProvider?
    /// Always false: nobody types here.
    public var isInteractive: Bool { false }
    private let readNext: () -> String?

    /// Reads from standard input, or from `readNext` when given (tests).
    public init(readNext: @escaping () -> String? = { Swift.readLine(strippingNewline: true) }) {
        self.readNext = readNext
    }

    /// The next line, or `.endOfInput`; the prompt is not shown.
    public func readLine(prompt: String) -> LineInput {
        readNext().map(LineInput.line) ?? .endOfInput
    }

    /// Piped input has nothing to warn about.
    public func takeWarnings() -> [String] { [] }

    /// Nothing to save.
    public func close() {}
}
