import Foundation

/// `head`, `tail`, `wc`, `sort` and `uniq`.
enum ShellLineTools {
    /// Turns the obsolete `-5` form into `-n 5` for head and tail.
    private static func normalizeCount(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for argument in arguments {
            let isValue = result.last == "-n" || result.last == "-c" || result.last == "--lines" || result.last == "--bytes"
            if !isValue, argument.count > 1, argument.hasPrefix("-"), argument.dropFirst().allSatisfy(\.isNumber) {
                result += ["-n", String(argument.dropFirst())]
            } else {
                result.append(argument)
            }
        }
        return result
    }

    private static func parseHeadTail(_ call: ShellBuiltinInvocation) -> (count: String, bytes: Bool, operands: [String])? {
        let parser = ShellOptionParser(flags: ["q", "v", "f", "F"], valued: ["n", "c"],
                                       long: ["lines": ("n", true), "bytes": ("c", true), "quiet": ("q", false),
                                              "follow": ("f", false), "silent": ("q", false)])
        do {
            let parsed = try parser.parse(normalizeCount(call.arguments))
            var count = "10"
            var bytes = false
            for (flag, value) in parsed.options where flag == "n" || flag == "c" {
                count = value ?? "10"
                bytes = flag == "c"
            }
            return (count, bytes, parsed.operands)
        } catch let failure as ShellOptionError {
            _ = call.optionFailure(failure)
            return nil
        } catch { return nil }
    }

    /// Reads inputs for head/tail, reporting `cannot open 'x' for reading`.
    private static func headTailInputs(_ call: ShellBuiltinInvocation, _ operands: [String]) -> ([(String, String)], Bool) {
        if operands.isEmpty { return ([("-", call.stdin ?? "")], false) }
        var inputs: [(String, String)] = []
        var failed = false
        for operand in operands {
            if operand == "-" {
                inputs.append(("standard input", call.stdin ?? ""))
                continue
            }
            do {
                inputs.append((operand, try call.shell.readFile(operand)))
            } catch {
                let reason = (error as? SessionFileError)?.reason ?? "\(error)"
                call.error("\(call.name): cannot open '\(operand)' for reading: \(reason)")
                failed = true
            }
        }
        return (inputs, failed)
    }

    private static func runHeadTail(_ call: ShellBuiltinInvocation, select: (String, Bool, Bool, Int) -> String) -> Int32 {
        guard let (countText, bytes, operands) = parseHeadTail(call) else { return 1 }
        let fromStart = countText.hasPrefix("+")
        let negative = countText.hasPrefix("-")
        let digits = countText.drop { $0 == "+" || $0 == "-" }
        guard let count = Int(digits), count >= 0 else {
            call.error("\(call.name): invalid number of \(bytes ? "bytes" : "lines"): ‘\(countText)’")
            return 1
        }
        let (inputs, failed) = headTailInputs(call, operands)
        let headers = inputs.count > 1 && !call.arguments.contains("-q")
        var output = ""
        for (position, (name, text)) in inputs.enumerated() {
            if headers { output += (position > 0 ? "\n" : "") + "==> \(name) <==\n" }
            output += select(text, bytes, fromStart || negative, count)
        }
        call.out(output)
        return failed ? 1 : 0
    }

    /// `head [-n N|-N|-n -N] [-c N] [file…]`.
    static func head(_ call: ShellBuiltinInvocation) -> Int32 {
        runHeadTail(call) { text, bytes, allButLast, count in
            if bytes {
                let data = Array(text.utf8)
                let kept = allButLast ? data.dropLast(count) : data.prefix(count)
                return String(decoding: kept, as: UTF8.self)
            }
            let lines = keepingNewlines(text)
            return (allButLast ? Array(lines.dropLast(count)) : Array(lines.prefix(count))).joined()
        }
    }

    /// `tail [-n N|-N|-n +N] [-c N] [file…]` (`-f` is accepted and ignored).
    static func tail(_ call: ShellBuiltinInvocation) -> Int32 {
        runHeadTail(call) { text, bytes, fromStart, count in
            if bytes {
                let data = Array(text.utf8)
                let kept = fromStart ? data.dropFirst(max(count - 1, 0)) : data.suffix(count)
                return String(decoding: kept, as: UTF8.self)
            }
            let lines = keepingNewlines(text)
            return (fromStart ? Array(lines.dropFirst(max(count - 1, 0))) : Array(lines.suffix(count))).joined()
        }
    }

    /// Lines with their newline kept (the last may lack one).
    private static func keepingNewlines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `wc [-lwcm] [file…]` with GNU's column widths.
    static func wc(_ call: ShellBuiltinInvocation) -> Int32 {
        let parser = ShellOptionParser(flags: ["l", "w", "c", "m", "L"],
                                       long: ["lines": ("l", false), "words": ("w", false), "bytes": ("c", false), "chars": ("m", false)])
        let parsed: (options: [(Character, String?)], operands: [String])
        do { parsed = try parser.parse(call.arguments) } catch let failure as ShellOptionError {
            return call.optionFailure(failure)
        } catch { return 1 }
        var selected = Set(parsed.options.map(\.0))
        if selected.isEmpty { selected = ["l", "w", "c"] }
        let order: [Character] = ["l", "w", "m", "c"].filter(selected.contains)
        let (inputs, failed) = call.readInputs(parsed.operands)
        var rows: [(counts: [Int], name: String?)] = inputs.map { input in
            (order.map { count($0, in: input.text) }, input.name == "-" && parsed.operands.isEmpty ? nil : input.name)
        }
        if inputs.count > 1 {
            rows.append((order.indices.map { column in rows.reduce(0) { $0 + $1.counts[column] } }, "total"))
        }
        let readsStdin = inputs.contains { $0.name == "-" }
        var width: Int
        if order.count == 1 && inputs.count == 1 {
            width = 1
        } else if readsStdin {
            width = 7
        } else {
            width = String(inputs.reduce(0) { $0 + $1.text.utf8.count }).count
        }
        width = max(width, 1)
        var output = ""
        for row in rows {
            let numbers = row.counts.map { String(repeating: " ", count: max(0, width - String($0).count)) + String($0) }
            output += numbers.joined(separator: " ") + (row.name.map { " " + $0 } ?? "") + "\n"
        }
        call.out(output)
        return failed ? 1 : 0
    }

    private static func count(_ kind: Character, in text: String) -> Int {
        switch kind {
        case "l": return text.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
        case "w": return text.split(whereSeparator: { $0.isWhitespace }).count
        case "m": return text.unicodeScalars.count
        default: return text.utf8.count
        }
    }

    /// `uniq [-c] [-d] [-u] [-i] [input]`.
    static func uniq(_ call: ShellBuiltinInvocation) -> Int32 {
        let parser = ShellOptionParser(flags: ["c", "d", "u", "i"],
                                       long: ["count": ("c", false), "repeated": ("d", false), "unique": ("u", false), "ignore-case": ("i", false)])
        let parsed: (options: [(Character, String?)], operands: [String])
        do { parsed = try parser.parse(call.arguments) } catch let failure as ShellOptionError {
            return call.optionFailure(failure)
        } catch { return 1 }
        guard parsed.operands.count <= 1 else {
            call.error("uniq: extra operand ‘\(parsed.operands[1])’")
            call.error("Try 'uniq --help' for more information.")
            return 1
        }
        let flags = Set(parsed.options.map(\.0))
        let (inputs, failed) = call.readInputs(parsed.operands)
        guard !failed, let input = inputs.first else { return 1 }
        var groups: [(line: String, count: Int)] = []
        for line in ShellLines.split(input.text) {
            if let last = groups.last, flags.contains("i") ? last.line.lowercased() == line.lowercased() : last.line == line {
                groups[groups.count - 1].count += 1
            } else {
                groups.append((line, 1))
            }
        }
        var output = ""
        for group in groups {
            if flags.contains("d") && group.count < 2 { continue }
            if flags.contains("u") && group.count > 1 { continue }
            if flags.contains("c") {
                let number = String(group.count)
                output += String(repeating: " ", count: max(0, 7 - number.count)) + number + " "
            }
            output += group.line + "\n"
        }
        call.out(output)
        return 0
    }
}
