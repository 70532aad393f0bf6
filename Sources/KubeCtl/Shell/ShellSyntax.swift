import Foundation

/// One piece of a shell word, as written: literal text or something to expand.
///
/// `quoted` records whether the piece stood inside double quotes: quoted expansions
/// are never split into several fields.
public indirect enum ShellWordPart: Equatable {
    /// Text taken as is (from single quotes, double quotes, escapes or plain characters).
    case literal(String, quoted: Bool)
    /// A parameter expansion such as `$NAME`, `${NAME}`, `$?` or `${NAME:-default}`.
    case parameter(ShellParameter, quoted: Bool)
    /// A command substitution `$(…)` or `` `…` ``, already parsed.
    case commandSubstitution(ShellCommandList, quoted: Bool)
}

/// A parameter expansion: the variable name and an optional operator.
public struct ShellParameter: Equatable {
    /// How the value is transformed.
    public enum Operation: Equatable {
        /// `$NAME` or `${NAME}`.
        case plain
        /// `${#NAME}`: the length of the value.
        case length
        /// `${NAME:-word}` (`nullCounts` true) or `${NAME-word}`: a default when unset (or empty).
        case useDefault(ShellWord, nullCounts: Bool)
        /// `${NAME:=word}` or `${NAME=word}`: assign the default, then use it.
        case assignDefault(ShellWord, nullCounts: Bool)
        /// `${NAME:+word}` or `${NAME+word}`: the word when set (and non-empty).
        case useAlternative(ShellWord, nullCounts: Bool)
    }
    /// The variable name, or a special parameter such as `?`, `#`, `0`, `1`, `@`.
    public var name: String
    /// The transformation applied to the value.
    public var operation: Operation

    /// Creates a parameter expansion.
    public init(name: String, operation: Operation = .plain) {
        self.name = name
        self.operation = operation
    }
}

/// One shell word before expansion: a sequence of parts written next to each other.
public struct ShellWord: Equatable {
    /// The parts in source order.
    public var parts: [ShellWordPart]

    /// Creates a word from its parts.
    public init(_ parts: [ShellWordPart]) { self.parts = parts }

    /// The text of the word when it contains no expansions (quotes removed), else nil.
    public var literalText: String? {
        var text = ""
        for part in parts {
            guard case .literal(let value, _) = part else { return nil }
            text += value
        }
        return text
    }

    /// True when any part of the word was quoted or escaped.
    public var hasQuotedPart: Bool {
        parts.contains { part in
            switch part {
            case .literal(_, let quoted), .parameter(_, let quoted), .commandSubstitution(_, let quoted):
                return quoted
            }
        }
    }

    /// For a word shaped like `NAME=value` whose name is unquoted: the name and the value parts.
    public var assignment: (name: String, value: ShellWord)? {
        guard case .literal(let head, quoted: false)? = parts.first,
              let equals = head.firstIndex(of: "=") else { return nil }
        let name = String(head[..<equals])
        guard ShellWord.isValidName(name) else { return nil }
        let rest = String(head[head.index(after: equals)...])
        var valueParts: [ShellWordPart] = rest.isEmpty ? [] : [.literal(rest, quoted: false)]
        valueParts.append(contentsOf: parts.dropFirst())
        return (name, ShellWord(valueParts))
    }

    /// True for a valid shell variable name: a letter or `_` followed by letters, digits or `_`.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first,
              first == "_" || (first.isASCII && CharacterSet.letters.contains(first)) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && CharacterSet.alphanumerics.contains($0)) }
    }
}

/// A redirection attached to a simple command.
public struct ShellRedirection: Equatable {
    /// What the redirection does.
    public enum Kind: Equatable {
        /// `n> file` (or `n>> file` when `append`): send descriptor n to a file.
        case output(ShellWord, append: Bool)
        /// `n< file`: read descriptor n from a file.
        case input(ShellWord)
        /// `n>&m`: make descriptor n a copy of m.
        case duplicate(Int)
        /// `&> file` / `&>> file`: send both stdout and stderr to a file.
        case outputAndError(ShellWord, append: Bool)
        /// `<<WORD` here-document: the body, expanded when `expands`.
        case hereDocument(ShellWord, expands: Bool)
        /// `<<< word` here-string.
        case hereString(ShellWord)
    }
    /// The file descriptor redirected (0 stdin, 1 stdout, 2 stderr).
    public var descriptor: Int
    /// What happens to it.
    public var kind: Kind

    /// Creates a redirection.
    public init(descriptor: Int, kind: Kind) {
        self.descriptor = descriptor
        self.kind = kind
    }
}

/// A simple command: assignments, words and redirections, e.g. `A=b kubectl get pods > out`.
public struct ShellSimpleCommand: Equatable {
    /// Leading `NAME=value` words.
    public var assignments: [(name: String, value: ShellWord)] = []
    /// The command name and its arguments, unexpanded.
    public var words: [ShellWord] = []
    /// Redirections in source order.
    public var redirections: [ShellRedirection] = []

    /// Creates an empty command.
    public init() {}

    /// Structural equality (tuples are not Equatable by themselves).
    public static func == (lhs: ShellSimpleCommand, rhs: ShellSimpleCommand) -> Bool {
        lhs.words == rhs.words && lhs.redirections == rhs.redirections
            && lhs.assignments.map(\.name) == rhs.assignments.map(\.name)
            && lhs.assignments.map(\.value) == rhs.assignments.map(\.value)
    }
}

/// Commands joined by `|`, optionally negated with `!`.
public struct ShellPipeline: Equatable {
    /// The commands, stdout of each feeding stdin of the next.
    public var commands: [ShellSimpleCommand]
    /// True when written as `! pipeline`.
    public var negated: Bool

    /// Creates a pipeline.
    public init(commands: [ShellSimpleCommand], negated: Bool = false) {
        self.commands = commands
        self.negated = negated
    }
}

/// How an and-or item is joined to the one before it.
public enum ShellConnector: Equatable {
    /// `&&`: run only when the previous status was 0.
    case and
    /// `||`: run only when the previous status was not 0.
    case or
}

/// Pipelines joined by `&&` / `||`.
public struct ShellAndOrList: Equatable {
    /// The first pipeline.
    public var first: ShellPipeline
    /// The following pipelines with the connector before each.
    public var rest: [(ShellConnector, ShellPipeline)]

    /// Creates an and-or list.
    public init(first: ShellPipeline, rest: [(ShellConnector, ShellPipeline)] = []) {
        self.first = first
        self.rest = rest
    }

    /// Structural equality.
    public static func == (lhs: ShellAndOrList, rhs: ShellAndOrList) -> Bool {
        lhs.first == rhs.first && lhs.rest.map(\.0) == rhs.rest.map(\.0) && lhs.rest.map(\.1) == rhs.rest.map(\.1)
    }
}

/// A whole command text: and-or lists separated by `;`, `&` or newlines.
public struct ShellCommandList: Equatable {
    /// The items in order.
    public var items: [ShellAndOrList]

    /// Creates a list.
    public init(items: [ShellAndOrList]) { self.items = items }
}

/// A syntax error, worded as bash words it.
public struct ShellSyntaxError: Error, Equatable {
    /// Whether more input could still complete the text.
    public enum Kind: Equatable {
        /// More lines could make the text valid (open quote, heredoc, trailing `|`…).
        case incomplete
        /// The text is wrong whatever follows.
        case invalid
    }
    /// Whether more input could fix it.
    public var kind: Kind
    /// The message without the `bash: ` prefix, e.g. ``syntax error near unexpected token `|'``.
    public var message: String
    /// The exit status bash reports: 2 for syntax errors, 1 for expansion errors such as bad substitution.
    public var status: Int32

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, status: Int32 = 2) {
        self.kind = kind
        self.message = message
        self.status = status
    }

    /// The full line bash prints, e.g. ``bash: syntax error near unexpected token `|'``.
    public var bashMessage: String { "bash: \(message)" }

    /// An error for an unexpected operator token.
    static func unexpected(_ token: String) -> ShellSyntaxError {
        ShellSyntaxError(.invalid, "syntax error near unexpected token `\(token)'")
    }

    /// An error for end of input in the middle of a construct.
    static func unexpectedEOF(matching delimiter: String) -> ShellSyntaxError {
        ShellSyntaxError(.incomplete, "unexpected EOF while looking for matching `\(delimiter)'")
    }

    /// An error for end of input where a command was expected.
    static let unexpectedEndOfFile = ShellSyntaxError(.incomplete, "syntax error: unexpected end of file")
}
