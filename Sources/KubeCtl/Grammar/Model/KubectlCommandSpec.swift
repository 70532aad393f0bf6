/// One example shown in a command's help: a comment line followed by zero or more command lines.
public struct KubectlExample: Equatable, Sendable {
    /// The explanation printed after `# `.
    public let comment: String
    /// The command lines printed under the comment.
    public let commands: [String]

    /// Creates an example with one or more command lines.
    public init(_ comment: String, _ commands: String...) {
        self.comment = comment
        self.commands = commands
    }

    /// Creates an example from an array of command lines.
    public init(_ comment: String, commands: [String]) {
        self.comment = comment
        self.commands = commands
    }
}

/// What kubectl does when a command is reached, before any verb-specific work.
public enum KubectlDispatch: Equatable, Sendable {
    /// The verb runs with the parsed flags and arguments.
    case verb
    /// A command that only groups subcommands: without arguments it prints its help and exits 1;
    /// with arguments it fails with `unknown command "ARGS"` (kubectl's `DefaultSubCommandRun`).
    case subcommandGroup(helpStream: KubectlOutputStream)
    /// Prints the command's help and exits 0, whatever the arguments (the root command, `certificate`).
    case help
    /// `kubectl options`: prints the global flags.
    case globalOptions
    /// `kubectl help [command]`: prints the help of the named command.
    case helpTopic
    /// `kubectl alpha` without alpha features: prints a fixed notice on stderr and exits 0.
    case alphaPlaceholder
}

/// Which standard stream a piece of kubectl output goes to.
public enum KubectlOutputStream: Equatable, Sendable {
    /// Standard output.
    case stdout
    /// Standard error.
    case stderr
}

/// A kubectl command (verb or subcommand): names, help texts, usage line, flags and subcommands.
public struct KubectlCommandSpec: Equatable, Sendable {
    /// The command name, e.g. `status` for `kubectl rollout status`.
    public let name: String
    /// Other names the command answers to, e.g. `deploy` for `create deployment`.
    public let aliases: [String]
    /// Mistyped words for which this command is suggested (cobra's `SuggestFor`).
    public let suggestFor: [String]
    /// One-line summary used in command lists (kubetutor's wording).
    public let short: String
    /// The description opening the command's help page (kubetutor's wording).
    public let long: String
    /// The usage line printed under `Usage:`, exactly as kubectl 1.32 prints it.
    public let usage: String
    /// Examples printed under `Examples:` (kubetutor's own).
    public let examples: [KubectlExample]
    /// Flags that belong to this command (global flags are separate).
    public let flags: [FlagSpec]
    /// Subcommands in the order kubectl registers them.
    public let subcommands: [KubectlCommandSpec]
    /// Hidden commands work but are neither listed nor suggested.
    public let isHidden: Bool
    /// What happens when the command itself is invoked.
    public let dispatch: KubectlDispatch

    /// Creates a command description.
    public init(name: String, aliases: [String] = [], suggestFor: [String] = [], short: String, long: String,
                usage: String, examples: [KubectlExample] = [], flags: [FlagSpec] = [],
                subcommands: [KubectlCommandSpec] = [], isHidden: Bool = false, dispatch: KubectlDispatch = .verb) {
        self.name = name
        self.aliases = aliases
        self.suggestFor = suggestFor
        self.short = short
        self.long = long
        self.usage = usage
        self.examples = examples
        self.flags = flags
        self.subcommands = subcommands
        self.isHidden = isHidden
        self.dispatch = dispatch
    }

    /// The direct subcommand called `word` (by name or alias), like cobra's `findNext`.
    public func subcommand(named word: String) -> KubectlCommandSpec? {
        subcommands.first { $0.name == word || $0.aliases.contains(word) }
    }

    /// The local flag with this long name, if any.
    public func flag(named flagName: String) -> FlagSpec? {
        flags.first { $0.name == flagName }
    }

    /// Subcommands that are listed in help (not hidden), sorted by name as cobra lists them.
    public var listedSubcommands: [KubectlCommandSpec] {
        subcommands.filter { !$0.isHidden }.sorted { $0.name < $1.name }
    }

    /// The width cobra pads subcommand names to in listings: the longest sibling name, at least 11.
    var subcommandNamePadding: Int {
        max(11, subcommands.map { $0.name.count }.max() ?? 0)
    }
}
