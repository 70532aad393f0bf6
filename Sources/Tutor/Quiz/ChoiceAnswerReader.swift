import Foundation

/// Reads typed answers to choice, true/false and ordering questions: `a`, `B`, `2`, `a,c`, `a c`,
/// `2 1 3`, `2,1,3`, `213`, `true`, `f`, `是`, `錯`.
public enum ChoiceAnswerReader {
    /// The 0-based choice indexes named in `text` (letters or 1-based numbers), in the order given;
    /// nil when a part is neither or is out of range.
    public static func choices(_ text: String, count: Int) -> [Int]? {
        let parts = splitParts(text)
        guard !parts.isEmpty else { return nil }
        var result: [Int] = []
        for part in parts {
            guard let index = index(of: part, count: count) else { return nil }
            result.append(index)
        }
        return result
    }

    /// An ordering: 1-based item numbers in the order given (`2 1 3`, `2,1,3`, `213` for up to 9 items,
    /// or letters `b a c`); nil when unreadable.
    public static func ordering(_ text: String, count: Int) -> [Int]? {
        var parts = splitParts(text)
        if parts.count == 1, let only = parts.first, only.count == count, count <= 9, only.allSatisfy(\.isNumber) {
            parts = only.map(String.init)
        }
        guard let indexes = choices(parts.joined(separator: " "), count: count) else { return nil }
        return indexes.map { $0 + 1 }
    }

    /// true/false from English or Chinese words; nil otherwise.
    public static func truth(_ text: String) -> Bool? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["true", "t", "yes", "y", "對", "是", "正確", "o", "○"].contains(word) { return true }
        if ["false", "f", "no", "n", "錯", "否", "錯誤", "不對", "x", "×"].contains(word) { return false }
        return nil
    }

    private static func splitParts(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0 == "," || $0 == " " || $0 == "，" || $0 == "、" || $0 == "\t" })
            .map(String.init).filter { !$0.isEmpty }
    }

    private static func index(of part: String, count: Int) -> Int? {
        if let number = Int(part) { return (1...max(1, count)).contains(number) && count > 0 ? number - 1 : nil }
        guard part.count == 1, let scalar = part.unicodeScalars.first, ("a"..."z").contains(scalar) else { return nil }
        let index = Int(scalar.value) - Int(("a" as Unicode.Scalar).value)
        return index < count ? index : nil
    }
}
