import Foundation

/// `cut`, `tr`, `base64` and `sort`.
enum ShellTextTools {
    private static func parse(_ call: ShellBuiltinInvocation, _ parser: ShellOptionParser) -> (options: [(Character, String?)], operands: [String])? {
        do { return try parser.parse(call.arguments) } catch let failure as ShellOptionError {
            _ = call.optionFailure(failure)
            return nil
        } catch { return nil }
    }

    private static func usageError(_ call: ShellBuiltinInvocation, _ lines: String...) -> Int32 {
        for line in lines { call.error("\(call.name): \(line)") }
        call.error("Try '\(call.name) --help' for more information.")
        return 1
    }

    // MARK: cut

    /// A 1-based inclusive range list such as `1,3-5,7-`.
    private static func ranges(_ list: String) -> [ClosedRange<Int>]? {
        var result: [ClosedRange<Int>] = []
        for item in list.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = item.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            if bounds.count == 1 {
                guard let value = Int(bounds[0]), value > 0 else { return nil }
                result.append(value...value)
            } else {
                let low = bounds[0].isEmpty ? 1 : Int(bounds[0])
                let high = bounds[1].isEmpty ? Int.max : Int(bounds[1])
                guard let low, let high, low > 0, low <= high, !(bounds[0].isEmpty && bounds[1].isEmpty) else { return nil }
                result.append(low...high)
            }
        }
        return result
    }

    /// `cut -d D -f LIST | -c LIST | -b LIST [-s] [file…]`.
    static func cut(_ call: ShellBuiltinInvocation) -> Int32 {
        let parser = ShellOptionParser(flags: ["s"], valued: ["d", "f", "c", "b"],
                                       long: ["delimiter": ("d", true), "fields": ("f", true), "characters": ("c", true),
                                              "bytes": ("b", true), "only-delimited": ("s", false), "output-delimiter": ("o", true)])
        guard let parsed = parse(call, parser) else { return 1 }
        var delimiter: Character = "\t"
        var outputDelimiter: String?
        var list: (kind: Character, text: String)?
        for (flag, value) in parsed.options {
            switch flag {
            case "d":
                guard let value, value.count == 1, let first = value.first else {
                    return usageError(call, "the delimiter must be a single character")
                }
                delimiter = first
            case "o": outputDelimiter = value
            case "f", "c", "b": list = (flag, value ?? "")
            default: break
            }
        }
        guard let list else { return usageError(call, "you must specify a list of bytes, characters, or fields") }
        guard let selected = ranges(list.text) else {
            return usageError(call, list.kind == "f" ? "invalid field value ‘\(list.text)’" : "invalid byte or character range")
        }
        let onlyDelimited = parsed.options.contains { $0.0 == "s" }
        let (inputs, failed) = call.readInputs(parsed.operands)
        var output = ""
        for input in inputs {
            for line in ShellLines.split(input.text) {
                if list.kind == "f" {
                    guard line.contains(delimiter) else {
                        if !onlyDelimited { output += line + "\n" }
                        continue
                    }
                    let fields = line.split(separator: delimiter, omittingEmptySubsequences: false)
                    let kept = fields.enumerated().filter { item in selected.contains { $0.contains(item.offset + 1) } }.map { String($0.element) }
                    output += kept.joined(separator: outputDelimiter ?? String(delimiter)) + "\n"
                } else {
                    let characters = Array(line)
                    output += String(characters.enumerated().filter { item in selected.contains { $0.contains(item.offset + 1) } }.map(\.element)) + "\n"
                }
            }
        }
        call.out(output)
        return failed ? 1 : 0
    }

    // MARK: tr

    private static let classes: [String: String] = [
        "lower": "abcdefghijklmnopqrstuvwxyz", "upper": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "digit": "0123456789",
        "space": " \t\n\r\u{0B}\u{0C}", "blank": " \t", "punct": "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    ]

    /// Expands a tr set: escapes, ranges `a-z` and classes `[:lower:]`.
    static func expandSet(_ set: String) -> [Character] {
        let decoded = Array(ShellEscapes.decode(set, style: .printf).text)
        var result: [Character] = []
        var index = 0
        while index < decoded.count {
            if decoded[index] == "[", index + 1 < decoded.count, decoded[index + 1] == ":",
               let close = (index + 2..<decoded.count).first(where: { decoded[$0] == ":" && $0 + 1 < decoded.count && decoded[$0 + 1] == "]" }) {
                let name = String(decoded[(index + 2)..<close])
                let members = name == "alpha" ? classes["lower", default: ""] + classes["upper", default: ""]
                    : name == "alnum" ? classes["digit", default: ""] + classes["lower", default: ""] + classes["upper", default: ""]
                    : classes[name, default: ""]
                result += Array(members)
                index = close + 2
                continue
            }
            if index + 2 < decoded.count, decoded[index + 1] == "-",
               let low = decoded[index].unicodeScalars.first?.value, let high = decoded[index + 2].unicodeScalars.first?.value,
               low <= high, high - low < 65_536 {
                result += (low...high).compactMap { Unicode.Scalar($0).map(Character.init) }
                index += 3
                continue
            }
            result.append(decoded[index])
            index += 1
        }
        return result
    }

    /// `tr [-d] [-s] SET1 [SET2]`.
    static func tr(_ call: ShellBuiltinInvocation) -> Int32 {
        let parser = ShellOptionParser(flags: ["d", "s"], long: ["delete": ("d", false), "squeeze-repeats": ("s", false)])
        guard let parsed = parse(call, parser) else { return 1 }
        let delete = parsed.options.contains { $0.0 == "d" }
        let squeeze = parsed.options.contains { $0.0 == "s" }
        let operands = parsed.operands
        guard let first = operands.first else { return usageError(call, "missing operand") }
        if !delete && !squeeze && operands.count < 2 {
            call.error("tr: missing operand after ‘\(first)’")
            call.error("Two strings must be given when translating.")
            call.error("Try 'tr --help' for more information.")
            return 1
        }
        let set1 = expandSet(first)
        let set2 = operands.count > 1 ? expandSet(operands[1]) : []
        var mapping: [Character: Character] = [:]
        if !delete, let last = set2.last {
            for (position, character) in set1.enumerated() where mapping[character] == nil {
                mapping[character] = position < set2.count ? set2[position] : last
            }
        }
        let deleted = delete ? Set(set1) : []
        let squeezed = squeeze ? Set(delete || set2.isEmpty ? (delete ? set2 : set1) : set2) : []
        var output = ""
        var previous: Character?
        for character in call.stdin ?? "" where !deleted.contains(character) {
            let mapped = mapping[character] ?? character
            if squeezed.contains(mapped), previous == mapped { continue }
            output.append(mapped)
            previous = mapped
        }
        call.out(output)
        return 0
    }

    // MARK: base64

    /// `base64 [-d] [-w N] [file]`.
    static func base64(_ call: ShellBuiltinInvocation) -> Int32 {
        let parser = ShellOptionParser(flags: ["d", "i"], valued: ["w"],
                                       long: ["decode": ("d", false), "wrap": ("w", true), "ignore-garbage": ("i", false)])
        guard let parsed = parse(call, parser) else { return 1 }
        let decode = parsed.options.contains { $0.0 == "d" }
        var wrap = 76
        for (flag, value) in parsed.options where flag == "w" {
            guard let value, let number = Int(value), number >= 0 else {
                call.error("base64: invalid wrap size: ‘\(value ?? "")’")
                return 1
            }
            wrap = number
        }
        let (inputs, failed) = call.readInputs(Array(parsed.operands.prefix(1)))
        guard !failed, let text = inputs.first?.text else { return 1 }
        if decode {
            var compact = text.filter { !$0.isWhitespace }
            while compact.count % 4 != 0 { compact += "=" }
            guard let data = Data(base64Encoded: compact) else {
                call.error("base64: invalid input")
                return 1
            }
            call.out(String(decoding: data, as: UTF8.self))
            return 0
        }
        let encoded = Data(text.utf8).base64EncodedString()
        guard wrap > 0, !encoded.isEmpty else {
            call.out(encoded + (encoded.isEmpty && wrap > 0 ? "" : wrap > 0 ? "\n" : ""))
            return 0
        }
        var lines: [String] = []
        var rest = Substring(encoded)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(wrap)))
            rest = rest.dropFirst(wrap)
        }
        call.out(ShellLines.join(lines))
        return 0
    }
}
