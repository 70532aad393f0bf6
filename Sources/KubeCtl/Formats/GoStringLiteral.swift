/// Go string-literal unquoting (`strconv.Unquote`, and client-go jsonpath's `UnquoteExtend`, which also
/// accepts single-quoted strings of any length). Works on UTF-8 bytes, like Go.
enum GoStringLiteral {
    /// The value of a quoted literal, or nil when Go would report `invalid syntax`.
    ///
    /// With `allowSingleQuotes` (jsonpath), `'…'` is a string like `"…"`; without it (templates),
    /// `"…"` and raw `` `…` `` strings are accepted and `'…'` must hold exactly one character.
    static func unquote(_ literal: String, allowSingleQuotes: Bool) -> String? {
        let bytes = Array(literal.utf8)
        guard bytes.count >= 2, let quote = bytes.first, bytes.last == quote else { return nil }
        let inner = Array(bytes[1..<(bytes.count - 1)])
        switch quote {
        case UInt8(ascii: "`"):
            guard !allowSingleQuotes, !inner.contains(quote) else { return nil }
            return String(decoding: inner.filter { $0 != UInt8(ascii: "\r") }, as: UTF8.self)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            if !allowSingleQuotes && inner.contains(UInt8(ascii: "\n")) { return nil }
            if !inner.contains(UInt8(ascii: "\\")) && !inner.contains(quote) {
                if quote == UInt8(ascii: "'") && !allowSingleQuotes {
                    return String(decoding: inner, as: UTF8.self).unicodeScalars.count == 1
                        ? String(decoding: inner, as: UTF8.self) : nil
                }
                return String(decoding: inner, as: UTF8.self)
            }
            guard let decoded = unescape(inner, quote: quote) else { return nil }
            if quote == UInt8(ascii: "'") && !allowSingleQuotes && decoded.unicodeScalars.count != 1 { return nil }
            return decoded
        default:
            return nil
        }
    }

    /// The value of a template character constant such as `'a'` or `'\n'` (its code point).
    static func characterValue(_ literal: String) -> Int? {
        guard let text = unquote(literal, allowSingleQuotes: false), literal.hasPrefix("'"),
              let scalar = text.unicodeScalars.first else { return nil }
        return Int(scalar.value)
    }

    /// Applies `strconv.UnquoteChar` repeatedly over the bytes between the quotes.
    private static func unescape(_ inner: [UInt8], quote: UInt8) -> String? {
        var output: [UInt8] = []
        var index = 0
        while index < inner.count {
            let byte = inner[index]
            if byte == quote { return nil }
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < inner.count else { return nil }
            let escape = inner[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "a"): output.append(0x07)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "v"): output.append(0x0B)
            case UInt8(ascii: "\\"): output.append(escape)
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                guard escape == quote else { return nil }
                output.append(escape)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let width = escape == UInt8(ascii: "x") ? 2 : (escape == UInt8(ascii: "u") ? 4 : 8)
                guard index + width <= inner.count, let value = hexValue(inner[index..<(index + width)]) else {
                    return nil
                }
                index += width
                if escape == UInt8(ascii: "x") {
                    output.append(UInt8(value))
                } else {
                    guard let scalar = Unicode.Scalar(value) else { return nil }
                    output.append(contentsOf: Array(String(scalar).utf8))
                }
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                guard index + 2 <= inner.count else { return nil }
                var value = UInt32(escape - UInt8(ascii: "0"))
                for digit in inner[index..<(index + 2)] {
                    guard digit >= UInt8(ascii: "0") && digit <= UInt8(ascii: "7") else { return nil }
                    value = value << 3 | UInt32(digit - UInt8(ascii: "0"))
                }
                index += 2
                guard value <= 255 else { return nil }
                output.append(UInt8(value))
            default:
                return nil
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        for digit in digits {
            guard let nibble = UInt32(String(UnicodeScalar(digit)), radix: 16) else { return nil }
            value = value << 4 | nibble
        }
        return value
    }
}
