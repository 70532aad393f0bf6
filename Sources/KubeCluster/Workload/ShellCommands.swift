import Foundation

/// The commands the simulated shell understands, and what each writes, waits for and returns.
extension ShellCompiler {
    mutating func compileSimple(assignments: [(String, [WordPiece])], words: [[WordPiece]],
                                redirect: (append: Bool, target: [WordPiece])?) -> (steps: [ProgramStep], status: Int32, exits: Bool) {
        for (name, value) in assignments {
            let parts = expand(value)
            setVariable(name, ShellCompiler.flatten(parts))
        }
        guard !words.isEmpty else { return ([], 0, false) }
        let argv = words.map { expand($0) }
        let arguments = argv.map { ShellCompiler.flatten($0) }
        var result = run(arguments: arguments, parts: argv)
        if let redirect {
            let target = ShellCompiler.flatten(expand(redirect.target))
            var content = ""
            result.steps = result.steps.compactMap { step in
                guard case .write(let line) = step else { return step }
                content += ShellCompiler.flatten(line.parts) + "\n"
                return nil
            }
            if target != "/dev/null" && target != "/dev/stderr" && target != "/proc/1/fd/1" {
                let previous = redirect.append ? (readFile(target) ?? "") : ""
                recordFile(target, previous + content)
                result.steps.append(.setFile(path: target, content: previous + content))
            } else if target != "/dev/null" {
                return run(arguments: arguments, parts: argv)
            }
        }
        return result
    }

    private func line(_ text: String, stream: LogStream = .stdout) -> ProgramStep { .write(.text(text, stream: stream)) }

    private func missingFile(_ tool: String, _ path: String) -> String {
        environment.userland == .busybox ? "\(tool): can't open '\(path)': No such file or directory"
            : "\(tool): \(path): No such file or directory"
    }

    /// Runs one command.
    mutating func run(arguments: [String], parts: [[TextPart]]) -> (steps: [ProgramStep], status: Int32, exits: Bool) {
        guard let name = arguments.first else { return ([], 0, false) }
        let args = Array(arguments.dropFirst())
        let command = (name as NSString).lastPathComponent
        if let server = environment.serverSteps(arguments) {
            markServer()
            return (server, 0, true)
        }
        let missingShell = (command == "bash" && environment.userland != .debian)
            || (["sh", "ash", "bash"].contains(command) && environment.userland == .distroless)
        if missingShell { return ([line("sh: \(name): not found", stream: .stderr)], 127, false) }
        switch command {
        case "echo":
            var rest = Array(parts.dropFirst())
            var newline = true
            while let first = rest.first, let flag = ShellCompiler.literalFlag(first), ["-n", "-e", "-ne", "-en"].contains(flag) {
                if flag.contains("n") { newline = false }
                rest.removeFirst()
            }
            var joined: [TextPart] = []
            for (index, word) in rest.enumerated() {
                if index > 0 { joined.append(.literal(" ")) }
                joined += word
            }
            _ = newline
            return (splitLines(joined), 0, false)
        case "printf":
            guard let format = args.first else { return ([], 0, false) }
            var text = format.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t")
            for value in args.dropFirst() {
                if let range = text.range(of: "%s") ?? text.range(of: "%d") { text.replaceSubrange(range, with: value) }
            }
            let lines = text.hasSuffix("\n") ? String(text.dropLast()) : text
            return (lines.components(separatedBy: "\n").map { line($0) }, 0, false)
        case "sleep":
            guard let value = args.first, let seconds = ShellCompiler.duration(value) else {
                return ([line("sleep: invalid number '\(args.first ?? "")'", stream: .stderr)], 1, false)
            }
            return ([.sleep(seconds)], 0, false)
        case "exit":
            let code = Int32(args.first ?? "0") ?? 2
            return ([.exit(code & 0xFF)], code, true)
        case "true", ":": return ([], 0, false)
        case "false": return ([], 1, false)
        case "date": return ([.write(ProgramLine([.clock(.busyboxDate)]))], 0, false)
        case "hostname": return ([line(environment.podName)], 0, false)
        case "env", "printenv":
            if command == "printenv", let wanted = args.first {
                guard let value = variable(wanted) else { return ([], 1, false) }
                return ([line(value)], 0, false)
            }
            if command == "env", !args.isEmpty, !args[0].contains("=") {
                return run(arguments: args, parts: Array(parts.dropFirst()))
            }
            return (environment.environment.map { line("\($0.0)=\($0.1)") }, 0, false)
        case "cat":
            var steps: [ProgramStep] = []
            var status: Int32 = 0
            for path in args where !path.hasPrefix("-") {
                if let content = readFile(path) {
                    let body = content.hasSuffix("\n") ? String(content.dropLast()) : content
                    steps += body.components(separatedBy: "\n").map { line($0) }
                } else {
                    steps.append(line(missingFile("cat", path), stream: .stderr))
                    status = 1
                }
            }
            return (steps, status, false)
        case "ls":
            let path = args.last { !$0.hasPrefix("-") } ?? "/"
            guard let entries = environment.listDirectory(path) else {
                let text = environment.userland == .busybox ? "ls: \(path): No such file or directory"
                    : "ls: cannot access '\(path)': No such file or directory"
                return ([line(text, stream: .stderr)], environment.userland == .busybox ? 1 : 2, false)
            }
            return (entries.map { line($0) }, 0, false)
        case "touch":
            var steps: [ProgramStep] = []
            for path in args where !path.hasPrefix("-") {
                let content = readFile(path) ?? ""
                recordFile(path, content)
                steps.append(.setFile(path: path, content: content))
            }
            return (steps, 0, false)
        case "rm":
            var steps: [ProgramStep] = []
            let force = args.contains { $0.hasPrefix("-") && $0.contains("f") }
            var status: Int32 = 0
            for path in args where !path.hasPrefix("-") {
                if readFile(path) == nil && !force {
                    steps.append(line("rm: can't remove '\(path)': No such file or directory", stream: .stderr))
                    status = 1
                }
                recordFile(path, nil)
                steps.append(.setFile(path: path, content: nil))
            }
            return (steps, status, false)
        case "mkdir", "cd", "export", "set", "chmod", "ulimit", "umask": return ([], 0, false)
        case "trap":
            if args.contains(where: { ["TERM", "SIGTERM", "15", "INT", "EXIT"].contains($0) }) { markTrap() }
            return ([], 0, false)
        case "tail":
            if args.contains("-f") || args.contains("-F") { return ([.sleep(.infinity)], 0, false) }
            guard let path = args.last, let content = readFile(path) else { return ([], 1, false) }
            return (content.split(separator: "\n").suffix(10).map { line(String($0)) }, 0, false)
        case "wget", "curl":
            guard let url = args.last(where: { !$0.hasPrefix("-") && $0 != "-" && !$0.hasPrefix("/") }) else {
                return ([line("\(command): missing URL", stream: .stderr)], 1, false)
            }
            return ([.write(ProgramLine([.fetch(url: url)])), .sleep(0.02)], 0, false)
        case "exec":
            return run(arguments: args, parts: Array(parts.dropFirst()))
        case "sh", "bash", "ash", "/bin/sh":
            if let flagIndex = args.firstIndex(of: "-c"), flagIndex + 1 < args.count,
               let node = try? ShellParser.parse(args[flagIndex + 1]) {
                return compile(node)
            }
            return ([], 0, false)
        case "hello":
            return (HelloWorld.lines.map { line($0) }, 0, true)
        case "nslookup":
            return ([line("Server:\t\t10.96.0.10"), line("Address:\t10.96.0.10:53"), line("")], 0, false)
        case "python", "python3":
            return pythonCommand(args)
        case "test", "[":
            return ([], testStatus(args), false)
        default:
            return ([line("sh: \(name): not found", stream: .stderr)], 127, false)
        }
    }

    private func splitLines(_ parts: [TextPart]) -> [ProgramStep] {
        var lines: [[TextPart]] = [[]]
        for part in parts {
            if case .literal(let text) = part, text.contains("\n") {
                let pieces = text.components(separatedBy: "\n")
                for (index, piece) in pieces.enumerated() {
                    if index > 0 { lines.append([]) }
                    if !piece.isEmpty { lines[lines.count - 1].append(.literal(piece)) }
                }
            } else {
                lines[lines.count - 1].append(part)
            }
        }
        return lines.map { .write(ProgramLine($0)) }
    }

    private func testStatus(_ args: [String]) -> Int32 {
        let operands = args.filter { $0 != "]" }
        if operands.count == 2, ["-f", "-e", "-r", "-s"].contains(operands[0]) { return readFile(operands[1]) == nil ? 1 : 0 }
        if operands.count == 2, operands[0] == "-d" { return environment.listDirectory(operands[1]) == nil ? 1 : 0 }
        if operands.count == 2, operands[0] == "-z" { return operands[1].isEmpty ? 0 : 1 }
        if operands.count == 2, operands[0] == "-n" { return operands[1].isEmpty ? 1 : 0 }
        if operands.count == 3, operands[1] == "=" || operands[1] == "==" { return operands[0] == operands[2] ? 0 : 1 }
        if operands.count == 3, operands[1] == "!=" { return operands[0] != operands[2] ? 0 : 1 }
        return 0
    }

    private mutating func pythonCommand(_ args: [String]) -> (steps: [ProgramStep], status: Int32, exits: Bool) {
        if let index = args.firstIndex(of: "-c"), index + 1 < args.count {
            let code = args[index + 1]
            var steps: [ProgramStep] = []
            var rest = Substring(code)
            while let start = rest.range(of: "print(") {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: ")") else { break }
                var value = String(after[..<end]).trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                    value = String(value.dropFirst().dropLast())
                }
                steps.append(line(value))
                rest = after[after.index(after: end)...]
            }
            if code.contains("time.sleep(") || code.contains("while True") { steps.append(.sleep(.infinity)) }
            return (steps, 0, false)
        }
        if let index = args.firstIndex(of: "-m"), index + 1 < args.count, args[index + 1] == "http.server" {
            let port = args.dropFirst(index + 2).first.flatMap { Int32($0) } ?? 8000
            addServer(port, .pythonHTTP)
            return ([line("Serving HTTP on 0.0.0.0 port \(port) (http://0.0.0.0:\(port)/) ..."), .sleep(.infinity)], 0, true)
        }
        return ([], 0, false)
    }

    static func literalFlag(_ parts: [TextPart]) -> String? {
        guard parts.count == 1, case .literal(let text) = parts[0], text.hasPrefix("-") else { return nil }
        return text
    }

    /// Seconds of a `sleep` argument (`5`, `0.5`, `10s`, `2m`, `1h`, `infinity`).
    static func duration(_ text: String) -> Double? {
        if text == "infinity" || text == "inf" { return .infinity }
        let units: [(String, Double)] = [("s", 1), ("m", 60), ("h", 3600), ("d", 86400)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            return Double(text.dropLast()).map { $0 * factor }
        }
        guard let value = Double(text), value >= 0 else { return nil }
        return value
    }
}

/// What `hello-world` prints.
enum HelloWorld {
    static let lines = [
        "", "Hello from Docker!", "This message shows that your installation appears to be working correctly.", "",
        "To generate this message, Docker took the following steps:",
        " 1. The Docker client contacted the Docker daemon.",
        " 2. The Docker daemon pulled the \"hello-world\" image from the Docker Hub.", "    (amd64)",
        " 3. The Docker daemon created a new container from that image which runs the",
        "    executable that produces the output you are currently reading.",
        " 4. The Docker daemon streamed that output to the Docker client, which sent it", "    to your terminal.", "",
        "To try something more ambitious, you can run an Ubuntu container with:", " $ docker run -it ubuntu bash", "",
        "Share images, automate workflows, and more with a free Docker ID:", " https://hub.docker.com/", "",
        "For more examples and ideas, visit:", " https://docs.docker.com/get-started/", "",
    ]
}
