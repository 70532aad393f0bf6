import Foundation
import KubeCluster

/// The learner's prompt: a small bash (variables, quotes, `$(…)`, pipes, heredocs, redirections into the
/// session's working files) whose commands — kubectl, minikube, kind, curl, sleep and the rest — all run
/// against the simulated cluster, never the host.
public final class TutorialShell: ShellCommandHost {
    /// kubectl's state: the cluster, the kubeconfig, the working files.
    public let kubectl: KubectlSession
    /// The bash-like interpreter in front of it.
    public private(set) var interpreter: ShellInterpreter!
    /// Extra commands a higher layer (lessons, the sandbox) adds, by name.
    public var extraCommands: [String: (TutorialCommandCall) -> Int32] = [:]
    /// Called after every command line, so a higher layer can check progress.
    public var afterCommand: ((String) -> Void)?

    public init(kubectl: KubectlSession) {
        self.kubectl = kubectl
        interpreter = ShellInterpreter(host: self, files: kubectl.files, environment: TutorialShell.environment)
    }

    /// The environment a fresh session starts with.
    static let environment: [(String, String)] = [
        ("HOME", "/home/learner"), ("USER", "learner"), ("SHELL", "/bin/bash"), ("PATH", "/usr/local/bin:/usr/bin:/bin"),
        ("TERM", "xterm-256color"),
    ]

    /// Runs one complete command line (several physical lines for heredocs); returns its exit status.
    @discardableResult
    public func run(line: String, io: ShellIO) -> Int32 {
        if let interruption = io.interruption { listen(to: interruption) }
        defer { reportStall(io: io) }
        if let attachment = kubectl.attachment { return runAttached(attachment, line: line, io: io) }
        let status = interpreter.run(line: line, io: io)
        afterCommand?(line)
        return status
    }

    /// Says so when the cluster stopped because its controllers would not settle (see `Cluster.settleLimit`).
    private func reportStall(io: ShellIO) {
        if let stall = kubectl.cluster.takeStall() { io.stderr(stall.message + "\n") }
    }

    /// Lets Ctrl-C stop what runs from now on: the shell's command lists, kubectl's watches and waits, and
    /// the cluster's time (`Cluster.shouldStop`). Kept until another source is given.
    public func listen(to interruption: @escaping () -> Bool) {
        kubectl.isInterrupted = interruption
        kubectl.cluster.shouldStop = interruption
        interpreter.isInterrupted = interruption
    }

    /// The commands this shell understands besides the shell's own builtins.
    public static let hostCommands = ["kubectl", "k", "minikube", "kind", "sleep", "curl", "wget", "watch", "clear", "help"]

    public func run(_ argv: [String], stdin: String?, io: ShellIO, shell: ShellInterpreter) -> Int32 {
        guard let name = argv.first else { return 0 }
        let call = TutorialCommandCall(argv: argv, stdin: stdin, io: io, shell: self)
        if let extra = extraCommands[name] { return extra(call) }
        switch name {
        case "kubectl", "k":
            kubectl.commandEnvironment = shell.exportedEnvironment
            return kubectl.run(Array(argv.dropFirst()), stdin: stdin, io: io)
        case "minikube":
            return MinikubeCommand.run(call)
        case "kind":
            return KindCommand.run(call)
        case "sleep":
            return SleepCommand.run(call)
        case "watch":
            return WatchCommand.run(call)
        case "curl", "wget":
            return HTTPClientCommand.run(call)
        case "docker" where kubectl.profile == .kind:
            return KindNodeExec.run(call)
        case "clear":
            io.clear()
            return 0
        default:
            let known = TutorialShell.hostCommands + extraCommands.keys.sorted() + ShellInterpreter.builtinNames.sorted()
            let hint = Suggestions.closest(to: name, among: known).map { " Did you mean \"\($0)\"?" } ?? ""
            io.stderr("\(name): not available in kubetutor: this prompt runs kubectl, minikube, kind, curl and a few text "
                + "tools against the simulated cluster, and nothing on your computer.\(hint) Type `help` for the list.\n")
            return 127
        }
    }

    public func commandPath(_ name: String) -> String? {
        TutorialShell.hostCommands.contains(name) || extraCommands[name] != nil ? "/usr/local/bin/\(name)" : nil
    }
}

/// Everything a host command needs: its words, its input, where to write, and the shell it runs in.
public struct TutorialCommandCall {
    public let argv: [String]
    public let stdin: String?
    public let io: ShellIO
    public let shell: TutorialShell
    /// The cluster the command acts on.
    public var cluster: Cluster { shell.kubectl.cluster }
    /// Writes a line to standard output.
    public func out(_ text: String) { io.stdout(text + "\n") }
    /// Writes a line to standard error.
    public func err(_ text: String) { io.stderr(text + "\n") }
}
