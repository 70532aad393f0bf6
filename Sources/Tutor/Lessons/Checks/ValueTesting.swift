import Foundation
import KubeCluster

/// Applies value tests to the text a jsonpath yields, and describes them in both languages.
enum ValueTesting {
    /// Whether `text` (nil: the path has no value) passes `test`.
    static func passes(_ test: ValueTest, _ text: String?) -> Bool {
        switch test {
        case .present: return !(text ?? "").isEmpty
        case .missing: return (text ?? "").isEmpty
        case .equals(let wanted): return sameValue(text ?? "", wanted) || ((text ?? "").isEmpty && wanted == "0")
        case .contains(let wanted): return text?.contains(wanted) ?? false
        case .matches(let pattern):
            guard let text, let regex = try? NSRegularExpression(pattern: pattern) else { return false }
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        case .atLeast(let bound): return numberOrZero(text).map { $0 >= bound } ?? false
        case .atMost(let bound): return numberOrZero(text).map { $0 <= bound } ?? false
        }
    }

    /// Equal as text, or as numbers when both are numbers (`3` and `3.0`), ignoring surrounding space.
    static func sameValue(_ a: String, _ b: String) -> Bool {
        let left = a.trimmingCharacters(in: .whitespacesAndNewlines)
        let right = b.trimmingCharacters(in: .whitespacesAndNewlines)
        if left == right { return true }
        if let x = Double(left), let y = Double(right) { return x == y }
        return false
    }

    /// The number in a text, if it is one.
    static func number(_ text: String?) -> Double? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return Double(text)
    }

    /// The number in a text; a missing value counts as 0 (Kubernetes omits zero counts).
    static func numberOrZero(_ text: String?) -> Double? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return 0 }
        return number(text)
    }

    /// What the value should be, to follow "should": `be "x"`, `contain "x"` …
    static func describe(_ test: ValueTest) -> LessonText {
        switch test {
        case .equals(let value): return say("should be \"\(value)\"", "應該是 \"\(value)\"")
        case .contains(let value): return say("should contain \"\(value)\"", "應該包含 \"\(value)\"")
        case .matches(let value): return say("should match /\(value)/", "應該符合 /\(value)/")
        case .atLeast(let value): return say("should be at least \(format(value))", "應該至少是 \(format(value))")
        case .atMost(let value): return say("should be at most \(format(value))", "應該最多是 \(format(value))")
        case .present: return say("should be set", "應該要有值")
        case .missing: return say("should not be set", "應該沒有值")
        }
    }

    /// `at least 3`, `exactly 2` … for labels.
    static func describe(_ test: CountTest) -> LessonText {
        switch test {
        case .equals(let value): return say("exactly \(value)", "剛好 \(value) 個")
        case .atLeast(let value): return say("at least \(value)", "至少 \(value) 個")
        case .atMost(let value): return say("at most \(value)", "最多 \(value) 個")
        }
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
