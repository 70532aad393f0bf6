import Foundation
import Yams

/// Reads fields of one YAML mapping of a bank file, collecting problems with their lines instead of failing.
struct BankYAMLReader {
    /// The mapping being read.
    let node: Node
    /// The file it comes from.
    let file: String
    /// The question id, once known (for problem reports).
    var questionID: String?
    /// Problems found so far.
    var problems: [LintProblem] = []

    init(node: Node, file: String, questionID: String? = nil) {
        self.node = node
        self.file = file
        self.questionID = questionID
    }

    /// The location of the mapping itself.
    var location: SourceLocation { SourceLocation(file: file, line: node.mark?.line ?? 0) }

    /// The location of a key's value (the mapping's line when absent).
    func location(of key: String) -> SourceLocation {
        SourceLocation(file: file, line: node[key]?.mark?.line ?? node.mark?.line ?? 0)
    }

    mutating func problem(_ message: String, at key: String? = nil) {
        problems.append(LintProblem(key.map(location(of:)) ?? location, message, questionID: questionID))
    }

    /// True when the mapping has `key`.
    func has(_ key: String) -> Bool { node[key] != nil }

    /// A scalar's text; records a problem when required and missing or not a scalar.
    mutating func string(_ key: String, required: Bool = true) -> String? {
        guard let value = node[key] else {
            if required { problem("`\(key)` is missing") }
            return nil
        }
        guard let text = value.scalar?.string else {
            problem("`\(key)` must be a single value", at: key)
            return nil
        }
        return text
    }

    /// An integer field.
    mutating func int(_ key: String, required: Bool = false) -> Int? {
        guard let text = string(key, required: required) else { return nil }
        guard let number = Int(text) else {
            problem("`\(key)` must be a whole number, not `\(text)`", at: key)
            return nil
        }
        return number
    }

    /// A number field (seconds).
    mutating func double(_ key: String) -> Double? {
        guard let text = string(key, required: false) else { return nil }
        guard let number = Double(text) else {
            problem("`\(key)` must be a number, not `\(text)`", at: key)
            return nil
        }
        return number
    }

    /// A list of scalars; a single scalar reads as a one-element list.
    mutating func strings(_ key: String, required: Bool = false) -> [String] {
        guard let value = node[key] else {
            if required { problem("`\(key)` is missing") }
            return []
        }
        if let text = value.scalar?.string { return [text] }
        guard let items = value.sequence else {
            problem("`\(key)` must be a list", at: key)
            return []
        }
        var result: [String] = []
        for item in items {
            if let text = item.scalar?.string { result.append(text) } else { problem("`\(key)` may only hold plain values", at: key) }
        }
        return result
    }

    /// A `{en: …, zh-TW: …}` text; both languages are required.
    mutating func localized(_ key: String, required: Bool = true) -> LocalizedText? {
        guard let value = node[key] else {
            if required { problem("`\(key)` is missing") }
            return nil
        }
        return localized(value, name: key)
    }

    /// A localized text from a node (used for list items too).
    mutating func localized(_ value: Node, name: String) -> LocalizedText? {
        let line = value.mark?.line ?? node.mark?.line ?? 0
        guard value.mapping != nil else {
            problems.append(LintProblem(SourceLocation(file: file, line: line),
                                        "`\(name)` needs both `en` and `zh-TW` texts", questionID: questionID))
            return nil
        }
        let english = value["en"]?.scalar?.string ?? ""
        let chinese = value["zh-TW"]?.scalar?.string ?? ""
        if BankYAMLReader.isBlank(english) || BankYAMLReader.isBlank(chinese) {
            problems.append(LintProblem(SourceLocation(file: file, line: line),
                                        "`\(name)` needs both `en` and `zh-TW` texts", questionID: questionID))
            return nil
        }
        return LocalizedText(en: BankYAMLReader.trimmingNewlines(english), zh: BankYAMLReader.trimmingNewlines(chinese))
    }

    /// Whether `text` holds only white space and line breaks (what `trimmingCharacters(in: .whitespacesAndNewlines)`
    /// empties: that set is Unicode's White_Space property). Foundation's trimming, bridged through NSString, was
    /// a fifth of the bank's load time (issue #9).
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// `text` without line breaks at either end: as `trimmingCharacters(in: .newlines)` (U+000A–U+000D, U+0085,
    /// U+2028, U+2029), without Foundation's bridging.
    static func trimmingNewlines(_ text: String) -> String {
        let isNewline = { (scalar: Unicode.Scalar) in
            (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isNewline($0) }), let last = scalars.lastIndex(where: { !isNewline($0) }) else {
            return ""
        }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    /// A list of localized texts (choices, ordering items).
    mutating func localizedList(_ key: String) -> [LocalizedText] {
        guard let items = node[key]?.sequence else {
            problem("`\(key)` must be a list of {en, zh-TW} texts", at: has(key) ? key : nil)
            return []
        }
        return items.compactMap { localized($0, name: key) }
    }

    /// A reader for a nested mapping.
    func child(_ value: Node) -> BankYAMLReader {
        BankYAMLReader(node: value, file: file, questionID: questionID)
    }
}
