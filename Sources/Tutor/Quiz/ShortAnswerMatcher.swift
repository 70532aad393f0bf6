import Foundation

/// Decides whether a free-text answer matches an accepted one: case, width (full-width letters),
/// punctuation, spacing and articles are ignored, and synonyms (`api server` = `kube-apiserver` =
/// `API 伺服器`) count as the same word.
public struct ShortAnswerMatcher: Sendable {
    /// Groups of words that mean the same; the first of each group is the canonical form.
    public let synonymGroups: [[String]]
    /// Chinese phrases (matched inside words) → canonical form.
    private let chinesePhrases: [(String, String)]
    /// Word sequences → canonical form, longest first.
    private let phrases: [([String], String)]

    /// A matcher with the given synonym groups.
    public init(synonymGroups: [[String]]) {
        self.synonymGroups = synonymGroups
        var chinese: [(String, String)] = []
        var words: [([String], String)] = []
        for group in synonymGroups {
            guard let canonical = group.first.map(ShortAnswerMatcher.basic), !canonical.isEmpty else { continue }
            for word in group.map(ShortAnswerMatcher.basic) where !word.isEmpty {
                if ShortAnswerMatcher.isCJK(word) {
                    chinese.append((word, canonical))
                } else {
                    words.append((word.split(separator: " ").map(String.init), canonical))
                }
            }
        }
        chinesePhrases = chinese.sorted { $0.0.count > $1.0.count }
        phrases = words.sorted { $0.0.count > $1.0.count }
    }

    /// True when `answer` matches one of `spec`'s accepted answers.
    public func matches(_ answer: String, spec: ShortAnswerSpec) -> Bool {
        let given = normalised(answer)
        guard !given.isEmpty else { return false }
        for accepted in spec.accepted {
            let wanted = normalised(accepted)
            if wanted.isEmpty { continue }
            if given == wanted { return true }
            if spec.containsIsEnough && (" " + given + " ").contains(" " + wanted + " ") { return true }
        }
        return false
    }

    /// The comparable form of a text: basic normalisation, then synonyms replaced by their canonical word
    /// (Chinese phrases anywhere, other phrases as whole words, longest match first).
    public func normalised(_ text: String) -> String {
        var spaced = ShortAnswerMatcher.basic(text)
        for (phrase, canonical) in chinesePhrases {
            spaced = spaced.replacingOccurrences(of: phrase, with: " " + canonical + " ")
        }
        let words = spaced.split(separator: " ").map(String.init)
        var result: [String] = []
        var position = 0
        while position < words.count {
            let match = phrases.first { phrase, _ in
                position + phrase.count <= words.count && Array(words[position..<(position + phrase.count)]) == phrase
            }
            if let (phrase, canonical) = match {
                result.append(canonical)
                position += phrase.count
            } else {
                result.append(words[position])
                position += 1
            }
        }
        return result.joined(separator: " ")
    }

    /// Width folding (NFKC), lower case, punctuation to spaces, articles dropped, spaces squeezed.
    static func basic(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
            .replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{2019}", with: "")
        var cleaned = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "/" || scalar == "." {
                cleaned.unicodeScalars.append(scalar)
            } else {
                cleaned.append(" ")
            }
        }
        let words = cleaned.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".-")) }
        let articles: Set<String> = ["a", "an", "the", "it", "is", "its"]
        return words.filter { !$0.isEmpty && !articles.contains($0) }.joined(separator: " ")
    }

    private static func isCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x2E80 }
    }
}
