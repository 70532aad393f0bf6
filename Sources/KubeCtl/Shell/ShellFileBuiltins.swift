import Foundation

/// `cat`, `ls` and `rm` over the session files.
enum ShellFileBuiltins {
    /// `cat [-n] [file…]`.
    static func cat(_ call: ShellBuiltinInvocation) -> Int32 {
        let parser = ShellOptionParser(flags: ["n", "A", "E", "s", "u"], long: ["number": ("n", false)])
        let parsed: (options: [(Character, String?)], operands: [String])
        do { parsed = try parser.parse(call.arguments) } catch let failure as ShellOptionError {
            return call.optionFailure(failure)
        } catch { return 1 }
        let number = parsed.options.contains { $0.0 == "n" }
        let showEnds = parsed.options.contains { $0.0 == "E" || $0.0 == "A" }
        let (inputs, failed) = call.readInputs(parsed.operands)
        var lineNumber = 0
        for input in inputs {
            guard number || showEnds else {
                call.out(input.text)
                continue
            }
            var output = ""
            let lines = input.text.components(separatedBy: "\n")
            for (position, line) in lines.enumerated() {
                let isLast = position == lines.count - 1
                if isLast && line.isEmpty { break }
                if number {
                    lineNumber += 1
                    output += String(repeating: " ", count: max(0, 6 - String(lineNumber).count)) + "\(lineNumber)\t"
                }
                output += line + (isLast ? "" : (showEnds ? "$\n" : "\n"))
            }
            call.out(output)
        }
        return failed ? 1 : 0
    }

    /// `ls [-1aA] [path…]`: names only; columns on a terminal, one per line otherwise.
    static func ls(_ call: ShellBuiltinInvocation) -> Int32 {
        let parser = ShellOptionParser(flags: ["1", "a", "A"], long: ["all": ("a", false), "almost-all": ("A", false)])
        let parsed: (options: [(Character, String?)], operands: [String])
        do { parsed = try parser.parse(call.arguments) } catch let failure as ShellOptionError {
            return call.optionFailure(failure, status: 2)
        } catch { return 2 }
        let flags = Set(parsed.options.map(\.0))
        let onePerLine = flags.contains("1") || !call.stdoutIsTerminal
        let operands = parsed.operands.isEmpty ? ["."] : parsed.operands
        var status: Int32 = 0
        var fileNames: [String] = []
        var directories: [(String, [String])] = []
        for operand in operands {
            do {
                switch try call.shell.fileKind(operand) {
                case .file?: fileNames.append(operand)
                case .directory?:
                    var names = try call.shell.withFile(operand) { try call.shell.files.list($0) }
                    if !flags.contains("a") && !flags.contains("A") { names = names.filter { !$0.hasPrefix(".") } }
                    if flags.contains("a") { names = [".", ".."] + names }
                    directories.append((operand, names))
                case nil: throw SessionFileError.notFound(operand)
                }
            } catch let failure as SessionFileError {
                call.error("ls: cannot access '\(operand)': \(failure.reason)")
                status = 2
            } catch {
                status = 2
            }
        }
        var blocks: [String] = []
        if !fileNames.isEmpty { blocks.append(layout(fileNames.sorted(), onePerLine: onePerLine)) }
        let withHeaders = operands.count > 1
        for (name, entries) in directories.sorted(by: { $0.0 < $1.0 }) {
            let body = layout(entries, onePerLine: onePerLine)
            blocks.append(withHeaders ? "\(name):\n" + body : body)
        }
        call.out(blocks.joined(separator: "\n"))
        return status
    }

    private static func layout(_ names: [String], onePerLine: Bool) -> String {
        guard !names.isEmpty else { return "" }
        if onePerLine || names.joined(separator: "  ").count > 80 { return ShellLines.join(names) }
        return names.joined(separator: "  ") + "\n"
    }

    /// `rm [-f] [-r] file…`.
    static func rm(_ call: ShellBuiltinInvocation) -> Int32 {
        let parser = ShellOptionParser(flags: ["f", "r", "R", "v", "i", "d"],
                                       long: ["force": ("f", false), "recursive": ("r", false), "verbose": ("v", false)])
        let parsed: (options: [(Character, String?)], operands: [String])
        do { parsed = try parser.parse(call.arguments) } catch let failure as ShellOptionError {
            return call.optionFailure(failure)
        } catch { return 1 }
        let flags = Set(parsed.options.map(\.0))
        let force = flags.contains("f")
        let recursive = flags.contains("r") || flags.contains("R")
        if parsed.operands.isEmpty {
            if force { return 0 }
            call.error("rm: missing operand")
            call.error("Try 'rm --help' for more information.")
            return 1
        }
        var status: Int32 = 0
        for operand in parsed.operands {
            do {
                switch try call.shell.fileKind(operand) {
                case nil:
                    if force { continue }
                    throw SessionFileError.notFound(operand)
                case .directory? where !recursive:
                    throw SessionFileError.isDirectory(operand)
                default:
                    try call.shell.withFile(operand) { try call.shell.files.remove($0) }
                    if flags.contains("v") { call.out("removed '\(operand)'\n") }
                }
            } catch let failure as SessionFileError {
                call.error("rm: cannot remove '\(operand)': \(failure.reason)")
                status = 1
            } catch {
                status = 1
            }
        }
        return status
    }
}
