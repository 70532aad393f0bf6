import Foundation

/// What a script may look at while it is compiled: environment, files, the image's own server.
struct ShellEnvironment {
    /// Environment variables in the order `env` prints them.
    var environment: [(String, String)]
    var podName: String
    var userland: ImageUserland
    /// Contents of a file in the container (mounted ConfigMaps/Secrets, /etc files), nil when absent.
    var readFile: (String) -> String?
    /// Entries of a directory, nil when absent.
    var listDirectory: (String) -> [String]?
    /// The steps of the image's server when `argv` starts it (`nginx -g 'daemon off;'`), else nil.
    var serverSteps: ([String]) -> [ProgramStep]?
}

/// Turns a parsed script into program steps. Exit statuses are known statically (echo succeeds, `false`
/// fails, `cat` of a missing file fails), which is enough to resolve `&&`, `||` and `if`.
struct ShellCompiler {
    var environment: ShellEnvironment
    private var variables: [String: String] = [:]
    /// Loop counters: value = start + step × iteration.
    private var counters: [String: (start: Int, step: Int)] = [:]
    private var files: [String: String?] = [:]
    private(set) var trapsTermination = false
    private(set) var runsServer = false
    /// Ports served by commands the script started itself (`python -m http.server`).
    private(set) var extraServers: [Int32: ServerKind] = [:]

    init(environment: ShellEnvironment) {
        self.environment = environment
        for (name, value) in environment.environment { variables[name] = value }
        variables["HOSTNAME"] = environment.podName
    }

    /// Compiles `node`; returns its steps, exit status and whether it ends the process.
    mutating func compile(_ node: ShellNode) -> (steps: [ProgramStep], status: Int32, exits: Bool) {
        switch node {
        case .sequence(let items):
            var steps: [ProgramStep] = []
            var status: Int32 = 0
            for item in items {
                let result = compile(item)
                steps += result.steps
                status = result.status
                if result.exits { return (steps, status, true) }
            }
            return (steps, status, false)
        case .and(let left, let right), .or(let left, let right):
            let first = compile(left)
            if first.exits { return first }
            var isAnd = false
            if case .and = node { isAnd = true }
            guard (first.status == 0) == isAnd else { return first }
            let second = compile(right)
            return (first.steps + second.steps, second.status, second.exits)
        case .pipe(let stages):
            var steps: [ProgramStep] = []
            var last: (steps: [ProgramStep], status: Int32, exits: Bool) = ([], 0, false)
            for (index, stage) in stages.enumerated() {
                last = compile(stage)
                // Only the last stage's output reaches the log; earlier stages still take their time.
                steps += index == stages.count - 1 ? last.steps : last.steps.filter { if case .write = $0 { return false } else { return true } }
            }
            return (steps, last.status, last.exits)
        case .ifElse(let condition, let then, let otherwise):
            let test = compile(condition)
            if test.exits { return test }
            if test.status == 0 {
                let branch = compile(then)
                return (test.steps + branch.steps, branch.status, branch.exits)
            }
            guard let otherwise else { return (test.steps, 0, false) }
            let branch = compile(otherwise)
            return (test.steps + branch.steps, branch.status, branch.exits)
        case .forLoop(let variable, let items, let body):
            var steps: [ProgramStep] = []
            var status: Int32 = 0
            let values = items.flatMap { expandWords($0) }
            for value in values.prefix(10_000) {
                variables[variable] = value
                let result = compile(body)
                steps += result.steps
                status = result.status
                if result.exits { return (steps, status, true) }
            }
            return (steps, status, false)
        case .whileLoop(let condition, let body, let until):
            return compileWhile(condition: condition, body: body, until: until)
        case .simple(let assignments, let words, let redirect):
            return compileSimple(assignments: assignments, words: words, redirect: redirect)
        }
    }

    private mutating func compileWhile(condition: ShellNode, body: ShellNode, until: Bool) -> (steps: [ProgramStep], status: Int32, exits: Bool) {
        let test = compile(condition)
        if test.exits { return test }
        let runs = until ? test.status != 0 : test.status == 0
        guard runs else { return (test.steps, 0, false) }
        let saved = counters
        for (name, step) in ShellCompiler.increments(in: body) {
            let start = Int(variables[name] ?? "0") ?? 0
            counters[name] = (start, step)
        }
        let inner = compile(body)
        counters = saved
        if inner.exits { return (test.steps + inner.steps, inner.status, true) }
        return ([.loop(body: test.steps + inner.steps, count: nil)], 0, false)
    }

    /// Variables a loop body increments by a constant (`i=$((i+1))`).
    static func increments(in node: ShellNode) -> [(String, Int)] {
        switch node {
        case .sequence(let items): return items.flatMap { increments(in: $0) }
        case .and(let left, let right), .or(let left, let right): return increments(in: left) + increments(in: right)
        case .simple(let assignments, _, _):
            return assignments.compactMap { name, value in
                guard value.count == 1, case .arithmetic(let expression) = value[0] else { return nil }
                let compact = expression.replacingOccurrences(of: " ", with: "")
                for prefix in ["\(name)+", "$\(name)+"] where compact.hasPrefix(prefix) {
                    if let step = Int(compact.dropFirst(prefix.count)) { return (name, step) }
                }
                return nil
            }
        default: return []
        }
    }

    // MARK: Expansion

    /// The parts of a word after expanding variables, command and arithmetic substitutions.
    mutating func expand(_ pieces: [WordPiece]) -> [TextPart] {
        var parts: [TextPart] = []
        for piece in pieces {
            switch piece {
            case .text(let text): parts.append(.literal(text))
            case .variable(let name):
                if let counter = counters[name] {
                    parts.append(.counter(start: counter.start, step: counter.step))
                } else {
                    parts.append(.literal(variables[name] ?? (name == "?" ? "0" : "")))
                }
            case .arithmetic(let expression):
                parts.append(.literal(String(ShellCompiler.arithmetic(expression, variables: variables))))
            case .command(let script):
                parts += substitute(script)
            }
        }
        return parts
    }

    private mutating func substitute(_ script: String) -> [TextPart] {
        let words = script.split(separator: " ").map(String.init)
        switch words.first {
        case "date": return [.clock(.busyboxDate)]
        case "hostname": return [.literal(environment.podName)]
        case "cat": return [.literal(words.count > 1 ? (readFile(words[1]) ?? "").trimmingCharacters(in: .newlines) : "")]
        case "seq":
            let numbers = words.dropFirst().compactMap { Int($0) }
            guard let last = numbers.last else { return [] }
            let first = numbers.count > 1 ? numbers[0] : 1
            guard first <= last, first < Int.max - 10_000 else { return [] }
            return [.literal((first...min(last, first + 9_999)).map(String.init).joined(separator: " "))]
        default: return [.literal("")]
        }
    }

    /// Words after expansion, split on spaces outside quotes (approximation: literal results are split).
    mutating func expandWords(_ pieces: [WordPiece]) -> [String] {
        let text = ShellCompiler.flatten(expand(pieces))
        return text.split(separator: " ").map(String.init)
    }

    /// The plain text of parts (counters at iteration 0, clocks empty).
    static func flatten(_ parts: [TextPart]) -> String {
        parts.map { part -> String in
            switch part {
            case .literal(let text): return text
            case .counter(let start, _): return String(start)
            default: return ""
            }
        }.joined()
    }

    static func arithmetic(_ expression: String, variables: [String: String]) -> Int {
        let compact = expression.replacingOccurrences(of: " ", with: "")
        var total = 0
        var sign = 1
        var token = ""
        func flush() {
            guard !token.isEmpty else { return }
            let name = token.hasPrefix("$") ? String(token.dropFirst()) : token
            total = total &+ sign &* (Int(name) ?? Int(variables[name] ?? "0") ?? 0)
            token = ""
        }
        for char in compact {
            if char == "+" || char == "-" { flush(); sign = char == "+" ? 1 : -1 } else { token.append(char) }
        }
        flush()
        return total
    }

    func readFile(_ path: String) -> String? {
        if let written = files[path] { return written }
        return environment.readFile(path)
    }

    mutating func recordFile(_ path: String, _ content: String?) { files[path] = .some(content) }
    mutating func markTrap() { trapsTermination = true }
    mutating func markServer() { runsServer = true }
    mutating func addServer(_ port: Int32, _ kind: ServerKind) { extraServers[port] = kind; runsServer = true }
    mutating func setVariable(_ name: String, _ value: String) { variables[name] = value; counters[name] = nil }
    func variable(_ name: String) -> String? { variables[name] }
}
