import Foundation

/// One call of a builtin: its arguments, input, output and the shell it runs in.
public struct ShellBuiltinInvocation {
    /// The command name (`argv[0]`).
    public let name: String
    /// The arguments after the name.
    public let arguments: [String]
    /// Piped or redirected input; nil when reading from the terminal.
    public let stdin: String?
    /// Where output goes.
    public let io: ShellIO
    /// The shell running the builtin.
    public unowned let shell: ShellInterpreter
    /// True when stdout is the terminal (not a pipe, file or `$(…)`).
    public let stdoutIsTerminal: Bool

    /// Writes to stdout.
    func out(_ text: String) { io.stdout(text) }

    /// Writes one line to stderr.
    func error(_ line: String) { io.stderr(line + "\n") }

    /// Reads the named files (`-` is stdin; no operands means stdin), reporting failures as
    /// `name: file: reason`. Returns the readable inputs and whether any failed.
    func readInputs(_ operands: [String]) -> (inputs: [(name: String, text: String)], failed: Bool) {
        if operands.isEmpty { return ([("-", stdin ?? "")], false) }
        var inputs: [(String, String)] = []
        var failed = false
        for operand in operands {
            if operand == "-" {
                inputs.append(("-", stdin ?? ""))
                continue
            }
            do {
                inputs.append((operand, try shell.readFile(operand)))
            } catch let failure as SessionFileError {
                error("\(name): \(operand): \(failure.reason)")
                failed = true
            } catch {
                self.error("\(name): \(operand): \(error)")
                failed = true
            }
        }
        return (inputs, failed)
    }

    /// Prints a GNU-style option error with its "Try --help" line and returns `status`.
    func optionFailure(_ failure: ShellOptionError, usage: String? = nil, status: Int32 = 1) -> Int32 {
        error("\(name): \(failure.message)")
        if let usage { error(usage) }
        error("Try '\(name) --help' for more information.")
        return status
    }
}

/// Splits text into lines the way line-oriented tools see them (a final newline ends the last line).
enum ShellLines {
    /// The lines of `text` without their newlines.
    static func split(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = text.components(separatedBy: "\n")
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    /// Joins lines, each followed by a newline.
    static func join(_ lines: [String]) -> String {
        lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}

/// A command-line option error, worded like GNU getopt.
struct ShellOptionError: Error {
    /// E.g. `invalid option -- 'z'`.
    var message: String
}

/// A GNU-style option parser: clustered short flags, options after operands, `--`, long options.
struct ShellOptionParser {
    /// Short flags without a value.
    var flags: Set<Character> = []
    /// Short options that take a value (`-n 5`, `-n5`).
    var valued: Set<Character> = []
    /// Long options: name → (short equivalent, takes a value).
    var long: [String: (Character, Bool)] = [:]
    /// False for tools (like echo) where options must come first.
    var permute = true

    /// Parsed options in order, each with its value, and the operands.
    func parse(_ arguments: [String]) throws -> (options: [(Character, String?)], operands: [String]) {
        var options: [(Character, String?)] = []
        var operands: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                operands += arguments[index...]
                break
            }
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
                guard let (short, takesValue) = long[name] else {
                    throw ShellOptionError(message: "unrecognized option '\(argument)'")
                }
                if takesValue {
                    if let inlineValue {
                        options.append((short, inlineValue))
                    } else if index < arguments.count {
                        options.append((short, arguments[index]))
                        index += 1
                    } else {
                        throw ShellOptionError(message: "option '--\(name)' requires an argument")
                    }
                } else {
                    options.append((short, inlineValue))
                }
                continue
            }
            guard argument.hasPrefix("-"), argument.count > 1 else {
                operands.append(argument)
                if !permute {
                    operands += arguments[index...]
                    break
                }
                continue
            }
            var characters = Substring(argument.dropFirst())
            while let flag = characters.first {
                characters = characters.dropFirst()
                if valued.contains(flag) {
                    if !characters.isEmpty {
                        options.append((flag, String(characters)))
                    } else if index < arguments.count {
                        options.append((flag, arguments[index]))
                        index += 1
                    } else {
                        throw ShellOptionError(message: "option requires an argument -- '\(flag)'")
                    }
                    break
                }
                guard flags.contains(flag) else { throw ShellOptionError(message: "invalid option -- '\(flag)'") }
                options.append((flag, nil))
            }
        }
        return (options, operands)
    }
}
