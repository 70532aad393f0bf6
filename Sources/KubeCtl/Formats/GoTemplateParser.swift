/// A port of Go's `text/template/parse` parser: produces the statement tree and the `define`/`block`
/// templates, or Go's error text (`template: output:1: unexpected EOF`).
struct GoTemplateParser {
    private enum Item {
        case node(TemplateNode)
        case end
        case elseNode(pos: Int)
    }

    private let name: String
    private let text: String
    private let functions: Set<String>
    private let tokens: [TemplateToken]
    private var cursor = 0
    private var buffer: [TemplateToken]
    private var peekCount = 0
    private var vars: [String] = ["$"]
    private var rangeDepth = 0
    private var actionLine = 0
    private(set) var definitions: [String: [TemplateNode]] = [:]

    /// Parses `text`; `functions` are the names calls may use.
    static func parse(_ text: String, name: String, functions: Set<String>) throws
        -> (root: [TemplateNode], definitions: [String: [TemplateNode]]) {
        var parser = GoTemplateParser(text: text, name: name, functions: functions)
        let root = try parser.parseRoot()
        return (root, parser.definitions)
    }

    private init(text: String, name: String, functions: Set<String>) {
        self.text = text
        self.name = name
        self.functions = functions
        self.tokens = GoTemplateLexer.tokens(of: text)
        let eof = TemplateToken(kind: .eof, value: "", pos: 0, line: 1)
        self.buffer = [eof, eof, eof]
    }

    // MARK: token buffer (Go's three-token look-ahead)

    private mutating func lexNext() -> TemplateToken {
        guard cursor < tokens.count else {
            return tokens.last.map { TemplateToken(kind: .eof, value: "", pos: $0.pos, line: $0.line) }
                ?? TemplateToken(kind: .eof, value: "", pos: 0, line: 1)
        }
        defer { cursor += 1 }
        return tokens[cursor]
    }

    private mutating func next() -> TemplateToken {
        if peekCount > 0 { peekCount -= 1 } else { buffer[0] = lexNext() }
        return buffer[peekCount]
    }

    private mutating func backup() { peekCount += 1 }

    private mutating func backup2(_ first: TemplateToken) {
        buffer[1] = first
        peekCount = 2
    }

    private mutating func backup3(_ second: TemplateToken, _ first: TemplateToken) {
        buffer[1] = first
        buffer[2] = second
        peekCount = 3
    }

    private mutating func peek() -> TemplateToken {
        if peekCount > 0 { return buffer[peekCount - 1] }
        peekCount = 1
        buffer[0] = lexNext()
        return buffer[0]
    }

    private mutating func nextNonSpace() -> TemplateToken {
        var token = next()
        while token.kind == .space { token = next() }
        return token
    }

    private mutating func peekNonSpace() -> TemplateToken {
        let token = nextNonSpace()
        backup()
        return token
    }

    // MARK: errors

    private func error(_ message: String) -> TemplateParseError {
        TemplateParseError(message: "template: \(name):\(buffer[0].line): \(message)")
    }

    private func unexpected(_ token: TemplateToken, _ context: String) -> TemplateParseError {
        if token.kind == .error {
            var extra = ""
            if actionLine != 0 && actionLine != token.line {
                extra = " in action started at \(name):\(actionLine)"
                if token.value.hasSuffix(" action") { extra = extra.replacingOccurrences(of: " in action", with: "") }
            }
            return error(token.value + extra)
        }
        return error("unexpected \(token.goDescription) in \(context)")
    }

    private mutating func expect(_ kind: TemplateTokenKind, _ context: String) throws -> TemplateToken {
        let token = nextNonSpace()
        guard token.kind == kind else { throw unexpected(token, context) }
        return token
    }

    // MARK: structure

    private mutating func parseRoot() throws -> [TemplateNode] {
        var root: [TemplateNode] = []
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let delim = next()
                if nextNonSpace().kind == .define {
                    try parseDefinition()
                    continue
                }
                backup2(delim)
            }
            switch try textOrAction() {
            case .node(let node): root.append(node)
            case .end: throw error("unexpected {{end}}")
            case .elseNode: throw error("unexpected {{else}}")
            }
        }
        return root
    }

    private mutating func parseDefinition() throws {
        let saved = (vars, rangeDepth, peekCount)
        vars = ["$"]; rangeDepth = 0; peekCount = 0
        let token = nextNonSpace()
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, "define clause") }
        guard let definitionName = GoStringLiteral.unquote(token.value, allowSingleQuotes: false) else {
            throw error("invalid syntax")
        }
        _ = try expect(.rightDelim, "define clause")
        let (list, end) = try itemList()
        guard case .end = end else { throw error("unexpected {{else}} in define clause") }
        try add(definitionName, list)
        (vars, rangeDepth, _) = saved
        peekCount = 0
    }

    private mutating func add(_ definitionName: String, _ list: [TemplateNode]) throws {
        if let existing = definitions[definitionName], !Self.isEmpty(existing), !Self.isEmpty(list) {
            throw error("template: multiple definition of template \(GoValueText.quote(definitionName))")
        }
        if definitions[definitionName] == nil || Self.isEmpty(definitions[definitionName] ?? []) {
            definitions[definitionName] = list
        }
    }

    private static func isEmpty(_ list: [TemplateNode]) -> Bool {
        list.allSatisfy { node in
            if case .text(let text) = node { return text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" } }
            return false
        }
    }

    private mutating func itemList() throws -> ([TemplateNode], Item) {
        var list: [TemplateNode] = []
        while peekNonSpace().kind != .eof {
            let item = try textOrAction()
            switch item {
            case .node(let node): list.append(node)
            case .end, .elseNode: return (list, item)
            }
        }
        throw error("unexpected EOF")
    }

    private mutating func textOrAction() throws -> Item {
        let token = nextNonSpace()
        switch token.kind {
        case .text:
            return .node(.text(token.value))
        case .leftDelim:
            actionLine = token.line
            defer { actionLine = 0 }
            return try action()
        default:
            throw unexpected(token, "input")
        }
    }

    private mutating func action() throws -> Item {
        let token = nextNonSpace()
        switch token.kind {
        case .block: return .node(try blockControl())
        case .breakKeyword, .continueKeyword:
            let keyword = token.kind == .breakKeyword ? "break" : "continue"
            let closing = nextNonSpace()
            guard closing.kind == .rightDelim else { throw unexpected(closing, "{{\(keyword)}}") }
            guard rangeDepth > 0 else { throw error("{{\(keyword)}} outside {{range}}") }
            return .node(token.kind == .breakKeyword ? .breakLoop : .continueLoop)
        case .elseKeyword:
            let upcoming = peekNonSpace()
            if upcoming.kind == .ifKeyword || upcoming.kind == .with { return .elseNode(pos: upcoming.pos) }
            let closing = try expect(.rightDelim, "else")
            return .elseNode(pos: closing.pos)
        case .end:
            _ = try expect(.rightDelim, "end")
            return .end
        case .ifKeyword:
            let (pipe, list, elseList) = try parseControl("if")
            return .node(.ifNode(pipe: pipe, list: list, elseList: elseList))
        case .range:
            let (pipe, list, elseList) = try parseControl("range")
            return .node(.rangeNode(pos: pipe.pos, pipe: pipe, list: list, elseList: elseList))
        case .template: return .node(try templateControl())
        case .with:
            let (pipe, list, elseList) = try parseControl("with")
            return .node(.with(pipe: pipe, list: list, elseList: elseList))
        default:
            backup()
            let first = peek()
            return .node(.action(pos: first.pos, pipe: try pipeline("command", end: .rightDelim)))
        }
    }

    private mutating func parseControl(_ context: String) throws
        -> (TemplatePipe, [TemplateNode], [TemplateNode]?) {
        let mark = vars.count
        defer { vars.removeLast(max(0, vars.count - mark)) }
        let pipe = try pipeline(context, end: .rightDelim)
        if context == "range" { rangeDepth += 1 }
        let (list, next) = try itemList()
        if context == "range" { rangeDepth -= 1 }
        var elseList: [TemplateNode]?
        if case .elseNode = next {
            if context == "if" && peek().kind == .ifKeyword {
                _ = self.next()
                let (innerPipe, innerList, innerElse) = try parseControl("if")
                elseList = [.ifNode(pipe: innerPipe, list: innerList, elseList: innerElse)]
            } else if context == "with" && peek().kind == .with {
                _ = self.next()
                let (innerPipe, innerList, innerElse) = try parseControl("with")
                elseList = [.with(pipe: innerPipe, list: innerList, elseList: innerElse)]
            } else {
                let (list, end) = try itemList()
                guard case .end = end else { throw error("expected end; found {{else}}") }
                elseList = list
            }
        }
        return (pipe, list, elseList)
    }

    private mutating func templateControl() throws -> TemplateNode {
        let token = nextNonSpace()
        let templateName = try templateName(token, "template clause")
        var pipe: TemplatePipe?
        if nextNonSpace().kind != .rightDelim {
            backup()
            pipe = try pipeline("template clause", end: .rightDelim)
        }
        return .template(pos: token.pos, name: templateName, pipe: pipe)
    }

    private mutating func blockControl() throws -> TemplateNode {
        let token = nextNonSpace()
        let blockName = try templateName(token, "block clause")
        let pipe = try pipeline("block clause", end: .rightDelim)
        let saved = (vars, rangeDepth)
        vars = ["$"]; rangeDepth = 0
        let (list, end) = try itemList()
        guard case .end = end else { throw error("unexpected {{else}} in block clause") }
        try add(blockName, list)
        (vars, rangeDepth) = saved
        return .template(pos: token.pos, name: blockName, pipe: pipe)
    }

    private func templateName(_ token: TemplateToken, _ context: String) throws -> String {
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, context) }
        guard let value = GoStringLiteral.unquote(token.value, allowSingleQuotes: false) else {
            throw error("invalid syntax")
        }
        return value
    }

    // MARK: pipelines

    private mutating func pipeline(_ context: String, end: TemplateTokenKind) throws -> TemplatePipe {
        let first = peekNonSpace()
        var pipe = TemplatePipe(pos: first.pos, line: first.line)
        try declarations(&pipe, context)
        while true {
            let token = nextNonSpace()
            switch token.kind {
            case end:
                try checkPipeline(pipe, context)
                return pipe
            case .bool, .charConstant, .complex, .dot, .field, .identifier, .number, .nilKeyword, .rawString,
                 .string, .variable, .leftParen:
                backup()
                pipe.commands.append(try command())
            default:
                throw unexpected(token, context)
            }
        }
    }

    private mutating func declarations(_ pipe: inout TemplatePipe, _ context: String) throws {
        while true {
            let variable = peekNonSpace()
            guard variable.kind == .variable else { return }
            _ = next()
            let afterVariable = peek()
            let upcoming = peekNonSpace()
            if upcoming.kind == .assign || upcoming.kind == .declare {
                pipe.isAssign = upcoming.kind == .assign
                _ = nextNonSpace()
                pipe.decls.append(.variable(pos: variable.pos, idents: [variable.value]))
                vars.append(variable.value)
                return
            }
            if upcoming.kind == .char && upcoming.value == "," {
                _ = nextNonSpace()
                pipe.decls.append(.variable(pos: variable.pos, idents: [variable.value]))
                vars.append(variable.value)
                if context == "range" && pipe.decls.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelim, .rightParen: continue
                    default: throw error("range can only initialize variables")
                    }
                }
                throw error("too many declarations in \(context)")
            }
            if afterVariable.kind == .space { backup3(variable, afterVariable) } else { backup2(variable) }
            return
        }
    }

    private func checkPipeline(_ pipe: TemplatePipe, _ context: String) throws {
        if pipe.commands.isEmpty { throw error("missing value for \(context)") }
        for (index, command) in pipe.commands.enumerated().dropFirst() {
            switch command.args.first {
            case .bool?, .dot?, .nilValue?, .number?, .string?:
                throw error("non executable command in pipeline stage \(index + 1)")
            default: continue
            }
        }
    }

    private mutating func command() throws -> TemplateCommand {
        var command = TemplateCommand(pos: peekNonSpace().pos, args: [])
        while true {
            _ = peekNonSpace()
            if let operand = try operand() { command.args.append(operand) }
            let token = next()
            switch token.kind {
            case .space: continue
            case .rightDelim, .rightParen: backup()
            case .pipe: break
            default: throw unexpected(token, "operand")
            }
            break
        }
        if command.args.isEmpty { throw error("empty command") }
        return command
    }

    private mutating func operand() throws -> TemplateArg? {
        guard let node = try term() else { return nil }
        guard peek().kind == .field else { return node }
        let chainPos = peek().pos
        var fields: [String] = []
        while peek().kind == .field { fields.append(String(next().value.dropFirst())) }
        switch node {
        case .field(_, let idents): return .field(pos: chainPos, idents: idents + fields)
        case .variable(_, let idents): return .variable(pos: chainPos, idents: idents + fields)
        case .bool, .string, .number, .nilValue, .dot:
            throw error("unexpected . after term \(GoValueText.quote(node.goString))")
        default: return .chain(pos: chainPos, node: node, fields: fields)
        }
    }

    private mutating func term() throws -> TemplateArg? {
        let token = nextNonSpace()
        switch token.kind {
        case .identifier:
            guard functions.contains(token.value) else {
                throw error("function \(GoValueText.quote(token.value)) not defined")
            }
            return .identifier(pos: token.pos, name: token.value)
        case .dot: return .dot(pos: token.pos)
        case .nilKeyword: return .nilValue(pos: token.pos)
        case .variable:
            let idents = token.value.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard let head = idents.first, vars.contains(head) else {
                throw error("undefined variable \(GoValueText.quote(idents.first ?? token.value))")
            }
            return .variable(pos: token.pos, idents: idents)
        case .field: return .field(pos: token.pos, idents: [String(token.value.dropFirst())])
        case .bool: return .bool(pos: token.pos, value: token.value == "true")
        case .charConstant, .complex, .number:
            if token.kind == .complex { throw error("complex numbers are not supported") }
            switch TemplateNumber.parse(token.value, isChar: token.kind == .charConstant) {
            case .success(let number): return .number(pos: token.pos, value: number)
            case .failure(let failure): throw error(failure.message)
            }
        case .leftParen:
            return .pipe(try pipeline("parenthesized pipeline", end: .rightParen))
        case .string, .rawString:
            guard let value = GoStringLiteral.unquote(token.value, allowSingleQuotes: false) else {
                throw error("invalid syntax")
            }
            return .string(pos: token.pos, quoted: token.value, text: value)
        default:
            backup()
            return nil
        }
    }
}
