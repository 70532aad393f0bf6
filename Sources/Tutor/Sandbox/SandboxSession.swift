import KubeCluster
import KubeCtl

/// Free play: a fresh cluster of the chosen profile, every kubectl command and shell line, and the
/// sandbox's own commands (`help`, `exit`).
public final class SandboxSession: LearnerSession {
    /// The shell the learner types into.
    public let shell: TutorialShell
    private let help: SessionHelp

    public init(shell: TutorialShell) {
        self.shell = shell
        help = SessionHelp(mode: "sandbox")
        shell.extraCommands["help"] = { [help] call in help.run(call) }
    }

    public var prompt: String { "sandbox (\(shell.kubectl.config.defaultNamespace)) $ " }

    public func run(line: String, io: ShellIO) -> SessionOutcome {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed == "exit" || trimmed == "quit" || trimmed.hasPrefix("exit ") { return .exit }
        shell.run(line: line, io: io)
        return .continue
    }

    public func completions(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        KubectlCompletion(shell: shell).complete(line: line, cursor: cursor)
    }

    public func wallClockAdvanced(by seconds: Double) {
        shell.kubectl.cluster.advance(by: seconds)
    }
}
