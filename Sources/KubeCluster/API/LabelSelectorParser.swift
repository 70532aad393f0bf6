/// The lexer and recursive-descent parser of upstream `labels.Parse`, reproduced token for token
/// so that every error message matches kubectl's.
enum LabelSelectorParser {
    /// The kinds of token the lexer produces.
    enum Token: Equatable {
        case error, endOfString, closedParenthesis, comma, doesNotExist, doubleEquals, equals
        case greaterThan, identifier, `in`, lessThan, notEquals, notIn, openParenthesis
    }

    /// A token and the text it was read from.
    struct ScannedItem: Equatable {
        var token: Token
        var literal: String
    }

    /// Whether `in` / `notin` are keywords (operator position) or plain identifiers (values).
    enum Context {
        case keyAndOperator, values
    }

    static let keywords: [String: Token] = [
        ")": .closedParenthesis, ",": .comma, "!": .doesNotExist, "==": .doubleEquals, "=": .equals,
        ">": .greaterThan, "in": .in, "<": .lessThan, "!=": .notEquals, "notin": .notIn, "(": .openParenthesis,
    ]

    /// Parses a whole selector into requirements sorted by key.
    static func parse(_ text: String) throws -> [LabelRequirement] {
        var parser = Parser(items: scan(text))
        return try parser.parseSelector()
    }

    /// Splits the text into tokens, ending with `endOfString`.
    static func scan(_ text: String) -> [ScannedItem] {
        var lexer = Lexer(bytes: Array(text.utf8))
        var items: [ScannedItem] = []
        while true {
            let item = lexer.lex()
            items.append(item)
            if item.token == .endOfString { return items }
        }
    }

    /// Upstream's byte lexer; a NUL byte reads like the end of the input, as upstream.
    struct Lexer {
        let bytes: [UInt8]
        var position = 0

        mutating func read() -> UInt8 {
            guard position < bytes.count else { return 0 }
            defer { position += 1 }
            return bytes[position]
        }

        mutating func unread() { position -= 1 }

        static func isWhitespace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
        }

        static func isSpecial(_ byte: UInt8) -> Bool {
            "=!(),><".utf8.contains(byte)
        }

        mutating func lex() -> ScannedItem {
            var byte = read()
            while Self.isWhitespace(byte) { byte = read() }
            if byte == 0 { return ScannedItem(token: .endOfString, literal: "") }
            unread()
            return Self.isSpecial(byte) ? scanSpecialSymbol() : scanIdentifierOrKeyword()
        }

        mutating func scanIdentifierOrKeyword() -> ScannedItem {
            var buffer: [UInt8] = []
            while true {
                let byte = read()
                if byte == 0 { break }
                if Self.isSpecial(byte) || Self.isWhitespace(byte) {
                    unread()
                    break
                }
                buffer.append(byte)
            }
            let text = String(decoding: buffer, as: UTF8.self)
            return ScannedItem(token: keywords[text] ?? .identifier, literal: text)
        }

        mutating func scanSpecialSymbol() -> ScannedItem {
            var buffer: [UInt8] = []
            var last: ScannedItem?
            while true {
                let byte = read()
                if byte == 0 { break }
                guard Self.isSpecial(byte) else {
                    unread()
                    break
                }
                buffer.append(byte)
                let text = String(decoding: buffer, as: UTF8.self)
                if let token = keywords[text] {
                    last = ScannedItem(token: token, literal: text)
                } else if last != nil {
                    unread()
                    break
                }
            }
            return last ?? ScannedItem(token: .error,
                                       literal: "error expected: keyword found '\(String(decoding: buffer, as: UTF8.self))'")
        }
    }

    /// Upstream's parser over the scanned tokens.
    struct Parser {
        let items: [ScannedItem]
        var position = 0

        func lookahead(_ context: Context) -> ScannedItem {
            adjusted(items[min(position, items.count - 1)], context)
        }

        mutating func consume(_ context: Context) -> ScannedItem {
            let item = lookahead(context)
            position += 1
            return item
        }

        private func adjusted(_ item: ScannedItem, _ context: Context) -> ScannedItem {
            guard context == .values, item.token == .in || item.token == .notIn else { return item }
            return ScannedItem(token: .identifier, literal: item.literal)
        }

        mutating func parseSelector() throws -> [LabelRequirement] {
            var requirements: [LabelRequirement] = []
            while true {
                let next = lookahead(.values)
                switch next.token {
                case .identifier, .doesNotExist:
                    do {
                        requirements.append(try parseRequirement())
                    } catch let error as LabelSelectorError {
                        throw LabelSelectorError(message: "unable to parse requirement: " + error.message)
                    }
                    let separator = consume(.values)
                    switch separator.token {
                    case .endOfString:
                        return requirements
                    case .comma:
                        let following = lookahead(.values)
                        if following.token != .identifier && following.token != .doesNotExist {
                            throw failure("found '\(following.literal)', expected: identifier after ','")
                        }
                    default:
                        throw failure("found '\(separator.literal)', expected: ',' or 'end of string'")
                    }
                case .endOfString:
                    return requirements
                default:
                    throw failure("found '\(next.literal)', expected: !, identifier, or 'end of string'")
                }
            }
        }

        mutating func parseRequirement() throws -> LabelRequirement {
            let (key, inferred) = try parseKeyAndInferOperator()
            if let inferred {
                return try LabelRequirement(key: key, operator: inferred, values: [])
            }
            let op = try parseOperator()
            let values: Set<String>
            switch op {
            case .in, .notIn:
                values = try parseValues()
            default:
                values = try parseExactValue()
            }
            return try LabelRequirement(key: key, operator: op, values: values.sorted())
        }

        /// Reads `[!]key` and infers `exists` / `!` when no operator follows.
        mutating func parseKeyAndInferOperator() throws -> (String, LabelRequirement.Operator?) {
            var item = consume(.values)
            var op: LabelRequirement.Operator?
            if item.token == .doesNotExist {
                op = .doesNotExist
                item = consume(.values)
            }
            guard item.token == .identifier else { throw failure("found '\(item.literal)', expected: identifier") }
            let keyErrors = LabelValidation.qualifiedNameErrors(item.literal)
            if !keyErrors.isEmpty {
                throw failure(FieldErrorText.invalid(path: nil, value: item.literal, detail: keyErrors.joined(separator: "; ")))
            }
            let following = lookahead(.values).token
            if (following == .endOfString || following == .comma) && op != .doesNotExist {
                op = .exists
            }
            return (item.literal, op)
        }

        mutating func parseOperator() throws -> LabelRequirement.Operator {
            let item = consume(.keyAndOperator)
            switch item.token {
            case .in: return .in
            case .equals: return .equals
            case .doubleEquals: return .doubleEquals
            case .greaterThan: return .greaterThan
            case .lessThan: return .lessThan
            case .notIn: return .notIn
            case .notEquals: return .notEquals
            default:
                throw failure("found '\(item.literal)', expected: in, notin, =, ==, !=, gt, lt")
            }
        }

        /// Reads `(v1,v2,…)`; `()` is the set holding the empty string.
        mutating func parseValues() throws -> Set<String> {
            let open = consume(.values)
            guard open.token == .openParenthesis else { throw failure("found '\(open.literal)' expected: '('") }
            let next = lookahead(.values)
            switch next.token {
            case .identifier, .comma:
                let values = try parseIdentifiersList()
                if consume(.values).token != .closedParenthesis {
                    throw failure("found '\(next.literal)', expected: ')'")
                }
                return values
            case .closedParenthesis:
                _ = consume(.values)
                return [""]
            default:
                throw failure("found '\(next.literal)', expected: ',', ')' or identifier")
            }
        }

        mutating func parseIdentifiersList() throws -> Set<String> {
            var values: Set<String> = []
            while true {
                let item = consume(.values)
                switch item.token {
                case .identifier:
                    values.insert(item.literal)
                    let next = lookahead(.values)
                    switch next.token {
                    case .comma: continue
                    case .closedParenthesis: return values
                    default: throw failure("found '\(next.literal)', expected: ',' or ')'")
                    }
                case .comma:
                    if values.isEmpty { values.insert("") }
                    let next = lookahead(.values).token
                    if next == .closedParenthesis {
                        values.insert("")
                        return values
                    }
                    if next == .comma { values.insert("") }
                default:
                    throw failure("found '\(item.literal)', expected: ',', or identifier")
                }
            }
        }

        mutating func parseExactValue() throws -> Set<String> {
            let next = lookahead(.values).token
            if next == .endOfString || next == .comma { return [""] }
            let item = consume(.values)
            guard item.token == .identifier else { throw failure("found '\(item.literal)', expected: identifier") }
            return [item.literal]
        }

        private func failure(_ message: String) -> LabelSelectorError {
            LabelSelectorError(message: message)
        }
    }
}
