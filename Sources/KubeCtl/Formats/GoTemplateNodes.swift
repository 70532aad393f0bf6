import Foundation

/// A number literal of a Go template, with the interpretations Go's `parse.NumberNode` records.
struct TemplateNumber: Equatable {
    var text: String
    var isInt = false
    var isUint = false
    var isFloat = false
    var int64: Int64 = 0
    var uint64: UInt64 = 0
    var float64: Double = 0

    /// Go's `newNumber`; nil with Go's message when the literal is not a number.
    static func parse(_ text: String, isChar: Bool) -> Result<TemplateNumber, TemplateParseError> {
        var number = TemplateNumber(text: text)
        if isChar {
            guard let value = GoStringLiteral.characterValue(text) else {
                return .failure(TemplateParseError(message: "malformed character constant: \(text)"))
            }
            number.isInt = true; number.isUint = true; number.isFloat = true
            number.int64 = Int64(value); number.uint64 = UInt64(value); number.float64 = Double(value)
            return .success(number)
        }
        if let (negative, magnitude) = goParseInteger(text, allowSign: false), !negative {
            number.isUint = true
            number.uint64 = magnitude
        }
        if let (negative, magnitude) = goParseInteger(text, allowSign: true) {
            if !negative && magnitude <= UInt64(Int64.max) {
                number.isInt = true
                number.int64 = Int64(magnitude)
            } else if negative && magnitude <= UInt64(Int64.max) + 1 {
                number.isInt = true
                number.int64 = magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
            }
            if number.isInt && number.int64 == 0 { number.isUint = true; number.uint64 = 0 }
        }
        if number.isInt {
            number.isFloat = true
            number.float64 = Double(number.int64)
        } else if number.isUint {
            number.isFloat = true
            number.float64 = Double(number.uint64)
        } else if let float = Double(text.replacingOccurrences(of: "_", with: "")), !text.hasPrefix("0x") {
            guard text.contains(where: { ".eEpP".contains($0) }) else {
                return .failure(TemplateParseError(message: "integer overflow: " + GoValueText.quote(text)))
            }
            number.isFloat = true
            number.float64 = float
            if let exact = Int64(exactly: float) { number.isInt = true; number.int64 = exact }
            if let exact = UInt64(exactly: float) { number.isUint = true; number.uint64 = exact }
        }
        guard number.isInt || number.isUint || number.isFloat else {
            return .failure(TemplateParseError(message: "illegal number syntax: " + GoValueText.quote(text)))
        }
        return .success(number)
    }

    /// `strconv.ParseInt(text, 0, 64)` syntax (0x, 0o, 0b, leading-0 octal, underscores): sign and
    /// magnitude, nil on bad syntax or a magnitude beyond 64 bits.
    private static func goParseInteger(_ text: String, allowSign: Bool) -> (Bool, UInt64)? {
        var body = Substring(text)
        var negative = false
        if let first = body.first, first == "+" || first == "-" {
            guard allowSign else { return nil }
            negative = first == "-"
            body = body.dropFirst()
        }
        var radix = 10
        let lower = body.lowercased()
        if lower.hasPrefix("0x") { radix = 16; body = body.dropFirst(2) }
        else if lower.hasPrefix("0o") { radix = 8; body = body.dropFirst(2) }
        else if lower.hasPrefix("0b") { radix = 2; body = body.dropFirst(2) }
        else if body.count > 1 && body.hasPrefix("0") { radix = 8; body = body.dropFirst() }
        let digits = body.replacingOccurrences(of: "_", with: "")
        guard !digits.isEmpty, !body.hasSuffix("_"), !body.contains("__"), radix != 10 || !body.hasPrefix("_") else {
            return nil
        }
        var value: UInt64 = 0
        for character in digits {
            guard let digit = character.hexDigitValue, digit < radix else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: UInt64(radix))
            let (sum, carry) = shifted.addingReportingOverflow(UInt64(digit))
            guard !overflow && !carry else { return nil }
            value = sum
        }
        return (negative, value)
    }
}

/// A parse-tree node of a Go template argument or command word.
indirect enum TemplateArg: Equatable {
    case field(pos: Int, idents: [String])
    case chain(pos: Int, node: TemplateArg, fields: [String])
    case identifier(pos: Int, name: String)
    case dot(pos: Int)
    case nilValue(pos: Int)
    case variable(pos: Int, idents: [String])
    case bool(pos: Int, value: Bool)
    case number(pos: Int, value: TemplateNumber)
    case string(pos: Int, quoted: String, text: String)
    case pipe(TemplatePipe)

    /// The byte offset of the node in the template text.
    var pos: Int {
        switch self {
        case .field(let pos, _), .chain(let pos, _, _), .identifier(let pos, _), .dot(let pos),
             .nilValue(let pos), .variable(let pos, _), .bool(let pos, _), .number(let pos, _),
             .string(let pos, _, _):
            return pos
        case .pipe(let pipe): return pipe.pos
        }
    }

    /// Go's `Node.String()` for the node.
    var goString: String {
        switch self {
        case .field(_, let idents): return idents.map { "." + $0 }.joined()
        case .chain(_, let node, let fields):
            let head: String
            if case .pipe = node { head = "(" + node.goString + ")" } else { head = node.goString }
            return head + fields.map { "." + $0 }.joined()
        case .identifier(_, let name): return name
        case .dot: return "."
        case .nilValue: return "nil"
        case .variable(_, let idents): return idents.joined(separator: ".")
        case .bool(_, let value): return value ? "true" : "false"
        case .number(_, let number): return number.text
        case .string(_, let quoted, _): return quoted
        case .pipe(let pipe): return pipe.goString
        }
    }
}

/// A command: a function or value followed by its arguments.
struct TemplateCommand: Equatable {
    var pos: Int
    var args: [TemplateArg]

    var goString: String {
        args.map { arg in
            if case .pipe = arg { return "(" + arg.goString + ")" }
            return arg.goString
        }.joined(separator: " ")
    }
}

/// A pipeline, optionally declaring or assigning variables.
struct TemplatePipe: Equatable {
    var pos: Int
    var line: Int
    var isAssign = false
    var decls: [TemplateArg] = []
    var commands: [TemplateCommand] = []

    var goString: String {
        var text = ""
        if !decls.isEmpty {
            text = decls.map(\.goString).joined(separator: ", ") + (isAssign ? " = " : " := ")
        }
        return text + commands.map(\.goString).joined(separator: " | ")
    }
}

/// A statement of a parsed Go template.
indirect enum TemplateNode: Equatable {
    case text(String)
    case action(pos: Int, pipe: TemplatePipe)
    case ifNode(pipe: TemplatePipe, list: [TemplateNode], elseList: [TemplateNode]?)
    case rangeNode(pos: Int, pipe: TemplatePipe, list: [TemplateNode], elseList: [TemplateNode]?)
    case with(pipe: TemplatePipe, list: [TemplateNode], elseList: [TemplateNode]?)
    case template(pos: Int, name: String, pipe: TemplatePipe?)
    case breakLoop
    case continueLoop

    /// Go's `String()` for the nodes that can appear in execution errors.
    var goString: String {
        switch self {
        case .action(_, let pipe): return "{{" + pipe.goString + "}}"
        case .template(_, let name, let pipe):
            return "{{template " + GoValueText.quote(name) + (pipe.map { " " + $0.goString } ?? "") + "}}"
        default: return ""
        }
    }
}

/// A template syntax error; `message` is Go's text ("template: output:1: unexpected EOF").
public struct TemplateParseError: Error, Equatable {
    /// The full Go error text.
    public let message: String
}
