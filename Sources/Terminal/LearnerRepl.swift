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
                         stderr: { output.writeError(TerminalText.neutralised($0)) })
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
public struct BatchTranscript {
    private let session: LearnerSession
    private let write: (String) -> Void
    private let writeError: (String) -> Void

    /// A transcript of `session`; everything written goes through `TerminalText.neutralised` first.
    public init(session: LearnerSession, write: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
        self.session = session
        self.write = { write(TerminalText.neutralised($0)) }
        self.writeError = { writeError(TerminalText.neutralised($0)) }
    }

    /// Runs every command read from `nextLine` until end of input or `exit`. While a shell inside a pod or
    /// on a node is attached, each line goes to it and is echoed after that shell's prompt, as a terminal
    /// shows it; the end of input ends that shell first.
    public func run(nextLine: () -> String?) {
        var pending = ""
        while let line = nextLine() {
            if pending.isEmpty, session.isAttached {
                write(session.prompt + line + "\n")
                _ = session.run(line: line, io: ShellIO(stdout: write, stderr: writeError))
                continue
            }
            pending += pending.isEmpty ? line : "\n" + line
            guard ShellScriptReader.isComplete(pending) else { continue }
            let command = pending
            pending = ""
            if command.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            write("$ " + command + "\n")
            let io = ShellIO(stdout: write, stderr: writeError)
            if session.run(line: command, io: io) == .exit { return }
        }
        if !pending.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            write("$ " + pending + "\n")
            _ = session.run(line: pending, io: ShellIO(stdout: write, stderr: writeError))
        }
        if session.isAttached {
            write(session.prompt)
            _ = session.endOfInput(io: ShellIO(stdout: write, stderr: writeError))
        }
    }
}
