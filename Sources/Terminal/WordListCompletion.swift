/// Completes from fixed word lists: the first word from `commands`, the second from the
/// `subcommands` of the first (e.g. `kubectl ` → get, describe, …). Enough for simple shells
/// and for the demo; richer providers implement `CompletionProvider` themselves.
public struct WordListCompletion: CompletionProvider {
    /// Words allowed as the first word of a line.
    public var commands: [String]
    /// For a first word, the words allowed right after it.
    public var subcommands: [String: [String]]

    /// A provider over the given lists.
    public init(commands: [String], subcommands: [String: [String]] = [:]) {
        self.commands = commands
        self.subcommands = subcommands
    }

    /// The words of the matching list that start with the word before the cursor.
    public func completions(for line: String, cursor: Int) -> Completion {
        let word = WordAtCursor(line: line, cursor: cursor)
        let choices: [String]
        switch word.previousWords.count {
        case 0: choices = commands
        case 1: choices = subcommands[word.previousWords[0]] ?? []
        default: choices = []
        }
        return Completion(start: word.start, candidates: choices.filter { $0.hasPrefix(word.text) })
    }
}

/// The white-space separated word that ends at the cursor, and the words before it.
public struct WordAtCursor: Equatable {
    /// Offset (Unicode scalars) where the word starts.
    public let start: Int
    /// The part of the word before the cursor.
    public let text: String
    /// The complete words between the start of the line and this word.
    public let previousWords: [String]

    /// Splits `line` at the cursor (an offset in Unicode scalars, clamped to the line).
    public init(line: String, cursor: Int) {
        let scalars = Array(line.unicodeScalars)
        let end = min(max(cursor, 0), scalars.count)
        var begin = end
        while begin > 0, !scalars[begin - 1].properties.isWhitespace { begin -= 1 }
        start = begin
        text = WordAtCursor.string(scalars[begin..<end])
        previousWords = WordAtCursor.string(scalars[0..<begin])
            .split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
