import Foundation
import KubeCtl
import Yams

/// A composed YAML node (Yams), named apart from the cluster's `Node` kind.
typealias YAMLNode = Yams.Node

/// A problem found in a lesson file, with where it is.
public struct LessonIssue: Equatable, Sendable, CustomStringConvertible {
    /// Errors make a lesson unusable; warnings are worth fixing (a missing translation).
    public enum Severity: String, Sendable { case error, warning }
    /// Where the problem is.
    public var location: LessonFileLocation
    /// What is wrong, in words an author can act on.
    public var message: String
    /// Whether it makes the lesson unusable.
    public var severity: Severity

    /// A problem at `location`.
    public init(_ location: LessonFileLocation, _ message: String, severity: Severity = .error) {
        self.location = location
        self.message = message
        self.severity = severity
    }

    /// `file:line: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Typed reading of a composed YAML tree that records every problem (with its line) instead of stopping
/// at the first, so the linter can report them all.
final class LessonFileReader {
    let file: String
    private(set) var issues: [LessonIssue] = []

    init(file: String) { self.file = file }

    func location(_ node: YAMLNode?) -> LessonFileLocation {
        LessonFileLocation(file: file, line: node?.mark?.line ?? 0)
    }

    func error(_ message: String, at node: YAMLNode?) {
        issues.append(LessonIssue(location(node), message))
    }

    func error(_ message: String, at location: LessonFileLocation) {
        issues.append(LessonIssue(location, message))
    }

    func warning(_ message: String, at node: YAMLNode?) {
        issues.append(LessonIssue(location(node), message, severity: .warning))
    }

    /// A mapping's entries in order (keys as text), reporting duplicate keys and keys not in `allowed`.
    func mapping(_ node: YAMLNode?, _ what: String, allowed: [String]? = nil) -> [(key: String, keyNode: YAMLNode, value: YAMLNode)]? {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            error("\(what) should be a mapping (key: value lines)", at: node)
            return nil
        }
        var seen: Set<String> = []
        var entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else {
                error("\(what): keys should be plain words", at: keyNode)
                continue
            }
            if !seen.insert(key).inserted { error("\(what): \"\(key)\" appears twice", at: keyNode) }
            if let allowed, !allowed.contains(key) {
                let suggestion = Suggestions.closest(to: key, among: allowed).map { "; did you mean \"\($0)\"?" } ?? ""
                error("\(what): unknown key \"\(key)\"\(suggestion) (allowed: \(allowed.joined(separator: ", ")))", at: keyNode)
            }
            entries.append((key, keyNode, value))
        }
        return entries
    }

    /// The value of `key` in a mapping's entries.
    func value(_ entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)]?, _ key: String) -> YAMLNode? {
        entries?.first { $0.key == key }?.value
    }

    func string(_ node: YAMLNode?, _ what: String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            error("\(what) should be text", at: node)
            return nil
        }
        return scalar.string
    }

    func requiredString(_ node: YAMLNode?, _ what: String, in parent: YAMLNode?) -> String? {
        guard let node else {
            error("\(what) is required", at: parent)
            return nil
        }
        let text = string(node, what)
        if text?.isEmpty == true { error("\(what) must not be empty", at: node) }
        return text
    }

    func int(_ node: YAMLNode?, _ what: String) -> Int? {
        guard let node else { return nil }
        guard let text = node.scalar?.string, let number = Int(text) else {
            error("\(what) should be a whole number", at: node)
            return nil
        }
        return number
    }

    func bool(_ node: YAMLNode?, _ what: String) -> Bool? {
        guard let node else { return nil }
        switch node.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error("\(what) should be true or false", at: node)
            return nil
        }
    }

    /// Seconds from `30`, `30s`, `2m`, `1h`, `1m30s`.
    func duration(_ node: YAMLNode?, _ what: String) -> Double? {
        guard let node else { return nil }
        guard let text = node.scalar?.string, let seconds = LessonFileReader.seconds(text) else {
            error("\(what) should be a duration such as 30s, 2m or 1h", at: node)
            return nil
        }
        return seconds
    }

    static func seconds(_ text: String) -> Double? {
        if let plain = Double(text), plain >= 0 { return plain }
        var total = 0.0
        var number = ""
        for char in text {
            if char.isNumber || char == "." { number.append(char); continue }
            guard let value = Double(number), let unit = ["s": 1.0, "m": 60, "h": 3600][String(char)] else { return nil }
            total += value * unit
            number = ""
        }
        return number.isEmpty && !text.isEmpty ? total : nil
    }

    /// A list of texts; a single text is read as a one-element list.
    func strings(_ node: YAMLNode?, _ what: String) -> [String]? {
        guard let node else { return nil }
        if let scalar = node.scalar { return [scalar.string] }
        guard let sequence = node.sequence else {
            error("\(what) should be a list", at: node)
            return nil
        }
        return sequence.compactMap { string($0, "\(what) item") }
    }

    func sequence(_ node: YAMLNode?, _ what: String) -> [YAMLNode]? {
        guard let node else { return nil }
        guard let sequence = node.sequence else {
            error("\(what) should be a list (lines starting with -)", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A text in English only (plain text) or per language (`en:` and `zh-TW:`).
    func localized(_ node: YAMLNode?, _ what: String) -> LessonText? {
        guard let node else { return nil }
        if let scalar = node.scalar { return LessonText(en: scalar.string) }
        guard let entries = mapping(node, what, allowed: ["en", "zh-TW"]) else { return nil }
        var table: [String: String] = [:]
        for entry in entries {
            if let text = string(entry.value, "\(what) (\(entry.key))") { table[entry.key] = text }
        }
        if table["en"]?.isEmpty ?? true { error("\(what) needs an English text (en:)", at: node) }
        if table["zh-TW"]?.isEmpty ?? true { warning("\(what) has no zh-TW text", at: node) }
        return LessonText(byLanguage: table)
    }

    func requiredLocalized(_ node: YAMLNode?, _ what: String, in parent: YAMLNode?) -> LessonText? {
        guard let node else {
            error("\(what) is required", at: parent)
            return nil
        }
        return localized(node, what)
    }

    /// The line where a block scalar's text starts (the line after `key: |`).
    func contentLine(_ node: YAMLNode) -> Int {
        let line = node.mark?.line ?? 0
        switch node.scalar?.style {
        case .literal?, .folded?: return line + 1
        default: return line
        }
    }
}
