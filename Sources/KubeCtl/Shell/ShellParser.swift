import Foundation

/// Builds the command structure (lists, and-or chains, pipelines, simple commands) from tokens.
public struct ShellParser {
    private let tokens: [ShellToken]
    private let hereDocuments: [ShellHereDocument]
    private var position = 0
    private var hereDocumentIndex = 0

    /// Parses a command text: lexes it, then builds the command list.
    public static func parse(_ source: String) throws -> ShellCommandList {
        try parse(try ShellLexer.tokenize(source))
    }

    /// Parses an already lexed token stream.
    public static func parse(_ stream: ShellTokenStream) throws -> ShellCommandList {
        var parser = ShellParser(tokens: stream.tokens, hereDocuments: stream.hereDocuments)
        return try parser.parseList()
    }

    private init(tokens: [ShellToken], hereDocuments: [ShellHereDocument]) {
        self.tokens = tokens
        self.hereDocuments = hereDocuments
    }

    private var current: ShellToken? { position < tokens.count ? tokens[position] : nil }

    private mutating func skipNewlines() {
        while case .op(.newline)? = current { position += 1 }
    }

    private mutating func parseList() throws -> ShellCommandList {
        var items: [ShellAndOrList] = []
        skipNewlines()
        while current != nil {
            items.append(try parseAndOr())
            guard let token = current else { break }
            switch token {
            case .op(.semicolon), .op(.background), .op(.newline):
                position += 1
                skipNewlines()
            default:
                throw unexpected(token)
            }
        }
        return ShellCommandList(items: items)
    }

    private mutating func parseAndOr() throws -> ShellAndOrList {
        var list = ShellAndOrList(first: try parsePipeline())
        while let token = current {
            let connector: ShellConnector
            switch token {
            case .op(.and): connector = .and
            case .op(.or): connector = .or
            default: return list
            }
            position += 1
            skipNewlines()
            list.rest.append((connector, try parsePipeline()))
        }
        return list
    }

    private mutating func parsePipeline() throws -> ShellPipeline {
        var negated = false
        if case .word(let word)? = current, word.parts == [.literal("!", quoted: false)] {
            negated = true
            position += 1
        }
        var commands = [try parseSimpleCommand()]
        while let token = current {
            guard token == .op(.pipe) || token == .op(.pipeBoth) else { break }
            if token == .op(.pipeBoth), let last = commands.indices.last {
                commands[last].redirections.append(ShellRedirection(descriptor: 2, kind: .duplicate(1)))
            }
            position += 1
            skipNewlines()
            commands.append(try parseSimpleCommand())
        }
        return ShellPipeline(commands: commands, negated: negated)
    }

    /// Words that start or end bash compound commands, which this shell does not run.
    private static let reservedWords: Set<String> = [
        "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac",
        "select", "function", "{", "}", "[[", "]]",
    ]

    private mutating func parseSimpleCommand() throws -> ShellSimpleCommand {
        var command = ShellSimpleCommand()
        loop: while let token = current {
            switch token {
            case .word(let word):
                if command.words.isEmpty, case .literal(let text, quoted: false)? = word.parts.first, word.parts.count == 1,
                   ShellParser.reservedWords.contains(text) {
                    throw ShellSyntaxError(.invalid, "compound commands (if, for, while, case, { … }) are not supported in kubetutor's shell")
                }
                position += 1
                if command.words.isEmpty, let assignment = word.assignment {
                    command.assignments.append(assignment)
                } else {
                    command.words.append(word)
                }
            case .redirect(let op, let descriptor):
                position += 1
                command.redirections.append(try parseRedirection(op, descriptor: descriptor))
            case .op(.openParen):
                if command.words.isEmpty && command.assignments.isEmpty && command.redirections.isEmpty {
                    throw ShellSyntaxError(.invalid, "subshells `( … )` are not supported in kubetutor's shell")
                }
                throw unexpected(token)
            default:
                break loop
            }
        }
        if command.words.isEmpty && command.assignments.isEmpty && command.redirections.isEmpty {
            guard let token = current else { throw ShellSyntaxError.unexpectedEndOfFile }
            throw unexpected(token)
        }
        return command
    }

    private mutating func parseRedirection(_ op: ShellRedirectOperator, descriptor: Int?) throws -> ShellRedirection {
        guard case .word(let target)? = current else {
            if current == .op(.openParen) && (op == .input || op == .output) {
                throw ShellSyntaxError(.invalid, "process substitution \(op.rawValue)( … ) is not supported in kubetutor's shell")
            }
            throw current.map(unexpected) ?? ShellSyntaxError.unexpected("newline")
        }
        position += 1
        let input = descriptor ?? 0
        let output = descriptor ?? 1
        switch op {
        case .output, .clobber:
            return ShellRedirection(descriptor: output, kind: .output(target, append: false))
        case .append:
            return ShellRedirection(descriptor: output, kind: .output(target, append: true))
        case .input, .readWrite:
            return ShellRedirection(descriptor: input, kind: .input(target))
        case .outputAndError:
            return ShellRedirection(descriptor: 1, kind: .outputAndError(target, append: false))
        case .appendOutputAndError:
            return ShellRedirection(descriptor: 1, kind: .outputAndError(target, append: true))
        case .hereString:
            return ShellRedirection(descriptor: input, kind: .hereString(target))
        case .duplicateOutput, .duplicateInput:
            let fallback = op == .duplicateOutput ? output : input
            if let text = target.literalText, let number = Int(text), number >= 0, number < 10 {
                return ShellRedirection(descriptor: fallback, kind: .duplicate(number))
            }
            if target.literalText == "-" {
                return ShellRedirection(descriptor: fallback, kind: .output(ShellWord([.literal("/dev/null", quoted: true)]), append: false))
            }
            if op == .duplicateOutput && descriptor == nil {
                return ShellRedirection(descriptor: 1, kind: .outputAndError(target, append: false))
            }
            throw ShellSyntaxError(.invalid, "\(target.literalText ?? "$…"): ambiguous redirect")
        case .hereDocument, .hereDocumentStrippingTabs:
            guard hereDocumentIndex < hereDocuments.count else {
                return ShellRedirection(descriptor: input, kind: .hereDocument(ShellWord([]), expands: false))
            }
            let document = hereDocuments[hereDocumentIndex]
            hereDocumentIndex += 1
            return ShellRedirection(descriptor: input, kind: .hereDocument(document.body, expands: document.expands))
        }
    }

    private func unexpected(_ token: ShellToken) -> ShellSyntaxError {
        switch token {
        case .op(let op): return ShellSyntaxError.unexpected(op.rawValue)
        case .redirect(let op, let descriptor): return ShellSyntaxError.unexpected((descriptor.map(String.init) ?? "") + op.rawValue)
        case .word(let word): return ShellSyntaxError.unexpected(word.literalText ?? "word")
        }
    }
}
