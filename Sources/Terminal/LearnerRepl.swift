import Foundation
import KubeCtl
import Tutor

/// Connects a learner session (sandbox, lesson, quiz) to the interactive loop: prompt, run, complete,
/// and — with the real clock — simulated time that follows the wall clock between commands.
public final class LearnerRepl: ReplSession {
    private let session: LearnerSession
    private let style: TerminalStyle
    private let followsWallClock: Bool
    private var lastTick = Date()

    public init(session: LearnerSession, style: TerminalStyle = .detect(), followsWallClock: Bool) {
        self.session = session
        self.style = style
        self.followsWallClock = followsWallClock
    }

    public var prompt: String {
        catchUp()
        if session.isAttached { return TerminalText.neutralised(session.prompt) }
        return style.boldColour(TerminalText.neutralised(session.prompt), .cyan)
    }

    /// True while a shell inside a pod or on a node holds the terminal.
    public var isAttached: Bool { session.isAttached }

    /// Ctrl-D: ends the attached shell (staying in the session), or leaves.
    public func endOfInput(output: ReplOutput) -> ReplAction {
        let io = ShellIO(stdout: { output.write($0) }, stderr: { output.writeError($0) })
        return session.endOfInput(io: io) == .exit ? .exit : .continue
    }

    public func run(line: String, output: ReplOutput) -> ReplAction {
        catchUp()
        let io = ShellIO(stdout: { output.write(TerminalText.neutralised($0)) },
                         stderr: { output.writeError(TerminalText.neutralised($0)) },
                         interruption: { SigintMonitor.isPending },
                         clearScreen: { output.write(ShellIO.clearScreenSequence) })
        let outcome = session.run(line: line, io: io)
        lastTick = Date()
        return outcome == .exit ? .exit : .continue
    }

    public var completion: CompletionProvider { LearnerCompletion(session: session) }

    private func catchUp() {
        guard followsWallClock else { return }
        let now = Date()
        let elapsed = now.timeIntervalSince(lastTick)
        lastTick = now
        if elapsed > 0 { session.wallClockAdvanced(by: elapsed) }
    }
}

/// Tab completion answered by the learner session.
struct LearnerCompletion: CompletionProvider {
    let session: LearnerSession
    func completions(for line: String, cursor: Int) -> Completion {
        let result = session.completions(line: line, cursor: cursor)
        return Completion(start: result.start, candidates: result.candidates)
    }
}

/// Batch mode (stdin is not a terminal): reads whole commands (a heredoc spans lines), echoes each as
/// `$ command` before its output like a terminal transcript, and runs it. No prompts, no colour.
/// With `interruption` set, SIGINT stops the running command and the run, as it stops a shell script.
public struct BatchTranscript {
    private let session: LearnerSession
    private let write: (String) -> Void
    private let writeError: (String) -> Void
    /// Whether SIGINT arrived (`SigintMonitor.isPending` in the executable); nil: commands are never stopped.
    public var interruption: (() -> Bool)?

    /// How a batch run ended.
    public enum End: Equatable {
        /// The input ended.
        case endOfInput
        /// A command (`exit`) ended the session.
        case exit
        /// SIGINT stopped a command; the rest of the input is not read (a shell script ends with status 130).
        case interrupted
    }

    /// A transcript of `session`; everything written goes through `TerminalText.neutralised` first.
    public init(session: LearnerSession, write: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
        self.session = session
        self.write = { write(TerminalText.neutralised($0)) }
        self.writeError = { writeError(TerminalText.neutralised($0)) }
    }

    /// Runs every command read from `nextLine` until end of input or `exit`. While a shell inside a pod or
    /// on a node is attached, each line goes to it and is echoed after that shell's prompt, as a terminal
    /// shows it; the end of input ends that shell first.
    @discardableResult
    public func run(nextLine: () -> String?) -> End {
        var pending = ""
        let interrupted = { interruption?() ?? false }
        while let line = nextLine() {
            if interrupted() { return .interrupted }
            if pending.isEmpty, session.isAttached {
                write(session.prompt + line + "\n")
                _ = session.run(line: line, io: io)
                if interrupted() { return .interrupted }
                continue
            }
            pending += pending.isEmpty ? line : "\n" + line
            guard ShellScriptReader.isComplete(pending) else { continue }
            let command = pending
            pending = ""
            if command.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            write("$ " + command + "\n")
            if session.run(line: command, io: io) == .exit { return .exit }
            if interrupted() { return .interrupted }
        }
        if !pending.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            write("$ " + pending + "\n")
            _ = session.run(line: pending, io: io)
            if interrupted() { return .interrupted }
        }
        if session.isAttached {
            write(session.prompt)
            _ = session.endOfInput(io: io)
        }
        return .endOfInput
    }

    /// The streams commands write to, carrying `interruption`.
    /// A transcript shows nothing for `clear`.
    private var io: ShellIO { ShellIO(stdout: write, stderr: writeError, interruption: interruption, clearScreen: {}) }
}
