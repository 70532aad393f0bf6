/// A command-line mistake that kubectl rejects before running the command, with the exact text kubectl prints.
public struct KubectlUsageError: Error, Equatable, Sendable {
    /// The category of mistake.
    public enum Kind: Equatable, Sendable {
        /// The first word is not a kubectl command (`kubectl gett`).
        case unknownCommand
        /// A command that only groups subcommands got an unknown word (`kubectl rollout statu`).
        case unknownSubcommand
        /// A flag came before an unknown command word, which kubectl treats as a plugin name.
        case flagsBeforePluginName
        /// `--foo` is not a flag of the command.
        case unknownFlag
        /// `-z` is not a shorthand of the command.
        case unknownShorthandFlag
        /// A flag that needs a value was given last without one.
        case missingFlagValue
        /// The flag value does not parse for the flag's type.
        case invalidFlagValue
        /// Malformed flag syntax such as `---x` or `--=x`.
        case badFlagSyntax
        /// A flag marked required was not given (`required flag(s) "image" not set`).
        case missingRequiredFlag
        /// A verb rejected its arguments through kubectl's `UsageErrorf` (built by `KubectlInvocation.usageError`).
        case invalidArguments
    }

    /// The category of mistake.
    public let kind: Kind
    /// Everything kubectl writes to stderr, ending in a newline (deprecation warnings first, then the error).
    public let stderr: String
    /// kubectl's exit status for usage errors.
    public let exitCode: Int32

    /// Creates a usage error with kubectl's exit status 1.
    public init(kind: Kind, stderr: String, exitCode: Int32 = 1) {
        self.kind = kind
        self.stderr = stderr
        self.exitCode = exitCode
    }
}
