import Foundation

/// The commands the shell runs itself, and the shell-state builtins (echo, export, cd, …).
/// Host commands such as kubectl, curl or sleep are deliberately absent.
enum ShellBuiltins {
    /// A builtin's implementation.
    typealias Implementation = (ShellBuiltinInvocation) -> Int32

    /// Builtins by name.
    static let table: [String: Implementation] = [
        "true": { _ in 0 }, ":": { _ in 0 }, "false": { _ in 1 },
        "echo": echo, "printf": ShellPrintf.run, "export": export, "unset": unset, "env": env,
        "pwd": pwd, "cd": cd, "which": which, "alias": alias, "unalias": unalias,
        "cat": ShellFileBuiltins.cat, "ls": ShellFileBuiltins.ls, "rm": ShellFileBuiltins.rm,
        "grep": ShellGrep.run, "head": ShellLineTools.head, "tail": ShellLineTools.tail,
        "wc": ShellLineTools.wc, "sort": ShellSort.run, "uniq": ShellLineTools.uniq,
        "cut": ShellTextTools.cut, "tr": ShellTextTools.tr, "base64": ShellTextTools.base64,
        "awk": ShellAwk.run,
    ]

    /// Utilities `which` reports as installed programs (shell builtins like `cd` have no path).
    static let utilityPaths: [String: String] = [
        "echo": "/usr/bin/echo", "printf": "/usr/bin/printf", "env": "/usr/bin/env", "pwd": "/usr/bin/pwd",
        "true": "/usr/bin/true", "false": "/usr/bin/false", "which": "/usr/bin/which",
        "cat": "/usr/bin/cat", "ls": "/usr/bin/ls", "rm": "/usr/bin/rm", "grep": "/usr/bin/grep",
        "head": "/usr/bin/head", "tail": "/usr/bin/tail", "wc": "/usr/bin/wc", "sort": "/usr/bin/sort",
        "uniq": "/usr/bin/uniq", "cut": "/usr/bin/cut", "tr": "/usr/bin/tr", "base64": "/usr/bin/base64",
        "awk": "/usr/bin/awk",
    ]

    /// `echo [-neE] [arg…]`: bash's builtin echo.
    static func echo(_ call: ShellBuiltinInvocation) -> Int32 {
        var arguments = call.arguments[...]
        var newline = true
        var escapes = false
        while let first = arguments.first, first.count > 1, first.hasPrefix("-"),
              first.dropFirst().allSatisfy({ "neE".contains($0) }) {
            for flag in first.dropFirst() {
                switch flag {
                case "n": newline = false
                case "e": escapes = true
                default: escapes = false
                }
            }
            arguments = arguments.dropFirst()
        }
        var text = arguments.joined(separator: " ")
        if escapes {
            let decoded = ShellEscapes.decode(text, style: .echo)
            text = decoded.text
            if decoded.stopped { newline = false }
        }
        call.out(newline ? text + "\n" : text)
        return 0
    }

    /// `export [-p] [NAME[=value]…]`.
    static func export(_ call: ShellBuiltinInvocation) -> Int32 {
        let arguments = call.arguments.filter { $0 != "-p" && $0 != "--" }
        if arguments.isEmpty {
            let exported = call.shell.variables.filter { $0.value.exported }.keys.sorted()
            for name in exported {
                call.out("declare -x \(name)=\"\(declareEscaped(call.shell.value(of: name) ?? ""))\"\n")
            }
            return 0
        }
        var status: Int32 = 0
        for argument in arguments {
            let name = String(argument.prefix { $0 != "=" })
            guard ShellWord.isValidName(name) else {
                call.error("bash: export: `\(argument)': not a valid identifier")
                status = 1
                continue
            }
            if argument.contains("=") {
                let value = String(argument.drop { $0 != "=" }.dropFirst())
                if !call.shell.setVariable(name, value, exported: true) {
                    call.error("bash: \(name): value too long (kubetutor's limit is \(call.shell.limits.maximumVariableLength) characters)")
                    status = 1
                }
            } else if let existing = call.shell.value(of: name) {
                call.shell.setVariable(name, existing, exported: true)
            }
        }
        return status
    }

    private static func declareEscaped(_ value: String) -> String {
        var result = ""
        for character in value {
            if "\"\\$`".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// `unset [-v|-f] NAME…`.
    static func unset(_ call: ShellBuiltinInvocation) -> Int32 {
        // bash accepts names that are invalid for variables as function names, silently.
        for name in call.arguments where !["-v", "-f", "--"].contains(name) {
            call.shell.unsetVariable(name)
        }
        return 0
    }

    /// `env [NAME=value…] [command [arg…]]`: prints the environment or runs a command with additions.
    static func env(_ call: ShellBuiltinInvocation) -> Int32 {
        var additions: [(String, String)] = []
        var rest = call.arguments[...]
        while let first = rest.first, let equals = first.firstIndex(of: "="), first.first != "=" {
            additions.append((String(first[..<equals]), String(first[first.index(after: equals)...])))
            rest = rest.dropFirst()
        }
        if let first = rest.first, first.hasPrefix("-") {
            call.error("env: invalid option -- '\(first.dropFirst().prefix(1))'")
            call.error("Try 'env --help' for more information.")
            return 125
        }
        if rest.isEmpty {
            var lines = call.shell.exportedEnvironment.filter { variable in !additions.contains { $0.0 == variable.name } }
                .map { "\($0.name)=\($0.value)" }
            lines += additions.map { "\($0.0)=\($0.1)" }
            call.out(ShellLines.join(lines))
            return 0
        }
        let saved = additions.map { ($0.0, call.shell.variables[$0.0]) }
        for (name, value) in additions where ShellWord.isValidName(name) {
            call.shell.setVariable(name, value, exported: true)
        }
        defer {
            for (name, old) in saved {
                if let old { call.shell.variables[name] = old } else { call.shell.unsetVariable(name) }
            }
        }
        return call.shell.runCommand(Array(rest), stdin: call.stdin, io: call.io)
    }

    /// `pwd`.
    static func pwd(_ call: ShellBuiltinInvocation) -> Int32 {
        call.out(call.shell.currentDirectoryPath + "\n")
        return 0
    }

    /// `cd [dir]`: moves within the session folder only.
    static func cd(_ call: ShellBuiltinInvocation) -> Int32 {
        let shell = call.shell
        guard call.arguments.count <= 1 else {
            call.error("bash: cd: too many arguments")
            return 1
        }
        var target = call.arguments.first ?? "~"
        if target == "-" { target = ([shell.files.rootDisplayPath] + shell.previousDirectory).joined(separator: "/") }
        do {
            let components = try SessionPath.components(shell.sessionPath(target), root: shell.files.rootDisplayPath)
            switch try shell.files.kind(components.joined(separator: "/")) {
            case .directory?: break
            case .file?: throw SessionFileError.notDirectory(target)
            case nil: throw SessionFileError.notFound(target)
            }
            shell.previousDirectory = shell.workingDirectory
            shell.workingDirectory = components
            shell.setVariable("PWD", shell.currentDirectoryPath)
            if call.arguments.first == "-" { call.out(shell.currentDirectoryPath + "\n") }
            return 0
        } catch let failure as SessionFileError {
            call.error("bash: cd: \(target): \(failure.reason)")
            return 1
        } catch {
            call.error("bash: cd: \(target): \(error)")
            return 1
        }
    }

    /// `which name…`: the path of each known program; status 1 when any is missing.
    static func which(_ call: ShellBuiltinInvocation) -> Int32 {
        var status: Int32 = 0
        for name in call.arguments where !name.hasPrefix("-") {
            if let path = utilityPaths[name] ?? call.shell.host?.commandPath(name) {
                call.out(path + "\n")
            } else {
                status = 1
            }
        }
        return call.arguments.isEmpty ? 1 : status
    }

    /// `alias [name[=value]…]`.
    static func alias(_ call: ShellBuiltinInvocation) -> Int32 {
        let shell = call.shell
        let arguments = call.arguments.filter { $0 != "-p" }
        if arguments.isEmpty {
            for name in shell.aliases.keys.sorted() { call.out("alias \(name)=\(quoted(shell.aliases[name] ?? ""))\n") }
            return 0
        }
        var status: Int32 = 0
        for argument in arguments {
            if let equals = argument.firstIndex(of: "=") {
                shell.aliases[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
            } else if let value = shell.aliases[argument] {
                call.out("alias \(argument)=\(quoted(value))\n")
            } else {
                call.error("bash: alias: \(argument): not found")
                status = 1
            }
        }
        return status
    }

    /// `unalias [-a] name…`.
    static func unalias(_ call: ShellBuiltinInvocation) -> Int32 {
        if call.arguments.contains("-a") {
            call.shell.aliases.removeAll()
            return 0
        }
        var status: Int32 = 0
        for name in call.arguments where call.shell.aliases.removeValue(forKey: name) == nil {
            call.error("bash: unalias: \(name): not found")
            status = 1
        }
        return status
    }

    /// Single-quotes a value the way bash prints aliases.
    static func quoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
