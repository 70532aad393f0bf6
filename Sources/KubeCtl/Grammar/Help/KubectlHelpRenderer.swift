import Foundation

/// Renders kubectl 1.32 help pages (`--help`, `kubectl help`, `kubectl options`) in kubectl's exact layout,
/// as printed to a pipe (no terminal-width wrapping). The prose comes from the command tree.
public struct KubectlHelpRenderer: Sendable {
    /// The command tree whose help is rendered.
    public let tree: KubectlCommandTree

    /// Creates a renderer over `tree`.
    public init(tree: KubectlCommandTree = .standard) {
        self.tree = tree
    }

    /// The help page of the command at `path` (canonical names or aliases); nil when there is no such command.
    public func help(forPath path: [String]) -> String? {
        guard let chain = chain(for: path) else { return nil }
        return help(chain: chain)
    }

    /// `kubectl --help`.
    public func rootHelp() -> String {
        help(chain: [tree.root])
    }

    /// The usage part of a help page (everything after the description), which kubectl prints on its own after
    /// `Unknown help topic`. Starts with two newlines, like cobra's usage template.
    public func usage(forPath path: [String]) -> String? {
        guard let chain = chain(for: path) else { return nil }
        return usage(chain: chain)
    }

    /// `kubectl options`: the global flags.
    public func globalOptions() -> String {
        "The following options can be passed to any command:\n\n" + flagBlock(tree.globalFlags)
    }

    private func chain(for path: [String]) -> [KubectlCommandSpec]? {
        var chain = [tree.root]
        for word in path {
            guard let last = chain.last, let next = last.subcommand(named: word) else { return nil }
            chain.append(next)
        }
        return chain
    }

    private func help(chain: [KubectlCommandSpec]) -> String {
        guard let command = chain.last else { return "" }
        if command.dispatch == .globalOptions { return "" }
        let description = command.long.isEmpty ? command.short : command.long
        return description.trimmingCharacters(in: .whitespacesAndNewlines) + usage(chain: chain)
    }

    private func usage(chain: [KubectlCommandSpec]) -> String {
        guard let command = chain.last else { return "" }
        var text = "\n\n"
        if !command.aliases.isEmpty {
            text += "Aliases:\n" + ([command.name] + command.aliases).joined(separator: ", ") + "\n\n"
        }
        if !command.examples.isEmpty {
            text += "Examples:\n" + exampleBlock(command.examples) + "\n\n"
        }
        if command.subcommands.contains(where: { !$0.isHidden }) {
            text += commandListing(command) + "\n\n"
        }
        let visible = command.flags.filter { !$0.isHidden }
        if !visible.isEmpty {
            text += "Options:\n" + trimmingTrailingWhitespace(flagBlock(visible)) + "\n\n"
        }
        text += "Usage:\n  \(command.usage)\n\n"
        if !command.subcommands.isEmpty {
            let pathText = (["kubectl"] + chain.dropFirst().map(\.name)).joined(separator: " ")
            text += "Use \"\(pathText) <command> --help\" for more information about a given command.\n"
        }
        text += "Use \"kubectl options\" for a list of global command-line options (applies to all commands).\n"
        return text
    }

    private func exampleBlock(_ examples: [KubectlExample]) -> String {
        let blocks = examples.map { example in
            (["  # " + example.comment] + example.commands.map { "  " + $0 }).joined(separator: "\n")
        }
        return blocks.joined(separator: "\n  \n")
    }

    /// `Available Commands:` for ordinary commands; the titled groups plus `Other Commands:` for the root.
    private func commandListing(_ command: KubectlCommandSpec) -> String {
        let padding = command.subcommandNamePadding
        func line(_ sub: KubectlCommandSpec) -> String {
            "  " + sub.name.padding(toLength: max(padding, sub.name.count), withPad: " ", startingAt: 0)
                + "   " + sub.short
        }
        guard command == tree.root else {
            return (["Available Commands:"] + command.listedSubcommands.map(line)).joined(separator: "\n")
        }
        var grouped = Set<String>()
        var sections: [String] = []
        for group in tree.rootGroups {
            let members = group.commandNames.compactMap { command.subcommand(named: $0) }
            members.forEach { grouped.insert($0.name) }
            sections.append(([group.title] + members.map(line)).joined(separator: "\n"))
        }
        let others = command.listedSubcommands.filter {
            !grouped.contains($0.name) && !tree.unlistedRootCommands.contains($0.name)
        }
        sections.append((["Other Commands:"] + others.map(line)).joined(separator: "\n"))
        return sections.joined(separator: "\n\n")
    }

    /// Flags sorted by name, each as a heading line, a tab-indented description and a blank line.
    private func flagBlock(_ flags: [FlagSpec]) -> String {
        flags.filter { !$0.isHidden }.sorted { $0.name < $1.name }.map { flag in
            let usage = flag.usage.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
            return flag.helpHeading + "\n\t" + usage + "\n\n"
        }.joined()
    }

    private func trimmingTrailingWhitespace(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return String(result)
    }
}
