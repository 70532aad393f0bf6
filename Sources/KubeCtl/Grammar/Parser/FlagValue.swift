import Foundation
import KubeCluster

/// The parsed value of one flag, in the shape its kind calls for.
public enum KubectlFlagValue: Equatable, Sendable {
    /// A boolean flag's value.
    case bool(Bool)
    /// A string (or module spec) flag's value.
    case text(String)
    /// An integer flag's value.
    case integer(Int64)
    /// A floating point flag's value.
    case number(Double)
    /// A duration flag's value.
    case duration(GoDuration)
    /// A list flag's values; for map kinds each element is `key=value`.
    case list([String])

    /// The value as kubectl would print it back: `true`, `42`, `1m0s`, `a,b`.
    public var text: String {
        switch self {
        case .bool(let value): return value ? "true" : "false"
        case .text(let value): return value
        case .integer(let value): return String(value)
        case .number(let value): return String(value)
        case .duration(let value): return value.description
        case .list(let values): return values.joined(separator: ",")
        }
    }
}

/// Turns the text given on the command line into a flag value, with pflag's merge rules and error texts.
enum FlagValueParser {
    /// Parses `text` for `flag`; `previous` is the value from an earlier occurrence of the same flag, if any.
    /// On failure returns the error detail that follows `invalid argument "TEXT" for "FLAG" flag: `.
    static func parse(_ text: String, for flag: FlagSpec, previous: KubectlFlagValue?)
        -> Result<KubectlFlagValue, FlagValueError> {
        switch flag.kind {
        case .bool:
            return GoNumberSyntax.parseBool(text).map(KubectlFlagValue.bool).mapError(FlagValueError.init)
        case .string:
            return .success(.text(text))
        case .int:
            return integer(text, base: 0, bits: 64)
        case .int32:
            return integer(text, base: 0, bits: 32)
        case .verbosity:
            return integer(text, base: 10, bits: 32)
        case .float:
            return GoNumberSyntax.parseFloat(text).map(KubectlFlagValue.number).mapError(FlagValueError.init)
        case .duration:
            return GoDuration.parse(text).map(KubectlFlagValue.duration).mapError(FlagValueError.init)
        case .briefDuration:
            return GoDuration.parse(text).map(KubectlFlagValue.duration).mapError { _ in FlagValueError("parse error") }
        case .stringArray:
            return .success(.list(earlier(previous) + [text]))
        case .stringSlice:
            if text.isEmpty { return .success(.list(earlier(previous))) }
            return GoCSVRecord.fields(of: text).map { .list(earlier(previous) + $0) }.mapError(FlagValueError.init)
        case .stringToString:
            return parseStringToString(text, previous: previous)
        case .mapStringString:
            return parseMapStringString(text, previous: previous)
        case .moduleSpec:
            return validateModuleSpec(text).map { .text(text) }
        }
    }

    private static func integer(_ text: String, base: Int, bits: Int) -> Result<KubectlFlagValue, FlagValueError> {
        GoNumberSyntax.parseInt(text, base: base, bits: bits).map(KubectlFlagValue.integer).mapError(FlagValueError.init)
    }

    /// The default value of `flag`, parsed from its help text (`[]` is an empty list, `0s` a zero duration).
    static func defaultValue(of flag: FlagSpec) -> KubectlFlagValue {
        switch flag.kind {
        case .stringArray, .stringSlice, .stringToString:
            let inner = flag.defaultValue.dropFirst().dropLast()
            if inner.isEmpty { return .list([]) }
            return .list((try? GoCSVRecord.fields(of: String(inner)).get()) ?? [String(inner)])
        case .mapStringString:
            return .list([])
        default:
            return (try? parse(flag.defaultValue, for: flag, previous: nil).get()) ?? .text(flag.defaultValue)
        }
    }

    private static func earlier(_ previous: KubectlFlagValue?) -> [String] {
        if case .list(let values)? = previous { return values }
        return []
    }

    /// pflag `stringToString`: CSV fields, each `key=value`; later keys replace earlier ones.
    private static func parseStringToString(_ text: String, previous: KubectlFlagValue?)
        -> Result<KubectlFlagValue, FlagValueError> {
        let fields: [String]
        switch GoCSVRecord.fields(of: text) {
        case .failure(let error): return .failure(FlagValueError(error))
        case .success(let parsed): fields = text.isEmpty ? [] : parsed
        }
        var pairs = earlier(previous)
        for field in fields {
            guard let equals = field.firstIndex(of: "=") else {
                return .failure(FlagValueError("\(field) must be formatted as key=value"))
            }
            pairs = merging(pairs, key: String(field[..<equals]), pair: field)
        }
        return .success(.list(pairs))
    }

    /// `cliflag.MapStringString`: comma separated, trimmed `key=value` pairs.
    private static func parseMapStringString(_ text: String, previous: KubectlFlagValue?)
        -> Result<KubectlFlagValue, FlagValueError> {
        var pairs = earlier(previous)
        for raw in text.split(separator: ",", omittingEmptySubsequences: false) {
            let item = raw.trimmingCharacters(in: .whitespaces)
            if item.isEmpty { continue }
            guard let equals = item.firstIndex(of: "=") else {
                return .failure(FlagValueError("malformed pair, expect string=string"))
            }
            let key = item[..<equals].trimmingCharacters(in: .whitespaces)
            let value = item[item.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            pairs = merging(pairs, key: key, pair: "\(key)=\(value)")
        }
        return .success(.list(pairs))
    }

    private static func merging(_ pairs: [String], key: String, pair: String) -> [String] {
        var result = pairs.filter { !$0.hasPrefix(key + "=") }
        result.append(pair)
        return result
    }

    /// klog's `--vmodule` syntax check: `pattern=N` items separated by commas.
    private static func validateModuleSpec(_ text: String) -> Result<Void, FlagValueError> {
        let syntax = "syntax error: expect comma-separated list of filename=N"
        for item in text.split(separator: ",", omittingEmptySubsequences: true) {
            let parts = item.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, let pattern = parts.first, let level = parts.last,
                  !pattern.isEmpty, !level.isEmpty else {
                return .failure(FlagValueError(syntax))
            }
            guard case .success(let verbosity) = GoNumberSyntax.parseInt(String(level), base: 10, bits: 32) else {
                return .failure(FlagValueError(syntax))
            }
            if verbosity < 0 { return .failure(FlagValueError("negative value for vmodule level")) }
        }
        return .success(())
    }
}

/// Why a flag value was rejected: the text after `invalid argument "TEXT" for "FLAG" flag: `.
struct FlagValueError: Error, Equatable {
    /// The detail message, e.g. `strconv.ParseInt: parsing "x": invalid syntax`.
    let detail: String

    init(_ detail: String) {
        self.detail = detail
    }

    init(_ error: GoParseError) {
        detail = error.message
    }

    init(_ error: GoDurationError) {
        detail = error.message
    }

    init(_ error: GoCSVError) {
        detail = error.message
    }
}
