/// The scalar styles go-yaml v2's emitter can choose.
enum YAMLScalarStyle {
    case plain, singleQuoted, doubleQuoted, literal
}

/// One scalar ready for the emitter: its text, the style go-yaml's encoder asks for, and the
/// emitter's analysis of which styles the text allows (`yaml_emitter_analyze_scalar`).
struct YAMLScalar {
    let bytes: [UInt8]
    let requestedStyle: YAMLScalarStyle
    private(set) var multiline = false
    private(set) var blockPlainAllowed = true
    private(set) var singleQuotedAllowed = true
    private(set) var blockAllowed = true

    /// A scalar whose text is always safe unquoted (numbers, booleans, null).
    init(plain text: String) {
        self.init(bytes: Array(text.utf8), requestedStyle: .plain)
    }

    /// A string as go-yaml's encoder requests it (`encoder.stringv`): literal block when it has a
    /// newline, plain when it reads back as the same string, double-quoted otherwise.
    init(string text: String) {
        let folded = YAMLScalar.foldedAsGoYAMLReadsJSON(text)
        let style: YAMLScalarStyle
        if folded.utf8.contains(0x0A) {
            style = .literal
        } else if GoYAMLResolver.isPlainSafe(folded) {
            style = .plain
        } else {
            style = .doubleQuoted
        }
        self.init(bytes: Array(folded.utf8), requestedStyle: style)
    }

    private init(bytes: [UInt8], requestedStyle: YAMLScalarStyle) {
        self.bytes = bytes
        self.requestedStyle = requestedStyle
        analyze()
    }

    /// The style the emitter settles on (`yaml_emitter_select_scalar_style`, block context).
    func selectedStyle(simpleKey: Bool) -> YAMLScalarStyle {
        var style = requestedStyle
        if simpleKey && multiline { style = .doubleQuoted }
        if style == .plain {
            if !blockPlainAllowed || (bytes.isEmpty && simpleKey) { style = .singleQuoted }
        }
        if style == .singleQuoted && !singleQuotedAllowed { style = .doubleQuoted }
        if style == .literal && (!blockAllowed || simpleKey) { style = .doubleQuoted }
        return style
    }

    /// Whether the emitter writes this scalar as a simple `key:` (`yaml_emitter_check_simple_key`).
    var isSimpleKey: Bool { !multiline && bytes.count <= 128 }

    // MARK: Analysis

    private mutating func analyze() {
        guard !bytes.isEmpty else {
            blockAllowed = false
            return
        }
        var blockIndicators = bytes.count >= 3 && bytes[0] == bytes[1] && bytes[1] == bytes[2]
            && (bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "."))
        var lineBreaks = false, specialCharacters = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false
        var previousSpace = false, previousBreak = false
        var precededByWhitespace = true
        var index = 0
        while index < bytes.count {
            let next = index + max(YAMLBytes.width(bytes[index]), 1)
            if isBlockIndicator(at: index, next: next, precededByWhitespace: precededByWhitespace) {
                blockIndicators = true
            }
            if !YAMLBytes.isPrintable(bytes, index) { specialCharacters = true }
            if bytes[index] == UInt8(ascii: " ") {
                leadingSpace = leadingSpace || index == 0
                trailingSpace = trailingSpace || next == bytes.count
                breakSpace = breakSpace || previousBreak
                (previousSpace, previousBreak) = (true, false)
            } else if YAMLBytes.isBreak(bytes, index) {
                lineBreaks = true
                leadingBreak = leadingBreak || index == 0
                trailingBreak = trailingBreak || next == bytes.count
                spaceBreak = spaceBreak || previousSpace
                (previousSpace, previousBreak) = (false, true)
            } else {
                (previousSpace, previousBreak) = (false, false)
            }
            precededByWhitespace = YAMLBytes.isBlankOrBreakOrNul(bytes, index)
            index = next
        }
        multiline = lineBreaks
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak || lineBreaks || blockIndicators
            || breakSpace || spaceBreak || specialCharacters {
            blockPlainAllowed = false
        }
        if breakSpace || spaceBreak || specialCharacters { singleQuotedAllowed = false }
        if trailingSpace || spaceBreak || specialCharacters { blockAllowed = false }
    }

    /// Whether the character at `index` is an indicator that rules out a plain scalar in block context.
    private func isBlockIndicator(at index: Int, next: Int, precededByWhitespace: Bool) -> Bool {
        let byte = bytes[index]
        let followedByWhitespace = next >= bytes.count || YAMLBytes.isBlank(bytes, next)
        if index == 0 {
            switch byte {
            case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
                 UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
                 UInt8(ascii: "`"):
                return true
            case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "-"):
                return followedByWhitespace
            default:
                return false
            }
        }
        return (byte == UInt8(ascii: ":") && followedByWhitespace) || (byte == UInt8(ascii: "#") && precededByWhitespace)
    }

    // MARK: The JSON round trip

    /// kubectl's YAML goes JSON text → go-yaml parser → emitter. Go's JSON leaves U+0085 (NEL) raw,
    /// and the YAML parser folds it, being a line break inside a double-quoted scalar: a lone break
    /// becomes a space, further breaks become newlines, and blanks around breaks are dropped.
    static func foldedAsGoYAMLReadsJSON(_ text: String) -> String {
        guard text.utf8.contains(0xC2), text.unicodeScalars.contains("\u{85}") else { return text }
        var result = String.UnicodeScalarView()
        var pendingBlanks = String.UnicodeScalarView()
        var breakCount = 0
        for scalar in text.unicodeScalars {
            if scalar == "\u{85}" {
                pendingBlanks.removeAll()
                breakCount += 1
            } else if scalar == " " {
                if breakCount == 0 { pendingBlanks.append(scalar) }
            } else {
                if breakCount == 1 {
                    result.append(" ")
                } else if breakCount > 1 {
                    result.append(contentsOf: repeatElement("\n", count: breakCount - 1))
                }
                result.append(contentsOf: pendingBlanks)
                pendingBlanks.removeAll()
                breakCount = 0
                result.append(scalar)
            }
        }
        if breakCount == 1 {
            result.append(" ")
        } else if breakCount > 1 {
            result.append(contentsOf: repeatElement("\n", count: breakCount - 1))
        }
        result.append(contentsOf: pendingBlanks)
        return String(result)
    }

    /// The YAML text of a number after the JSON round trip: Go's JSON text read back by go-yaml
    /// (an int when it parses as one, otherwise a float printed with %g).
    static func numberText(_ value: Double) -> String {
        let json = GoFloatFormat.json(value)
        if !json.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") }) {
            if let integer = Int64(json) { return String(integer) }
            if let unsigned = UInt64(json) { return String(unsigned) }
        }
        return GoFloatFormat.yaml(value)
    }
}

/// Byte-level character classes of libyaml/go-yaml (`yamlprivateh.go`), over UTF-8.
enum YAMLBytes {
    /// The length of the UTF-8 sequence starting with `byte` (0 for a continuation byte).
    static func width(_ byte: UInt8) -> Int {
        if byte & 0x80 == 0x00 { return 1 }
        if byte & 0xE0 == 0xC0 { return 2 }
        if byte & 0xF0 == 0xE0 { return 3 }
        if byte & 0xF8 == 0xF0 { return 4 }
        return 0
    }

    private static func at(_ bytes: [UInt8], _ index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    /// go-yaml's `is_printable`: note that every 4-byte sequence (emoji, …) counts as not printable.
    static func isPrintable(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = at(bytes, index)
        let second = at(bytes, index + 1)
        let third = at(bytes, index + 2)
        return byte == 0x0A
            || (byte >= 0x20 && byte <= 0x7E)
            || (byte == 0xC2 && second >= 0xA0)
            || (byte > 0xC2 && byte < 0xED)
            || (byte == 0xED && second < 0xA0)
            || byte == 0xEE
            || (byte == 0xEF && !(second == 0xBB && third == 0xBF) && !(second == 0xBF && (third == 0xBE || third == 0xBF)))
    }

    static func isSpace(_ bytes: [UInt8], _ index: Int) -> Bool { at(bytes, index) == 0x20 }

    static func isBlank(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = at(bytes, index)
        return byte == 0x20 || byte == 0x09
    }

    /// CR, LF, NEL (U+0085), LS (U+2028), PS (U+2029).
    static func isBreak(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = at(bytes, index)
        if byte == 0x0D || byte == 0x0A { return true }
        if byte == 0xC2 { return at(bytes, index + 1) == 0x85 }
        if byte == 0xE2 {
            return at(bytes, index + 1) == 0x80 && (at(bytes, index + 2) == 0xA8 || at(bytes, index + 2) == 0xA9)
        }
        return false
    }

    /// go-yaml's `is_blankz`: blank, break or NUL.
    static func isBlankOrBreakOrNul(_ bytes: [UInt8], _ index: Int) -> Bool {
        isBlank(bytes, index) || isBreak(bytes, index) || at(bytes, index) == 0
    }
}
