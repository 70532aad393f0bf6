import Collections
import Foundation

/// A shell variable: its value and whether it is exported to commands.
public struct ShellVariable: Equatable {
    /// The value.
    public var value: String
    /// True when exported (shown by `env`, passed to the host in `exportedEnvironment`).
    public var exported: Bool

    /// Creates a variable.
    public init(value: String, exported: Bool) {
        self.value = value
        self.exported = exported
    }
}

/// An error raised while expanding or running a command, already worded for stderr.
struct ShellRuntimeError: Error {
    /// The full message line without the trailing newline.
    var message: String
    /// The exit status to report.
    var status: Int32 = 1
}

/// The tutorial shell: keeps variables, `$?`, aliases and the working directory, and runs
/// command texts. Builtins run here; every other command goes to the `host`.
public final class ShellInterpreter {
    /// Runs non-builtin commands. Held weakly: the host usually owns the interpreter.
    public weak var host: ShellCommandHost?
    /// The files redirections and file utilities use.
    public let files: SessionFiles
    /// Bounds on input, output and nesting.
    public let limits: ShellLimits
    /// All variables in definition order.
    public internal(set) var variables: OrderedDictionary<String, ShellVariable> = [:]
    /// Aliases defined with `alias`.
    public internal(set) var aliases: [String: String] = [:]
    /// The exit status of the last command (`$?`).
    public internal(set) var lastStatus: Int32 = 0
    /// The working directory as components below the session root.
    var workingDirectory: [String] = []
    /// The previous working directory, for `cd -`.
    var previousDirectory: [String] = []
    /// How many `$(…)` are running inside each other now.
    var substitutionDepth = 0
    /// The status of the last command substitution in the command being expanded.
    var lastSubstitutionStatus: Int32?
    /// Polled between commands: once it says Ctrl-C was pressed, the rest of the line is not run and the
    /// status is 130, as bash does when its foreground job dies of SIGINT.
    public var isInterrupted: () -> Bool = { false }

    /// The exit status of a command cut short by Ctrl-C (128 + SIGINT).
    public static let interruptedStatus: Int32 = 130

    /// The names of the commands the shell runs itself; everything else goes to the host.
    public static var builtinNames: Set<String> { Set(ShellBuiltins.table.keys) }

    /// Creates a shell. `environment` replaces the default exported variables
    /// (HOME, PATH, PWD, SHELL, USER, TERM) when given.
    public init(host: ShellCommandHost?, files: SessionFiles, environment: [(String, String)]? = nil,
                limits: ShellLimits = .standard) {
        self.host = host
        self.files = files
        self.limits = limits
        let defaults: [(String, String)] = [
            ("HOME", files.rootDisplayPath), ("PATH", "/usr/local/bin:/usr/bin:/bin"),
            ("PWD", files.rootDisplayPath), ("SHELL", "/bin/bash"), ("USER", "learner"), ("TERM", "xterm-256color"),
        ]
        for (name, value) in environment ?? defaults {
            variables[name] = ShellVariable(value: value, exported: true)
        }
    }

    // MARK: Variables

    /// The value of a variable, or nil when unset.
    public func value(of name: String) -> String? { variables[name]?.value }

    /// Sets a variable. `exported` nil keeps the current export flag (false for new variables).
    /// Fails when the value is longer than `limits.maximumVariableLength`.
    @discardableResult
    public func setVariable(_ name: String, _ value: String, exported: Bool? = nil) -> Bool {
        guard value.count <= limits.maximumVariableLength else { return false }
        let wasExported = variables[name]?.exported ?? false
        variables[name] = ShellVariable(value: value, exported: exported ?? wasExported)
        return true
    }

    /// Removes a variable.
    public func unsetVariable(_ name: String) { variables.removeValue(forKey: name) }

    /// The exported variables in definition order, as passed to commands.
    public var exportedEnvironment: [(name: String, value: String)] {
        variables.filter { $0.value.exported }.map { ($0.key, $0.value.value) }
    }

    func assign(_ name: String, _ value: String, exported: Bool? = nil) throws {
        guard setVariable(name, value, exported: exported) else {
            throw ShellRuntimeError(message: "bash: \(name): value too long (kubetutor's limit is \(limits.maximumVariableLength) characters)")
        }
    }

    // MARK: Running

    /// Runs one command text (possibly several lines: continuations, here-documents, `;`-lists)
    /// and returns its exit status, which also becomes `$?`. Syntax errors print bash's message
    /// and return 2.
    @discardableResult
    public func run(line: String, io: ShellIO) -> Int32 {
        if let interruption = io.interruption { isInterrupted = interruption }
        let budget = ShellOutputBudget(io: io, limit: limits.maximumOutputLength)
        let io = budget.bounded
        guard line.count <= limits.maximumInputLength else {
            io.stderr("bash: command text too long (kubetutor's limit is \(limits.maximumInputLength) characters)\n")
            lastStatus = 1
            return 1
        }
        do {
            let stream = try ShellLexer.tokenize(line)
            for document in stream.hereDocuments where !document.terminated {
                io.stderr("bash: warning: here-document at line \(document.line) delimited by end-of-file (wanted `\(document.delimiter)')\n")
            }
            let list = try ShellParser.parse(stream)
            return execute(list, io: io)
        } catch let error as ShellSyntaxError {
            io.stderr(error.bashMessage + "\n")
            lastStatus = error.status
            return error.status
        } catch {
            io.stderr("bash: \(error)\n")
            lastStatus = 1
            return 1
        }
    }

    /// Runs a parsed list.
    func execute(_ list: ShellCommandList, io: ShellIO) -> Int32 {
        for item in list.items {
            var status = execute(item.first, io: io)
            lastStatus = status
            for (connector, pipeline) in item.rest {
                if isInterrupted() { break }
                let runs = connector == .and ? status == 0 : status != 0
                guard runs else { continue }
                status = execute(pipeline, io: io)
                lastStatus = status
            }
            if isInterrupted() {
                lastStatus = Self.interruptedStatus
                break
            }
        }
        return lastStatus
    }

    private func execute(_ pipeline: ShellPipeline, io: ShellIO) -> Int32 {
        var input: String?
        var status: Int32 = 0
        for (position, command) in pipeline.commands.enumerated() {
            if position > 0, isInterrupted() { return Self.interruptedStatus }
            if position == pipeline.commands.count - 1 {
                status = execute(command, stdin: input, io: io, isLastInPipeline: true)
            } else {
                let capture = ShellCapture(limit: limits.maximumCaptureLength)
                status = execute(command, stdin: input, io: ShellIO(stdout: capture.append, stderr: io.stderr),
                                 isLastInPipeline: false)
                input = capture.text
            }
        }
        return pipeline.negated ? (status == 0 ? 1 : 0) : status
    }

    private func execute(_ command: ShellSimpleCommand, stdin: String?, io: ShellIO, isLastInPipeline: Bool) -> Int32 {
        lastSubstitutionStatus = nil
        do {
            var argv = try expandArguments(command.words, io: io)
            var assignments: [(String, String)] = []
            for (name, value) in command.assignments {
                assignments.append((name, try expandWord(value, split: false, io: io).joined()))
            }
            let redirected = try ShellRedirectionSetup(shell: self, stdin: stdin, io: io)
            try redirected.apply(command.redirections)
            defer { redirected.finish() }
            if argv.isEmpty {
                for (name, value) in assignments { try assign(name, value) }
                return lastSubstitutionStatus ?? 0
            }
            if let first = command.words.first, case .literal(_, quoted: false)? = first.parts.first,
               first.parts.count == 1, let alias = aliases[argv[0]] {
                argv = try aliasWords(alias, io: io) + argv.dropFirst()
            }
            let terminal = isLastInPipeline && substitutionDepth == 0 && !redirected.stdoutRedirected
            return try withTemporaryVariables(assignments) {
                runCommand(argv, stdin: redirected.stdin, io: redirected.io, stdoutIsTerminal: terminal)
            }
        } catch let error as ShellRuntimeError {
            io.stderr(error.message + "\n")
            return error.status
        } catch let error as ShellSyntaxError {
            io.stderr(error.bashMessage + "\n")
            return error.status
        } catch {
            io.stderr("bash: \(error)\n")
            return 1
        }
    }

    private func aliasWords(_ alias: String, io: ShellIO) throws -> [String] {
        let tokens = try ShellLexer.tokenize(alias).tokens
        var words: [String] = []
        for case .word(let word) in tokens { words += try expandWord(word, split: true, io: io) }
        return words
    }

    private func withTemporaryVariables(_ assignments: [(String, String)], _ body: () -> Int32) throws -> Int32 {
        let saved = assignments.map { ($0.0, variables[$0.0]) }
        for (name, value) in assignments { try assign(name, value, exported: true) }
        defer {
            for (name, old) in saved {
                if let old { variables[name] = old } else { variables.removeValue(forKey: name) }
            }
        }
        return body()
    }

    /// Runs one expanded command: a builtin, or else the host.
    /// Used by the shell itself and by builtins such as `env NAME=value command`.
    public func runCommand(_ argv: [String], stdin: String?, io: ShellIO, stdoutIsTerminal: Bool = false) -> Int32 {
        guard let name = argv.first else { return 0 }
        if let builtin = ShellBuiltins.table[name] {
            let invocation = ShellBuiltinInvocation(
                name: name, arguments: Array(argv.dropFirst()), stdin: stdin, io: io, shell: self,
                stdoutIsTerminal: stdoutIsTerminal)
            return builtin(invocation)
        }
        guard let host else {
            io.stderr("bash: \(name): command not found\n")
            return 127
        }
        return host.run(argv, stdin: stdin, io: io, shell: self)
    }

    // MARK: Files

    /// The path handed to `files` for a path as the user wrote it (relative to the working directory).
    public func sessionPath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" { return files.rootDisplayPath }
        if path.hasPrefix("~/") { return files.rootDisplayPath + path.dropFirst() }
        return (workingDirectory + [path]).joined(separator: "/")
    }

    /// The display path of the working directory (what `pwd` prints).
    public var currentDirectoryPath: String {
        guard files.rootDisplayPath != "/" else { return "/" + workingDirectory.joined(separator: "/") }
        return ([files.rootDisplayPath] + workingDirectory).joined(separator: "/")
    }

    /// Runs a file operation on a user-written path; errors carry the user's path.
    func withFile<T>(_ path: String, _ operation: (String) throws -> T) throws -> T {
        do {
            return try operation(sessionPath(path))
        } catch var error as SessionFileError {
            error.path = path
            throw error
        }
    }

    /// Reads a session file as the user named it (relative to the working directory).
    /// `/dev/null` reads as empty.
    public func readFile(_ path: String) throws -> String {
        if path == "/dev/null" { return "" }
        return try withFile(path) { try files.read($0) }
    }

    /// Writes (or appends to) a session file as the user named it. `/dev/null` discards.
    public func writeFile(_ path: String, _ contents: String, append: Bool = false) throws {
        if path == "/dev/null" { return }
        try withFile(path) { append ? try files.append($0, contents) : try files.write($0, contents) }
    }

    /// Writes a session file as the user named it so that a crash leaves the old or the new contents.
    public func writeFileDurably(_ path: String, _ contents: String) throws {
        if path == "/dev/null" { return }
        try withFile(path) { try files.writeDurably($0, contents) }
    }

    /// What a user-written path names, or nil when nothing is there.
    public func fileKind(_ path: String) throws -> SessionFileKind? {
        try withFile(path) { try files.kind($0) }
    }
}
