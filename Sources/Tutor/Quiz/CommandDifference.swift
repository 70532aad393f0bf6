import KubeCtl

/// One way a learner's command differs in meaning from the expected one.
public enum CommandDifference: Error, Equatable, Sendable {
    /// The line runs no kubectl command.
    case notKubectl(found: String)
    /// kubectl would refuse the line; the first line of its error.
    case rejected(error: String)
    /// A different command: `kubectl describe` instead of `kubectl logs`.
    case command(expected: String, found: String)
    /// Different objects: `deployment web` instead of `pod web-1`.
    case objects(expected: String, found: String)
    /// A different namespace.
    case namespace(expected: String, found: String)
    /// `-A` missing (expected true) or not wanted (expected false).
    case allNamespaces(expected: Bool)
    /// A flag the answer needs is missing.
    case missingFlag(FlagMention)
    /// A flag that changes the result was added.
    case extraFlag(FlagMention)
    /// A flag has another value.
    case flagValue(FlagMention, expected: String)
    /// Other positional arguments differ.
    case arguments(expected: String, found: String)
    /// The command run inside the container (after `--`) differs.
    case containerCommand(expected: String, found: String)

    /// The key under which a question's notes explain this difference: the flag name, or
    /// `command`, `object`, `namespace`, `all-namespaces`, `arguments`.
    public var noteKey: String {
        switch self {
        case .notKubectl, .rejected: return ""
        case .command: return "command"
        case .objects: return "object"
        case .namespace: return "namespace"
        case .allNamespaces: return "all-namespaces"
        case .missingFlag(let flag), .extraFlag(let flag), .flagValue(let flag, _): return flag.name
        case .arguments, .containerCommand: return "arguments"
        }
    }

    /// The difference in words, with the question's note for it appended after a colon.
    public func message(_ language: QuizLanguage, note: LocalizedText?) -> String {
        let base = language == .english ? english : chinese
        guard let note else { return base }
        return base + (language == .english ? ": " : "：") + note.text(language)
    }

    private var english: String {
        switch self {
        case .notKubectl(let found): return "`\(found)` is not a kubectl command"
        case .rejected(let error): return "kubectl would refuse it (\(error))"
        case .command(let expected, let found): return "`\(found)` is the wrong command; this needs `\(expected)`"
        case .objects(let expected, let found): return "it acts on \(found); the question is about \(expected)"
        case .namespace(let expected, let found):
            return "it looks in namespace \(found); the objects are in namespace \(expected)"
        case .allNamespaces(let expected):
            return expected ? "--all-namespaces (-A) is missing" : "--all-namespaces (-A) was not asked for"
        case .missingFlag(let flag): return "\(flag.display) is missing"
        case .extraFlag(let flag): return "\(flag.display) was not asked for"
        case .flagValue(let flag, let expected): return "--\(flag.name) is \(flag.value); it should be \(expected)"
        case .arguments(let expected, let found):
            return "the arguments are `\(found.isEmpty ? "(none)" : found)`; expected `\(expected.isEmpty ? "(none)" : expected)`"
        case .containerCommand(let expected, let found):
            return "it runs `\(found.isEmpty ? "(nothing)" : found)` in the container; expected `\(expected)`"
        }
    }

    private var chinese: String {
        switch self {
        case .notKubectl(let found): return "`\(found)` 不是 kubectl 指令"
        case .rejected(let error): return "kubectl 會拒絕這個指令（\(error)）"
        case .command(let expected, let found): return "`\(found)` 用錯指令了，這裡要用 `\(expected)`"
        case .objects(let expected, let found): return "它操作的是 \(found)，題目要的是 \(expected)"
        case .namespace(let expected, let found): return "它查的是 namespace \(found)，物件在 namespace \(expected)"
        case .allNamespaces(let expected):
            return expected ? "少了 --all-namespaces (-A)" : "題目沒有要 --all-namespaces (-A)"
        case .missingFlag(let flag): return "少了 \(flag.display)"
        case .extraFlag(let flag): return "多了 \(flag.display)，題目沒有要求"
        case .flagValue(let flag, let expected): return "--\(flag.name) 是 \(flag.value)，應該是 \(expected)"
        case .arguments(let expected, let found):
            return "參數是 `\(found.isEmpty ? "（無）" : found)`，應為 `\(expected.isEmpty ? "（無）" : expected)`"
        case .containerCommand(let expected, let found):
            return "在容器裡執行的是 `\(found.isEmpty ? "（無）" : found)`，應為 `\(expected)`"
        }
    }
}

/// A flag as a difference mentions it: its long name, shorthand and value.
public struct FlagMention: Equatable, Sendable {
    /// The long name, e.g. `previous`.
    public let name: String
    /// The one-letter shorthand, if any.
    public let shorthand: Character?
    /// The normalised value (`true` for a bare boolean).
    public let value: String

    /// `--previous (-p)` for a boolean, `--replicas=5` otherwise.
    public var display: String {
        let short = shorthand.map { " (-\($0))" } ?? ""
        return value == "true" ? "--\(name)\(short)" : "--\(name)=\(value)\(short)"
    }
}
