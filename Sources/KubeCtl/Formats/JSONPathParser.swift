import Foundation

/// One node of a parsed kubectl jsonpath template (client-go `util/jsonpath`).
indirect enum JSONPathNode: Equatable {
    /// The expression inside one pair of braces, or a sub-expression (evaluated left to right).
    case list([JSONPathNode])
    /// Literal text: outside braces, or a quoted string inside them.
    case text(String)
    /// `.name` (a map key).
    case field(String)
    /// `[start:end:step]`, each bound possibly absent.
    case array([JSONPathSliceBound])
    /// `[?(left op right)]`, or `[?(left)]` with operator `exists`.
    case filter(left: [JSONPathNode], right: [JSONPathNode], op: String)
    /// An integer literal.
    case int(Int)
    /// A float literal.
    case float(Double)
    /// `true` / `false`.
    case bool(Bool)
    /// `.*` or `[*]`-like wildcard over members.
    case wildcard
    /// `..` recursive descent.
    case recursive
    /// `[a,b]`: several sub-expressions whose results are concatenated.
    case union([[JSONPathNode]])
    /// A keyword: `range` or `end` (anything else fails at execution).
    case identifier(String)
}

/// One bound of a jsonpath slice (`ParamsEntry` upstream).
struct JSONPathSliceBound: Equatable {
    var value: Int
    var known: Bool
    var derived: Bool
}

/// A jsonpath syntax error; `message` is worded as client-go words it ("unterminated array").
public struct JSONPathSyntaxError: Error, Equatable {
    /// The parser's message, without kubectl's "error parsing jsonpath …" framing.
    public let message: String
}

/// A port of client-go's jsonpath parser: braces delimit actions, text outside them is literal.
struct JSONPathParser {
    private var input: [Unicode.Scalar]
    private var pos = 0
    private var start = 0

    private init(_ text: String) {
        input = Array(text.unicodeScalars)
    }

    /// Parses a whole template into its top-level nodes.
    static func parse(_ text: String) throws -> [JSONPathNode] {
        var parser = JSONPathParser(text)
        return try parser.parseText()
    }

    /// Parses `{text}` and returns the nodes of the first action (`parseAction` upstream).
    static func parseAction(_ text: String) throws -> [JSONPathNode] {
        let nodes = try parse("{" + text + "}")
        if case .list(let inner)? = nodes.first { return inner }
        return []
    }

    // MARK: scanning

    private static let eof: Unicode.Scalar = "\u{FFFF}"

    private mutating func next() -> Unicode.Scalar {
        guard pos < input.count else { pos = input.count + 1; return Self.eof }
        pos += 1
        return input[pos - 1]
    }

    private mutating func backup() { pos -= 1 }

    private mutating func peek() -> Unicode.Scalar {
        let scalar = next()
        backup()
        return scalar
    }

    private mutating func consumeText() -> String {
        let end = min(pos, input.count)
        var text = ""
        if start < end { text.unicodeScalars.append(contentsOf: input[start..<end]) }
        start = pos
        return text
    }

    private func hasPrefix(_ prefix: String) -> Bool {
        let scalars = Array(prefix.unicodeScalars)
        guard pos + scalars.count <= input.count else { return false }
        return Array(input[pos..<(pos + scalars.count)]) == scalars
    }

    private func scalarAt(_ index: Int) -> Unicode.Scalar? {
        input.indices.contains(index) ? input[index] : nil
    }

    // MARK: grammar

    private mutating func parseText() throws -> [JSONPathNode] {
        var root: [JSONPathNode] = []
        while true {
            while pos < input.count && !hasPrefix("{") { pos += 1 }
            if pos >= input.count {
                pos = input.count
                if pos > start { root.append(.text(consumeText())) }
                return root
            }
            if pos > start { root.append(.text(consumeText())) }
            pos += 1
            _ = consumeText()
            root.append(.list(try parseInsideAction()))
        }
    }

    private mutating func parseInsideAction() throws -> [JSONPathNode] {
        var current: [JSONPathNode] = []
        while true {
            if hasPrefix("}") {
                pos += 1
                _ = consumeText()
                return current
            }
            if hasPrefix("[?(") { try parseFilter(&current); continue }
            if hasPrefix("..") { try parseRecursive(&current); continue }
            let scalar = next()
            switch scalar {
            case Self.eof, "\r", "\n":
                throw JSONPathSyntaxError(message: "unclosed action")
            case " ", "@", "$":
                _ = consumeText()
            case "[":
                try parseArray(&current)
            case "\"", "'":
                try parseQuote(&current, end: scalar)
            case ".":
                parseField(&current)
            case "+", "-":
                backup()
                try parseNumber(&current)
            default:
                if Self.isDigit(scalar) {
                    backup()
                    try parseNumber(&current)
                } else if Self.isAlphaNumeric(scalar) {
                    backup()
                    parseIdentifier(&current)
                } else {
                    throw JSONPathSyntaxError(message: "unrecognized character in action: \(Self.goUnicode(scalar))")
                }
            }
        }
    }

    private mutating func parseIdentifier(_ current: inout [JSONPathNode]) {
        while !Self.isTerminator(next()) {}
        backup()
        let value = consumeText()
        if value == "true" || value == "false" {
            current.append(.bool(value == "true"))
        } else {
            current.append(.identifier(value))
        }
    }

    private mutating func parseRecursive(_ current: inout [JSONPathNode]) throws {
        if current.last == .recursive {
            throw JSONPathSyntaxError(message: "invalid multiple recursive descent")
        }
        pos += 2
        _ = consumeText()
        current.append(.recursive)
        if Self.isAlphaNumeric(peek()) { parseField(&current) }
    }

    private mutating func parseNumber(_ current: inout [JSONPathNode]) throws {
        let first = peek()
        if first == "+" || first == "-" { _ = next() }
        while true {
            let scalar = next()
            if scalar != "." && !Self.isDigit(scalar) { backup(); break }
        }
        let value = consumeText()
        if let number = Self.goAtoi(value) {
            current.append(.int(number))
        } else if let number = Double(value), !value.isEmpty, value != "+", value != "-" {
            current.append(.float(number))
        } else {
            throw JSONPathSyntaxError(message: "cannot parse number \(value)")
        }
    }

    private mutating func parseArray(_ current: inout [JSONPathNode]) throws {
        scan: while true {
            switch next() {
            case Self.eof, "\n": throw JSONPathSyntaxError(message: "unterminated array")
            case "]": break scan
            default: continue
            }
        }
        var text = String(consumeText().dropFirst().dropLast())
        if text == "*" { text = ":" }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count > 1 {
            var union: [[JSONPathNode]] = []
            for part in parts {
                var trimmed = Substring(part)
                while trimmed.first == " " { trimmed = trimmed.dropFirst() }
                while trimmed.last == " " { trimmed = trimmed.dropLast() }
                union.append(try Self.parseAction("[" + String(trimmed) + "]"))
            }
            current.append(.union(union))
            return
        }
        if text.count >= 2, text.first == "'", text.last == "'", !text.dropFirst().dropLast().contains("'") {
            current.append(contentsOf: try Self.parseAction("." + String(text.dropFirst().dropLast())))
            return
        }
        current.append(.array(try Self.sliceBounds(text)))
    }

    /// The three bounds of `start:end:step`, as upstream's `sliceOperatorRex` and its defaults.
    private static func sliceBounds(_ text: String) throws -> [JSONPathSliceBound] {
        let groups = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let valid = groups.count <= 3 && groups.allSatisfy { group in
            let digits = group.hasPrefix("-") ? group.dropFirst() : Substring(group)
            return digits.allSatisfy { $0.isASCII && $0.isNumber }
        }
        guard valid else { throw JSONPathSyntaxError(message: "invalid array index \(text)") }
        var bounds = [JSONPathSliceBound](repeating: JSONPathSliceBound(value: 0, known: false, derived: false),
                                          count: 3)
        for index in 0..<3 {
            let present = index < groups.count && (index == 0 ? !groups[0].isEmpty : true)
            let raw = index < groups.count ? groups[index] : ""
            if present && !(index > 0 && raw.isEmpty) {
                guard let number = goAtoi(raw) else {
                    throw JSONPathSyntaxError(message: "array index \(raw) is not a number")
                }
                bounds[index] = JSONPathSliceBound(value: number, known: true, derived: false)
            } else if !present && index == 1 {
                bounds[1] = JSONPathSliceBound(value: bounds[0].value + 1, known: true, derived: true)
            }
        }
        return bounds
    }

    private mutating func parseFilter(_ current: inout [JSONPathNode]) throws {
        pos += 3
        _ = consumeText()
        var begin = false, end = false
        var pair: Unicode.Scalar = "\""
        scan: while true {
            let scalar = next()
            switch scalar {
            case Self.eof, "\n":
                throw JSONPathSyntaxError(message: "unterminated filter")
            case "\"", "'":
                if !begin { begin = true; pair = scalar; continue }
                if scalarAt(pos - 2) != "\\" && scalar == pair { end = true }
            case ")":
                if begin == end { break scan }
            default:
                continue
            }
        }
        if next() != "]" { throw JSONPathSyntaxError(message: "unclosed array expect ]") }
        let text = String(consumeText().unicodeScalars.dropLast(2))
        if let (left, op, right) = Self.splitComparison(text) {
            current.append(.filter(left: try Self.parseAction(left), right: try Self.parseAction(right), op: op))
        } else {
            current.append(.filter(left: try Self.parseAction(text), right: [], op: "exists"))
        }
    }

    /// `^([^!<>=]+)([!<>=]+)(.+?)$` applied to a filter body.
    private static func splitComparison(_ text: String) -> (String, String, String)? {
        let scalars = Array(text.unicodeScalars)
        let isOperator: (Unicode.Scalar) -> Bool = { "!<>=".unicodeScalars.contains($0) }
        guard let opStart = scalars.firstIndex(where: isOperator), opStart > 0 else { return nil }
        var opEnd = opStart
        while opEnd < scalars.count && isOperator(scalars[opEnd]) { opEnd += 1 }
        if opEnd == scalars.count {
            guard opEnd - opStart >= 2 else { return nil }
            opEnd -= 1
        }
        func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
            var result = ""
            result.unicodeScalars.append(contentsOf: slice)
            return result
        }
        return (string(scalars[..<opStart]), string(scalars[opStart..<opEnd]), string(scalars[opEnd...]))
    }

    private mutating func parseQuote(_ current: inout [JSONPathNode], end: Unicode.Scalar) throws {
        scan: while true {
            switch next() {
            case Self.eof, "\n":
                throw JSONPathSyntaxError(message: "unterminated quoted string")
            case end:
                if scalarAt(pos - 2) != "\\" { break scan }
            default:
                continue
            }
        }
        let value = consumeText()
        guard let unquoted = GoStringLiteral.unquote(value, allowSingleQuotes: true) else {
            throw JSONPathSyntaxError(message: "unquote string \(value) error invalid syntax")
        }
        current.append(.text(unquoted))
    }

    private mutating func parseField(_ current: inout [JSONPathNode]) {
        _ = consumeText()
        while true {
            let scalar = next()
            if scalar == "\\" { _ = next(); continue }
            if Self.isTerminator(scalar) { backup(); break }
        }
        let value = consumeText()
        if value == "*" {
            current.append(.wildcard)
        } else {
            current.append(.field(value.replacingOccurrences(of: "\\", with: "")))
        }
    }

    // MARK: character classes

    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\r", "\n", eof, ".", ",", "[", "]", "$", "@", "{", "}": return true
        default: return false
        }
    }

    static func isAlphaNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.generalCategory.isLetter || isDigit(scalar)
    }

    /// Go's `unicode.IsDigit`: the decimal-number category.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }

    /// Go's `%#U`: `U+0023 '#'` (the quoted character only when printable).
    static func goUnicode(_ scalar: Unicode.Scalar) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let padded = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
        return GoValueText.isPrintable(scalar) ? padded + " '" + String(scalar) + "'" : padded
    }

    /// `strconv.Atoi`: optional sign, decimal digits, no overflow.
    static func goAtoi(_ text: String) -> Int? {
        var digits = Substring(text)
        if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }
}

extension Unicode.GeneralCategory {
    /// True for the letter categories (Go's `unicode.IsLetter`).
    var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
