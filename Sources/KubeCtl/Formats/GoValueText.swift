import Collections
import KubeCluster

/// Text renderings of JSON trees exactly as Go prints the `map[string]interface{}` values that kubectl's
/// printers evaluate: `fmt`'s `%v` and `%#v`, `encoding/json` (compact and indented, keys sorted,
/// HTML characters escaped), `strconv.Quote`, and Go's float formatting.
enum GoValueText {
    // MARK: - fmt

    /// `fmt.Sprint(v)` of an `interface{}` tree: `map[a:1 b:[x y]]`, `<nil>` for null.
    static func plain(_ value: JSONValue) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return formatFloat(number)
        case .string(let text): return text
        case .array(let items): return "[" + items.map(plain).joined(separator: " ") + "]"
        case .object(let members):
            let pairs = sortedPairs(members).map { "\($0.key):\(plain($0.value))" }
            return "map[" + pairs.joined(separator: " ") + "]"
        }
    }

    /// `fmt.Sprintf("%#v", v)` of an `interface{}` tree: `map[string]interface {}{"a":1}`.
    static func goSyntax(_ value: JSONValue) -> String {
        switch value {
        case .null: return "interface {}(nil)"
        case .string(let text): return quote(text)
        case .array(let items): return "[]interface {}{" + items.map(goSyntax).joined(separator: ", ") + "}"
        case .object(let members):
            let pairs = sortedPairs(members).map { quote($0.key) + ":" + goSyntax($0.value) }
            return "map[string]interface {}{" + pairs.joined(separator: ", ") + "}"
        default: return plain(value)
        }
    }

    /// Go's type name for the dynamic type of a value read from JSON (`int64`, `map[string]interface {}`).
    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool: return "bool"
        case .int: return "int64"
        case .double: return "float64"
        case .string: return "string"
        case .array: return "[]interface {}"
        case .object: return "map[string]interface {}"
        }
    }

    /// Members sorted by key in byte order, as `fmt` and `encoding/json` sort Go map keys.
    static func sortedPairs(_ members: OrderedDictionary<String, JSONValue>) -> [(key: String, value: JSONValue)] {
        members.elements.sorted { byteOrderLess($0.key, $1.key) }.map { (key: $0.key, value: $0.value) }
    }

    /// Go's string `<`: lexicographic on UTF-8 bytes.
    static func byteOrderLess(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    // MARK: - strconv.Quote

    /// `strconv.Quote`: double-quoted, printable runes kept, others escaped (`\n`, `\x01`, `\u2028`).
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0B}": result += "\\v"
            default:
                if isPrintable(scalar) {
                    result.unicodeScalars.append(scalar)
                } else if scalar.value < 0x80 {
                    result += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value < 0x10000 {
                    result += "\\u" + hex(scalar.value, width: 4)
                } else {
                    result += "\\U" + hex(scalar.value, width: 8)
                }
            }
        }
        return result + "\""
    }

    /// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Lower-case hexadecimal, zero-padded to `width` digits.
    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    // MARK: - encoding/json

    /// `json.Marshal`: compact, object keys sorted, `<`, `>`, `&` escaped.
    static func json(_ value: JSONValue) -> String {
        var out = ""
        appendJSON(value, to: &out, indent: nil, depth: 0)
        return out
    }

    /// Compact JSON keeping the tree's own key order (Go struct field order for typed objects).
    static func jsonInOrder(_ value: JSONValue) -> String {
        var out = ""
        appendJSON(value, to: &out, indent: nil, depth: 0, sorted: false)
        return out
    }

    /// `json.MarshalIndent(v, "", indent)`.
    static func jsonIndented(_ value: JSONValue, indent: String = "    ") -> String {
        var out = ""
        appendJSON(value, to: &out, indent: indent, depth: 0)
        return out
    }

    private static func appendJSON(_ value: JSONValue, to out: inout String, indent: String?, depth: Int,
                                   sorted: Bool = true) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number): out += formatJSONFloat(number)
        case .string(let text): out += jsonString(text)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent: indent, depth: depth + 1)
                appendJSON(item, to: &out, indent: indent, depth: depth + 1, sorted: sorted)
            }
            newline(&out, indent: indent, depth: depth)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            let pairs = sorted ? sortedPairs(members) : members.elements.map { (key: $0.key, value: $0.value) }
            for (index, pair) in pairs.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent: indent, depth: depth + 1)
                out += jsonString(pair.key) + (indent == nil ? ":" : ": ")
                appendJSON(pair.value, to: &out, indent: indent, depth: depth + 1, sorted: sorted)
            }
            newline(&out, indent: indent, depth: depth)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, indent: String?, depth: Int) {
        guard let indent else { return }
        out += "\n" + String(repeating: indent, count: depth)
    }

    /// A JSON string literal as Go's encoder writes it (HTML-safe).
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "<", ">", "&", "\u{2028}", "\u{2029}": result += "\\u" + hex(scalar.value, width: 4)
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + hex(scalar.value, width: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    // MARK: - floats

    /// `strconv.FormatFloat(v, 'g', -1, 64)`, which is also what `%v` prints for a float64.
    static func formatFloat(_ value: Double) -> String {
        GoFloatFormat.format(value, verb: "g", precision: -1)
    }

    /// Go's `encoding/json` float encoding: plain decimals, exponent form below 1e-6 or from 1e21
    /// (NaN and infinities, which Go refuses to encode, as `%v` spells them).
    static func formatJSONFloat(_ value: Double) -> String {
        value.isFinite ? GoFloatFormat.json(value) : formatFloat(value)
    }
}
