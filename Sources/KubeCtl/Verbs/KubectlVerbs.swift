import KubeCluster

/// The verbs kubetutor's kubectl carries out, by command path (`get`, `rollout status`, `create deployment`).
public enum KubectlVerbs {
    /// A verb's implementation.
    public typealias Run = (VerbContext) -> Int32

    static var table: [String: Run] = {
        var table: [String: Run] = ["get": GetVerb.run, "describe": DescribeVerb.run]
        for entries in [InspectionVerbs.entries, ManifestVerbs.entries, WorkloadVerbs.entries] {
            table.merge(entries) { _, new in new }
        }
        return table
    }()

    /// Registers (or replaces) the implementation of a command path.
    public static func register(_ path: String, _ run: @escaping Run) { table[path] = run }

    /// The implementation for `path`, if kubetutor has one.
    public static func verb(for path: String) -> Run? { table[path] }
}

extension KubectlSession {
    /// Runs one kubectl command line (`argv` without the leading `kubectl`); returns the exit status.
    public func run(_ argv: [String], stdin: String?, io: ShellIO) -> Int32 {
        switch KubectlSession.commandLine.interpret(argv) {
        case .finished(let output):
            if !output.stdout.isEmpty { io.stdout(output.stdout) }
            if !output.stderr.isEmpty { io.stderr(output.stderr) }
            return output.exitCode
        case .run(let invocation):
            for warning in invocation.warnings { io.stderr(warning.hasSuffix("\n") ? warning : warning + "\n") }
            let context = VerbContext(invocation: invocation, session: self, io: silencedOnInterrupt(io), stdin: stdin)
            guard let verb = KubectlVerbs.verb(for: invocation.commandPath.joined(separator: " ")) else {
                io.stderr("error: \"\(invocation.commandPathText)\" is not simulated by kubetutor yet\n")
                return 1
            }
            let status = verb(context)
            cluster.settle()
            return isInterrupted() ? ShellInterpreter.interruptedStatus : status
        }
    }

    /// `io` that drops what a verb writes once Ctrl-C is pressed: kubectl dies of SIGINT there, so a wait cut
    /// short reports no timeout and a drain no error.
    private func silencedOnInterrupt(_ io: ShellIO) -> ShellIO {
        ShellIO(stdout: { [weak self] text in if self?.isInterrupted() != true { io.stdout(text) } },
                stderr: { [weak self] text in if self?.isInterrupted() != true { io.stderr(text) } },
                interruption: io.interruption)
    }

    static let commandLine = KubectlCommandLine()
}
