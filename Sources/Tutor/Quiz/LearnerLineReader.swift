import KubeCtl

/// One command a learner's line would run, as the shell expanded it.
public struct CapturedCommand: Equatable, Sendable {
    /// The words, `argv[0]` being the command name.
    public let argv: [String]
    /// What the command would read on stdin (a heredoc or a pipe), if anything.
    public let stdin: String?
}

/// Reads a learner's answer line with the tutorial shell's own grammar (quotes, `$(…)`, pipes,
/// heredocs, `cat > file`), recording the commands it would run instead of running them.
/// Files written by one answer stay for the next (`cat > web.yaml <<EOF` then `kubectl apply -f web.yaml`).
public final class LearnerLineReader: ShellCommandHost {
    private var captured: [CapturedCommand] = []
    /// The shell that expands the lines; its files persist across lines.
    public private(set) var shell: ShellInterpreter!

    /// A reader whose working files live in memory.
    public init(files: SessionFiles = InMemorySessionFiles()) {
        shell = ShellInterpreter(host: self, files: files)
    }

    /// The commands `line` would run, in order, and what the shell itself printed on stderr (syntax errors).
    public func commands(in line: String) -> (commands: [CapturedCommand], errors: String) {
        captured = []
        var errors = ""
        _ = shell.run(line: line, io: ShellIO(stdout: { _ in }, stderr: { errors += $0 }))
        return (captured, errors)
    }

    /// Records the command; it "succeeds" without output.
    public func run(_ argv: [String], stdin: String?, io: ShellIO, shell: ShellInterpreter) -> Int32 {
        captured.append(CapturedCommand(argv: argv, stdin: stdin))
        return 0
    }

    /// Every command counts as installed, so `which kubectl` and friends behave.
    public func commandPath(_ name: String) -> String? { "/usr/local/bin/\(name)" }

    /// The text of a session file, if it exists.
    public func file(_ path: String) -> String? {
        try? shell.readFile(path)
    }
}
