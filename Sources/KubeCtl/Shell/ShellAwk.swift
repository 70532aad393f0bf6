import Foundation

/// An awk value: a number, a string, or input text that compares as a number when it looks like one.
enum AwkValue {
    case number(Double)
    case string(String)
    case input(String)
    /// An unset variable or missing field: both "" and 0.
    case uninitialized

    var text: String {
        switch self {
        case .uninitialized: return ""
        case .number(let value): return AwkValue.format(value)
        case .string(let text), .input(let text): return text
        }
    }

    var number: Double {
        switch self {
        case .uninitialized: return 0
        case .number(let value): return value
        case .string(let text), .input(let text): return AwkValue.leadingNumber(text)
        }
    }

    /// True when comparisons should treat the value as a number.
    var isNumeric: Bool {
        switch self {
        case .number, .uninitialized: return true
        case .string: return false
        case .input(let text): return Double(text.trimmingCharacters(in: .whitespaces)) != nil
        }
    }

    var isTrue: Bool {
        switch self {
        case .uninitialized: return false
        case .number(let value): return value != 0
        case .string(let text): return !text.isEmpty
        case .input(let text): return isNumeric ? number != 0 : !text.isEmpty
        }
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e16 { return String(ShellPrintf.clampedInteger(value)) }
        return String(format: "%.6g", value)
    }

    static func leadingNumber(_ text: String) -> Double {
        var prefix = ""
        for character in text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            let allowed = character.isASCII && (character.isNumber || character == "." || character == "e" || character == "E"
                || ((character == "-" || character == "+") && (prefix.isEmpty || prefix.last == "e" || prefix.last == "E")))
            guard allowed else { break }
            prefix.append(character)
        }
        while !prefix.isEmpty, Double(prefix) == nil { prefix.removeLast() }
        return Double(prefix) ?? 0
    }
}

/// Non-local control flow inside awk actions.
private enum AwkControl: Error {
    case next
    case exit(Int32)
    case failure(String)
}

/// `awk [-F sep] [-v name=value] 'program' [file…]`: a subset of POSIX awk.
final class ShellAwk {
    private static let stepLimit = 5_000_000
    private var variables: [String: AwkValue] = ["FS": .string(" "), "OFS": .string(" "), "ORS": .string("\n"), "NR": .number(0)]
    private var fields: [String] = []
    private var record = ""
    private var steps = 0
    private var regexCache: [String: NSRegularExpression] = [:]
    private let output: ShellCapture
    private let maximumWidth: Int

    private init(limit: Int, maximumWidth: Int) {
        output = ShellCapture(limit: limit)
        self.maximumWidth = maximumWidth
    }

    /// Runs the awk builtin.
    static func run(_ call: ShellBuiltinInvocation) -> Int32 {
        let awk = ShellAwk(limit: call.shell.limits.maximumCaptureLength, maximumWidth: call.shell.limits.maximumFieldWidth)
        let parser = ShellOptionParser(flags: [], valued: ["F", "v", "f"], long: ["field-separator": ("F", true), "assign": ("v", true)])
        let parsed: (options: [(Character, String?)], operands: [String])
        do { parsed = try parser.parse(call.arguments) } catch let failure as ShellOptionError {
            return call.optionFailure(failure, usage: "usage: awk [-F fs][-v var=value][prog | -f progfile][file ...]", status: 2)
        } catch { return 2 }
        for (flag, value) in parsed.options {
            let value = value ?? ""
            if flag == "F" { awk.variables["FS"] = .string(value == "t" ? "\t" : ShellEscapes.decode(value, style: .printf).text) }
            if flag == "v", let equals = value.firstIndex(of: "=") {
                awk.variables[String(value[..<equals])] = .input(ShellEscapes.decode(String(value[value.index(after: equals)...]), style: .printf).text)
            }
            if flag == "f" {
                call.error("awk: -f progfile is not supported in kubetutor's awk")
                return 2
            }
        }
        guard let source = parsed.operands.first else {
            call.error("usage: awk [-F fs][-v var=value][prog | -f progfile][file ...]")
            return 2
        }
        let rules: [AwkRule]
        do { rules = try AwkParser.parse(source) } catch let failure as AwkSyntaxError {
            call.error("awk: cmd. line:1: \(failure.message)")
            return 1
        } catch { return 1 }
        let (inputs, failed) = call.readInputs(Array(parsed.operands.dropFirst()))
        let status = awk.execute(rules, inputs: inputs.map(\.text), call: call)
        call.out(awk.output.text)
        return failed && status == 0 ? 2 : status
    }

    private func execute(_ rules: [AwkRule], inputs: [String], call: ShellBuiltinInvocation) -> Int32 {
        do {
            do {
                for rule in rules { if case .begin = rule.pattern { try perform(rule) } }
                let main = rules.filter { if case .begin = $0.pattern { return false } else { return true } }
                if !main.isEmpty {
                    for line in inputs.flatMap(ShellLines.split) {
                        variables["NR"] = .number((variables["NR"]?.number ?? 0) + 1)
                        setRecord(line)
                        do {
                            for rule in main where try matches(rule) { try perform(rule) }
                        } catch AwkControl.next { continue }
                    }
                }
            } catch AwkControl.exit(let code) {
                for rule in rules { if case .end = rule.pattern { try perform(rule) } }
                return code
            }
            for rule in rules { if case .end = rule.pattern { try perform(rule) } }
            return 0
        } catch AwkControl.exit(let code) {
            return code
        } catch AwkControl.failure(let message) {
            call.error("awk: \(message)")
            return 2
        } catch let failure as AwkSyntaxError {
            call.error("awk: \(failure.message)")
            return 2
        } catch {
            return 2
        }
    }

    private func matches(_ rule: AwkRule) throws -> Bool {
        switch rule.pattern {
        case .begin, .end: return false
        case .always: return true
        case .expression(let expression): return try evaluate(expression).isTrue
        }
    }

    private func perform(_ rule: AwkRule) throws {
        guard let action = rule.action else {
            emit(record + (variables["ORS"]?.text ?? "\n"))
            return
        }
        for statement in action { try run(statement) }
    }

    private func emit(_ text: String) { output.append(text) }

    private func tick() throws {
        steps += 1
        if steps > ShellAwk.stepLimit || output.truncated {
            throw AwkControl.failure("program stopped: it ran longer than kubetutor allows")
        }
    }

    // MARK: Records and fields

    private func setRecord(_ line: String) {
        record = line
        fields = split(line, separator: variables["FS"]?.text ?? " ")
    }

    private func split(_ text: String, separator: String) -> [String] {
        if separator == " " { return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init) }
        if text.isEmpty { return [] }
        if separator.count == 1, let character = separator.first, character != "\\" {
            return text.split(separator: character, omittingEmptySubsequences: false).map(String.init)
        }
        guard let regex = try? regex(separator) else { return [text] }
        var pieces: [String] = []
        var start = text.startIndex
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text), !range.isEmpty else { continue }
            pieces.append(String(text[start..<range.lowerBound]))
            start = range.upperBound
        }
        pieces.append(String(text[start...]))
        return pieces
    }

    private func rebuildRecord() {
        record = fields.joined(separator: variables["OFS"]?.text ?? " ")
    }

    private func field(_ index: Int) -> AwkValue {
        if index == 0 { return .input(record) }
        return index > 0 && index <= fields.count ? .input(fields[index - 1]) : .uninitialized
    }

    private func setField(_ index: Int, _ value: String) throws {
        guard index >= 0, index <= 100_000 else { throw AwkControl.failure("trying to access out of range field \(index)") }
        if index == 0 {
            setRecord(value)
            return
        }
        while fields.count < index { fields.append("") }
        fields[index - 1] = value
        rebuildRecord()
    }

    func regex(_ pattern: String) throws -> NSRegularExpression {
        if let cached = regexCache[pattern] { return cached }
        do {
            let compiled = try NSRegularExpression(pattern: try ShellRegex.icuPattern(pattern, dialect: .extended))
            regexCache[pattern] = compiled
            return compiled
        } catch {
            throw AwkControl.failure("invalid regular expression /\(pattern)/")
        }
    }

    // MARK: Statements

    private func run(_ statement: AwkStatement) throws {
        try tick()
        switch statement {
        case .print(let arguments):
            let values = try arguments.isEmpty ? [record] : arguments.map { try evaluate($0).text }
            emit(values.joined(separator: variables["OFS"]?.text ?? " ") + (variables["ORS"]?.text ?? "\n"))
        case .printf(let arguments):
            let values = try arguments.map { try evaluate($0).text }
            guard let format = values.first else { return }
            emit(ShellPrintf.render(format, Array(values.dropFirst()), maximumWidth: maximumWidth, lenient: true).text)
        case .expression(let expression):
            _ = try evaluate(expression)
        case .next:
            throw AwkControl.next
        case .exit(let code):
            throw AwkControl.exit(Int32(truncatingIfNeeded: ShellPrintf.clampedInteger(try code.map { try evaluate($0).number } ?? 0)))
        case .block(let statements):
            for inner in statements { try run(inner) }
        case .conditional(let condition, let then, let otherwise):
            if try evaluate(condition).isTrue { try run(then) } else if let otherwise { try run(otherwise) }
        case .loop(let condition, let body, let step):
            while try condition.map({ try evaluate($0).isTrue }) ?? true {
                try tick()
                try run(body)
                if let step { try run(step) }
            }
        }
    }

    // MARK: Expressions

    func evaluate(_ expression: AwkExpression) throws -> AwkValue {
        switch expression {
        case .number(let value): return .number(value)
        case .string(let text): return .string(text)
        case .regex(let pattern): return .number(try matches(record, pattern) ? 1 : 0)
        case .variable(let name):
            if name == "NF" { return .number(Double(fields.count)) }
            return variables[name] ?? .uninitialized
        case .field(let index):
            return field(Int(ShellPrintf.clampedInteger(try evaluate(index).number)))
        case .assign(let target, let op, let valueExpression):
            var value = try evaluate(valueExpression)
            if let op { value = .number(arithmetic(op, try evaluate(target).number, value.number)) }
            try store(value, into: target)
            return value
        case .increment(let target, let delta, let prefix):
            let old = try evaluate(target).number
            try store(.number(old + delta), into: target)
            return .number(prefix ? old + delta : old)
        case .unary(let op, let operand):
            let value = try evaluate(operand)
            switch op {
            case "!": return .number(value.isTrue ? 0 : 1)
            case "-": return .number(-value.number)
            default: return .number(value.number)
            }
        case .binary(let op, let left, let right):
            return try binary(op, try evaluate(left), try evaluate(right))
        case .and(let left, let right):
            return .number(try evaluate(left).isTrue && evaluate(right).isTrue ? 1 : 0)
        case .or(let left, let right):
            return .number(try evaluate(left).isTrue || evaluate(right).isTrue ? 1 : 0)
        case .match(let negated, let subject, let pattern):
            let text = try evaluate(subject).text
            let regexText: String
            if case .regex(let literal) = pattern { regexText = literal } else { regexText = try evaluate(pattern).text }
            return .number(try matches(text, regexText) != negated ? 1 : 0)
        case .conditional(let condition, let yes, let no):
            return try evaluate(condition).isTrue ? evaluate(yes) : evaluate(no)
        case .call(let name, let arguments):
            return try ShellAwkFunctions.call(name, arguments, awk: self)
        }
    }

    func matches(_ text: String, _ pattern: String) throws -> Bool {
        try regex(pattern).firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Stores into a variable or field.
    func store(_ value: AwkValue, into target: AwkExpression) throws {
        switch target {
        case .variable("NF"):
            let count = max(0, min(100_000, Int(ShellPrintf.clampedInteger(value.number))))
            fields = Array(fields.prefix(count)) + Array(repeating: "", count: max(0, count - fields.count))
            rebuildRecord()
        case .variable(let name):
            guard value.text.count <= 1 << 20 else { throw AwkControl.failure("string too long") }
            variables[name] = value
        case .field(let index):
            try setField(Int(ShellPrintf.clampedInteger(try evaluate(index).number)), value.text)
        default:
            throw AwkControl.failure("assignment to a non-variable")
        }
    }

    private func arithmetic(_ op: String, _ left: Double, _ right: Double) -> Double {
        switch op {
        case "+": return left + right
        case "-": return left - right
        case "*": return left * right
        case "/": return right == 0 ? .nan : left / right
        case "%": return right == 0 ? .nan : left.truncatingRemainder(dividingBy: right)
        default: return pow(left, right)
        }
    }

    private func binary(_ op: String, _ left: AwkValue, _ right: AwkValue) throws -> AwkValue {
        switch op {
        case "concat":
            let text = left.text + right.text
            guard text.count <= 1 << 20 else { throw AwkControl.failure("string too long") }
            return .string(text)
        case "+", "-", "*", "^":
            return .number(arithmetic(op, left.number, right.number))
        case "/", "%":
            guard right.number != 0 else { throw AwkControl.failure("division by zero") }
            return .number(arithmetic(op, left.number, right.number))
        default:
            let order: Int
            if left.isNumeric && right.isNumeric {
                order = left.number < right.number ? -1 : left.number > right.number ? 1 : 0
            } else {
                order = left.text == right.text ? 0 : (Array(left.text.utf8).lexicographicallyPrecedes(Array(right.text.utf8)) ? -1 : 1)
            }
            let result: Bool
            switch op {
            case "<": result = order < 0
            case "<=": result = order <= 0
            case ">": result = order > 0
            case ">=": result = order >= 0
            case "==": result = order == 0
            default: result = order != 0
            }
            return .number(result ? 1 : 0)
        }
    }

    /// The current record, for functions that default to `$0`.
    var currentRecord: String { record }
    /// The printf width limit.
    var fieldWidthLimit: Int { maximumWidth }
}
