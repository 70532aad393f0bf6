import Foundation

/// An awk expression (the subset kubetutor supports).
indirect enum AwkExpression {
    case number(Double)
    case string(String)
    /// `/re/` on its own: matches against `$0`.
    case regex(String)
    case variable(String)
    case field(AwkExpression)
    /// `lvalue = e`, or `lvalue op= e` when `op` is set.
    case assign(AwkExpression, op: String?, AwkExpression)
    /// `++x`, `x--`: `delta` is +1/-1; `prefix` says whether the new value is the result.
    case increment(AwkExpression, delta: Double, prefix: Bool)
    case unary(String, AwkExpression)
    /// Arithmetic, comparison or `concat`.
    case binary(String, AwkExpression, AwkExpression)
    case and(AwkExpression, AwkExpression)
    case or(AwkExpression, AwkExpression)
    /// `e ~ re` / `e !~ re`.
    case match(negated: Bool, AwkExpression, AwkExpression)
    case conditional(AwkExpression, AwkExpression, AwkExpression)
    case call(String, [AwkExpression])
}

/// An awk statement.
indirect enum AwkStatement {
    case print([AwkExpression])
    case printf([AwkExpression])
    case expression(AwkExpression)
    case next
    case exit(AwkExpression?)
    case block([AwkStatement])
    case conditional(AwkExpression, AwkStatement, AwkStatement?)
    case loop(condition: AwkExpression?, body: AwkStatement, step: AwkStatement?)
}

/// One `pattern { action }` rule.
struct AwkRule {
    /// When the rule runs.
    enum Pattern {
        case begin, end, always
        case expression(AwkExpression)
    }
    var pattern: Pattern
    /// Nil means `{ print }`.
    var action: [AwkStatement]?
}

/// A syntax error in an awk program.
struct AwkSyntaxError: Error {
    var message: String
}

/// Tokens of an awk program.
enum AwkToken: Equatable {
    case number(Double)
    case string(String)
    case regex(String)
    case name(String)
    /// A name immediately followed by `(`.
    case function(String)
    case symbol(String)
    case newline
}

/// Splits awk program text into tokens (deciding `/` between division and regex by context).
enum AwkLexer {
    private static let symbols = ["+=", "-=", "*=", "/=", "%=", "^=", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "!~",
                                  "{", "}", "(", ")", ";", ",", "+", "-", "*", "/", "%", "^", "!", "<", ">", "~", "?", ":", "=", "$"]

    static func tokenize(_ source: String) throws -> [AwkToken] {
        let characters = Array(source)
        var tokens: [AwkToken] = []
        var index = 0
        func previousIsOperand() -> Bool {
            switch tokens.last {
            case .number?, .string?, .name?, .regex?: return true
            case .symbol(let symbol)?: return symbol == ")"
            default: return false
            }
        }
        while index < characters.count {
            let character = characters[index]
            if character == " " || character == "\t" { index += 1; continue }
            if character == "\\", index + 1 < characters.count, characters[index + 1] == "\n" { index += 2; continue }
            if character == "\n" { tokens.append(.newline); index += 1; continue }
            if character == "#" {
                while index < characters.count, characters[index] != "\n" { index += 1 }
                continue
            }
            if character == "\"" {
                index += 1
                var raw = ""
                while index < characters.count, characters[index] != "\"" {
                    if characters[index] == "\\", index + 1 < characters.count {
                        raw.append(characters[index])
                        index += 1
                    }
                    raw.append(characters[index])
                    index += 1
                }
                guard index < characters.count else { throw AwkSyntaxError(message: "unterminated string") }
                index += 1
                tokens.append(.string(ShellEscapes.decode(raw, style: .printf).text))
                continue
            }
            if character == "/" && !previousIsOperand() {
                index += 1
                var pattern = ""
                while index < characters.count, characters[index] != "/" {
                    if characters[index] == "\\", index + 1 < characters.count, characters[index + 1] == "/" { index += 1 }
                    else if characters[index] == "\\", index + 1 < characters.count {
                        pattern.append(characters[index])
                        index += 1
                    }
                    pattern.append(characters[index])
                    index += 1
                }
                guard index < characters.count else { throw AwkSyntaxError(message: "unterminated regexp") }
                index += 1
                tokens.append(.regex(pattern))
                continue
            }
            if character.isNumber || (character == "." && index + 1 < characters.count && characters[index + 1].isNumber) {
                var text = ""
                while index < characters.count, characters[index].isNumber || characters[index] == "." { text.append(characters[index]); index += 1 }
                tokens.append(.number(Double(text) ?? 0))
                continue
            }
            if character.isLetter || character == "_" {
                var name = ""
                while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
                    name.append(characters[index])
                    index += 1
                }
                tokens.append(index < characters.count && characters[index] == "(" ? .function(name) : .name(name))
                continue
            }
            guard let symbol = symbols.first(where: { characters[index...].starts(with: Array($0)) }) else {
                throw AwkSyntaxError(message: "invalid char '\(character)' in expression")
            }
            tokens.append(.symbol(symbol))
            index += symbol.count
        }
        return tokens
    }
}
