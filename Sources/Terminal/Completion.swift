/// Tab completion: what a provider answers, and how an answer becomes an edit of the line (bash-like).

/// The answer of a `CompletionProvider`: where the word being completed starts and what it may become.
public struct Completion: Equatable {
    /// Offset, in Unicode scalars from the start of the line, of the first character of the word
    /// being completed (the word runs from here to the cursor).
    public var start: Int
    /// The full words that could replace the word being completed (not just their missing tails).
    public var candidates: [String]

    /// Creates an answer for the word that starts at `start`.
    public init(start: Int, candidates: [String]) {
        self.start = start
        self.candidates = candidates
    }

    /// No candidates: Tab only rings the bell.
    public static let none = Completion(start: 0, candidates: [])
}

/// Something that knows which words may be typed at the cursor (kubectl verbs, resource names, …).
public protocol CompletionProvider {
    /// The candidates for the word that ends at `cursor` (an offset in Unicode scalars) in `line`.
    func completions(for line: String, cursor: Int) -> Completion
}

/// What pressing Tab does to the line being edited.
public enum CompletionStep: Equatable {
    /// Delete `deleteBefore` characters before the cursor, then insert `text` at the cursor.
    case insert(deleteBefore: Int, text: String)
    /// Show these candidates in columns below the line and redraw the line.
    case list([String])
    /// Nothing can be added: ring the bell.
    case nothing
}

/// Turns a `Completion` into a `CompletionStep`, the way bash does.
///
/// One candidate is inserted whole, followed by a space (unless it ends in `/` or `=`, which
/// usually go on). Several candidates insert their longest common prefix; when that adds nothing,
/// a second Tab in a row lists them.
public enum CompletionPlanner {
    /// The step for `completion` in `line` with the cursor at `cursor` (Unicode scalar offset);
    /// `repeatedTab` says the previous key was also a Tab that left the line as it is.
    public static func step(line: String, cursor: Int, completion: Completion,
                            repeatedTab: Bool) -> CompletionStep {
        let scalars = Array(line.unicodeScalars)
        let end = min(max(cursor, 0), scalars.count)
        let start = min(max(completion.start, 0), end)
        var typedView = String.UnicodeScalarView()
        typedView.append(contentsOf: scalars[start..<end])
        let typed = String(typedView)
        let candidates = uniqueInOrder(completion.candidates)
        guard let first = candidates.first else { return .nothing }

        if candidates.count == 1 {
            let ending = first.hasSuffix("/") || first.hasSuffix("=") ? "" : " "
            return replacement(typed: typed, with: first + ending) ?? .nothing
        }
        let prefix = longestCommonPrefix(candidates)
        if prefix != typed, !prefix.isEmpty, let step = replacement(typed: typed, with: prefix) {
            return step
        }
        return repeatedTab ? .list(candidates.sorted()) : .nothing
    }

    /// The edit that turns `typed` into `word`: append the missing tail when `typed` is a prefix,
    /// otherwise replace `typed` whole. Nil when there is nothing to change.
    static func replacement(typed: String, with word: String) -> CompletionStep? {
        if word == typed { return nil }
        if word.hasPrefix(typed) {
            let tail = String(word.unicodeScalars.dropFirst(typed.unicodeScalars.count))
            return .insert(deleteBefore: 0, text: tail)
        }
        return .insert(deleteBefore: typed.unicodeScalars.count, text: word)
    }

    /// The longest string every word starts with (compared by characters).
    public static func longestCommonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let characters = Array(word)
            var length = 0
            while length < prefix.count, length < characters.count, prefix[length] == characters[length] {
                length += 1
            }
            prefix.removeSubrange(length...)
        }
        return String(prefix)
    }

    private static func uniqueInOrder(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }
}

/// Lays out candidates in columns, filled top to bottom then left to right (like `ls` and bash).
public enum CandidateColumns {
    /// The lines (each without a trailing newline) that show `items` within `width` screen columns.
    public static func lines(_ items: [String], width: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let widths = items.map(DisplayWidth.of)
        let cellWidth = (widths.max() ?? 0) + 2
        let columns = max(1, min(items.count, (max(width, 1) + 2) / cellWidth))
        let rows = (items.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < items.count else { break }
                line += items[index]
                let isLast = column == columns - 1 || index + rows >= items.count
                if !isLast { line += String(repeating: " ", count: cellWidth - widths[index]) }
            }
            lines.append(line)
        }
        return lines
    }
}

/// How many terminal columns text takes: East Asian wide characters such as 中文 take two.
public enum DisplayWidth {
    /// The number of screen columns `text` occupies.
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// Columns for one scalar: 0 for combining marks and controls, 2 for wide ones, else 1.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return isWide(value) ? 2 : 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        wideRanges.contains { $0.contains(value) }
    }
}
