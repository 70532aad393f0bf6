import Foundation

/// `sort [-r] [-n] [-u] [-f] [-b] [-s] [-t SEP] [-k KEY]… [file…]` in byte order (the C locale).
enum ShellSort {
    /// One `-k` key: fields `start` through `end` (nil: end of line) with per-key options.
    private struct Key {
        var start: Int
        var end: Int?
        var numeric = false
        var reverse = false
        var foldCase = false
    }

    private static let parser = ShellOptionParser(
        flags: ["r", "n", "u", "f", "b", "s", "g", "h"], valued: ["k", "t", "o"],
        long: ["reverse": ("r", false), "numeric-sort": ("n", false), "unique": ("u", false),
               "ignore-case": ("f", false), "key": ("k", true), "field-separator": ("t", true), "stable": ("s", false)])

    /// Runs sort; exit status 2 on errors, like GNU sort.
    static func run(_ call: ShellBuiltinInvocation) -> Int32 {
        let parsed: (options: [(Character, String?)], operands: [String])
        do { parsed = try parser.parse(call.arguments) } catch let failure as ShellOptionError {
            return call.optionFailure(failure, status: 2)
        } catch { return 2 }
        var global = Key(start: 1)
        var keys: [Key] = []
        var separator: Character?
        var unique = false
        var stable = false
        for (flag, value) in parsed.options {
            switch flag {
            case "r": global.reverse = true
            case "n", "g", "h": global.numeric = true
            case "f": global.foldCase = true
            case "u": unique = true
            case "s": stable = true
            case "t":
                guard let value, value.count == 1 else {
                    call.error("sort: multi-character tab ‘\(value ?? "")’")
                    return 2
                }
                separator = value.first
            case "k":
                guard let key = parseKey(value ?? "", global: global) else {
                    call.error("sort: invalid number at field start: invalid count at start of ‘\(value ?? "")’")
                    return 2
                }
                keys.append(key)
            default: break
            }
        }
        keys = keys.map { key in
            var key = key
            key.numeric = key.numeric || global.numeric
            key.foldCase = key.foldCase || global.foldCase
            key.reverse = key.reverse || global.reverse
            return key
        }
        if keys.isEmpty { keys = [global] }
        var lines: [String] = []
        for operand in parsed.operands.isEmpty ? ["-"] : parsed.operands {
            if operand == "-" {
                lines += ShellLines.split(call.stdin ?? "")
                continue
            }
            do {
                lines += ShellLines.split(try call.shell.readFile(operand))
            } catch {
                call.error("sort: cannot read: \(operand): \((error as? SessionFileError)?.reason ?? "\(error)")")
                return 2
            }
        }
        let sorted = sortLines(lines, keys: keys, separator: separator, lastResort: !(unique || stable), reverse: global.reverse)
        var output: [String] = []
        for line in sorted {
            if unique, let previous = output.last,
               keys.allSatisfy({ compare(previous, line, key: $0, separator: separator) == 0 }) { continue }
            output.append(line)
        }
        call.out(ShellLines.join(output))
        return 0
    }

    private static func parseKey(_ text: String, global: Key) -> Key? {
        let parts = text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        func position(_ part: Substring, key: inout Key) -> Int? {
            let digits = part.prefix { $0.isNumber }
            for option in part.drop(while: { $0.isNumber || $0 == "." }) {
                switch option {
                case "n", "g", "h": key.numeric = true
                case "r": key.reverse = true
                case "f": key.foldCase = true
                case "b": break
                default: return nil
                }
            }
            return Int(digits)
        }
        var key = Key(start: 1)
        guard let first = parts.first, let start = position(first, key: &key), start > 0 else { return nil }
        key.start = start
        if parts.count > 1 {
            guard let end = position(parts[1], key: &key), end > 0 else { return nil }
            key.end = end
        }
        return key
    }

    private static func sortLines(_ lines: [String], keys: [Key], separator: Character?, lastResort: Bool, reverse: Bool) -> [String] {
        lines.enumerated().sorted { left, right in
            for key in keys {
                let result = compare(left.element, right.element, key: key, separator: separator)
                if result != 0 { return key.reverse ? result > 0 : result < 0 }
            }
            if lastResort {
                let result = byteCompare(left.element, right.element)
                if result != 0 { return reverse ? result > 0 : result < 0 }
            }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// Compares the key of two lines: negative, zero or positive.
    private static func compare(_ left: String, _ right: String, key: Key, separator: Character?) -> Int {
        var leftKey = extract(left, key: key, separator: separator)
        var rightKey = extract(right, key: key, separator: separator)
        if key.numeric {
            let leftNumber = number(leftKey)
            let rightNumber = number(rightKey)
            return leftNumber < rightNumber ? -1 : leftNumber > rightNumber ? 1 : 0
        }
        if key.foldCase {
            leftKey = leftKey.uppercased()
            rightKey = rightKey.uppercased()
        }
        return byteCompare(leftKey, rightKey)
    }

    private static func byteCompare(_ left: String, _ right: String) -> Int {
        if left == right { return 0 }
        return Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8)) ? -1 : 1
    }

    private static func number(_ text: String) -> Double {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        var prefix = ""
        for character in trimmed {
            if character.isNumber || character == "." || (prefix.isEmpty && character == "-") {
                prefix.append(character)
            } else {
                break
            }
        }
        return Double(prefix) ?? 0
    }

    /// The text of fields `key.start`…`key.end` of a line.
    private static func extract(_ line: String, key: Key, separator: Character?) -> String {
        if key.start == 1 && key.end == nil { return line }
        var fields: [String] = []
        if let separator {
            fields = line.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        } else {
            var current = ""
            var sawNonBlank = false
            for character in line {
                let blank = character == " " || character == "\t"
                if blank && sawNonBlank {
                    fields.append(current)
                    current = ""
                    sawNonBlank = false
                }
                if !blank { sawNonBlank = true }
                current.append(character)
            }
            fields.append(current)
        }
        guard key.start <= fields.count else { return "" }
        let end = min(key.end ?? fields.count, fields.count)
        guard end >= key.start else { return "" }
        return fields[(key.start - 1)..<end].joined(separator: separator.map(String.init) ?? "")
    }
}
