extension JSONValue {
    /// The value as Go's `json.MarshalIndent(v, "", "    ")` prints it (what `kubectl -o json` shows):
    /// four-space indentation, `"key": value`, `{}` and `[]` for empty containers, keys in their
    /// stored order, Go's string escaping (HTML characters and U+2028/U+2029 included) and Go's
    /// number formatting. No trailing newline.
    public func jsonText() -> String {
        var writer = JSONTextWriter(indent: true)
        writer.write(self, depth: 0)
        return writer.text
    }

    /// The value as Go's `json.Marshal` prints it: no white space at all (the form kubectl stores in
    /// the `kubectl.kubernetes.io/last-applied-configuration` annotation).
    public func compactJSON() -> String {
        var writer = JSONTextWriter(indent: false)
        writer.write(self, depth: 0)
        return writer.text
    }
}

/// Builds Go-compatible JSON text into a byte buffer (linear time, one allocation per growth step).
struct JSONTextWriter {
    let indent: Bool
    private(set) var bytes: [UInt8] = []

    init(indent: Bool) {
        self.indent = indent
        bytes.reserveCapacity(256)
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func write(_ value: JSONValue, depth: Int) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .int(let number): append(String(number))
        case .double(let number): append(GoFloatFormat.json(number))
        case .string(let text): Self.appendQuoted(text, to: &bytes)
        case .array(let items):
            if items.isEmpty { append("[]"); return }
            bytes.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth: depth + 1)
                write(item, depth: depth + 1)
            }
            newline(depth: depth)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { append("{}"); return }
            bytes.append(UInt8(ascii: "{"))
            var first = true
            for (key, member) in members {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                newline(depth: depth + 1)
                Self.appendQuoted(key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                if indent { bytes.append(UInt8(ascii: " ")) }
                write(member, depth: depth + 1)
            }
            newline(depth: depth)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 256)

    private mutating func newline(depth: Int) {
        guard indent else { return }
        bytes.append(UInt8(ascii: "\n"))
        var remaining = depth * 4
        while remaining > 0 {
            let chunk = min(remaining, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[0..<chunk])
            remaining -= chunk
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `text` as a Go JSON string literal (with `SetEscapeHTML(true)`, Go's default).
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendQuoted(utf8: $0, to: &bytes) }
    }

    /// Appends the UTF-8 text as a Go JSON string literal, copying runs that need no escaping at once.
    private static func appendQuoted(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var position = 0
        let count = utf8.count
        while position < count {
            let byte = utf8[position]
            let needsEscape: Bool
            switch byte {
            case 0..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                needsEscape = true
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 / E2 80 A9.
                needsEscape = position + 2 < count && utf8[position + 1] == 0x80
                    && (utf8[position + 2] == 0xA8 || utf8[position + 2] == 0xA9)
            default:
                needsEscape = false
            }
            guard needsEscape else {
                position += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<position]))
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0xE2:
                appendUnicodeEscape(utf8[position + 2] == 0xA8 ? 0x2028 : 0x2029, to: &bytes)
                position += 2
            default:
                appendUnicodeEscape(UInt32(byte), to: &bytes)
            }
            position += 1
            runStart = position
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendUnicodeEscape(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
