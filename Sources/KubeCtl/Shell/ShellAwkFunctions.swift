import Foundation

/// awk's built-in functions: length, substr, index, tolower, toupper, int, sqrt, sprintf, sub, gsub.
enum ShellAwkFunctions {
    /// Calls a built-in function.
    static func call(_ name: String, _ arguments: [AwkExpression], awk: ShellAwk) throws -> AwkValue {
        let values = { try arguments.map { try awk.evaluate($0) } }
        switch name {
        case "length":
            let text = try arguments.first.map { try awk.evaluate($0).text } ?? awk.currentRecord
            return .number(Double(text.count))
        case "substr":
            let args = try values()
            guard args.count >= 2 else { throw AwkSyntaxError(message: "substr requires two or three arguments") }
            return .string(substring(args[0].text, start: args[1].number, length: args.count > 2 ? args[2].number : nil))
        case "index":
            let args = try values()
            guard args.count == 2 else { throw AwkSyntaxError(message: "index requires two arguments") }
            guard let range = args[0].text.range(of: args[1].text) else { return .number(0) }
            return .number(Double(args[0].text.distance(from: args[0].text.startIndex, to: range.lowerBound) + 1))
        case "tolower", "toupper":
            let text = try values().first?.text ?? ""
            return .string(name == "tolower" ? text.lowercased() : text.uppercased())
        case "int":
            return .number(Double(ShellPrintf.clampedInteger(try values().first?.number ?? 0)))
        case "sqrt":
            return .number((try values().first?.number ?? 0).squareRoot())
        case "sprintf":
            let args = try values().map(\.text)
            guard let format = args.first else { return .string("") }
            return .string(ShellPrintf.render(format, Array(args.dropFirst()), maximumWidth: awk.fieldWidthLimit, lenient: true).text)
        case "sub", "gsub":
            return try substitute(arguments, global: name == "gsub", awk: awk)
        default:
            throw AwkSyntaxError(message: "function \(name) is not supported in kubetutor's awk")
        }
    }

    private static func substring(_ text: String, start: Double, length: Double?) -> String {
        let characters = Array(text)
        let first = start.rounded()
        let last = length.map { first + $0.rounded() } ?? Double(characters.count + 1)
        let lower = max(1, first)
        let upper = min(Double(characters.count + 1), last)
        guard upper > lower, lower.isFinite, upper.isFinite else { return "" }
        return String(characters[(Int(lower) - 1)..<(Int(upper) - 1)])
    }

    private static func substitute(_ arguments: [AwkExpression], global: Bool, awk: ShellAwk) throws -> AwkValue {
        guard arguments.count >= 2 else { throw AwkSyntaxError(message: "sub and gsub need a regexp and a replacement") }
        let pattern: String
        if case .regex(let literal) = arguments[0] { pattern = literal } else { pattern = try awk.evaluate(arguments[0]).text }
        let replacement = try awk.evaluate(arguments[1]).text
        let target = arguments.count > 2 ? arguments[2] : AwkExpression.field(.number(0))
        let text = try awk.evaluate(target).text
        let regex = try awk.regex(pattern)
        var result = ""
        var count = 0
        var cursor = text.startIndex
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            result += text[cursor..<range.lowerBound]
            result += expandReplacement(replacement, matched: String(text[range]))
            cursor = range.upperBound
            count += 1
            if !global { break }
        }
        guard count > 0 else { return .number(0) }
        result += text[cursor...]
        try awk.store(.string(result), into: target)
        return .number(Double(count))
    }

    /// `&` is the matched text; `\&` a literal ampersand.
    private static func expandReplacement(_ replacement: String, matched: String) -> String {
        var result = ""
        var escaped = false
        for character in replacement {
            if escaped {
                result += character == "&" ? "&" : "\\" + String(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result += character == "&" ? matched : String(character)
            }
        }
        return escaped ? result + "\\" : result
    }
}
