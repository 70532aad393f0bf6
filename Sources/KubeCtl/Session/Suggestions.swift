/// "Did you mean …": the known word closest to a typo, by edit distance (at most 2) or shared prefix.
public enum Suggestions {
    /// The best candidate within edit distance 2 (or a candidate `word` is a prefix of), if any.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = candidates.map { ($0, distance(lowered, $0.lowercased())) }.filter { $0.1 <= 2 }
        if let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) { return best.0 }
        return candidates.first { !lowered.isEmpty && $0.lowercased().hasPrefix(lowered) }
    }

    /// Levenshtein distance between two strings (by Unicode scalar).
    public static func distance(_ a: String, _ b: String) -> Int {
        let left = Array(a.unicodeScalars)
        let right = Array(b.unicodeScalars)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = Array(repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
