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
        return style.boldColour(TerminalText.neutralised(session.prompt), .cyan)
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

    /// Runs every command read from `nextLine` until end of input or `exit`.
    public func run(nextLine: () -> String?) {
        var pending = ""
        while let line = nextLine() {
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
    }
}
