import Foundation

/// bash's `printf format [arguments…]`: the format is reused until the arguments run out.
enum ShellPrintf {
    /// One piece of a parsed format.
    private enum Piece {
        case text(String)
        case conversion(flags: String, width: Int?, precision: Int?, kind: Character)
    }

    /// Runs the builtin.
    static func run(_ call: ShellBuiltinInvocation) -> Int32 {
        var arguments = call.arguments[...]
        if arguments.first == "--" { arguments = arguments.dropFirst() }
        guard let format = arguments.first else {
            call.error("printf: usage: printf [-v var] format [arguments]")
            return 2
        }
        let result = render(format, Array(arguments.dropFirst()), maximumWidth: call.shell.limits.maximumFieldWidth)
        for message in result.errors { call.error("bash: printf: \(message)") }
        call.out(result.text)
        return result.errors.isEmpty ? 0 : 1
    }

    /// Formats `arguments` with `format`, reusing the format while arguments remain.
    /// `lenient` (awk) truncates non-integral numbers for integer conversions instead of failing.
    static func render(_ format: String, _ arguments: [String], maximumWidth: Int,
                       lenient: Bool = false) -> (text: String, errors: [String]) {
        var arguments = arguments[...]
        let pieces = parse(format, maximumWidth: maximumWidth)
        let consumesArguments = pieces.contains { if case .conversion(_, _, _, let kind) = $0 { return kind != "%" } else { return false } }
        var output = ""
        var errors: [String] = []
        repeat {
            for piece in pieces {
                switch piece {
                case .text(let text):
                    let decoded = ShellEscapes.decode(text, style: .printf)
                    output += decoded.text
                    if decoded.stopped { return (output, errors) }
                case .conversion(let flags, let width, let precision, let kind):
                    if kind == "%" {
                        output += "%"
                        continue
                    }
                    var argument = arguments.first
                    arguments = arguments.dropFirst()
                    if lenient, let text = argument {
                        argument = lenientArgument(text, kind: kind)
                    }
                    switch convert(argument, flags: flags, width: width, precision: precision, kind: kind) {
                    case .success(let text): output += text
                    case .failure(let failure):
                        errors.append(failure.message)
                        output += pad("0", flags: flags, width: width)
                    }
                    if kind == "b", let argument, ShellEscapes.decode(argument, style: .printf).stopped {
                        return (output, errors)
                    }
                }
            }
        } while consumesArguments && !arguments.isEmpty
        return (output, errors)
    }

    /// awk's conversions: numbers are truncated for integer formats; `%c` of a number is that character.
    private static func lenientArgument(_ text: String, kind: Character) -> String {
        let number = Double(text.trimmingCharacters(in: .whitespaces))
        if kind == "c" {
            guard let number, let code = UInt32(exactly: clampedInteger(number)), let scalar = Unicode.Scalar(code) else { return text }
            return String(Character(scalar))
        }
        guard "diouxX".contains(kind) else { return text }
        return String(clampedInteger(number ?? 0))
    }

    /// `value` truncated to an integer, clamped to Int64's range (NaN becomes 0).
    static func clampedInteger(_ value: Double) -> Int64 {
        guard !value.isNaN else { return 0 }
        if value >= 9.2e18 { return Int64.max }
        if value <= -9.2e18 { return Int64.min }
        return Int64(value)
    }

    private static func parse(_ format: String, maximumWidth: Int) -> [Piece] {
        var pieces: [Piece] = []
        var text = ""
        var characters = Substring(format)
        while let character = characters.first {
            characters = characters.dropFirst()
            guard character == "%" else {
                text.append(character)
                if character == "\\", let next = characters.first {
                    text.append(next)
                    characters = characters.dropFirst()
                }
                continue
            }
            let flags = String(characters.prefix { "-+ 0#".contains($0) })
            characters = characters.dropFirst(flags.count)
            let widthText = characters.prefix { $0.isASCII && $0.isNumber }
            characters = characters.dropFirst(widthText.count)
            var precision: Int?
            if characters.first == "." {
                characters = characters.dropFirst()
                let digits = characters.prefix { $0.isASCII && $0.isNumber }
                characters = characters.dropFirst(digits.count)
                precision = min(Int(digits) ?? 0, maximumWidth)
            }
            guard let kind = characters.first, "diouxXeEfFgGcsbq%".contains(kind) else {
                text += "%" + flags + widthText
                continue
            }
            characters = characters.dropFirst()
            if !text.isEmpty { pieces.append(.text(text)) }
            text = ""
            pieces.append(.conversion(flags: flags, width: Int(widthText).map { min($0, maximumWidth) },
                                      precision: precision, kind: kind))
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    private static func convert(_ argument: String?, flags: String, width: Int?, precision: Int?,
                                kind: Character) -> Result<String, PrintfError> {
        switch kind {
        case "s", "q":
            var text = argument ?? ""
            if let precision { text = String(text.prefix(precision)) }
            return .success(pad(text, flags: flags, width: width))
        case "b":
            return .success(pad(ShellEscapes.decode(argument ?? "", style: .printf).text, flags: flags, width: width))
        case "c":
            return .success(pad(argument.map { String($0.prefix(1)) } ?? "", flags: flags, width: width))
        case "d", "i", "o", "u", "x", "X":
            guard let value = integer(argument ?? "0") else { return .failure(PrintfError(message: "\(argument ?? ""): invalid number")) }
            let spec = "%" + flags + (width.map(String.init) ?? "") + (precision.map { ".\($0)" } ?? "") + "ll" + String(kind)
            return .success(String(format: spec, value))
        default:
            guard let value = Double((argument ?? "0").trimmingCharacters(in: .whitespaces)) else {
                return .failure(PrintfError(message: "\(argument ?? ""): invalid number"))
            }
            let spec = "%" + flags + (width.map(String.init) ?? "") + (precision.map { ".\($0)" } ?? "") + String(kind)
            return .success(String(format: spec, value))
        }
    }

    /// A printf argument error message.
    private struct PrintfError: Error {
        var message: String
    }

    private static func integer(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return 0 }
        if let first = trimmed.first, first == "'" || first == "\"" {
            return trimmed.dropFirst().unicodeScalars.first.map { Int64($0.value) } ?? 0
        }
        var digits = Substring(trimmed)
        var sign: Int64 = 1
        if digits.first == "-" || digits.first == "+" {
            sign = digits.first == "-" ? -1 : 1
            digits = digits.dropFirst()
        }
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { return Int64(digits.dropFirst(2), radix: 16).map { $0 * sign } }
        if digits.count > 1, digits.hasPrefix("0") { return Int64(digits.dropFirst(), radix: 8).map { $0 * sign } }
        return Int64(digits).map { $0 * sign }
    }

    /// Pads to `width`, on the right when the flags include `-`.
    static func pad(_ text: String, flags: String, width: Int?) -> String {
        guard let width, text.count < width else { return text }
        let padding = String(repeating: " ", count: width - text.count)
        return flags.contains("-") ? text + padding : padding + text
    }
}
