import Foundation

/// Recursive-descent parser for the awk subset: rules, statements and expressions.
struct AwkParser {
    private let tokens: [AwkToken]
    private var position = 0
    /// Inside `print` arguments a bare `>` would be output redirection, which is not supported.
    private var inPrint = false
    private var depth = 0

    /// Parses a whole program.
    static func parse(_ source: String) throws -> [AwkRule] {
        var parser = AwkParser(tokens: try AwkLexer.tokenize(source))
        return try parser.program()
    }

    private init(tokens: [AwkToken]) { self.tokens = tokens }

    private var current: AwkToken? { position < tokens.count ? tokens[position] : nil }

    private func isSymbol(_ symbol: String) -> Bool { current == .symbol(symbol) }

    private mutating func expect(_ symbol: String) throws {
        guard isSymbol(symbol) else { throw syntaxError() }
        position += 1
    }

    private func syntaxError() -> AwkSyntaxError {
        switch current {
        case nil: return AwkSyntaxError(message: "syntax error: unexpected end of program")
        case .newline?: return AwkSyntaxError(message: "syntax error: unexpected newline")
        case .symbol(let symbol)?: return AwkSyntaxError(message: "syntax error at '\(symbol)'")
        case .name(let name)?, .function(let name)?: return AwkSyntaxError(message: "syntax error at '\(name)'")
        default: return AwkSyntaxError(message: "syntax error")
        }
    }

    private mutating func skipTerminators() {
        while current == .newline || isSymbol(";") { position += 1 }
    }

    private mutating func skipNewlines() {
        while current == .newline { position += 1 }
    }

    private mutating func program() throws -> [AwkRule] {
        var rules: [AwkRule] = []
        skipTerminators()
        while current != nil {
            let pattern: AwkRule.Pattern
            switch current {
            case .name("BEGIN")?: position += 1; pattern = .begin
            case .name("END")?: position += 1; pattern = .end
            case .symbol("{")?: pattern = .always
            default: pattern = .expression(try expression())
            }
            if isSymbol("{") {
                rules.append(AwkRule(pattern: pattern, action: try block()))
            } else {
                if case .begin = pattern { throw syntaxError() }
                if case .end = pattern { throw syntaxError() }
                rules.append(AwkRule(pattern: pattern, action: nil))
            }
            skipTerminators()
        }
        return rules
    }

    private mutating func block() throws -> [AwkStatement] {
        try expect("{")
        depth += 1
        defer { depth -= 1 }
        guard depth < 64 else { throw AwkSyntaxError(message: "program nested too deeply") }
        var statements: [AwkStatement] = []
        skipTerminators()
        while !isSymbol("}") {
            guard current != nil else { throw syntaxError() }
            statements.append(try statement())
            skipTerminators()
        }
        position += 1
        return statements
    }

    private mutating func simpleEnd() throws {
        guard current == nil || current == .newline || isSymbol(";") || isSymbol("}") else { throw syntaxError() }
    }

    private mutating func statement() throws -> AwkStatement {
        switch current {
        case .symbol("{")?: return .block(try block())
        case .name("print")?, .function("print")?:
            position += 1
            let arguments = try printArguments()
            try simpleEnd()
            return .print(arguments)
        case .name("printf")?, .function("printf")?:
            position += 1
            let arguments = try printArguments()
            guard !arguments.isEmpty else { throw syntaxError() }
            try simpleEnd()
            return .printf(arguments)
        case .name("next")?:
            position += 1
            return .next
        case .name("exit")?:
            position += 1
            let code = current == nil || current == .newline || isSymbol(";") || isSymbol("}") ? nil : try expression()
            return .exit(code)
        case .function("if")?, .name("if")?:
            position += 1
            try expect("(")
            let condition = try expression()
            try expect(")")
            skipNewlines()
            let then = try statement()
            let save = position
            skipTerminators()
            if current == .name("else") {
                position += 1
                skipNewlines()
                return .conditional(condition, then, try statement())
            }
            position = save
            return .conditional(condition, then, nil)
        case .function("while")?, .name("while")?:
            position += 1
            try expect("(")
            let condition = try expression()
            try expect(")")
            skipNewlines()
            return .loop(condition: condition, body: try statement(), step: nil)
        case .function("for")?, .name("for")?:
            return try forStatement()
        case .symbol(";")?:
            return .block([])
        default:
            let expression = try expression()
            try simpleEnd()
            return .expression(expression)
        }
    }

    private mutating func forStatement() throws -> AwkStatement {
        position += 1
        try expect("(")
        let initial = isSymbol(";") ? nil : AwkStatement.expression(try expression())
        try expect(";")
        let condition = isSymbol(";") ? nil : try expression()
        try expect(";")
        let step = isSymbol(")") ? nil : AwkStatement.expression(try expression())
        try expect(")")
        skipNewlines()
        let loop = AwkStatement.loop(condition: condition, body: try statement(), step: step)
        return .block((initial.map { [$0] } ?? []) + [loop])
    }

    private mutating func printArguments() throws -> [AwkExpression] {
        inPrint = true
        defer { inPrint = false }
        var arguments: [AwkExpression] = []
        if current == nil || current == .newline || isSymbol(";") || isSymbol("}") { return arguments }
        arguments.append(try expression())
        while isSymbol(",") {
            position += 1
            skipNewlines()
            arguments.append(try expression())
        }
        if arguments.count == 1, case .call("(group)", let items) = arguments[0] {
            arguments = items
        }
        if isSymbol(">") || isSymbol("|") {
            throw AwkSyntaxError(message: "output redirection in print is not supported in kubetutor's awk")
        }
        return arguments
    }

    // MARK: Expressions, lowest precedence first

    mutating func expression() throws -> AwkExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else { throw AwkSyntaxError(message: "expression nested too deeply") }
        return try ternary()
    }

    private mutating func ternary() throws -> AwkExpression {
        let condition = try logicalOr()
        if isSymbol("?") {
            position += 1
            let yes = try ternary()
            try expect(":")
            return .conditional(condition, yes, try ternary())
        }
        if case .symbol(let symbol)? = current, ["=", "+=", "-=", "*=", "/=", "%=", "^="].contains(symbol) {
            guard isLValue(condition) else { throw syntaxError() }
            position += 1
            let value = try ternary()
            return .assign(condition, op: symbol == "=" ? nil : String(symbol.dropLast()), value)
        }
        return condition
    }

    private func isLValue(_ expression: AwkExpression) -> Bool {
        switch expression {
        case .variable, .field: return true
        default: return false
        }
    }

    private mutating func logicalOr() throws -> AwkExpression {
        var left = try logicalAnd()
        while isSymbol("||") {
            position += 1
            skipNewlines()
            left = .or(left, try logicalAnd())
        }
        return left
    }

    private mutating func logicalAnd() throws -> AwkExpression {
        var left = try matching()
        while isSymbol("&&") {
            position += 1
            skipNewlines()
            left = .and(left, try matching())
        }
        return left
    }

    private mutating func matching() throws -> AwkExpression {
        var left = try comparison()
        while isSymbol("~") || isSymbol("!~") {
            let negated = isSymbol("!~")
            position += 1
            left = .match(negated: negated, left, try comparison())
        }
        return left
    }

    private mutating func comparison() throws -> AwkExpression {
        let left = try concatenation()
        guard case .symbol(let symbol)? = current, ["<", "<=", ">", ">=", "==", "!="].contains(symbol) else { return left }
        if symbol == ">" && inPrint { return left }
        position += 1
        return .binary(symbol, left, try concatenation())
    }

    private func startsOperand(_ token: AwkToken?) -> Bool {
        switch token {
        case .number?, .string?, .regex?, .function?: return true
        case .name(let name)?: return !["in", "getline", "else"].contains(name)
        case .symbol(let symbol)?: return ["$", "(", "++", "--"].contains(symbol)
        default: return false
        }
    }

    private mutating func concatenation() throws -> AwkExpression {
        var left = try additive()
        while startsOperand(current) {
            left = .binary("concat", left, try additive())
        }
        return left
    }

    private mutating func additive() throws -> AwkExpression {
        var left = try multiplicative()
        while case .symbol(let symbol)? = current, symbol == "+" || symbol == "-" {
            position += 1
            left = .binary(symbol, left, try multiplicative())
        }
        return left
    }

    private mutating func multiplicative() throws -> AwkExpression {
        var left = try unary()
        while case .symbol(let symbol)? = current, ["*", "/", "%"].contains(symbol) {
            position += 1
            left = .binary(symbol, left, try unary())
        }
        return left
    }

    private mutating func unary() throws -> AwkExpression {
        if case .symbol(let symbol)? = current, ["!", "-", "+"].contains(symbol) {
            position += 1
            return .unary(symbol, try unary())
        }
        return try power()
    }

    private mutating func power() throws -> AwkExpression {
        let base = try postfix()
        if isSymbol("^") {
            position += 1
            return .binary("^", base, try unary())
        }
        return base
    }

    private mutating func postfix() throws -> AwkExpression {
        if case .symbol(let symbol)? = current, symbol == "++" || symbol == "--" {
            position += 1
            let target = try primary()
            guard isLValue(target) else { throw syntaxError() }
            return .increment(target, delta: symbol == "++" ? 1 : -1, prefix: true)
        }
        let value = try primary()
        if isLValue(value), case .symbol(let symbol)? = current, symbol == "++" || symbol == "--" {
            position += 1
            return .increment(value, delta: symbol == "++" ? 1 : -1, prefix: false)
        }
        return value
    }

    private mutating func primary() throws -> AwkExpression {
        guard let token = current else { throw syntaxError() }
        position += 1
        switch token {
        case .number(let value): return .number(value)
        case .string(let value): return .string(value)
        case .regex(let pattern): return .regex(pattern)
        case .name(let name): return .variable(name)
        case .function(let name):
            try expect("(")
            var arguments: [AwkExpression] = []
            if !isSymbol(")") {
                arguments.append(try expression())
                while isSymbol(",") {
                    position += 1
                    arguments.append(try expression())
                }
            }
            try expect(")")
            return .call(name, arguments)
        case .symbol("$"):
            return .field(try postfixlessPrimary())
        case .symbol("("):
            let savedPrint = inPrint
            inPrint = false
            defer { inPrint = savedPrint }
            var items = [try expression()]
            while isSymbol(",") {
                position += 1
                items.append(try expression())
            }
            try expect(")")
            if items.count == 1 { return items[0] }
            guard savedPrint else { throw syntaxError() }
            return .call("(group)", items)
        default:
            position -= 1
            throw syntaxError()
        }
    }

    /// The operand of `$`: a primary, or `$NF`-style names, without postfix operators.
    private mutating func postfixlessPrimary() throws -> AwkExpression {
        if case .symbol(let symbol)? = current, symbol == "-" || symbol == "+" {
            position += 1
            return .unary(symbol, try primary())
        }
        return try primary()
    }
}
