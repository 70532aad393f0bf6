/// The kinds of value a kubectl flag can hold, mirroring the pflag value types kubectl 1.32 registers.
public enum FlagKind: String, Equatable, Sendable {
    /// `true`/`false`; given alone (`--watch`) it means `true` and never consumes the next word.
    case bool
    /// Free text. Help shows the default in single quotes: `--selector='':`.
    case string
    /// A 64-bit integer parsed like Go's `strconv.ParseInt(s, 0, 64)` (so `0x10` is 16).
    case int
    /// A 32-bit integer parsed like Go's `strconv.ParseInt(s, 0, 32)`.
    case int32
    /// A floating point number parsed like Go's `strconv.ParseFloat`.
    case float
    /// A Go duration such as `30s` or `1m30s`.
    case duration
    /// A list; every occurrence appends one value as given (commas are kept).
    case stringArray
    /// A list; every occurrence is split on commas with CSV quoting rules and appended.
    case stringSlice
    /// pflag's `stringToString`: comma separated `key=value` pairs, merged across occurrences.
    case stringToString
    /// `cliflag.MapStringString`: comma separated `key=value` pairs; help shows an unquoted empty default.
    case mapStringString
    /// klog's verbosity level (`-v`): a 32-bit decimal integer.
    case verbosity
    /// klog's `--vmodule` pattern list (`pattern=N,...`).
    case moduleSpec
    /// A duration whose parse errors are reported only as `parse error` (klog's `--log-flush-frequency`).
    case briefDuration
}

/// One flag of a kubectl command: its names, value kind, default and help text.
public struct FlagSpec: Equatable, Sendable {
    /// Long name without dashes, e.g. `output`.
    public let name: String
    /// One-letter shorthand without the dash, e.g. `o`, or nil.
    public let shorthand: Character?
    /// What kind of value the flag takes.
    public let kind: FlagKind
    /// The default exactly as Go's `DefValue` holds it (unquoted): help's `''` is stored as the empty string,
    /// `[]` as `[]`.
    public let defaultValue: String
    /// The value used when the flag is given without `=value` (pflag's `NoOptDefVal`); `"true"` for booleans.
    public let valueWhenBare: String?
    /// Help text (kubetutor's own wording).
    public let usage: String
    /// Hidden flags are accepted but not listed in help.
    public let isHidden: Bool
    /// Required flags must be given unless help is requested (cobra's `MarkFlagRequired`).
    public let isRequired: Bool
    /// When set, using the flag prints `Flag --NAME has been deprecated, MESSAGE` on stderr (if parsing succeeds).
    public let deprecationMessage: String?

    /// Creates a flag description; prefer the kind-specific factories such as ``bool(_:short:default:_:)``.
    public init(name: String, shorthand: Character? = nil, kind: FlagKind, defaultValue: String,
                valueWhenBare: String? = nil, usage: String, isHidden: Bool = false, isRequired: Bool = false,
                deprecationMessage: String? = nil) {
        self.name = name
        self.shorthand = shorthand
        self.kind = kind
        self.defaultValue = defaultValue
        self.valueWhenBare = kind == .bool ? (valueWhenBare ?? "true") : valueWhenBare
        self.usage = usage
        self.isHidden = isHidden || deprecationMessage != nil
        self.isRequired = isRequired
        self.deprecationMessage = deprecationMessage
    }

    /// The default as kubectl's help prints it after `=`: quoted for string flags (`'none'`), raw otherwise
    /// (`0s`, `[]`).
    public var defaultText: String {
        kind == .string ? "'\(defaultValue)'" : defaultValue
    }

    /// The flag heading line of kubectl's help, e.g. `    -o, --output='':`.
    public var helpHeading: String {
        let names = shorthand.map { "-\($0), --\(name)" } ?? "--\(name)"
        return "    \(names)=\(defaultText):"
    }

    /// The name pflag uses in "invalid argument" errors: `-w, --watch` or `--replicas`.
    var errorDisplayName: String {
        shorthand.map { "-\($0), --\(name)" } ?? "--\(name)"
    }

    /// A copy whose bare form (`--flag` without a value) means `value`, like pflag's `NoOptDefVal`.
    public func bareValue(_ value: String) -> FlagSpec {
        FlagSpec(name: name, shorthand: shorthand, kind: kind, defaultValue: defaultValue, valueWhenBare: value,
                 usage: usage, isHidden: isHidden, isRequired: isRequired, deprecationMessage: deprecationMessage)
    }

    /// A copy with a different help text.
    public func describing(_ text: String) -> FlagSpec {
        FlagSpec(name: name, shorthand: shorthand, kind: kind, defaultValue: defaultValue, valueWhenBare: valueWhenBare,
                 usage: text, isHidden: isHidden, isRequired: isRequired, deprecationMessage: deprecationMessage)
    }

    /// A copy that must be given on the command line.
    public func required() -> FlagSpec {
        FlagSpec(name: name, shorthand: shorthand, kind: kind, defaultValue: defaultValue, valueWhenBare: valueWhenBare,
                 usage: usage, isHidden: isHidden, isRequired: true, deprecationMessage: deprecationMessage)
    }
}

extension FlagSpec {
    /// A boolean flag.
    public static func bool(_ name: String, short: Character? = nil, default value: Bool = false,
                            _ usage: String) -> FlagSpec {
        FlagSpec(name: name, shorthand: short, kind: .bool, defaultValue: value ? "true" : "false", usage: usage)
    }

    /// A text flag; `value` is the unquoted default.
    public static func string(_ name: String, short: Character? = nil, default value: String = "",
                              _ usage: String) -> FlagSpec {
        FlagSpec(name: name, shorthand: short, kind: .string, defaultValue: value, usage: usage)
    }

    /// A 64-bit integer flag.
    public static func int(_ name: String, short: Character? = nil, default value: Int = 0,
                           _ usage: String) -> FlagSpec {
        FlagSpec(name: name, shorthand: short, kind: .int, defaultValue: String(value), usage: usage)
    }

    /// A 32-bit integer flag.
    public static func int32(_ name: String, short: Character? = nil, default value: Int = 0,
                             _ usage: String) -> FlagSpec {
        FlagSpec(name: name, shorthand: short, kind: .int32, defaultValue: String(value), usage: usage)
    }

    /// A duration flag; `value` is the default in Go notation, e.g. `0s` or `1m0s`.
    public static func duration(_ name: String, short: Character? = nil, default value: String = "0s",
                                _ usage: String) -> FlagSpec {
        FlagSpec(name: name, shorthand: short, kind: .duration, defaultValue: value, usage: usage)
    }

    /// A repeatable flag that keeps each value whole.
    public static func stringArray(_ name: String, short: Character? = nil, default value: String = "[]",
                                   _ usage: String) -> FlagSpec {
        FlagSpec(name: name, shorthand: short, kind: .stringArray, defaultValue: value, usage: usage)
    }

    /// A repeatable flag whose values are also split on commas.
    public static func stringSlice(_ name: String, short: Character? = nil, default value: String = "[]",
                                   _ usage: String) -> FlagSpec {
        FlagSpec(name: name, shorthand: short, kind: .stringSlice, defaultValue: value, usage: usage)
    }

    /// A flag of any other kind, with its default text given verbatim.
    public static func other(_ name: String, short: Character? = nil, kind: FlagKind, default value: String,
                             _ usage: String) -> FlagSpec {
        FlagSpec(name: name, shorthand: short, kind: kind, defaultValue: value, usage: usage)
    }

    /// The hidden, deprecated `--record` flag that several mutating commands still accept.
    public static let record = FlagSpec(
        name: "record", kind: .bool, defaultValue: "false",
        usage: "Record the command line in the kubernetes.io/change-cause annotation.",
        deprecationMessage: "--record will be removed in the future")
}
