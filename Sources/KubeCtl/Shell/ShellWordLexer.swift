import Foundation

/// Accumulates the parts of one word, merging neighbouring literals of the same quotedness.
/// Literal text is collected in a buffer so long words build in linear time.
struct ShellWordBuilder {
    private var finished: [ShellWordPart] = []
    private var pending = ""
    private var pendingQuoted: Bool?

    /// The parts so far.
    var parts: [ShellWordPart] {
        guard let quoted = pendingQuoted else { return finished }
        return finished + [.literal(pending, quoted: quoted)]
    }

    /// Appends literal text.
    mutating func literal(_ text: String, quoted: Bool) {
        if pendingQuoted != quoted {
            flush()
            pendingQuoted = quoted
        }
        pending += text
    }

    /// Appends one literal character.
    mutating func literal(_ scalar: Unicode.Scalar, quoted: Bool) {
        if pendingQuoted != quoted {
            flush()
            pendingQuoted = quoted
        }
        pending.unicodeScalars.append(scalar)
    }

    /// Appends an expansion.
    mutating func add(_ part: ShellWordPart) {
        flush()
        finished.append(part)
    }

    private mutating func flush() {
        if let quoted = pendingQuoted { finished.append(.literal(pending, quoted: quoted)) }
        pending = ""
        pendingQuoted = nil
    }
}

/// The characters that end an unquoted word.
private let wordTerminators: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "|", "&", ";", "<", ">", "(", ")"]
/// Single-character special parameters such as `$?`.
private let specialParameters: Set<Unicode.Scalar> = ["?", "#", "$", "!", "@", "*", "-", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]

extension ShellLexer {
    /// Lexes one unquoted-context word starting at `index`.
    mutating func lexWord() throws -> ShellWord {
        var builder = ShellWordBuilder()
        while let scalar = current, !wordTerminators.contains(scalar) {
            switch scalar {
            case "\\":
                index += 1
                guard let next = current else {
                    builder.literal("\\", quoted: false)
                    stream.endsWithLineContinuation = true
                    break
                }
                index += 1
                if next == "\n" {
                    if index == text.count { stream.endsWithLineContinuation = true }
                    continue
                }
                builder.literal(next, quoted: true)
            case "'":
                try lexSingleQuoted(into: &builder)
            case "\"":
                index += 1
                try lexDoubleQuoted(into: &builder)
            case "$":
                try lexDollar(into: &builder, quoted: false)
            case "`":
                try lexBackquote(into: &builder, quoted: false)
            default:
                builder.literal(scalar, quoted: false)
                index += 1
            }
        }
        return ShellWord(builder.parts)
    }

    /// Lexes `'…'` starting at the opening quote.
    mutating func lexSingleQuoted(into builder: inout ShellWordBuilder) throws {
        index += 1
        var content = String.UnicodeScalarView()
        while let scalar = current {
            index += 1
            if scalar == "'" {
                builder.literal(String(content), quoted: true)
                return
            }
            content.append(scalar)
        }
        throw ShellSyntaxError.unexpectedEOF(matching: "'")
    }

    /// Lexes the inside of `"…"`; the opening quote is already consumed.
    mutating func lexDoubleQuoted(into builder: inout ShellWordBuilder) throws {
        builder.literal("", quoted: true)
        while let scalar = current {
            switch scalar {
            case "\"":
                index += 1
                return
            case "\\":
                let next = peek(1)
                if next == "\n" {
                    index += 2
                } else if let next, ["$", "`", "\"", "\\"].contains(next) {
                    builder.literal(next, quoted: true)
                    index += 2
                } else {
                    builder.literal("\\", quoted: true)
                    index += 1
                }
            case "$":
                try lexDollar(into: &builder, quoted: true)
            case "`":
                try lexBackquote(into: &builder, quoted: true)
            default:
                builder.literal(scalar, quoted: true)
                index += 1
            }
        }
        throw ShellSyntaxError.unexpectedEOF(matching: "\"")
    }

    /// Lexes whatever starts with `$` at `index`.
    mutating func lexDollar(into builder: inout ShellWordBuilder, quoted: Bool) throws {
        guard let next = peek(1) else {
            builder.literal("$", quoted: quoted)
            index += 1
            return
        }
        switch next {
        case "(":
            if peek(2) == "(" {
                throw ShellSyntaxError(.invalid, "arithmetic expansion $(( … )) is not supported in kubetutor's shell")
            }
            index += 2
            builder.add(.commandSubstitution(try lexCommandSubstitution(), quoted: quoted))
        case "{":
            index += 2
            builder.add(.parameter(try lexBracedParameter(quoted: quoted), quoted: quoted))
        case "'" where !quoted:
            index += 2
            builder.literal(try lexANSIQuoted(), quoted: true)
        case "\"" where !quoted:
            index += 1
        default:
            index += 1
            let name = readParameterName()
            if name.isEmpty {
                builder.literal("$", quoted: quoted)
            } else {
                builder.add(.parameter(ShellParameter(name: name), quoted: quoted))
            }
        }
    }

    /// Reads a variable name or one special-parameter character at `index`.
    mutating func readParameterName() -> String {
        guard let first = current else { return "" }
        if specialParameters.contains(first) {
            index += 1
            return String(Character(first))
        }
        var name = String.UnicodeScalarView()
        while let scalar = current, scalar.isASCII,
              scalar == "_" || CharacterSet.letters.contains(scalar) || (!name.isEmpty && CharacterSet.decimalDigits.contains(scalar)) {
            name.append(scalar)
            index += 1
        }
        return String(name)
    }

    private func checkDepth(_ extra: Int) throws {
        if depth + extra > ShellLexer.maximumDepth {
            throw ShellSyntaxError(.invalid, "expansions nested more than \(ShellLexer.maximumDepth) levels deep")
        }
    }

    /// Lexes and parses the body of `$(…)`; `index` is just after `$(`.
    mutating func lexCommandSubstitution() throws -> ShellCommandList {
        try checkDepth(1)
        var inner = ShellLexer(text: text, index: index, depth: depth + 1, endsAtCloseParen: true)
        inner.lineCountIndex = lineCountIndex
        inner.lineCount = lineCount
        try inner.run()
        index = inner.index
        do {
            return try ShellParser.parse(inner.stream)
        } catch let error as ShellSyntaxError where error.kind == .incomplete {
            throw ShellSyntaxError.unexpected(")")
        }
    }

    /// Lexes `` `…` `` starting at the opening backquote.
    mutating func lexBackquote(into builder: inout ShellWordBuilder, quoted: Bool) throws {
        try checkDepth(1)
        index += 1
        var content = String.UnicodeScalarView()
        while let scalar = current {
            if scalar == "`" {
                index += 1
                var inner = ShellLexer(text: Array(content), index: 0, depth: depth + 1, endsAtCloseParen: false)
                do {
                    try inner.run()
                    builder.add(.commandSubstitution(try ShellParser.parse(inner.stream), quoted: quoted))
                } catch let error as ShellSyntaxError {
                    throw ShellSyntaxError(.invalid, error.message)
                }
                return
            }
            if scalar == "\\", let next = peek(1), next == "$" || next == "`" || next == "\\" || (quoted && next == "\"") {
                content.append(next)
                index += 2
                continue
            }
            content.append(scalar)
            index += 1
        }
        throw ShellSyntaxError.unexpectedEOF(matching: "`")
    }

    /// Lexes `${…}`; `index` is just after `${`.
    mutating func lexBracedParameter(quoted: Bool) throws -> ShellParameter {
        try checkDepth(1)
        let start = index
        if current == "#", let next = peek(1), next != "}" {
            index += 1
            let name = readParameterName()
            if !name.isEmpty, current == "}" {
                index += 1
                return ShellParameter(name: name, operation: .length)
            }
            throw try badSubstitution(from: start)
        }
        let name = readParameterName()
        guard !name.isEmpty, let next = current else { throw try badSubstitution(from: start) }
        var nullCounts = false
        var operatorScalar = next
        if next == "}" {
            index += 1
            return ShellParameter(name: name)
        }
        if next == ":", let after = peek(1) {
            nullCounts = true
            operatorScalar = after
            index += 1
        }
        guard ["-", "=", "+"].contains(operatorScalar) else { throw try badSubstitution(from: start) }
        index += 1
        var inner = ShellLexer(text: text, index: index, depth: depth + 1, endsAtCloseParen: false)
        let word = try inner.lexBraceWord(quoted: quoted)
        index = inner.index
        switch operatorScalar {
        case "-": return ShellParameter(name: name, operation: .useDefault(word, nullCounts: nullCounts))
        case "=": return ShellParameter(name: name, operation: .assignDefault(word, nullCounts: nullCounts))
        default: return ShellParameter(name: name, operation: .useAlternative(word, nullCounts: nullCounts))
        }
    }

    private mutating func badSubstitution(from start: Int) throws -> ShellSyntaxError {
        var end = start
        while end < text.count, text[end] != "}" { end += 1 }
        guard end < text.count else { throw ShellSyntaxError.unexpectedEOF(matching: "}") }
        index = end + 1
        let inside = String(String.UnicodeScalarView(text[start..<end]))
        return ShellSyntaxError(.invalid, "${\(inside)}: bad substitution", status: 1)
    }

    /// Lexes the word of `${NAME:-word}` up to and including the closing `}`.
    mutating func lexBraceWord(quoted: Bool) throws -> ShellWord {
        var builder = ShellWordBuilder()
        while let scalar = current {
            switch scalar {
            case "}":
                index += 1
                return ShellWord(builder.parts)
            case "\\":
                guard let next = peek(1) else {
                    index += 1
                    continue
                }
                if next == "\n" {
                    index += 2
                } else if quoted && !["$", "`", "\"", "\\", "}"].contains(next) {
                    builder.literal("\\", quoted: true)
                    index += 1
                } else {
                    builder.literal(next, quoted: true)
                    index += 2
                }
            case "'" where !quoted:
                try lexSingleQuoted(into: &builder)
            case "\"":
                index += 1
                try lexDoubleQuoted(into: &builder)
            case "$":
                try lexDollar(into: &builder, quoted: quoted)
            case "`":
                try lexBackquote(into: &builder, quoted: quoted)
            default:
                builder.literal(scalar, quoted: quoted)
                index += 1
            }
        }
        throw ShellSyntaxError.unexpectedEOF(matching: "}")
    }

    /// Lexes `$'…'`; `index` is just after the opening quote.
    mutating func lexANSIQuoted() throws -> String {
        var raw = String.UnicodeScalarView()
        while let scalar = current {
            index += 1
            if scalar == "'" { return ShellEscapes.decode(String(raw), style: .ansiC).text }
            raw.append(scalar)
            if scalar == "\\", let next = current {
                raw.append(next)
                index += 1
            }
        }
        throw ShellSyntaxError.unexpectedEOF(matching: "'")
    }

    /// Turns an expanding here-document body into a word (as if double-quoted, but `"` stays literal).
    static func hereDocumentBody(_ body: String, depth: Int) throws -> ShellWord {
        var lexer = ShellLexer(text: Array(body.unicodeScalars), index: 0, depth: depth, endsAtCloseParen: false)
        var builder = ShellWordBuilder()
        while let scalar = lexer.current {
            switch scalar {
            case "\\":
                let next = lexer.peek(1)
                if next == "\n" {
                    lexer.index += 2
                } else if let next, ["$", "`", "\\"].contains(next) {
                    builder.literal(next, quoted: true)
                    lexer.index += 2
                } else {
                    builder.literal("\\", quoted: true)
                    lexer.index += 1
                }
            case "$":
                try lexer.lexDollar(into: &builder, quoted: true)
            case "`":
                try lexer.lexBackquote(into: &builder, quoted: true)
            default:
                // A run of plain text goes in as one piece (the same word as one scalar at a time, built faster).
                var end = lexer.index + 1
                scan: while end < lexer.text.count {
                    switch lexer.text[end] {
                    case "\\", "$", "`": break scan
                    default: end += 1
                    }
                }
                builder.literal(ShellLexer.string(lexer.text[lexer.index..<end]), quoted: true)
                lexer.index = end
            }
        }
        return ShellWord(builder.parts)
    }
}
