/// A JSON syntax error, worded as Go's `encoding/json` words it.
///
/// `description` is Go's `SyntaxError.Error()` (e.g. `invalid character '}' looking for beginning of
/// object key string`); `streamDescription` is what kubectl prints after `error parsing FILE: ` when a
/// manifest file is JSON (`json: offset 9: …`, or `unexpected EOF` for a truncated stream).
public struct JSONTextError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Go's message, without any position.
    public let message: String
    /// Go's `SyntaxError.Offset`: the number of bytes read when the error was found.
    public let offset: Int
    /// The 1-based line of the offending byte (or of the end of input).
    public let line: Int
    /// The 1-based column (in characters) of the offending byte on its line.
    public let column: Int
    /// True when the input ended in the middle of a value.
    public let isUnexpectedEnd: Bool

    /// Go's `SyntaxError.Error()`.
    public var description: String { message }

    /// What kubectl's manifest decoder reports for the same problem in a JSON stream.
    public var streamDescription: String {
        isUnexpectedEnd ? "unexpected EOF" : "json: offset \(offset): \(message)"
    }

    /// An error at byte `index` of `bytes` (the offending byte is counted as read, as Go counts it).
    init(message: String, at index: Int, in bytes: [UInt8], unexpectedEnd: Bool = false) {
        self.message = message
        self.isUnexpectedEnd = unexpectedEnd
        self.offset = unexpectedEnd ? bytes.count : index + 1
        var line = 1
        var column = 1
        var position = 0
        let stop = min(index, bytes.count)
        while position < stop {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            position += 1
        }
        self.line = line
        self.column = column
    }

    /// Go's `quoteChar`: how its scanner shows the offending byte, e.g. `'}'`, `'\n'`, `'\x01'`.
    static func quotedByte(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "'"): return "'\\''"
        case UInt8(ascii: "\""): return "'\"'"
        case 0x07: return "'\\a'"
        case 0x08: return "'\\b'"
        case 0x0C: return "'\\f'"
        case 0x0A: return "'\\n'"
        case 0x0D: return "'\\r'"
        case 0x09: return "'\\t'"
        case 0x0B: return "'\\v'"
        case 0x5C: return "'\\\\'"
        default: break
        }
        if byte < 0x20 || byte == 0x7F { return "'\\x" + hexDigits(UInt32(byte), width: 2) + "'" }
        if byte >= 0x80 && byte < 0xA1 || byte == 0xAD {
            return "'\\u" + hexDigits(UInt32(byte), width: 4) + "'"
        }
        return "'" + String(Character(Unicode.Scalar(byte))) + "'"
    }

    /// Lower-case hexadecimal digits of `value`, zero-padded to `width`.
    static func hexDigits(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
