import Collections

extension JSONValue {
    /// The value as `kubectl -o yaml` prints it (sigs.k8s.io/yaml: Go JSON, then go-yaml v2's emitter).
    ///
    /// Keys are sorted the way go-yaml sorts map keys (letters before other characters, digit runs
    /// compared as numbers: `item9` before `item10`), indentation is two spaces, block sequences sit at
    /// their key's indentation, empty containers are `{}`/`[]`, strings are quoted only when they
    /// would otherwise read back as something else, multi-line strings become `|` blocks, and long
    /// scalars are folded at column 80. The text ends with a newline, as `yaml.Marshal`'s does.
    ///
    /// Known gap: characters go-yaml's reader rejects (U+007F–U+009F other than U+0085, U+FFFE,
    /// U+FFFF) make kubectl fail with `yaml: control characters are not allowed`; here they are
    /// written escaped in double quotes instead.
    public func yamlText() -> String {
        var emitter = YAMLEmitter()
        emitter.emitDocument(self)
        return String(decoding: emitter.output, as: UTF8.self)
    }
}

/// A port of the parts of go-yaml v2's emitter (`emitterc.go`) that block-style output uses:
/// indentation, indicators, the scalar writers with their line folding at `bestWidth`.
struct YAMLEmitter {
    static let bestIndent = 2
    static let bestWidth = 80

    private(set) var output: [UInt8] = []
    private var column = 0
    private var indent = -1
    private var indents: [Int] = []
    private var whitespace = true
    private var indention = true
    /// Sorted key lists by unsorted key list: objects of one kind share their keys (a 10,000-pod list).
    private var keyOrderCache: [[String]: [String]] = [:]
    /// Analysed scalars by text, for the short strings that repeat across objects.
    private var scalarCache: [String: YAMLScalar] = [:]
    private static let cacheLimit = 16_384

    init() { output.reserveCapacity(4096) }

    mutating func emitDocument(_ value: JSONValue) {
        emitNode(value, mappingContext: false)
        writeIndent()
    }

    // MARK: Nodes

    private mutating func emitNode(_ value: JSONValue, mappingContext: Bool) {
        switch value {
        case .null: emitScalar(YAMLScalar(plain: "null"), simpleKey: false)
        case .bool(let flag): emitScalar(YAMLScalar(plain: flag ? "true" : "false"), simpleKey: false)
        case .int(let number): emitScalar(YAMLScalar(plain: String(number)), simpleKey: false)
        case .double(let number): emitScalar(YAMLScalar(plain: YAMLScalar.numberText(number)), simpleKey: false)
        case .string(let text): emitScalar(scalar(for: text), simpleKey: false)
        case .array(let items):
            if items.isEmpty {
                writeIndicator("[", needWhitespace: true, isWhitespace: true, isIndention: false)
                writeIndicator("]", needWhitespace: false, isWhitespace: false, isIndention: false)
            } else {
                emitBlockSequence(items, mappingContext: mappingContext)
            }
        case .object(let members):
            if members.isEmpty {
                writeIndicator("{", needWhitespace: true, isWhitespace: true, isIndention: false)
                writeIndicator("}", needWhitespace: false, isWhitespace: false, isIndention: false)
            } else {
                emitBlockMapping(members)
            }
        }
    }

    private mutating func emitBlockSequence(_ items: [JSONValue], mappingContext: Bool) {
        increaseIndent(flow: false, indentless: mappingContext && !indention)
        for item in items {
            writeIndent()
            writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
            emitNode(item, mappingContext: false)
        }
        popIndent()
    }

    private mutating func emitBlockMapping(_ members: OrderedDictionary<String, JSONValue>) {
        increaseIndent(flow: false, indentless: false)
        for key in sortedKeys(members.keys.elements) {
            guard let value = members[key] else { continue }
            writeIndent()
            let keyScalar = scalar(for: key)
            if keyScalar.isSimpleKey {
                emitScalar(keyScalar, simpleKey: true)
                writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
            } else {
                writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
                emitScalar(keyScalar, simpleKey: false)
                writeIndent()
                writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
            }
            emitNode(value, mappingContext: true)
        }
        popIndent()
    }

    private mutating func sortedKeys(_ keys: [String]) -> [String] {
        if let cached = keyOrderCache[keys] { return cached }
        let sorted = GoYAMLKeyOrder.sorted(keys)
        if keyOrderCache.count < Self.cacheLimit { keyOrderCache[keys] = sorted }
        return sorted
    }

    private mutating func scalar(for text: String) -> YAMLScalar {
        guard text.utf8.count <= 128 else { return YAMLScalar(string: text) }
        if let cached = scalarCache[text] { return cached }
        let scalar = YAMLScalar(string: text)
        if scalarCache.count < Self.cacheLimit { scalarCache[text] = scalar }
        return scalar
    }

    private mutating func emitScalar(_ scalar: YAMLScalar, simpleKey: Bool) {
        let style = scalar.selectedStyle(simpleKey: simpleKey)
        increaseIndent(flow: true, indentless: false)
        switch style {
        case .plain: writePlain(scalar.bytes, allowBreaks: !simpleKey)
        case .singleQuoted: writeSingleQuoted(scalar.bytes, allowBreaks: !simpleKey)
        case .doubleQuoted: writeDoubleQuoted(scalar.bytes, allowBreaks: !simpleKey)
        case .literal: writeLiteral(scalar.bytes)
        }
        popIndent()
    }

    // MARK: Layout primitives

    private mutating func increaseIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? Self.bestIndent : 0
        } else if !indentless {
            indent += Self.bestIndent
        }
    }

    private mutating func popIndent() {
        indent = indents.popLast() ?? -1
    }

    private mutating func put(_ byte: UInt8) {
        output.append(byte)
        column += 1
    }

    private mutating func putBreak() {
        output.append(0x0A)
        column = 0
    }

    /// Copies the character starting at `index` and advances past it.
    private mutating func write(_ bytes: [UInt8], _ index: inout Int) {
        let width = max(YAMLBytes.width(bytes[index]), 1)
        let end = min(index + width, bytes.count)
        output.append(contentsOf: bytes[index..<end])
        column += 1
        index = end
    }

    private mutating func writeBreak(_ bytes: [UInt8], _ index: inout Int) {
        if bytes[index] == 0x0A {
            putBreak()
            index += 1
        } else {
            write(bytes, &index)
            column = 0
        }
    }

    private mutating func writeIndent() {
        let target = max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) { putBreak() }
        while column < target { put(0x20) }
        whitespace = true
        indention = true
    }

    private mutating func writeIndicator(_ text: String, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { put(0x20) }
        for byte in text.utf8 { put(byte) }
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    // MARK: Scalar writers

    private mutating func writePlain(_ bytes: [UInt8], allowBreaks: Bool) {
        if !whitespace { put(0x20) }
        let characters = Self.characterCount(bytes)
        if column + characters <= Self.bestWidth + 1 {
            // No space can fall past the fold column (and plain text never has breaks): copy it whole.
            output.append(contentsOf: bytes)
            column += characters
            whitespace = false
            indention = false
            return
        }
        var spaces = false
        var breaks = false
        var index = 0
        while index < bytes.count {
            if YAMLBytes.isSpace(bytes, index) {
                if allowBreaks && !spaces && column > Self.bestWidth && !YAMLBytes.isSpace(bytes, index + 1) {
                    writeIndent()
                    index += 1
                } else {
                    write(bytes, &index)
                }
                spaces = true
            } else if YAMLBytes.isBreak(bytes, index) {
                if !breaks && bytes[index] == 0x0A { putBreak() }
                writeBreak(bytes, &index)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                write(bytes, &index)
                indention = false
                spaces = false
                breaks = false
            }
        }
        whitespace = false
        indention = false
    }

    private mutating func writeSingleQuoted(_ bytes: [UInt8], allowBreaks: Bool) {
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        var breaks = false
        var index = 0
        while index < bytes.count {
            if YAMLBytes.isSpace(bytes, index) {
                if allowBreaks && !spaces && column > Self.bestWidth && index > 0 && index < bytes.count - 1
                    && !YAMLBytes.isSpace(bytes, index + 1) {
                    writeIndent()
                    index += 1
                } else {
                    write(bytes, &index)
                }
                spaces = true
            } else if YAMLBytes.isBreak(bytes, index) {
                if !breaks && bytes[index] == 0x0A { putBreak() }
                writeBreak(bytes, &index)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if bytes[index] == UInt8(ascii: "'") { put(UInt8(ascii: "'")) }
                write(bytes, &index)
                indention = false
                spaces = false
                breaks = false
            }
        }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private mutating func writeDoubleQuoted(_ bytes: [UInt8], allowBreaks: Bool) {
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        // go-yaml checks for a byte-order mark at the start of the value, not at each character:
        // a value that starts with one gets every character escaped.
        let startsWithBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var spaces = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if startsWithBOM || !YAMLBytes.isPrintable(bytes, index) || YAMLBytes.isBreak(bytes, index)
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                writeEscape(bytes, &index)
                spaces = false
            } else if byte == 0x20 {
                if allowBreaks && !spaces && column > Self.bestWidth && index > 0 && index < bytes.count - 1 {
                    writeIndent()
                    if YAMLBytes.isSpace(bytes, index + 1) { put(UInt8(ascii: "\\")) }
                    index += 1
                } else {
                    write(bytes, &index)
                }
                spaces = true
            } else {
                write(bytes, &index)
                spaces = false
            }
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private static let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// The one-letter escapes go-yaml's double-quoted writer uses.
    private static let namedEscapes: [UInt32: UInt8] = [
        0x00: UInt8(ascii: "0"), 0x07: UInt8(ascii: "a"), 0x08: UInt8(ascii: "b"), 0x09: UInt8(ascii: "t"),
        0x0A: UInt8(ascii: "n"), 0x0B: UInt8(ascii: "v"), 0x0C: UInt8(ascii: "f"), 0x0D: UInt8(ascii: "r"),
        0x1B: UInt8(ascii: "e"), 0x22: UInt8(ascii: "\""), 0x5C: UInt8(ascii: "\\"), 0x85: UInt8(ascii: "N"),
        0xA0: UInt8(ascii: "_"), 0x2028: UInt8(ascii: "L"), 0x2029: UInt8(ascii: "P"),
    ]

    /// Writes the character at `index` as a double-quoted escape and advances past it.
    private mutating func writeEscape(_ bytes: [UInt8], _ index: inout Int) {
        let width = max(YAMLBytes.width(bytes[index]), 1)
        let end = min(index + width, bytes.count)
        let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first?.value ?? 0xFFFD
        index = end
        put(UInt8(ascii: "\\"))
        if let letter = Self.namedEscapes[scalar] {
            put(letter)
            return
        }
        let digits: Int
        if scalar <= 0xFF {
            put(UInt8(ascii: "x"))
            digits = 2
        } else if scalar <= 0xFFFF {
            put(UInt8(ascii: "u"))
            digits = 4
        } else {
            put(UInt8(ascii: "U"))
            digits = 8
        }
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            put(Self.upperHex[Int((scalar >> UInt32(shift)) & 0xF)])
        }
    }

    private mutating func writeLiteral(_ bytes: [UInt8]) {
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        writeBlockScalarHints(bytes)
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        var index = 0
        while index < bytes.count {
            if YAMLBytes.isBreak(bytes, index) {
                writeBreak(bytes, &index)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                var end = index
                while end < bytes.count, !YAMLBytes.isBreak(bytes, end) { end += 1 }
                output.append(contentsOf: bytes[index..<end])
                column += Self.characterCount(bytes[index..<end])
                index = end
                indention = false
                breaks = false
            }
        }
    }

    /// The number of characters (not bytes) in UTF-8 text.
    private static func characterCount<Bytes: Collection>(_ bytes: Bytes) -> Int where Bytes.Element == UInt8 {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The indentation indicator (`2` when the text starts with a space or break) and the chomping
    /// indicator (`-` without a final break, `+` with more than one, none with exactly one).
    private mutating func writeBlockScalarHints(_ bytes: [UInt8]) {
        if YAMLBytes.isSpace(bytes, 0) || YAMLBytes.isBreak(bytes, 0) {
            writeIndicator(String(Self.bestIndent), needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        var chomp: String?
        if bytes.isEmpty {
            chomp = "-"
        } else {
            var last = bytes.count - 1
            while last > 0, bytes[last] & 0xC0 == 0x80 { last -= 1 }
            if !YAMLBytes.isBreak(bytes, last) {
                chomp = "-"
            } else if last == 0 {
                chomp = "+"
            } else {
                var previous = last - 1
                while previous > 0, bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
                if YAMLBytes.isBreak(bytes, previous) { chomp = "+" }
            }
        }
        if let chomp {
            writeIndicator(chomp, needWhitespace: false, isWhitespace: false, isIndention: false)
        }
    }
}
