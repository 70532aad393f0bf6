import Foundation

/// A small seeded generator (SplitMix64) for the fuzzers: the same seed gives the same cases.
struct FuzzRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The generator of case `index` of `target` in a run seeded with `seed`: every case can be replayed alone.
    init(seed: UInt64, target: String, index: Int) {
        var mixed = seed ^ 0x6B75_6265_7475_746F
        for byte in target.utf8 { mixed = (mixed ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        state = mixed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15)
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<bound` (0 when `bound` is not positive).
    mutating func below(_ bound: Int) -> Int { bound > 0 ? Int(next() % UInt64(bound)) : 0 }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Mutations of text: characters, shell metacharacters and tokens from a dictionary, inserted,
/// deleted, duplicated and swapped, and (for files) whole lines moved, dropped, repeated or re-indented.
struct TextMutator {
    /// Characters that mean something to the shell, kubectl, YAML or a template language, plus oddities.
    static let characters: [String] = [
        "'", "\"", "\\", "$", "(", ")", "{", "}", "[", "]", "|", "&", ";", "<", ">", "`", "*", "?", "~", "#", "=",
        ",", ".", ":", "-", "--", " ", "\t", "\n", "!", "@", "%", "^", "/", "0", "9", "中", "é", "\u{0}", "\u{7F}",
        "\u{1B}[2J", "\u{1B}]0;title\u{7}", "\u{FEFF}", "🚀", "\r", "\u{85}", "\u{2028}", "\u{301}", "👩‍👩‍👧",
    ]

    var random: FuzzRandom
    /// Tokens to splice in (flags, values, words of the target language).
    let dictionary: [String]

    /// `text` changed by one to four random mutations (sometimes up to twelve).
    mutating func mutate(_ text: String) -> String {
        var result = text
        let rounds = random.chance(15) ? 4 + random.below(9) : 1 + random.below(4)
        for _ in 0..<rounds { result = mutateOnce(result) }
        return result
    }

    /// Like `mutate`, with line-level changes mixed in (for files: lessons, questions, manifests, progress).
    mutating func mutateFile(_ text: String) -> String {
        var result = text
        for _ in 0..<(1 + random.below(6)) {
            result = random.chance(40) ? mutateLines(result) : mutateOnce(result)
        }
        return result
    }

    private mutating func mutateLines(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return text }
        let index = random.below(lines.count)
        switch random.below(6) {
        case 0: lines.remove(at: index)
        case 1: lines.insert(lines[index], at: random.below(lines.count + 1))
        case 2: lines.swapAt(index, random.below(lines.count))
        case 3: lines[index] = String(repeating: " ", count: random.below(9)) + lines[index].drop { $0 == " " }
        case 4: lines[index] += random.pick(dictionary)
        default:
            let end = min(lines.count, index + 1 + random.below(20))
            lines.removeSubrange(index..<end)
        }
        return lines.joined(separator: "\n")
    }

    private mutating func mutateOnce(_ text: String) -> String {
        var chars = Array(text)
        let position = random.below(chars.count + 1)
        switch random.below(10) {
        case 0, 1:
            chars.insert(contentsOf: random.pick(TextMutator.characters), at: position)
        case 2:
            if !chars.isEmpty { chars.remove(at: min(position, chars.count - 1)) }
        case 3, 4:
            let token = random.pick(dictionary)
            chars.insert(contentsOf: (random.chance(50) ? " " : "") + token, at: position)
        case 5:
            var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            if words.count > 1 { words.remove(at: random.below(words.count)) }
            return words.joined(separator: " ")
        case 6:
            var words = text.split(separator: " ").map(String.init)
            if words.count > 2 { words.swapAt(random.below(words.count), random.below(words.count)) }
            return words.joined(separator: " ")
        case 7:
            guard !chars.isEmpty else { return text }
            let start = random.below(chars.count)
            let length = min(chars.count - start, 1 + random.below(12))
            chars.insert(contentsOf: chars[start..<(start + length)], at: position)
        case 8:
            guard !chars.isEmpty else { return text }
            chars = Array(chars.prefix(random.below(chars.count)))
        default:
            var words = text.split(separator: " ").map(String.init)
            if !words.isEmpty { words[random.below(words.count)] = random.pick(dictionary) }
            return words.joined(separator: " ")
        }
        return String(chars)
    }
}

/// Quoting helpers for building shell lines from argument vectors.
enum FuzzQuoting {
    /// `word` as one single-quoted shell word.
    static func singleQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// True for a line that is one kubectl invocation without shell operators, substitutions or
    /// redirections (its exit status is kubectl's own).
    static func isPlainKubectlLine(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("kubectl ") || trimmed.hasPrefix("'kubectl' ") else { return false }
        let operators: Set<Character> = ["|", "&", ";", "<", ">", "`", "$", "(", ")", "\n", "\r", "#", "\\", "\u{0}", "*", "?", "[", "~", "{"]
        var quote: Character?
        for character in trimmed {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            if character == "'" || character == "\"" { quote = character; continue }
            if operators.contains(character) { return false }
        }
        return quote == nil
    }
}
