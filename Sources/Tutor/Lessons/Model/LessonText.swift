import Foundation

/// The languages lesson texts are written in. English is the fallback for any text missing in another.
public enum LessonLanguage: String, CaseIterable, Sendable {
    case english = "en"
    case traditionalChinese = "zh-TW"

    /// The language for `--lang` (when given) or the environment's `LANG`/`LC_ALL`/`LC_MESSAGES`;
    /// English when neither names a language we have.
    public static func choose(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> LessonLanguage {
        if let flag, let chosen = LessonLanguage(code: flag) { return chosen }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return LessonLanguage(code: value) ?? .english }
        }
        return .english
    }

    /// Reads a language code such as `en`, `zh-TW`, `zh_TW.UTF-8` or `zh_Hant`; nil for anything else.
    public init?(code: String) {
        let lowered = code.lowercased().replacingOccurrences(of: "_", with: "-")
        if lowered == "c" || lowered == "posix" || lowered.hasPrefix("en") {
            self = .english
        } else if lowered.hasPrefix("zh") {
            self = .traditionalChinese
        } else {
            return nil
        }
    }
}

/// A text given in one or more languages; `text(in:)` falls back to English per text.
public struct LessonText: Equatable, Sendable {
    /// The text per language code (`en`, `zh-TW`).
    public private(set) var byLanguage: [String: String]

    /// A text with an English version and, optionally, a Traditional Chinese one.
    public init(en: String, zhTW: String? = nil) {
        byLanguage = ["en": en]
        if let zhTW { byLanguage["zh-TW"] = zhTW }
    }

    /// A text from a table of language codes.
    public init(byLanguage: [String: String]) { self.byLanguage = byLanguage }

    /// The empty text.
    public static let empty = LessonText(byLanguage: [:])

    /// True when no language has any text.
    public var isEmpty: Bool { byLanguage.values.allSatisfy { $0.isEmpty } }

    /// The text in `language`, else English, else any text there is.
    public func text(in language: LessonLanguage) -> String {
        if let text = byLanguage[language.rawValue], !text.isEmpty { return text }
        if let text = byLanguage["en"], !text.isEmpty { return text }
        return byLanguage.keys.sorted().lazy.compactMap { self.byLanguage[$0] }.first ?? ""
    }

    /// Replaces `{name}` placeholders in every language.
    public func filled(_ values: [String: String]) -> LessonText {
        var copy = self
        for (code, text) in byLanguage {
            var filled = text
            for key in values.keys.sorted() { filled = filled.replacingOccurrences(of: "{\(key)}", with: values[key] ?? "") }
            copy.byLanguage[code] = filled
        }
        return copy
    }

    /// Joins two texts language by language with `separator`.
    public static func joined(_ parts: [LessonText], separator: String) -> LessonText {
        let codes = Set(parts.flatMap { $0.byLanguage.keys }).union(["en"])
        var table: [String: String] = [:]
        for code in codes.sorted() {
            let language = LessonLanguage(code: code) ?? .english
            table[code] = parts.map { $0.text(in: language) }.filter { !$0.isEmpty }.joined(separator: separator)
        }
        return LessonText(byLanguage: table)
    }
}
