/// go-yaml v2's implicit typing of plain (unquoted) scalars, as in its `resolve.go`: YAML 1.1 booleans
/// (`yes`, `on`, `y`, …), nulls, ints in Go's base-0 syntax (`0x1F`, `0o17`, `017`, `0b101`, with `_`
/// ignored), floats and timestamps.
///
/// The YAML writer quotes every string that would read back as something else; the YAML reader
/// uses the same rules to type what it reads.
enum GoYAMLResolver {
    /// What a plain scalar means.
    enum Resolved: Equatable {
        case null
        case bool(Bool)
        case int(Int64)
        case uint(UInt64)
        case float(Double)
        /// A date or date-time; go-yaml keeps the original text when decoding into an untyped value.
        case timestamp
        case string
    }

    private static let words: [String: Resolved] = {
        var table: [String: Resolved] = [:]
        for word in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] {
            table[word] = .bool(true)
        }
        for word in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] {
            table[word] = .bool(false)
        }
        for word in ["", "~", "null", "Null", "NULL"] { table[word] = .null }
        for word in [".nan", ".NaN", ".NAN"] { table[word] = .float(.nan) }
        for word in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { table[word] = .float(.infinity) }
        for word in ["-.inf", "-.Inf", "-.INF"] { table[word] = .float(-.infinity) }
        return table
    }()

    /// The meaning go-yaml gives the plain scalar `text`.
    static func resolve(_ text: String) -> Resolved {
        guard let first = text.utf8.first else { return .null }
        let isSign = first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
        let isDigit = first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
        let isDot = first == UInt8(ascii: ".")
        let isWordStart = "yYnNtTfFoO~".utf8.contains(first)
        guard isSign || isDigit || isDot || isWordStart else { return .string }
        if let word = words[text] { return word }
        if isDot {
            if matchesDotFloat(Array(text.utf8)), let number = Double(text), number.isFinite { return .float(number) }
            return .string
        }
        guard isSign || isDigit else { return .string }
        if isTimestamp(text) { return .timestamp }
        let plain = Array(text.utf8.filter { $0 != UInt8(ascii: "_") })
        if let number = parseGoInt(plain) { return .int(number) }
        if let number = parseGoUint(plain) { return .uint(number) }
        if matchesYAMLFloat(plain), let number = Double(String(decoding: plain, as: UTF8.self)), number.isFinite {
            return .float(number)
        }
        return .string
    }

    /// True when go-yaml's encoder may print `text` without quotes (it reads back as a string and
    /// is not a YAML 1.1 base-60 number such as `12:30`).
    static func isPlainSafe(_ text: String) -> Bool {
        resolve(text) == .string && !isBase60Float(text)
    }

    // MARK: Numbers

    /// Go's `strconv.ParseInt(s, 0, 64)`.
    static func parseGoInt(_ bytes: [UInt8]) -> Int64? {
        guard let first = bytes.first else { return nil }
        let negative = first == UInt8(ascii: "-")
        let unsignedPart = first == UInt8(ascii: "+") || negative ? Array(bytes.dropFirst()) : bytes
        guard let magnitude = parseGoUint(unsignedPart) else { return nil }
        if negative {
            if magnitude <= UInt64(Int64.max) { return -Int64(magnitude) }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// Go's `strconv.ParseUint(s, 0, 64)`: `0x`, `0o`, `0b` and leading-`0` octal prefixes.
    static func parseGoUint(_ bytes: [UInt8]) -> UInt64? {
        guard !bytes.isEmpty else { return nil }
        var digits = bytes[...]
        var base: UInt64 = 10
        if bytes[0] == UInt8(ascii: "0") {
            let marker = bytes.count >= 3 ? bytes[1] | 0x20 : 0
            switch marker {
            case UInt8(ascii: "b"): base = 2; digits = bytes[2...]
            case UInt8(ascii: "o"): base = 8; digits = bytes[2...]
            case UInt8(ascii: "x"): base = 16; digits = bytes[2...]
            default: base = 8; digits = bytes[1...]
            }
        }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = UInt64(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = UInt64(byte - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard digit < base else { return nil }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: base)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }

    /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
    static func matchesYAMLFloat(_ bytes: [UInt8]) -> Bool {
        var position = 0
        if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
            position += 1
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard countDigits(bytes, from: &position) > 0 else { return false }
        } else {
            guard countDigits(bytes, from: &position) > 0 else { return false }
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                position += 1
                _ = countDigits(bytes, from: &position)
            }
        }
        return matchesExponent(bytes, from: position)
    }

    /// What Go's `ParseFloat` accepts for text starting with a dot: `\.[0-9]+([eE][-+]?[0-9]+)?`.
    private static func matchesDotFloat(_ bytes: [UInt8]) -> Bool {
        var position = 1
        guard countDigits(bytes, from: &position) > 0 else { return false }
        return matchesExponent(bytes, from: position)
    }

    private static func matchesExponent(_ bytes: [UInt8], from start: Int) -> Bool {
        var position = start
        if position == bytes.count { return true }
        guard bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") else { return false }
        position += 1
        if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
            position += 1
        }
        guard countDigits(bytes, from: &position) > 0 else { return false }
        return position == bytes.count
    }

    private static func countDigits(_ bytes: [UInt8], from position: inout Int) -> Int {
        let start = position
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            position += 1
        }
        return position - start
    }

    /// YAML 1.1 base-60 numbers (`190:20:30`, `12:30`), which go-yaml quotes when writing:
    /// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`.
    static func isBase60Float(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return false }
        let bytes = Array(text.utf8)
        guard let first = bytes.first, bytes.contains(UInt8(ascii: ":")) else { return false }
        var position = 0
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { position = 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { return false }
        while position < bytes.count, isDigit(bytes[position]) || bytes[position] == UInt8(ascii: "_") { position += 1 }
        var groups = 0
        while position < bytes.count, bytes[position] == UInt8(ascii: ":") {
            position += 1
            let start = position
            while position < bytes.count, position - start < 2, isDigit(bytes[position]) { position += 1 }
            let group = bytes[start..<position]
            if group.isEmpty { return false }
            if group.count == 2, group[start] > UInt8(ascii: "5") {
                // "[0-5]?[0-9]": a two-digit group must start with 0-5; otherwise only one digit matches.
                position = start + 1
            }
            groups += 1
        }
        guard groups > 0 else { return false }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            while position < bytes.count, isDigit(bytes[position]) || bytes[position] == UInt8(ascii: "_") { position += 1 }
        }
        return position == bytes.count
    }

    // MARK: Timestamps

    /// True for the date and date-time forms go-yaml v2 recognises (Go layouts
    /// `2006-1-2T15:4:5.999999999Z07:00`, the same with `t`, `2006-1-2 15:4:5.999999999`, `2006-1-2`),
    /// including Go's range checks on month, day and time fields.
    static func isTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count > 4, bytes[0..<4].allSatisfy(isDigit), bytes[4] == UInt8(ascii: "-") else { return false }
        let year = bytes[0..<4].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        var position = 5
        guard let month = twoDigitNumber(bytes, &position), (1...12).contains(month),
              position < bytes.count, bytes[position] == UInt8(ascii: "-") else { return false }
        position += 1
        guard let day = twoDigitNumber(bytes, &position), day >= 1, day <= daysIn(month: month, year: year) else {
            return false
        }
        if position == bytes.count { return true }
        let separator = bytes[position]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " ") else {
            return false
        }
        position += 1
        guard let hour = twoDigitNumber(bytes, &position), hour < 24, skip(":", bytes, &position),
              let minute = twoDigitNumber(bytes, &position), minute < 60, skip(":", bytes, &position),
              let second = twoDigitNumber(bytes, &position), second < 60 else { return false }
        if position + 1 < bytes.count, bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ","),
           isDigit(bytes[position + 1]) {
            position += 1
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if separator == UInt8(ascii: " ") { return position == bytes.count }
        return isZone(bytes[position...])
    }

    /// Go's `Z07:00`: `Z`, or a sign and `hh:mm`.
    private static func isZone(_ zone: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(zone)
        if bytes == [UInt8(ascii: "Z")] { return true }
        guard bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
              bytes[3] == UInt8(ascii: ":"), isDigit(bytes[1]), isDigit(bytes[2]), isDigit(bytes[4]), isDigit(bytes[5])
        else { return false }
        return true
    }

    /// Go's `getnum(s, false)`: one or two digits.
    private static func twoDigitNumber(_ bytes: [UInt8], _ position: inout Int) -> Int? {
        guard position < bytes.count, isDigit(bytes[position]) else { return nil }
        var value = Int(bytes[position] - UInt8(ascii: "0"))
        position += 1
        if position < bytes.count, isDigit(bytes[position]) {
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        return value
    }

    private static func skip(_ character: Unicode.Scalar, _ bytes: [UInt8], _ position: inout Int) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
