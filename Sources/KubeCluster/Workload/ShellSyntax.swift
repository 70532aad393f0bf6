/// A piece of a shell word before expansion.
enum WordPiece: Hashable {
    case text(String)
    case variable(String)
    /// `$( … )` or backquotes.
    case command(String)
    /// `$(( … ))`.
    case arithmetic(String)
}

/// A token of a shell script.
enum ShellToken: Hashable {
    case word([WordPiece])
    case op(String)

    var literal: String? {
        guard case .word(let pieces) = self else { return nil }
        var text = ""
        for piece in pieces {
            guard case .text(let value) = piece else { return nil }
            text += value
        }
        return text
    }
}

/// The parsed structure of a script.
indirect enum ShellNode {
    case simple(assignments: [(String, [WordPiece])], words: [[WordPiece]], redirect: (append: Bool, target: [WordPiece])?)
    case sequence([ShellNode])
    case and(ShellNode, ShellNode)
    case or(ShellNode, ShellNode)
    case pipe([ShellNode])
    case whileLoop(condition: ShellNode, body: ShellNode, until: Bool)
    case forLoop(variable: String, items: [[WordPiece]], body: ShellNode)
    case ifElse(condition: ShellNode, then: ShellNode, otherwise: ShellNode?)
}

/// A syntax error, worded like busybox sh.
struct ShellSyntaxError: Error {
    var message: String
}

/// Splits a script into tokens, keeping quoting (single quotes stop expansion).
enum ShellLexer {
    static func tokens(_ script: String) throws -> [ShellToken] {
        var tokens: [ShellToken] = []
        let chars = Array(script)
        var index = 0
        var pieces: [WordPiece] = []
        var text = ""
        var inWord = false
        func flushText() {
            if !text.isEmpty { pieces.append(.text(text)); text = "" }
        }
        func endWord() {
            flushText()
            if inWord { tokens.append(.word(pieces)) }
            pieces = []
            inWord = false
        }
        func readDollar() throws {
            // chars[index] == "$"
            let next = index + 1 < chars.count ? chars[index + 1] : " "
            if next == "(" {
                let arithmetic = index + 2 < chars.count && chars[index + 2] == "("
                var depth = 0
                var end = index + 1
                while end < chars.count {
                    if chars[end] == "(" { depth += 1 }
                    if chars[end] == ")" { depth -= 1; if depth == 0 { break } }
                    end += 1
                }
                guard end < chars.count else { throw ShellSyntaxError(message: "sh: syntax error: unterminated $(") }
                flushText()
                if arithmetic {
                    pieces.append(.arithmetic(String(chars[(index + 3)..<max(index + 3, end - 1)])))
                } else {
                    pieces.append(.command(String(chars[(index + 2)..<end])))
                }
                index = end + 1
            } else if next == "{" {
                guard let close = chars[index...].firstIndex(of: "}") else { throw ShellSyntaxError(message: "sh: syntax error: bad substitution") }
                flushText()
                let inner = String(chars[(index + 2)..<close])
                pieces.append(.variable(String(inner.prefix { $0 != ":" && $0 != "-" })))
                index = close + 1
            } else if next.isLetter || next == "_" || next.isNumber || next == "?" || next == "$" {
                var end = index + 1
                if next.isNumber || next == "?" || next == "$" { end += 1 } else {
                    while end < chars.count, chars[end].isLetter || chars[end].isNumber || chars[end] == "_" { end += 1 }
                }
                flushText()
                pieces.append(.variable(String(chars[(index + 1)..<end])))
                index = end
            } else {
                text.append("$")
                index += 1
            }
        }
        while index < chars.count {
            let char = chars[index]
            switch char {
            case " ", "\t":
                endWord(); index += 1
            case "\n", ";", "|", "&", "(", ")":
                endWord()
                let pair = index + 1 < chars.count ? String([char, chars[index + 1]]) : String(char)
                if pair == "&&" || pair == "||" || pair == ";;" {
                    tokens.append(.op(pair)); index += 2
                } else {
                    tokens.append(.op(char == "\n" ? ";" : String(char))); index += 1
                }
            case ">" where index + 1 < chars.count && chars[index + 1] == "&":
                if text == "2" || text == "1" { text = "" }
                endWord()
                index += 2
                while index < chars.count, chars[index].isNumber { index += 1 }
            case ">", "<":
                if text == "2" || text == "1" { text = "" }
                endWord()
                if char == ">", index + 1 < chars.count, chars[index + 1] == ">" { tokens.append(.op(">>")); index += 2 }
                else { tokens.append(.op(String(char))); index += 1 }
            case "#" where !inWord:
                while index < chars.count, chars[index] != "\n" { index += 1 }
            case "'":
                inWord = true
                guard let close = chars[(index + 1)...].firstIndex(of: "'") else {
                    throw ShellSyntaxError(message: "sh: syntax error: unterminated quoted string")
                }
                text += String(chars[(index + 1)..<close])
                index = close + 1
            case "\"":
                inWord = true
                index += 1
                while index < chars.count, chars[index] != "\"" {
                    if chars[index] == "\\", index + 1 < chars.count, "\"\\$`".contains(chars[index + 1]) {
                        text.append(chars[index + 1]); index += 2
                    } else if chars[index] == "$" {
                        try readDollar()
                    } else {
                        text.append(chars[index]); index += 1
                    }
                }
                guard index < chars.count else { throw ShellSyntaxError(message: "sh: syntax error: unterminated quoted string") }
                index += 1
            case "\\":
                inWord = true
                if index + 1 < chars.count { text.append(chars[index + 1]) }
                index += 2
            case "$":
                inWord = true
                try readDollar()
            case "`":
                guard let close = chars[(index + 1)...].firstIndex(of: "`") else { throw ShellSyntaxError(message: "sh: syntax error: unterminated `") }
                inWord = true
                flushText()
                pieces.append(.command(String(chars[(index + 1)..<close])))
                index = close + 1
            default:
                inWord = true
                text.append(char); index += 1
            }
        }
        endWord()
        return tokens
    }
}

/// Builds a `ShellNode` tree from tokens (lists, `&&`/`||`, pipes, while/until/for/if).
struct ShellParser {
    private var tokens: [ShellToken]
    private var position = 0

    init(tokens: [ShellToken]) { self.tokens = tokens }

    static func parse(_ script: String) throws -> ShellNode {
        var parser = ShellParser(tokens: try ShellLexer.tokens(script))
        let node = try parser.list(until: [])
        if parser.position < parser.tokens.count {
            let text = parser.tokens[parser.position].literal ?? "token"
            throw ShellSyntaxError(message: "sh: syntax error: unexpected \"\(text)\"")
        }
        return node
    }

    private var current: ShellToken? { position < tokens.count ? tokens[position] : nil }

    private func isKeyword(_ token: ShellToken?, _ words: Set<String>) -> Bool {
        guard let token, let text = token.literal else { return false }
        return words.contains(text)
    }

    private mutating func skipSeparators() {
        while let token = current, token == .op(";") || token == .op("&") { position += 1 }
    }

    mutating func list(until terminators: Set<String>) throws -> ShellNode {
        var items: [ShellNode] = []
        skipSeparators()
        while let token = current, !isKeyword(token, terminators), token != .op(")") {
            items.append(try andOr(until: terminators))
            skipSeparators()
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func andOr(until terminators: Set<String>) throws -> ShellNode {
        var node = try pipeline(until: terminators)
        while let token = current, token == .op("&&") || token == .op("||") {
            position += 1
            let right = try pipeline(until: terminators)
            node = token == .op("&&") ? .and(node, right) : .or(node, right)
        }
        return node
    }

    private mutating func pipeline(until terminators: Set<String>) throws -> ShellNode {
        var stages = [try command(until: terminators)]
        while current == .op("|") {
            position += 1
            stages.append(try command(until: terminators))
        }
        return stages.count == 1 ? stages[0] : .pipe(stages)
    }

    private mutating func expect(_ keyword: String) throws {
        guard isKeyword(current, [keyword]) else {
            throw ShellSyntaxError(message: "sh: syntax error: unexpected end of file (expecting \"\(keyword)\")")
        }
        position += 1
    }

    private mutating func command(until terminators: Set<String>) throws -> ShellNode {
        if isKeyword(current, ["while", "until"]) {
            let until = current?.literal == "until"
            position += 1
            let condition = try list(until: ["do"])
            try expect("do")
            let body = try list(until: ["done"])
            try expect("done")
            return .whileLoop(condition: condition, body: body, until: until)
        }
        if isKeyword(current, ["for"]) {
            position += 1
            guard let name = current?.literal else { throw ShellSyntaxError(message: "sh: syntax error: bad for loop variable") }
            position += 1
            var items: [[WordPiece]] = []
            if isKeyword(current, ["in"]) {
                position += 1
                while case .word(let pieces)? = current { items.append(pieces); position += 1 }
            }
            skipSeparators()
            try expect("do")
            let body = try list(until: ["done"])
            try expect("done")
            return .forLoop(variable: name, items: items, body: body)
        }
        if isKeyword(current, ["if"]) {
            position += 1
            let condition = try list(until: ["then"])
            try expect("then")
            let then = try list(until: ["else", "elif", "fi"])
            var otherwise: ShellNode?
            if isKeyword(current, ["else"]) { position += 1; otherwise = try list(until: ["fi"]) }
            try expect("fi")
            return .ifElse(condition: condition, then: then, otherwise: otherwise)
        }
        if current == .op("(") {
            position += 1
            let inner = try list(until: [])
            guard current == .op(")") else { throw ShellSyntaxError(message: "sh: syntax error: missing )") }
            position += 1
            return inner
        }
        return try simple(until: terminators)
    }

    private mutating func simple(until terminators: Set<String>) throws -> ShellNode {
        var assignments: [(String, [WordPiece])] = []
        var words: [[WordPiece]] = []
        var redirect: (append: Bool, target: [WordPiece])?
        while let token = current {
            switch token {
            case .op(">"), .op(">>"):
                position += 1
                guard case .word(let target)? = current else { throw ShellSyntaxError(message: "sh: syntax error: unexpected newline") }
                redirect = (token == .op(">>"), target)
                position += 1
            case .op("<"):
                position += 2
            case .word(let pieces):
                if words.isEmpty, case .text(let first)? = pieces.first, let equals = first.firstIndex(of: "="),
                   first[..<equals].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), !first[..<equals].isEmpty {
                    var value = pieces
                    let rest = String(first[first.index(after: equals)...])
                    if rest.isEmpty { value.removeFirst() } else { value[0] = .text(rest) }
                    assignments.append((String(first[..<equals]), value))
                } else if words.isEmpty, isKeyword(token, terminators) {
                    return .simple(assignments: assignments, words: words, redirect: redirect)
                } else {
                    words.append(pieces)
                }
                position += 1
            case .op:
                return .simple(assignments: assignments, words: words, redirect: redirect)
            }
        }
        return .simple(assignments: assignments, words: words, redirect: redirect)
    }
}
