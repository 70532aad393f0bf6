import Collections

extension JSONValue {
    /// Parses one JSON document, keeping object keys in the order they appear.
    ///
    /// Integer literals that fit in 64 bits become `.int`; every other number becomes `.double`.
    /// A repeated key keeps its first position and its last value (Go's decoder keeps the last value).
    /// Errors carry Go's wording and position (`JSONTextError`).
    public static func parseJSON(_ text: String) throws -> JSONValue {
        var parser = JSONTextParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }
}

/// A JSON reader over UTF-8 bytes that reports errors the way Go's `encoding/json` scanner does.
///
/// It keeps its own stack of open containers (no recursion), and stops at `maxDepth` nested
/// containers so that no later recursive walk of the tree can exhaust the call stack.
struct JSONTextParser {
    /// The deepest nesting accepted; deeper input fails with Go's "exceeded max depth".
    static let maxDepth = 1000

    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// One value and nothing but white space after it (Go's `json.Unmarshal`).
    mutating func parseDocument() throws -> JSONValue {
        let value = try parseValue()
        skipSpace()
        if index < bytes.count { throw invalid("after top-level value") }
        return value
    }

    /// Every value of a stream of concatenated JSON values (Go's `json.Decoder`).
    mutating func parseStream() throws -> [JSONValue] {
        var values: [JSONValue] = []
        while true {
            skipSpace()
            if index >= bytes.count { return values }
            values.append(try parseValue())
        }
    }

    // MARK: Values

    /// The containers opened but not yet closed while reading a value, innermost last.
    private struct OpenContainers {
        var isArray: [Bool] = []
        var arrays: [[JSONValue]] = []
        var objects: [OrderedDictionary<String, JSONValue>] = []
        /// The key awaiting its value in each open object.
        var keys: [String] = []
        var isEmpty: Bool { isArray.isEmpty }
    }

    /// Reads one complete value, nested containers included.
    mutating func parseValue() throws -> JSONValue {
        var open = OpenContainers()
        while true {
            guard var value = try scalarOrOpenContainer(&open) else { continue }
            while true {
                if open.isEmpty { return value }
                guard let closed = try add(value, to: &open) else { break }
                value = closed
            }
        }
    }

    /// Reads a scalar or an empty container; for a non-empty container, opens it and returns nil.
    private mutating func scalarOrOpenContainer(_ open: inout OpenContainers) throws -> JSONValue? {
        skipSpace()
        guard index < bytes.count else { throw unexpectedEnd() }
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if open.isArray.count >= Self.maxDepth { throw invalidDepth() }
            index += 1
            skipSpace()
            let isArray = byte == UInt8(ascii: "[")
            let closer = isArray ? UInt8(ascii: "]") : UInt8(ascii: "}")
            if index < bytes.count, bytes[index] == closer {
                index += 1
                return isArray ? .array([]) : .object([:])
            }
            if isArray {
                open.arrays.append([])
            } else {
                open.keys.append(try parseKey())
                open.objects.append([:])
            }
            open.isArray.append(isArray)
            return nil
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        default:
            throw invalid("looking for beginning of value")
        }
    }

    /// Adds a finished value to the innermost open container. Returns the container itself when the
    /// value was its last one (it is then closed), or nil when another element follows.
    private mutating func add(_ value: JSONValue, to open: inout OpenContainers) throws -> JSONValue? {
        skipSpace()
        if open.isArray.last == true {
            open.arrays[open.arrays.count - 1].append(value)
            guard index < bytes.count else { throw unexpectedEnd() }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                return nil
            }
            guard bytes[index] == UInt8(ascii: "]") else { throw invalid("after array element") }
            index += 1
            open.isArray.removeLast()
            return .array(open.arrays.removeLast())
        }
        open.objects[open.objects.count - 1][open.keys.removeLast()] = value
        guard index < bytes.count else { throw unexpectedEnd() }
        if bytes[index] == UInt8(ascii: ",") {
            index += 1
            skipSpace()
            open.keys.append(try parseKey())
            return nil
        }
        guard bytes[index] == UInt8(ascii: "}") else { throw invalid("after object key:value pair") }
        index += 1
        open.isArray.removeLast()
        return .object(open.objects.removeLast())
    }

    /// Reads `"key"` and the colon after it; the cursor is on the opening quote (or what is there instead).
    private mutating func parseKey() throws -> String {
        guard index < bytes.count else { throw unexpectedEnd() }
        guard bytes[index] == UInt8(ascii: "\"") else { throw invalid("looking for beginning of object key string") }
        let key = try parseString()
        skipSpace()
        guard index < bytes.count else { throw unexpectedEnd() }
        guard bytes[index] == UInt8(ascii: ":") else { throw invalid("after object key") }
        index += 1
        return key
    }

    private mutating func expectLiteral(_ word: StaticString) throws {
        let name = String(describing: word)
        let letters = Array(name.utf8)
        index += 1
        for position in 1..<letters.count {
            guard index < bytes.count else { throw unexpectedEnd() }
            guard bytes[index] == letters[position] else {
                throw invalid("in literal \(name) (expecting '\(Character(Unicode.Scalar(letters[position])))')")
            }
            index += 1
        }
    }

    // MARK: Numbers

    private mutating func parseNumber() throws -> JSONValue {
        let start = index
        var integral = true
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            guard index < bytes.count else { throw unexpectedEnd() }
            guard isDigit(bytes[index]) else { throw invalid("in numeric literal") }
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            integral = false
            index += 1
            guard index < bytes.count else { throw unexpectedEnd() }
            guard isDigit(bytes[index]) else { throw invalid("after decimal point in numeric literal") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            integral = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count else { throw unexpectedEnd() }
            guard isDigit(bytes[index]) else { throw invalid("in exponent of numeric literal") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if integral, let number = Int64(text) { return .int(number) }
        guard let number = Double(text), number.isFinite else {
            throw JSONTextError(message: "json: cannot unmarshal number \(text) into Go value of type float64",
                                at: index - 1, in: bytes)
        }
        return .double(number)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    // MARK: Strings

    /// Reads a string literal; the cursor is on the opening quote.
    mutating func parseString() throws -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw invalid("in string literal") }
            index += 1
        }
        var buffer = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte < 0x20 { throw invalid("in string literal") }
            if byte == UInt8(ascii: "\\") {
                try appendEscape(to: &buffer)
            } else {
                buffer.append(byte)
                index += 1
            }
        }
        throw unexpectedEnd()
    }

    /// Decodes the escape at the cursor (a backslash) into `buffer`.
    private mutating func appendEscape(to buffer: inout [UInt8]) throws {
        index += 1
        guard index < bytes.count else { throw unexpectedEnd() }
        let code = bytes[index]
        index += 1
        switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(code)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalarValue = try readHex4()
            if (0xD800..<0xDC00).contains(scalarValue), index + 1 < bytes.count,
               bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                let saved = index
                index += 2
                let low = try readHex4()
                if (0xDC00..<0xE000).contains(low) {
                    scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = saved
                }
            }
            let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
            buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            index -= 1
            throw invalid("in string escape code")
        }
    }

    private mutating func readHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw unexpectedEnd() }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw invalid("in \\u hexadecimal character escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    // MARK: Errors and white space

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func invalid(_ context: String) -> JSONTextError {
        JSONTextError(message: "invalid character \(JSONTextError.quotedByte(bytes[index])) \(context)",
                      at: index, in: bytes)
    }

    private func invalidDepth() -> JSONTextError {
        JSONTextError(message: "exceeded max depth", at: index, in: bytes)
    }

    private func unexpectedEnd() -> JSONTextError {
        JSONTextError(message: "unexpected end of JSON input", at: bytes.count, in: bytes, unexpectedEnd: true)
    }
}
