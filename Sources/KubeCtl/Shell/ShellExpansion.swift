import Foundation

/// Word expansion: parameters, command substitution, tilde, and field splitting.
extension ShellInterpreter {
    /// Builtins whose `NAME=value` arguments are expanded without field splitting, as bash does.
    static let declarationCommands: Set<String> = ["export", "alias", "declare", "local", "readonly"]

    /// Expands the words of a command into argv.
    func expandArguments(_ words: [ShellWord], io: ShellIO) throws -> [String] {
        var argv: [String] = []
        var isDeclaration = false
        for (position, word) in words.enumerated() {
            let keepWhole = isDeclaration && word.assignment != nil
            let fields = try expandWord(word, split: !keepWhole, io: io)
            if position == 0, let name = fields.first, fields.count == 1 {
                isDeclaration = ShellInterpreter.declarationCommands.contains(name)
            }
            argv += fields
        }
        return argv
    }

    /// Expands one word. With `split`, unquoted expansions are split on blanks and an unquoted
    /// word that expands to nothing disappears; without it the result is exactly one field.
    func expandWord(_ word: ShellWord, split: Bool, io: ShellIO) throws -> [String] {
        var splitter = ShellFieldSplitter()
        for (position, part) in word.parts.enumerated() {
            switch part {
            case .literal(let text, let quoted):
                let expanded = position == 0 && !quoted ? expandTilde(text) : text
                splitter.appendLiteral(expanded, quoted: quoted)
            case .parameter(let parameter, let quoted):
                splitter.appendExpansion(try expandParameter(parameter, io: io), split: split && !quoted)
            case .commandSubstitution(let list, let quoted):
                splitter.appendExpansion(try substitute(list, io: io), split: split && !quoted)
            }
        }
        return split ? splitter.finish() : [splitter.joinedText]
    }

    private func expandTilde(_ text: String) -> String {
        guard text == "~" || text.hasPrefix("~/") else { return text }
        return (value(of: "HOME") ?? files.rootDisplayPath) + text.dropFirst()
    }

    private func specialParameter(_ name: String) -> String? {
        switch name {
        case "?": return String(lastStatus)
        case "#": return "0"
        case "0": return "bash"
        case "$": return "4242"
        case "@", "*", "!", "-": return ""
        default: return name.count == 1 && name.first?.isNumber == true ? "" : nil
        }
    }

    private func expandParameter(_ parameter: ShellParameter, io: ShellIO) throws -> String {
        let current = specialParameter(parameter.name) ?? value(of: parameter.name)
        switch parameter.operation {
        case .plain:
            return current ?? ""
        case .length:
            return String((current ?? "").count)
        case .useDefault(let word, let nullCounts):
            if let current, !(nullCounts && current.isEmpty) { return current }
            return try expandWord(word, split: false, io: io).joined()
        case .assignDefault(let word, let nullCounts):
            if let current, !(nullCounts && current.isEmpty) { return current }
            let fallback = try expandWord(word, split: false, io: io).joined()
            guard ShellWord.isValidName(parameter.name) else {
                throw ShellRuntimeError(message: "bash: $\(parameter.name): cannot assign in this way")
            }
            try assign(parameter.name, fallback)
            return fallback
        case .useAlternative(let word, let nullCounts):
            guard let current, !(nullCounts && current.isEmpty) else { return "" }
            return try expandWord(word, split: false, io: io).joined()
        }
    }

    /// Runs `$(…)` and returns its stdout without trailing newlines; stderr goes to `io.stderr`.
    func substitute(_ list: ShellCommandList, io: ShellIO) throws -> String {
        guard substitutionDepth < limits.maximumSubstitutionDepth else {
            throw ShellRuntimeError(message: "bash: command substitution nested too deeply (kubetutor's limit is \(limits.maximumSubstitutionDepth))")
        }
        substitutionDepth += 1
        defer { substitutionDepth -= 1 }
        let capture = ShellCapture(limit: limits.maximumCaptureLength)
        let status = execute(list, io: ShellIO(stdout: capture.append, stderr: io.stderr))
        lastSubstitutionStatus = status
        var text = capture.text
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

/// Builds fields from literal text and expansion results following bash's splitting rules.
struct ShellFieldSplitter {
    private var fields: [String] = []
    private var current = ""
    /// True when the current field must be kept even if empty (it has quoted or literal text).
    private var started = false
    /// Everything appended, unsplit.
    private(set) var joinedText = ""

    private static func isBlank(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n"
    }

    mutating func appendLiteral(_ text: String, quoted: Bool) {
        joinedText += text
        current += text
        if quoted || !text.isEmpty { started = true }
    }

    mutating func appendExpansion(_ value: String, split: Bool) {
        joinedText += value
        guard split else {
            current += value
            started = true
            return
        }
        let pieces = value.split(whereSeparator: ShellFieldSplitter.isBlank)
        if value.first.map(ShellFieldSplitter.isBlank) == true { endField() }
        for (position, piece) in pieces.enumerated() {
            if position > 0 { endField() }
            current += piece
            started = true
        }
        if value.last.map(ShellFieldSplitter.isBlank) == true { endField() }
    }

    private mutating func endField() {
        if started { fields.append(current) }
        current = ""
        started = false
    }

    mutating func finish() -> [String] {
        endField()
        return fields
    }
}
