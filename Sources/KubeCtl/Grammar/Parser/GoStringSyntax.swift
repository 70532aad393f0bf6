import Foundation

/// Go's quoting and number syntax, as kubectl's error messages print them (`strconv.Quote`, `%q` of a byte).
enum GoStringSyntax {
    /// `strconv.Quote(s)`: double quotes with Go escapes for quotes, backslashes and control characters.
    static func quote(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { escaped($0, quote: "\"") }.joined() + "\""
    }

    /// `%q` of a single byte/rune, as pflag prints an unknown shorthand: `'z'`.
    static func quoteCharacter(_ character: Character) -> String {
        "'" + character.unicodeScalars.map { escaped($0, quote: "'") }.joined() + "'"
    }

    private static func escaped(_ scalar: Unicode.Scalar, quote: Character) -> String {
        switch scalar {
        case "\u{07}": return "\\a"
        case "\u{08}": return "\\b"
        case "\u{0C}": return "\\f"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\u{0B}": return "\\v"
        case "\\": return "\\\\"
        default: break
        }
        if Character(scalar) == quote { return "\\" + String(quote) }
        let value = scalar.value
        if value < 0x20 || value == 0x7F { return String(format: "\\x%02x", value) }
        let category = scalar.properties.generalCategory
        if value >= 0x80, category == .control || category == .format || category == .unassigned
            || category == .lineSeparator || category == .paragraphSeparator || category == .privateUse {
            return value > 0xFFFF ? String(format: "\\U%08x", value) : String(format: "\\u%04x", value)
        }
        return String(scalar)
    }
}

/// Go's `strconv` parsing functions with their exact error texts.
enum GoNumberSyntax {
    /// `strconv.ParseBool`.
    static func parseBool(_ text: String) -> Result<Bool, GoParseError> {
        switch text {
        case "1", "t", "T", "TRUE", "true", "True": return .success(true)
        case "0", "f", "F", "FALSE", "false", "False": return .success(false)
        default: return .failure(.syntax(function: "ParseBool", input: text))
        }
    }

    /// `strconv.ParseInt(text, base, bits)` where `base` is 0 (Go prefixes and underscores) or 10.
    static func parseInt(_ text: String, base: Int, bits: Int) -> Result<Int64, GoParseError> {
        let syntax = GoParseError.syntax(function: "ParseInt", input: text)
        let range = GoParseError.range(function: "ParseInt", input: text)
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard let magnitude = parseUnsigned(digits, base: base, syntax: syntax, range: range) else {
            return .failure(syntax)
        }
        switch magnitude {
        case .failure(let error): return .failure(error)
        case .success(let value):
            let cutoff = UInt64(1) << UInt64(bits - 1)
            if !negative && value >= cutoff { return .failure(range) }
            if negative && value > cutoff { return .failure(range) }
            if negative { return .success(value == cutoff ? Int64.min >> (64 - bits) : -Int64(value)) }
            return .success(Int64(value))
        }
    }

    /// The digits part of `strconv.ParseUint`; nil means plain syntax error.
    private static func parseUnsigned(_ input: Substring, base requested: Int, syntax: GoParseError,
                                      range: GoParseError) -> Result<UInt64, GoParseError>? {
        guard !input.isEmpty else { return nil }
        var base = requested
        var digits = input
        if requested == 0 {
            base = 10
            let chars = Array(input.lowercased())
            if chars.first == "0" {
                if chars.count >= 3, let prefix = ["b": 2, "o": 8, "x": 16][chars[1]] {
                    base = prefix
                    digits = input.dropFirst(2)
                } else {
                    base = 8
                    digits = input.dropFirst()
                }
            }
        }
        var value: UInt64 = 0
        var sawUnderscore = false
        for character in digits {
            if character == "_" && requested == 0 {
                sawUnderscore = true
                continue
            }
            guard let digit = character.hexDigitValue, digit < base else { return nil }
            let (product, overflow1) = value.multipliedReportingOverflow(by: UInt64(base))
            let (sum, overflow2) = product.addingReportingOverflow(UInt64(digit))
            if overflow1 || overflow2 { return .failure(range) }
            value = sum
        }
        if sawUnderscore && !underscoresAreWellPlaced(String(input)) { return nil }
        return .success(value)
    }

    /// Go's `underscoreOK`: underscores only between digits, or between a base prefix and a digit.
    private static func underscoresAreWellPlaced(_ text: String) -> Bool {
        let chars = Array(text.lowercased())
        var saw: Character = "^"
        var index = 0
        var hex = false
        if chars.count >= 2, chars[0] == "0", ["b", "o", "x"].contains(chars[1]) {
            index = 2
            saw = "0"
            hex = chars[1] == "x"
        }
        while index < chars.count {
            let character = chars[index]
            index += 1
            if character.isASCII && (character.isNumber || (hex && character.isHexDigit)) {
                saw = "0"
                continue
            }
            if character == "_" {
                if saw != "0" { return false }
                saw = "_"
                continue
            }
            if saw == "_" { return false }
            saw = "!"
        }
        return saw != "_"
    }

    /// `strconv.ParseFloat(text, 64)` for ordinary decimal and exponent notation.
    static func parseFloat(_ text: String) -> Result<Double, GoParseError> {
        let cleaned = text.replacingOccurrences(of: "_", with: "")
        let lowered = cleaned.lowercased()
        let named = ["inf": Double.infinity, "+inf": .infinity, "-inf": -.infinity, "infinity": .infinity,
                     "+infinity": .infinity, "-infinity": -.infinity, "nan": .nan]
        if let value = named[lowered] { return .success(value) }
        let allowed = CharacterSet(charactersIn: "0123456789+-.eE")
        guard !cleaned.isEmpty, cleaned.unicodeScalars.allSatisfy(allowed.contains), let value = Double(cleaned) else {
            return .failure(.syntax(function: "ParseFloat", input: text))
        }
        if value.isInfinite { return .failure(.range(function: "ParseFloat", input: text)) }
        return .success(value)
    }
}

/// A `strconv.NumError`: prints as `strconv.ParseInt: parsing "x": invalid syntax`.
enum GoParseError: Error, Equatable {
    /// The text is not a number of the expected form.
    case syntax(function: String, input: String)
    /// The number does not fit the target type.
    case range(function: String, input: String)

    /// The message Go prints for this error.
    var message: String {
        switch self {
        case .syntax(let function, let input):
            return "strconv.\(function): parsing \(GoStringSyntax.quote(input)): invalid syntax"
        case .range(let function, let input):
            return "strconv.\(function): parsing \(GoStringSyntax.quote(input)): value out of range"
        }
    }
}
