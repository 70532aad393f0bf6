import Foundation

/// Backslash-escape decoding shared by `echo -e`, `printf` and `$'…'` quoting.
public enum ShellEscapes {
    /// Which tool's rules apply (they differ in octal syntax and `\c`).
    public enum Style {
        /// `echo -e`: octal is `\0nnn`; `\c` stops all output.
        case echo
        /// `printf` formats and `%b`: octal is `\nnn`; `\c` stops all output.
        case printf
        /// `$'…'`: octal is `\nnn`; quotes may be escaped.
        case ansiC
    }

    /// Decodes escapes in `text`. `stopped` is true when `\c` asked to stop output.
    public static func decode(_ text: String, style: Style) -> (text: String, stopped: Bool) {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "\\", index + 1 < scalars.count else {
                output.append(scalar)
                index += 1
                continue
            }
            let next = scalars[index + 1]
            index += 2
            if let simple = simpleEscape(next, style: style) {
                output.append(simple)
                continue
            }
            switch next {
            case "c" where style != .ansiC:
                return (String(output), true)
            case "0"..."7":
                let allowLeadingZero = style == .echo && next == "0"
                if style == .echo && next != "0" {
                    output.append("\\")
                    output.append(next)
                    continue
                }
                let start = allowLeadingZero ? index : index - 1
                let (value, end) = readDigits(scalars, from: start, radix: 8, maximum: 3)
                index = end
                appendScalar(value, to: &output)
            case "x":
                let (value, end) = readDigits(scalars, from: index, radix: 16, maximum: 2)
                if end == index {
                    output.append("\\")
                    output.append("x")
                } else {
                    index = end
                    appendScalar(value, to: &output)
                }
            case "u", "U":
                let (value, end) = readDigits(scalars, from: index, radix: 16, maximum: next == "u" ? 4 : 8)
                if end == index {
                    output.append("\\")
                    output.append(next)
                } else {
                    index = end
                    appendScalar(value, to: &output)
                }
            default:
                output.append("\\")
                output.append(next)
            }
        }
        return (String(output), false)
    }

    private static func simpleEscape(_ scalar: Unicode.Scalar, style: Style) -> Unicode.Scalar? {
        switch scalar {
        case "a": return "\u{07}"
        case "b": return "\u{08}"
        case "e", "E": return "\u{1B}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "v": return "\u{0B}"
        case "\\": return "\\"
        case "'" where style == .ansiC: return "'"
        case "\"" where style != .echo: return "\""
        case "?" where style == .ansiC: return "?"
        default: return nil
        }
    }

    private static func readDigits(_ scalars: [Unicode.Scalar], from start: Int, radix: UInt32, maximum: Int) -> (UInt32, Int) {
        var value: UInt32 = 0
        var index = start
        while index < scalars.count, index - start < maximum,
              let digit = Int(String(Character(scalars[index])), radix: Int(radix)) {
            value = value &* radix &+ UInt32(digit)
            index += 1
        }
        return (value, index)
    }

    private static func appendScalar(_ value: UInt32, to output: inout String.UnicodeScalarView) {
        let masked = value > 0x10FFFF ? 0xFFFD : value
        output.append(Unicode.Scalar(masked) ?? "\u{FFFD}")
    }
}
