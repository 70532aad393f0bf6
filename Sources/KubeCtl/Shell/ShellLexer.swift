import Foundation

/// A control operator between commands.
public enum ShellOperator: String, Equatable {
    /// `|`
    case pipe = "|"
    /// `|&`: pipe stdout and stderr.
    case pipeBoth = "|&"
    /// `&&`
    case and = "&&"
    /// `||`
    case or = "||"
    /// `;`
    case semicolon = ";"
    /// `;;` (only valid in `case`, which is not supported, so always an error).
    case doubleSemicolon = ";;"
    /// `&`
    case background = "&"
    /// An unquoted newline; its raw value is the name bash uses in error messages.
    case newline = "newline"
    /// `(`
    case openParen = "("
    /// `)`
    case closeParen = ")"
}

/// A redirection operator, optionally preceded by a descriptor number (`2>`).
public enum ShellRedirectOperator: String, Equatable {
    /// `>`
    case output = ">"
    /// `>>`
    case append = ">>"
    /// `>|`
    case clobber = ">|"
    /// `<`
    case input = "<"
    /// `<>` (treated like `<`).
    case readWrite = "<>"
    /// `<<`
    case hereDocument = "<<"
    /// `<<-`
    case hereDocumentStrippingTabs = "<<-"
    /// `<<<`
    case hereString = "<<<"
    /// `>&`
    case duplicateOutput = ">&"
    /// `<&`
    case duplicateInput = "<&"
    /// `&>`
    case outputAndError = "&>"
    /// `&>>`
    case appendOutputAndError = "&>>"
}

/// One token of a command text.
public enum ShellToken: Equatable {
    /// A word, still unexpanded.
    case word(ShellWord)
    /// A control operator.
    case op(ShellOperator)
    /// A redirection operator with its explicit descriptor, if any.
    case redirect(ShellRedirectOperator, descriptor: Int?)
}

/// The body of a here-document, read from the lines after the command.
public struct ShellHereDocument: Equatable {
    /// The delimiter word with quotes removed.
    public var delimiter: String
    /// The body; a single quoted literal when the delimiter was quoted.
    public var body: ShellWord
    /// False when the delimiter was quoted (`<<'EOF'`): no expansion in the body.
    public var expands: Bool
    /// False when the input ended before the delimiter line.
    public var terminated: Bool
    /// The 1-based line of the `<<` operator (for bash's warning).
    public var line: Int
}

/// The tokens of a command text plus the here-document bodies in the order their operators appear.
public struct ShellTokenStream: Equatable {
    /// The tokens.
    public var tokens: [ShellToken] = []
    /// Here-document bodies, one per `<<` / `<<-` token, in order.
    public var hereDocuments: [ShellHereDocument] = []
    /// True when the text ends with a backslash that asks for another line.
    public var endsWithLineContinuation = false
}

/// Splits a command text into tokens following bash's quoting rules.
///
/// Command substitutions are lexed and parsed recursively, up to `maximumDepth` levels.
public struct ShellLexer {
    /// How deep `$(…)`, backquotes and `${…}` may nest before the text is rejected.
    public static let maximumDepth = 24

    let text: [Unicode.Scalar]
    var index: Int
    let depth: Int
    /// True for the lexer of a `$(…)` body, which ends at the matching `)`.
    let endsAtCloseParen: Bool
    var stream = ShellTokenStream()
    var parenDepth = 0
    /// Here-documents whose bodies start after the next newline: (strip tabs, delimiter, expands, line).
    var pendingHereDocuments: [(stripTabs: Bool, delimiter: String, expands: Bool, line: Int)] = []
    /// Set after `<<`: the next word is a delimiter.
    var expectingDelimiter: Bool?
    /// Line counting for here-document warnings: newlines seen before `lineCountIndex`.
    var lineCountIndex = 0
    var lineCount = 1

    /// Tokenizes a complete command text.
    public static func tokenize(_ source: String) throws -> ShellTokenStream {
        var lexer = ShellLexer(text: Array(source.unicodeScalars), index: 0, depth: 0, endsAtCloseParen: false)
        try lexer.run()
        return lexer.stream
    }

    init(text: [Unicode.Scalar], index: Int, depth: Int, endsAtCloseParen: Bool) {
        self.text = text
        self.index = index
        self.depth = depth
        self.endsAtCloseParen = endsAtCloseParen
    }

    var current: Unicode.Scalar? { index < text.count ? text[index] : nil }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        let position = index + offset
        return position < text.count ? text[position] : nil
    }

    /// Lexes tokens until the end of input (or the closing `)` of a substitution).
    mutating func run() throws {
        while let scalar = current {
            switch scalar {
            case " ", "\t", "\r":
                index += 1
            case "\n":
                index += 1
                try append(.op(.newline))
                readPendingHereDocuments()
            case "#":
                while let next = current, next != "\n" { index += 1 }
            case "\\" where peek(1) == "\n":
                index += 2
                if index == text.count { stream.endsWithLineContinuation = true }
            case ")" where endsAtCloseParen && parenDepth == 0:
                index += 1
                try finishPendingAtEnd()
                return
            default:
                try lexOperatorOrWord()
            }
        }
        if endsAtCloseParen { throw ShellSyntaxError.unexpectedEOF(matching: ")") }
        try finishPendingAtEnd()
    }

    private mutating func finishPendingAtEnd() throws {
        if expectingDelimiter != nil { expectingDelimiter = nil }
        readPendingHereDocuments()
    }

    private mutating func lexOperatorOrWord() throws {
        guard let scalar = current else { return }
        if let (op, length) = controlOperator(at: index) {
            if op == .openParen { parenDepth += 1 }
            if op == .closeParen { parenDepth -= 1 }
            index += length
            try append(.op(op))
            return
        }
        var descriptor: Int?
        var start = index
        if scalar.properties.numericType != nil, scalar.isASCII {
            var end = index
            while end < text.count, text[end].isASCII, ("0"..."9").contains(text[end]) { end += 1 }
            if end < text.count, text[end] == "<" || text[end] == ">", end - index <= 4 {
                descriptor = Int(String(String.UnicodeScalarView(text[index..<end])))
                start = end
            }
        }
        if let (redirect, length) = redirectOperator(at: start) {
            index = start + length
            try append(.redirect(redirect, descriptor: descriptor))
            return
        }
        let word = try lexWord()
        try append(.word(word))
    }

    private func controlOperator(at position: Int) -> (ShellOperator, Int)? {
        guard position < text.count else { return nil }
        let next: Unicode.Scalar? = position + 1 < text.count ? text[position + 1] : nil
        switch text[position] {
        case "|": return next == "|" ? (.or, 2) : next == "&" ? (.pipeBoth, 2) : (.pipe, 1)
        case "&":
            if next == "&" { return (.and, 2) }
            return next == ">" ? nil : (.background, 1)
        case ";": return next == ";" ? (.doubleSemicolon, 2) : (.semicolon, 1)
        case "(": return (.openParen, 1)
        case ")": return (.closeParen, 1)
        default: return nil
        }
    }

    private func redirectOperator(at position: Int) -> (ShellRedirectOperator, Int)? {
        let candidates: [ShellRedirectOperator] = [
            .hereString, .hereDocumentStrippingTabs, .appendOutputAndError, .hereDocument, .append, .clobber,
            .duplicateOutput, .duplicateInput, .readWrite, .outputAndError, .output, .input,
        ]
        for candidate in candidates {
            let scalars = Array(candidate.rawValue.unicodeScalars)
            guard position + scalars.count <= text.count else { continue }
            if Array(text[position..<(position + scalars.count)]) == scalars { return (candidate, scalars.count) }
        }
        return nil
    }

    private mutating func append(_ token: ShellToken) throws {
        if let stripTabs = expectingDelimiter {
            expectingDelimiter = nil
            if case .word(let word) = token {
                let delimiter = word.literalText ?? delimiterSource(word)
                pendingHereDocuments.append((stripTabs, delimiter, !word.hasQuotedPart, lineNumber()))
            }
        }
        if case .redirect(let op, _) = token, op == .hereDocument || op == .hereDocumentStrippingTabs {
            expectingDelimiter = op == .hereDocumentStrippingTabs
        }
        stream.tokens.append(token)
    }

    private func delimiterSource(_ word: ShellWord) -> String {
        word.parts.map { part -> String in
            switch part {
            case .literal(let text, _): return text
            case .parameter(let parameter, _): return "$" + parameter.name
            case .commandSubstitution: return ""
            }
        }.joined()
    }

    /// The 1-based line of `index`, counted incrementally so many here-documents stay linear.
    private mutating func lineNumber() -> Int {
        while lineCountIndex < min(index, text.count) {
            if text[lineCountIndex] == "\n" { lineCount += 1 }
            lineCountIndex += 1
        }
        return lineCount
    }

    /// Reads the bodies of here-documents announced on the line just ended.
    /// The text of some scalars, encoded to UTF-8 in one buffer (appending scalars to a String one by one is slow).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.isASCII { bytes.append(UInt8(truncatingIfNeeded: scalar.value)) } else { bytes.append(contentsOf: String(scalar).utf8) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func readPendingHereDocuments() {
        let pending = pendingHereDocuments
        pendingHereDocuments.removeAll()
        for document in pending {
            var body = ""
            var terminated = false
            while index < text.count {
                var end = index
                while end < text.count, text[end] != "\n" { end += 1 }
                var line = Self.string(text[index..<end])
                index = min(end + 1, text.count)
                if document.stripTabs { line = String(line.drop { $0 == "\t" }) }
                if line == document.delimiter || line == document.delimiter + "\r" {
                    terminated = true
                    break
                }
                body += line + "\n"
            }
            let word: ShellWord
            if document.expands {
                word = (try? ShellLexer.hereDocumentBody(body, depth: depth)) ?? ShellWord([.literal(body, quoted: true)])
            } else {
                word = ShellWord(body.isEmpty ? [] : [.literal(body, quoted: true)])
            }
            stream.hereDocuments.append(ShellHereDocument(
                delimiter: document.delimiter, body: word, expands: document.expands,
                terminated: terminated, line: document.line))
        }
    }
}
