import Foundation
import KubeCluster

/// A parsed kubectl command line: which command was reached, its positional arguments and its flags.
public struct KubectlInvocation: Equatable, Sendable {
    /// The command that was reached (a leaf like `rollout status` or a verb like `get`).
    public let command: KubectlCommandSpec
    /// Canonical names from the root, without `kubectl`: `["rollout", "status"]`, `["create", "deployment"]`.
    public let commandPath: [String]
    /// The words the user typed for the path, which may be aliases: `["create", "deploy"]`.
    public let typedPath: [String]
    /// All positional arguments in order, including those after `--`.
    public let arguments: [String]
    /// How many positional arguments came before `--` (cobra's `ArgsLenAtDash`), or nil when there was no `--`.
    public let dashIndex: Int?
    /// True when `-h`/`--help` was given: kubectl prints the help page instead of running the command.
    public let isHelpRequested: Bool
    /// Lines kubectl prints on stderr while parsing, such as `Flag --record has been deprecated, ...`.
    public let warnings: [String]
    /// Every flag the command accepts (local, help and global), by long name.
    let flagSpecs: [String: FlagSpec]
    /// Values of the flags given on the command line.
    let givenValues: [String: KubectlFlagValue]

    /// The command path as kubectl prints it: `kubectl rollout status`.
    public var commandPathText: String {
        (["kubectl"] + commandPath).joined(separator: " ")
    }

    /// Positional arguments before `--` (all of them when there was no `--`).
    public var argumentsBeforeDash: [String] {
        guard let dashIndex else { return arguments }
        return Array(arguments.prefix(dashIndex))
    }

    /// Positional arguments after `--` (empty when there was no `--`), e.g. the command of `kubectl exec`.
    public var argumentsAfterDash: [String] {
        guard let dashIndex else { return [] }
        return Array(arguments.dropFirst(dashIndex))
    }

    /// True when the flag was given on the command line (pflag's `Changed`).
    public func wasSet(_ flagName: String) -> Bool {
        givenValues[Self.normalized(flagName)] != nil
    }

    /// True when the command (or the global flag set) has a flag with this name.
    public func accepts(_ flagName: String) -> Bool {
        flagSpecs[Self.normalized(flagName)] != nil
    }

    /// The flag's value: the given one, else its default; nil for a flag the command does not have.
    public func value(_ flagName: String) -> KubectlFlagValue? {
        let name = Self.normalized(flagName)
        if let given = givenValues[name] { return given }
        return flagSpecs[name].map(FlagValueParser.defaultValue(of:))
    }

    /// The flag's value as text (the default when not given; "" for an unknown flag).
    public func string(_ flagName: String) -> String {
        value(flagName)?.text ?? ""
    }

    /// A boolean flag's value (false for an unknown flag).
    public func bool(_ flagName: String) -> Bool {
        if case .bool(let flag)? = value(flagName) { return flag }
        return false
    }

    /// An integer flag's value (0 for an unknown or non-integer flag).
    public func int(_ flagName: String) -> Int {
        if case .integer(let number)? = value(flagName) { return Int(truncatingIfNeeded: number) }
        return 0
    }

    /// A floating point flag's value (0 for an unknown flag).
    public func double(_ flagName: String) -> Double {
        switch value(flagName) {
        case .number(let number)?: return number
        case .integer(let number)?: return Double(number)
        default: return 0
        }
    }

    /// A duration flag's value (zero for an unknown flag).
    public func duration(_ flagName: String) -> GoDuration {
        if case .duration(let length)? = value(flagName) { return length }
        return GoDuration(nanoseconds: 0)
    }

    /// A list flag's values in order (for map kinds, `key=value` items); a scalar becomes a one-element list.
    public func strings(_ flagName: String) -> [String] {
        switch value(flagName) {
        case .list(let items)?: return items
        case nil: return []
        case let other?: return [other.text]
        }
    }

    /// kubectl's `UsageErrorf` for this command: `error: MESSAGE` and `See 'kubectl PATH -h' for help and examples`.
    public func usageError(_ message: String) -> KubectlUsageError {
        KubectlUsageError(kind: .invalidArguments,
                          stderr: "error: \(message)\nSee '\(commandPathText) -h' for help and examples\n")
    }

    /// pflag normalizes `_` to `-` in flag names (kubectl's `WordSepNormalizeFunc`).
    static func normalized(_ flagName: String) -> String {
        // Most names have no `_`: skip Foundation's replacement (slow, and asked for on every flag read).
        guard flagName.utf8.contains(UInt8(ascii: "_")) else { return flagName }
        return flagName.replacingOccurrences(of: "_", with: "-")
    }
}
