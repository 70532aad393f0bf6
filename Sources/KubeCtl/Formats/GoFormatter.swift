import Foundation
import KubeCluster

/// One operand of a Go `fmt` call: a value with its Go dynamic type name, or a nil interface.
struct GoFmtArg: Equatable {
    /// The value; nil for a nil `interface{}`.
    var value: JSONValue?
    /// Go's type name (`int64`, `int`, `uint8`, `string`, `[]interface {}`, …); ignored for nil.
    var typeName: String

    static let nilValue = GoFmtArg(value: nil, typeName: "<nil>")

    /// An argument whose type is the natural Go type of a decoded JSON value.
    static func json(_ value: JSONValue) -> GoFmtArg {
        value == .null ? .nilValue : GoFmtArg(value: value, typeName: GoValueText.typeName(value))
    }

    var isString: Bool { if case .string? = value { return true } else { return false } }
}

/// Go's `fmt.Sprintf`, `Sprint` and `Sprintln` over JSON-shaped operands: verbs `v s q d x X o O b c U
/// e E f F g G t T %`, flags `# 0 + - space`, width, precision, `*` and `[n]` argument indexes, and Go's
/// error annotations (`%!d(string=x)`, `%!s(MISSING)`, `%!(EXTRA …)`, `%!(NOVERB)`).
struct GoFormatter {
    private var output = ""
    private var sharp = false, sharpV = false, plus = false, plusV = false
    private var minus = false, space = false, zero = false
    private var width: Int?
    private var precision: Int?

    static func sprintf(_ format: String, _ args: [GoFmtArg]) -> String {
        var formatter = GoFormatter()
        formatter.printf(Array(format.unicodeScalars), args)
        return formatter.output
    }

    /// `fmt.Sprint`: operands separated by a space when neither side is a string.
    static func sprint(_ args: [GoFmtArg]) -> String {
        var formatter = GoFormatter()
        for (index, arg) in args.enumerated() {
            if index > 0 && !arg.isString && !args[index - 1].isString { formatter.output += " " }
            formatter.printArg(arg, verb: "v")
        }
        return formatter.output
    }

    /// `fmt.Sprintln`: operands always separated by a space, then a newline.
    static func sprintln(_ args: [GoFmtArg]) -> String {
        var formatter = GoFormatter()
        for (index, arg) in args.enumerated() {
            if index > 0 { formatter.output += " " }
            formatter.printArg(arg, verb: "v")
        }
        return formatter.output + "\n"
    }

    // MARK: format string

    private mutating func clearFlags() {
        sharp = false; sharpV = false; plus = false; plusV = false
        minus = false; space = false; zero = false
        width = nil; precision = nil
    }

    private mutating func printf(_ format: [Unicode.Scalar], _ args: [GoFmtArg]) {
        var index = 0
        var argNum = 0
        var reordered = false
        while index < format.count {
            let literalStart = index
            while index < format.count && format[index] != "%" { index += 1 }
            output.unicodeScalars.append(contentsOf: format[literalStart..<index])
            guard index < format.count else { break }
            index += 1
            clearFlags()
            flags: while index < format.count {
                switch format[index] {
                case "#": sharp = true
                case "0": zero = !minus
                case "+": plus = true
                case "-": minus = true; zero = false
                case " ": space = true
                default: break flags
                }
                index += 1
            }
            var afterIndex = false
            (argNum, index, afterIndex) = argNumber(format, index, argNum, args.count, &reordered)
            if index < format.count && format[index] == "*" {
                index += 1
                let (value, isInt, next) = intArg(args, argNum)
                argNum = next
                if !isInt { output += "%!(BADWIDTH)" } else if value < 0 { minus = true; zero = false; width = -value }
                else { width = value }
                afterIndex = false
            } else {
                let (value, next) = parseNumber(format, index)
                if let value { width = value }
                index = next
            }
            if index + 1 < format.count && format[index] == "." {
                index += 1
                (argNum, index, afterIndex) = argNumber(format, index, argNum, args.count, &reordered)
                if index < format.count && format[index] == "*" {
                    index += 1
                    let (value, isInt, next) = intArg(args, argNum)
                    argNum = next
                    precision = value >= 0 ? value : nil
                    if !isInt { output += "%!(BADPREC)" }
                    afterIndex = false
                } else {
                    let (value, next) = parseNumber(format, index)
                    precision = value ?? 0
                    index = next
                }
            }
            if !afterIndex { (argNum, index, afterIndex) = argNumber(format, index, argNum, args.count, &reordered) }
            guard index < format.count else { output += "%!(NOVERB)"; break }
            let verb = format[index]
            index += 1
            if verb == "%" { output += "%"; continue }
            guard argNum < args.count else { output += "%!" + String(verb) + "(MISSING)"; continue }
            if verb == "v" {
                if sharp { sharp = false; sharpV = true }
                if plus { plus = false; plusV = true }
            }
            printArg(args[argNum], verb: verb)
            argNum += 1
        }
        if !reordered && argNum < args.count {
            clearFlags()
            output += "%!(EXTRA "
            for (offset, arg) in args[argNum...].enumerated() {
                if offset > 0 { output += ", " }
                if arg.value == nil { output += "<nil>"; continue }
                output += arg.typeName + "="
                printArg(arg, verb: "v")
            }
            output += ")"
        }
    }

    private func parseNumber(_ format: [Unicode.Scalar], _ start: Int) -> (Int?, Int) {
        var index = start
        var value = 0
        while index < format.count, let digit = Int(String(format[index])), format[index].isASCII {
            value = value * 10 + digit
            if value > 1_000_000 { return (nil, index) }
            index += 1
        }
        return (index == start ? nil : value, index)
    }

    private func argNumber(_ format: [Unicode.Scalar], _ index: Int, _ argNum: Int, _ count: Int,
                           _ reordered: inout Bool) -> (Int, Int, Bool) {
        guard index < format.count, format[index] == "[" else { return (argNum, index, false) }
        reordered = true
        var close = index + 1
        while close < format.count && format[close] != "]" { close += 1 }
        guard close < format.count else { return (argNum, index, false) }
        var digits = ""
        digits.unicodeScalars.append(contentsOf: format[(index + 1)..<close])
        guard let number = Int(digits), number >= 1, number <= count else {
            return (argNum, close + 1, false)
        }
        return (number - 1, close + 1, true)
    }

    private func intArg(_ args: [GoFmtArg], _ argNum: Int) -> (Int, Bool, Int) {
        guard argNum < args.count, case .int(let value)? = args[argNum].value,
              args[argNum].typeName.hasPrefix("int") || args[argNum].typeName.hasPrefix("uint") else {
            return (0, false, argNum + (argNum < args.count ? 1 : 0))
        }
        return (Int(clamping: value), true, argNum + 1)
    }

    // MARK: operands

    private mutating func printArg(_ arg: GoFmtArg, verb: Unicode.Scalar) {
        guard let value = arg.value else {
            if verb == "T" || verb == "v" { padString("<nil>") } else { badVerb(verb, arg) }
            return
        }
        if verb == "T" { padString(arg.typeName); return }
        printValue(value, typeName: arg.typeName, verb: verb, depth: 0)
    }

    private mutating func printValue(_ value: JSONValue, typeName: String, verb: Unicode.Scalar, depth: Int) {
        let arg = GoFmtArg(value: value, typeName: typeName)
        switch value {
        case .null:
            output += sharpV ? "interface {}(nil)" : "<nil>"
        case .bool(let flag):
            if verb == "t" || verb == "v" { padString(flag ? "true" : "false") } else { badVerb(verb, arg) }
        case .int(let number):
            formatInteger(number, unsigned: typeName.hasPrefix("uint"), verb: verb, arg: arg)
        case .double(let number):
            formatFloat(number, verb: verb, arg: arg)
        case .string(let text):
            formatString(text, verb: verb, arg: arg)
        case .array(let items):
            output += sharpV ? "[]interface {}{" : "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += sharpV ? ", " : " " }
                printValue(item, typeName: GoValueText.typeName(item), verb: verb, depth: depth + 1)
            }
            output += sharpV ? "}" : "]"
        case .object(let members):
            output += sharpV ? "map[string]interface {}{" : "map["
            for (index, pair) in GoValueText.sortedPairs(members).enumerated() {
                if index > 0 { output += sharpV ? ", " : " " }
                formatString(pair.key, verb: verb, arg: .json(.string(pair.key)))
                output += ":"
                printValue(pair.value, typeName: GoValueText.typeName(pair.value), verb: verb, depth: depth + 1)
            }
            output += sharpV ? "}" : "]"
        }
    }

    private mutating func badVerb(_ verb: Unicode.Scalar, _ arg: GoFmtArg) {
        output += "%!" + String(verb) + "("
        if let value = arg.value {
            output += arg.typeName + "="
            let savedSharpV = sharpV
            printValue(value, typeName: arg.typeName, verb: "v", depth: 0)
            sharpV = savedSharpV
        } else {
            output += "<nil>"
        }
        output += ")"
    }

    // MARK: padding

    private mutating func writePadding(_ count: Int) {
        guard count > 0 else { return }
        output += String(repeating: zero && !minus ? "0" : " ", count: count)
    }

    private mutating func pad(_ text: String) {
        guard let width, width > 0 else { output += text; return }
        let fill = width - text.unicodeScalars.count
        if minus { output += text; writePadding(fill) } else { writePadding(fill); output += text }
    }

    private mutating func padString(_ text: String) { pad(text) }

    // MARK: strings

    private mutating func formatString(_ text: String, verb: Unicode.Scalar, arg: GoFmtArg) {
        var truncated = text
        if let precision, precision < text.unicodeScalars.count {
            truncated = String(String.UnicodeScalarView(text.unicodeScalars.prefix(precision)))
        }
        switch verb {
        case "v": if sharpV { pad(GoValueText.quote(truncated)) } else { pad(truncated) }
        case "s": pad(truncated)
        case "q": pad(quoted(truncated))
        case "x", "X": hexString(text, uppercase: verb == "X")
        default: badVerb(verb, arg)
        }
    }

    private func quoted(_ text: String) -> String {
        if sharp && !text.contains("`") && text.unicodeScalars.allSatisfy({ $0 == "\t" || ($0.value >= 0x20 && $0 != "\u{7F}") }) {
            return "`" + text + "`"
        }
        let quoted = GoValueText.quote(text)
        guard plus else { return quoted }
        var ascii = ""
        for scalar in quoted.unicodeScalars {
            if scalar.isASCII { ascii.unicodeScalars.append(scalar); continue }
            ascii += scalar.value < 0x10000 ? "\\u" + GoValueText.hex(scalar.value, width: 4)
                : "\\U" + GoValueText.hex(scalar.value, width: 8)
        }
        return ascii
    }

    private mutating func hexString(_ text: String, uppercase: Bool) {
        var bytes = Array(text.utf8)
        if let precision, precision < bytes.count { bytes = Array(bytes.prefix(precision)) }
        guard !bytes.isEmpty else { if let width { writePadding(width) }; return }
        let prefix = uppercase ? "0X" : "0x"
        var encoded = sharp ? prefix : ""
        for (index, byte) in bytes.enumerated() {
            if space && index > 0 { encoded += " " + (sharp ? prefix : "") }
            let digits = GoValueText.hex(UInt32(byte), width: 2)
            encoded += uppercase ? digits.uppercased() : digits
        }
        let savedZero = zero
        zero = false
        pad(encoded)
        zero = savedZero
    }

    // MARK: integers

    private mutating func formatInteger(_ number: Int64, unsigned: Bool, verb: Unicode.Scalar, arg: GoFmtArg) {
        switch verb {
        case "v", "d": integer(number, base: 10, verb: verb)
        case "b": integer(number, base: 2, verb: verb)
        case "o", "O": integer(number, base: 8, verb: verb)
        case "x": integer(number, base: 16, verb: verb)
        case "X": integer(number, base: 16, verb: verb, uppercase: true)
        case "c": pad(Unicode.Scalar(UInt32(clamping: number)).map(String.init) ?? "\u{FFFD}")
        case "q":
            let scalar = Unicode.Scalar(UInt32(clamping: number)) ?? "\u{FFFD}"
            let inner = String(GoValueText.quote(String(scalar)).dropFirst().dropLast())
            pad("'" + (scalar == "'" ? "\\'" : inner.replacingOccurrences(of: "\\\"", with: "\"")) + "'")
        case "U":
            let hex = String(UInt64(bitPattern: number), radix: 16, uppercase: true)
            var text = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            if sharp, let scalar = Unicode.Scalar(UInt32(clamping: number)), GoValueText.isPrintable(scalar) {
                text += " '" + String(scalar) + "'"
            }
            pad(text)
        default: badVerb(verb, arg)
        }
    }

    private mutating func integer(_ number: Int64, base: Int, verb: Unicode.Scalar, uppercase: Bool = false) {
        let negative = number < 0
        var digits = String(number.magnitude, radix: base, uppercase: uppercase)
        if let precision {
            if precision == 0 && number == 0 {
                let savedZero = zero
                zero = false
                writePadding(width ?? 0)
                zero = savedZero
                return
            }
            if digits.count < precision { digits = String(repeating: "0", count: precision - digits.count) + digits }
        } else if zero && !minus, let width {
            let room = width - ((negative || plus || space) ? 1 : 0)
            if digits.count < room { digits = String(repeating: "0", count: room - digits.count) + digits }
        }
        if sharp {
            switch base {
            case 2: digits = "0b" + digits
            case 8: if !digits.hasPrefix("0") { digits = "0" + digits }
            case 16: digits = (uppercase ? "0X" : "0x") + digits
            default: break
            }
        }
        if verb == "O" { digits = "0o" + digits }
        if negative { digits = "-" + digits } else if plus { digits = "+" + digits } else if space { digits = " " + digits }
        let savedZero = zero
        zero = false
        pad(digits)
        zero = savedZero
    }

    // MARK: floats

    private mutating func formatFloat(_ number: Double, verb: Unicode.Scalar, arg: GoFmtArg) {
        let text: String
        switch verb {
        case "v": text = GoFloatFormat.format(number, verb: "g", precision: precision ?? -1)
        case "g", "G", "e", "E", "f", "F":
            let defaultPrecision = (verb == "g" || verb == "G") ? -1 : 6
            text = GoFloatFormat.format(number, verb: verb, precision: precision ?? defaultPrecision)
        default: badVerb(verb, arg); return
        }
        var signed = text.hasPrefix("-") || text.hasPrefix("+") ? text : "+" + text
        if space && signed.hasPrefix("+") && !plus { signed = " " + signed.dropFirst() }
        let body = String(signed.dropFirst())
        if body.hasPrefix("Inf") || body.hasPrefix("NaN") {
            let savedZero = zero
            zero = false
            pad(body == "NaN" && !space && !plus ? body : signed)
            zero = savedZero
            return
        }
        guard plus || !signed.hasPrefix("+") else { pad(body); return }
        if zero && !minus, let width, width > signed.count {
            output += String(signed.prefix(1))
            writePadding(width - signed.count)
            output += body
            return
        }
        pad(signed)
    }
}
