/// The kinds of token Go's `text/template/parse` lexer emits.
enum TemplateTokenKind: Equatable {
    case error, bool, char, charConstant, complex, assign, declare, eof, field, identifier
    case leftDelim, leftParen, number, pipe, rawString, rightDelim, rightParen, space, string, text, variable
    case block, breakKeyword, continueKeyword, dot, define, elseKeyword, end, ifKeyword, nilKeyword
    case range, template, with

    /// True for the keyword kinds (printed as `<name>` in "unexpected" errors).
    var isKeyword: Bool {
        switch self {
        case .block, .breakKeyword, .continueKeyword, .dot, .define, .elseKeyword, .end, .ifKeyword,
             .nilKeyword, .range, .template, .with:
            return true
        default:
            return false
        }
    }
}

/// One lexed token: its kind, text, byte offset and line (1-based).
struct TemplateToken: Equatable {
    var kind: TemplateTokenKind
    var value: String
    var pos: Int
    var line: Int

    /// Go's `item.String()`, used in "unexpected … in …" parse errors.
    var goDescription: String {
        switch kind {
        case .eof: return "EOF"
        case .error: return value
        default:
            if kind.isKeyword { return "<" + value + ">" }
            let scalars = Array(value.unicodeScalars)
            if scalars.count > 10 {
                var head = ""
                head.unicodeScalars.append(contentsOf: scalars[..<10])
                return GoValueText.quote(head) + "..."
            }
            return GoValueText.quote(value)
        }
    }
}

/// A port of Go's template lexer (`{{` `}}` delimiters, `{{-`/`-}}` trim markers, `/* */` comments).
/// Lexing stops at the first error token.
struct GoTemplateLexer {
    private let input: [UInt8]
    private var pos = 0
    private var start = 0
    private var parenDepth = 0
    private var tokens: [TemplateToken] = []
    private static let keywords: [String: TemplateTokenKind] = [
        ".": .dot, "block": .block, "break": .breakKeyword, "continue": .continueKeyword, "define": .define,
        "else": .elseKeyword, "end": .end, "if": .ifKeyword, "range": .range, "nil": .nilKeyword,
        "template": .template, "with": .with,
    ]

    /// All tokens of `text`, ending with `.eof` or `.error`.
    static func tokens(of text: String) -> [TemplateToken] {
        var lexer = GoTemplateLexer(input: Array(text.utf8))
        lexer.run()
        return lexer.tokens
    }

    private init(input: [UInt8]) {
        self.input = input
    }

    // MARK: scanning helpers

    private static let eof: Unicode.Scalar = "\u{FFFF}"

    /// The rune at `pos` and its width in bytes (invalid UTF-8 decodes as U+FFFD, width 1).
    private func rune(at index: Int) -> (Unicode.Scalar, Int) {
        guard index < input.count else { return (Self.eof, 0) }
        var iterator = input[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) {
            return (scalar, String(scalar).utf8.count)
        }
        return ("\u{FFFD}", 1)
    }

    private mutating func next() -> Unicode.Scalar {
        let (scalar, width) = rune(at: pos)
        pos += width
        lastWidth = width
        return scalar
    }

    private var lastWidth = 0
    private mutating func backup() { pos -= lastWidth }
    private func peek() -> Unicode.Scalar { rune(at: pos).0 }

    private func hasPrefix(_ text: String, at index: Int) -> Bool {
        let bytes = Array(text.utf8)
        guard index >= 0, index + bytes.count <= input.count else { return false }
        return Array(input[index..<(index + bytes.count)]) == bytes
    }

    private func line(at index: Int) -> Int {
        1 + input[..<min(index, input.count)].lazy.filter { $0 == UInt8(ascii: "\n") }.count
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: input[range], as: UTF8.self)
    }

    private mutating func emit(_ kind: TemplateTokenKind) {
        tokens.append(TemplateToken(kind: kind, value: text(start..<pos), pos: start, line: line(at: start)))
        start = pos
    }

    private mutating func fail(_ message: String) {
        tokens.append(TemplateToken(kind: .error, value: message, pos: start, line: line(at: start)))
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n"
    }

    static func isAlphaNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.generalCategory.isLetter || scalar.properties.generalCategory == .decimalNumber
    }

    private func isSpaceByte(_ index: Int) -> Bool {
        guard index < input.count else { return false }
        return Self.isSpace(Unicode.Scalar(input[index]))
    }

    private func hasLeftTrimMarker(at index: Int) -> Bool {
        index + 1 < input.count && input[index] == UInt8(ascii: "-") && isSpaceByte(index + 1)
    }

    private func hasRightTrimMarker(at index: Int) -> Bool {
        index + 1 < input.count && isSpaceByte(index) && input[index + 1] == UInt8(ascii: "-")
    }

    /// (at a right delimiter, with a trim marker before it).
    private func atRightDelim() -> (Bool, Bool) {
        if hasRightTrimMarker(at: pos) && hasPrefix("}}", at: pos + 2) { return (true, true) }
        return (hasPrefix("}}", at: pos), false)
    }

    private func leadingSpaceCount(from index: Int) -> Int {
        var end = index
        while end < input.count && isSpaceByte(end) { end += 1 }
        return end - index
    }

    // MARK: states

    private enum State { case text, leftDelim, insideAction, done }

    private mutating func run() {
        var state = State.text
        while state != .done {
            switch state {
            case .text: state = lexText()
            case .leftDelim: state = lexLeftDelim()
            case .insideAction: state = lexInsideAction()
            case .done: break
            }
        }
    }

    private mutating func lexText() -> State {
        var delim = pos
        while delim < input.count && !hasPrefix("{{", at: delim) { delim += 1 }
        guard delim < input.count else {
            pos = input.count
            if pos > start { emit(.text) }
            emit(.eof)
            return .done
        }
        if delim > pos {
            pos = delim
            var trimmed = 0
            if hasLeftTrimMarker(at: pos + 2) {
                var index = pos
                while index > start && isSpaceByte(index - 1) { index -= 1 }
                trimmed = pos - index
            }
            pos -= trimmed
            if pos > start { emit(.text) }
            pos += trimmed
            start = pos
        }
        return .leftDelim
    }

    private mutating func lexLeftDelim() -> State {
        pos += 2
        let marker = hasLeftTrimMarker(at: pos) ? 2 : 0
        if hasPrefix("/*", at: pos + marker) {
            pos += marker
            start = pos
            return lexComment()
        }
        tokens.append(TemplateToken(kind: .leftDelim, value: "{{", pos: start, line: line(at: start)))
        pos += marker
        start = pos
        parenDepth = 0
        return .insideAction
    }

    private mutating func lexComment() -> State {
        pos += 2
        var close = pos
        while close < input.count && !hasPrefix("*/", at: close) { close += 1 }
        guard close < input.count else { fail("unclosed comment"); return .done }
        pos = close + 2
        let (delim, trim) = atRightDelim()
        guard delim else { fail("comment ends before closing delimiter"); return .done }
        pos += (trim ? 2 : 0) + 2
        if trim { pos += leadingSpaceCount(from: pos) }
        start = pos
        return .text
    }

    private mutating func lexRightDelim() -> State {
        let (_, trim) = atRightDelim()
        if trim { pos += 2; start = pos }
        pos += 2
        emit(.rightDelim)
        if trim { pos += leadingSpaceCount(from: pos); start = pos }
        return .text
    }

    private mutating func lexInsideAction() -> State {
        if atRightDelim().0 {
            if parenDepth == 0 { return lexRightDelim() }
            fail("unclosed left paren")
            return .done
        }
        let scalar = next()
        switch scalar {
        case Self.eof: fail("unclosed action"); return .done
        case " ", "\t", "\r", "\n": backup(); return lexSpace()
        case "=": emit(.assign)
        case ":":
            guard next() == "=" else { fail("expected :="); return .done }
            emit(.declare)
        case "|": emit(.pipe)
        case "\"": return lexQuote(closing: "\"", kind: .string, message: "unterminated quoted string")
        case "'": return lexQuote(closing: "'", kind: .charConstant, message: "unterminated character constant")
        case "`": return lexRawQuote()
        case "$": return lexFieldOrVariable(.variable)
        case "(":
            emit(.leftParen)
            parenDepth += 1
        case ")":
            parenDepth -= 1
            guard parenDepth >= 0 else { fail("unexpected right paren"); return .done }
            emit(.rightParen)
        case ".":
            if pos < input.count && !(input[pos] >= UInt8(ascii: "0") && input[pos] <= UInt8(ascii: "9")) {
                return lexFieldOrVariable(.field)
            }
            backup()
            return lexNumber()
        case "+", "-", "0"..."9":
            backup()
            return lexNumber()
        default:
            if Self.isAlphaNumeric(scalar) { backup(); return lexIdentifier() }
            if scalar.isASCII && GoValueText.isPrintable(scalar) { emit(.char); return .insideAction }
            fail("unrecognized character in action: \(JSONPathParser.goUnicode(scalar))")
            return .done
        }
        return .insideAction
    }

    private mutating func lexSpace() -> State {
        var count = 0
        while Self.isSpace(peek()) { _ = next(); count += 1 }
        if hasRightTrimMarker(at: pos - 1) && hasPrefix("}}", at: pos + 1) {
            pos -= 1
            if count == 1 { return lexRightDelim() }
        }
        emit(.space)
        return .insideAction
    }

    private mutating func lexIdentifier() -> State {
        var scalar = next()
        while Self.isAlphaNumeric(scalar) { scalar = next() }
        backup()
        guard atTerminator() else { fail("bad character \(JSONPathParser.goUnicode(scalar))"); return .done }
        let word = text(start..<pos)
        if let keyword = Self.keywords[word], keyword != .dot {
            emit(keyword)
        } else if word == "true" || word == "false" {
            emit(.bool)
        } else {
            emit(.identifier)
        }
        return .insideAction
    }

    private mutating func lexFieldOrVariable(_ kind: TemplateTokenKind) -> State {
        if atTerminator() {
            emit(kind == .variable ? .variable : .dot)
            return .insideAction
        }
        var scalar = next()
        while Self.isAlphaNumeric(scalar) { scalar = next() }
        backup()
        guard atTerminator() else { fail("bad character \(JSONPathParser.goUnicode(scalar))"); return .done }
        emit(kind)
        return .insideAction
    }

    private func atTerminator() -> Bool {
        let scalar = peek()
        if Self.isSpace(scalar) { return true }
        switch scalar {
        case Self.eof, ".", ",", "|", ":", ")", "(": return true
        default: return hasPrefix("}}", at: pos)
        }
    }

    private mutating func lexQuote(closing: Unicode.Scalar, kind: TemplateTokenKind, message: String) -> State {
        while true {
            let scalar = next()
            if scalar == "\\" {
                let escaped = next()
                if escaped != Self.eof && escaped != "\n" { continue }
                fail(message)
                return .done
            }
            if scalar == Self.eof || scalar == "\n" { fail(message); return .done }
            if scalar == closing { break }
        }
        emit(kind)
        return .insideAction
    }

    private mutating func lexRawQuote() -> State {
        while true {
            let scalar = next()
            if scalar == Self.eof { fail("unterminated raw quoted string"); return .done }
            if scalar == "`" { break }
        }
        emit(.rawString)
        return .insideAction
    }

    private mutating func lexNumber() -> State {
        guard scanNumber() else { fail("bad number syntax: " + GoValueText.quote(text(start..<pos))); return .done }
        let sign = peek()
        if sign == "+" || sign == "-" {
            guard scanNumber(), pos > 0, input[pos - 1] == UInt8(ascii: "i") else {
                fail("bad number syntax: " + GoValueText.quote(text(start..<pos)))
                return .done
            }
            emit(.complex)
            return .insideAction
        }
        emit(.number)
        return .insideAction
    }

    private mutating func accept(_ valid: String) -> Bool {
        if valid.unicodeScalars.contains(next()) { return true }
        backup()
        return false
    }

    private mutating func acceptRun(_ valid: String) {
        while valid.unicodeScalars.contains(next()) {}
        backup()
    }

    private mutating func scanNumber() -> Bool {
        _ = accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            if accept("xX") {
                digits = "0123456789abcdefABCDEF_"
            } else if accept("oO") {
                digits = "01234567_"
            } else if accept("bB") {
                digits = "01_"
            }
        }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        if digits.count == 11 && accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        if digits.count == 23 && accept("pP") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        _ = accept("i")
        if Self.isAlphaNumeric(peek()) {
            _ = next()
            return false
        }
        return true
    }
}
