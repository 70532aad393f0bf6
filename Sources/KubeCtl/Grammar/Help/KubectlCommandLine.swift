/// What kubectl prints and returns for a command line that never reaches a verb (help, usage errors, `options`).
public struct KubectlProgramOutput: Equatable, Sendable {
    /// Text for standard output.
    public let stdout: String
    /// Text for standard error.
    public let stderr: String
    /// The process exit status.
    public let exitCode: Int32

    /// Creates an output record.
    public init(stdout: String = "", stderr: String = "", exitCode: Int32 = 0) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
    }
}

/// The first stage of running `kubectl ARGS`: parse, then either hand over to a verb or finish right away.
public struct KubectlCommandLine: Sendable {
    /// The outcome of interpreting a command line.
    public enum Outcome: Equatable, Sendable {
        /// A verb must run with this invocation (its `warnings` still have to be printed on stderr).
        case run(KubectlInvocation)
        /// kubectl is done: print this and exit.
        case finished(KubectlProgramOutput)
    }

    /// The parser used for the command line.
    public let parser: KubectlCommandParser
    /// The renderer used for help pages.
    public let renderer: KubectlHelpRenderer

    /// Creates an interpreter over `tree`.
    public init(tree: KubectlCommandTree = .standard) {
        parser = KubectlCommandParser(tree: tree)
        renderer = KubectlHelpRenderer(tree: tree)
    }

    /// Interprets `argv` (the words after `kubectl`): usage errors, help pages, command groups without a
    /// subcommand, `kubectl help`, `kubectl options` and `kubectl alpha` are finished here.
    public func interpret(_ argv: [String]) -> Outcome {
        let invocation: KubectlInvocation
        switch parser.parse(argv) {
        case .failure(let error):
            return .finished(KubectlProgramOutput(stderr: error.stderr, exitCode: error.exitCode))
        case .success(let parsed):
            invocation = parsed
        }
        let warnings = invocation.warnings.map { $0 + "\n" }.joined()
        let path = invocation.commandPath
        // Rendered only for the outcomes that print it: a verb run never needs its help page.
        var page: String { renderer.help(forPath: path) ?? "" }
        switch invocation.command.dispatch {
        case .alphaPlaceholder:
            return .finished(KubectlProgramOutput(
                stderr: warnings + "No alpha commands are available in this version of kubectl\n"))
        case _ where invocation.isHelpRequested:
            return .finished(KubectlProgramOutput(stdout: page, stderr: warnings))
        case .verb:
            return .run(invocation)
        case .help:
            return .finished(KubectlProgramOutput(stdout: page, stderr: warnings))
        case .subcommandGroup(let stream):
            let text = page
            return .finished(stream == .stdout
                ? KubectlProgramOutput(stdout: text, stderr: warnings, exitCode: 1)
                : KubectlProgramOutput(stderr: warnings + text, exitCode: 1))
        case .globalOptions:
            return .finished(KubectlProgramOutput(stdout: renderer.globalOptions(), stderr: warnings))
        case .helpTopic:
            return .finished(helpTopic(invocation.arguments, warnings: warnings))
        }
    }

    /// `kubectl help WORDS`: the help of the command the words name, or `Unknown help topic`.
    private func helpTopic(_ words: [String], warnings: String) -> KubectlProgramOutput {
        let lookup = CommandLookup(tree: parser.tree, includesHelpCommand: true)
        if case .found(let chain, _, _) = lookup.find(words) {
            let path = chain.dropFirst().map(\.name)
            return KubectlProgramOutput(stdout: renderer.help(forPath: path) ?? "", stderr: warnings)
        }
        let topics = words.map(Self.goBackquoted).joined(separator: " ")
        let usage = renderer.usage(forPath: []) ?? ""
        return KubectlProgramOutput(stderr: warnings + "Unknown help topic [\(topics)]\n" + usage)
    }

    /// Go's `%#q`: backquotes when possible, else a double-quoted string.
    private static func goBackquoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy { $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }
        return plain && !word.contains("`") ? "`\(word)`" : GoStringSyntax.quote(word)
    }
}
