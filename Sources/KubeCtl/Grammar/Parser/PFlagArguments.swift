/// pflag's argument loop for one command: flags anywhere, `--` ends flags, values merged per flag kind.
struct PFlagArguments {
    let flags: ResolvedFlagSet
    private(set) var values: [String: KubectlFlagValue] = [:]
    private(set) var positionals: [String] = []
    private(set) var dashIndex: Int?
    private(set) var warnings: [String] = []

    /// A parse failure: its category and pflag's message (without `error: ` and the usage hint).
    struct Failure: Error {
        let kind: KubectlUsageError.Kind
        let message: String
    }

    init(flags: ResolvedFlagSet) {
        self.flags = flags
    }

    /// Consumes `args`; stops at the first error like pflag does.
    mutating func parse(_ args: [String]) -> Failure? {
        var rest = args[...]
        while let arg = rest.popFirst() {
            if arg.count < 2 || !arg.hasPrefix("-") {
                positionals.append(arg)
                continue
            }
            if arg == "--" {
                dashIndex = positionals.count
                positionals.append(contentsOf: rest)
                return nil
            }
            let failure = arg.hasPrefix("--") ? parseLong(arg, rest: &rest) : parseShort(arg, rest: &rest)
            if let failure { return failure }
        }
        return nil
    }

    private mutating func parseLong(_ arg: String, rest: inout ArraySlice<String>) -> Failure? {
        let body = arg.dropFirst(2)
        if body.isEmpty || body.hasPrefix("-") || body.hasPrefix("=") {
            return Failure(kind: .badFlagSyntax, message: "bad flag syntax: \(arg)")
        }
        let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = parts.first ?? body
        guard let flag = flags.flag(named: name) else {
            return Failure(kind: .unknownFlag, message: "unknown flag: --\(name)")
        }
        let value: String
        if parts.count == 2 {
            value = String(parts[1])
        } else if let bare = flag.valueWhenBare {
            value = bare
        } else if let next = rest.popFirst() {
            value = next
        } else {
            return Failure(kind: .missingFlagValue, message: "flag needs an argument: \(arg)")
        }
        return set(flag, to: value)
    }

    private mutating func parseShort(_ arg: String, rest: inout ArraySlice<String>) -> Failure? {
        var shorthands = arg.dropFirst()
        while let letter = shorthands.first {
            var remaining = shorthands.dropFirst()
            guard let flag = flags.byShorthand[letter] else {
                let quoted = GoStringSyntax.quoteCharacter(letter)
                return Failure(kind: .unknownShorthandFlag,
                               message: "unknown shorthand flag: \(quoted) in -\(shorthands)")
            }
            let value: String
            if shorthands.count > 2 && remaining.first == "=" {
                value = String(remaining.dropFirst())
                remaining = ""
            } else if let bare = flag.valueWhenBare {
                value = bare
            } else if shorthands.count > 1 {
                value = String(remaining)
                remaining = ""
            } else if let next = rest.popFirst() {
                value = next
            } else {
                let quoted = GoStringSyntax.quoteCharacter(letter)
                return Failure(kind: .missingFlagValue, message: "flag needs an argument: \(quoted) in -\(shorthands)")
            }
            if let failure = set(flag, to: value) { return failure }
            shorthands = remaining
        }
        return nil
    }

    /// pflag's `FlagSet.Set`: parse, remember, and warn about deprecated flags.
    private mutating func set(_ flag: FlagSpec, to text: String) -> Failure? {
        switch FlagValueParser.parse(text, for: flag, previous: values[flag.name]) {
        case .failure(let detail):
            let message = "invalid argument \(GoStringSyntax.quote(text)) for "
                + "\(GoStringSyntax.quote(flag.errorDisplayName)) flag: \(detail.detail)"
            return Failure(kind: .invalidFlagValue, message: message)
        case .success(let value):
            values[flag.name] = value
        }
        if let deprecation = flag.deprecationMessage {
            warnings.append("Flag --\(flag.name) has been deprecated, \(deprecation)")
        }
        return nil
    }
}
