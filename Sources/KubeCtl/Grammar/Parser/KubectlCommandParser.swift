/// Parses a kubectl command line (without the leading `kubectl`) with cobra and pflag semantics.
public struct KubectlCommandParser: Sendable {
    /// The command tree the parser resolves commands and flags against.
    public let tree: KubectlCommandTree
    /// The tree's flag sets, resolved once per command.
    private let flagSets = ResolvedFlagSetCache()

    /// Creates a parser over `tree`.
    public init(tree: KubectlCommandTree = .standard) {
        self.tree = tree
    }

    /// Parses `argv` against the standard kubectl 1.32 tree.
    public static func parse(_ argv: [String]) -> Result<KubectlInvocation, KubectlUsageError> {
        KubectlCommandParser().parse(argv)
    }

    /// Parses `argv` (the words after `kubectl`) into an invocation, or the usage error kubectl would print.
    public func parse(_ argv: [String]) -> Result<KubectlInvocation, KubectlUsageError> {
        if let pluginError = pluginPrecheck(argv) { return .failure(pluginError) }
        switch CommandLookup(tree: tree, includesHelpCommand: true, flagSets: flagSets).find(argv) {
        case .unknownCommand(let word):
            return .failure(unknownCommandError(word))
        case .found(let chain, let typedPath, let remaining):
            return parseFlags(chain: chain, typedPath: typedPath, args: remaining)
        }
    }

    /// kubectl looks for a plugin when the first word is no command; a flag in front of it is an error then.
    private func pluginPrecheck(_ argv: [String]) -> KubectlUsageError? {
        guard let first = argv.first,
              case .unknownCommand = CommandLookup(tree: tree, includesHelpCommand: false, flagSets: flagSets).find(argv) else {
            return nil
        }
        let commandName = argv.first { !$0.hasPrefix("-") } ?? ""
        guard !["help", "__complete", "__completeNoDesc"].contains(commandName), first.hasPrefix("-") else {
            return nil
        }
        return KubectlUsageError(kind: .flagsBeforePluginName,
                                 stderr: "Error: flags cannot be placed before plugin name: \(first)\n")
    }

    private func unknownCommandError(_ word: String) -> KubectlUsageError {
        var text = "error: unknown command \(GoStringSyntax.quote(word)) for \"kubectl\""
        let suggestions = CommandSuggestions.suggestions(for: word, among: tree.root.subcommands)
        if suggestions.isEmpty {
            text += "\n"
        } else {
            text += "\n\nDid you mean this?\n" + suggestions.map { "\t\($0)\n" }.joined()
        }
        return KubectlUsageError(kind: .unknownCommand, stderr: text)
    }

    private func parseFlags(chain: [KubectlCommandSpec], typedPath: [String], args: [String])
        -> Result<KubectlInvocation, KubectlUsageError> {
        let command = chain.last ?? tree.root
        let path = chain.dropFirst().map(\.name)
        let pathText = (["kubectl"] + path).joined(separator: " ")
        let flagSet = chain.isEmpty ? ResolvedFlagSet(command: command, globals: tree.globalFlags, includingHelp: true)
            : flagSets.flags(for: chain, globals: tree.globalFlags, includingHelp: true)
        var parser = PFlagArguments(flags: flagSet)
        // Like cobra, deprecation warnings are only printed when parsing succeeds.
        if let failure = parser.parse(args) {
            let hint = command.dispatch == .globalOptions
                ? "Run '\(pathText)' without flags." : "See '\(pathText) --help' for usage."
            return .failure(KubectlUsageError(kind: failure.kind,
                                              stderr: "error: \(failure.message)\n\(hint)\n"))
        }
        let helpRequested: Bool
        if case .bool(true)? = parser.values["help"] { helpRequested = true } else { helpRequested = false }
        if case .subcommandGroup = command.dispatch, !helpRequested, !parser.positionals.isEmpty {
            let words = GoStringSyntax.quote(parser.positionals.joined(separator: " "))
            let warnings = parser.warnings.map { $0 + "\n" }.joined()
            return .failure(KubectlUsageError(
                kind: .unknownSubcommand,
                stderr: warnings + "error: unknown command \(words)\nSee '\(pathText) -h' for help and examples\n"))
        }
        let missing = command.flags.filter { $0.isRequired && parser.values[$0.name] == nil }.map(\.name).sorted()
        if !helpRequested && !missing.isEmpty {
            let names = missing.map { "\"\($0)\"" }.joined(separator: ", ")
            return .failure(KubectlUsageError(kind: .missingRequiredFlag,
                                              stderr: "error: required flag(s) \(names) not set\n"))
        }
        return .success(KubectlInvocation(
            command: command, commandPath: path, typedPath: typedPath, arguments: parser.positionals,
            dashIndex: parser.dashIndex, isHelpRequested: helpRequested, warnings: parser.warnings,
            flagSpecs: flagSet.byName, givenValues: parser.values))
    }
}

/// Cobra's "Did you mean this?" suggestions for a mistyped root command.
enum CommandSuggestions {
    /// Commands within Levenshtein distance 2 (ignoring case), starting with the typed word, or listing it
    /// in `suggestFor`, in registration order. Hidden commands and `help` are never suggested.
    static func suggestions(for typed: String, among commands: [KubectlCommandSpec]) -> [String] {
        var result: [String] = []
        let lowered = typed.lowercased()
        for command in commands where !command.isHidden && command.dispatch != .helpTopic {
            let close = levenshtein(lowered, command.name.lowercased()) <= 2
            if close || command.name.lowercased().hasPrefix(lowered) {
                result.append(command.name)
            }
            for word in command.suggestFor where word.lowercased() == lowered {
                result.append(command.name)
            }
        }
        return result
    }

    /// Edit distance over UTF-8 bytes, as cobra's `ld` computes it.
    static func levenshtein(_ left: String, _ right: String) -> Int {
        let source = Array(left.utf8)
        let target = Array(right.utf8)
        if source.isEmpty { return target.count }
        var previous = Array(0...target.count)
        for (i, sourceByte) in source.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: target.count)
            for (j, targetByte) in target.enumerated() {
                current[j + 1] = sourceByte == targetByte
                    ? previous[j] : min(previous[j], previous[j + 1], current[j]) + 1
            }
            previous = current
        }
        return previous[target.count]
    }
}
