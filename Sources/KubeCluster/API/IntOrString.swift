import Foundation

/// A value that is either an integer or a string (`intstr.IntOrString`): a port number or port
/// name, or a `maxSurge` / `maxUnavailable` count or percentage such as `"25%"`.
///
/// It encodes as a JSON number or a JSON string, whichever it holds.
public enum IntOrString: Hashable, Sendable {
    /// A number, e.g. `8080` or `1`.
    case int(Int32)
    /// A string, e.g. `"http"` or `"25%"`.
    case string(String)

    /// The value from text the way upstream `intstr.Parse` reads it: an integer when it is one,
    /// a string otherwise.
    public init(parsing text: String) {
        if let number = Int32(text) {
            self = .int(number)
        } else {
            self = .string(text)
        }
    }

    /// The integer value; a string reads as its integer value or 0 (upstream `IntValue`).
    public var intValue: Int {
        switch self {
        case .int(let number): return Int(number)
        case .string(let text): return Int(text) ?? 0
        }
    }

    /// True for the string form.
    public var isString: Bool {
        if case .string = self { return true }
        return false
    }

    /// Resolves a count or a percentage of `total` (upstream `GetScaledValueFromIntOrPercent`).
    ///
    /// An integer is returned as is. `"N%"` is `N * total / 100`, rounded up when `roundUp` is true
    /// (maxSurge) and down otherwise (maxUnavailable). Any other string is an error whose
    /// `description` is the upstream message, e.g.
    /// `invalid value for IntOrString: invalid type: string is not a percentage`.
    public func scaledValue(total: Int, roundUp: Bool) -> Result<Int, IntOrStringError> {
        switch self {
        case .int(let number):
            return .success(Int(number))
        case .string(let text):
            guard text.hasSuffix("%") else { return .failure(.notAPercentage) }
            let digits = String(text.dropLast())
            guard let percent = Int(digits) else {
                return .failure(.invalidPercent(value: text, reason: Self.atoiFailure(digits)))
            }
            let exact = Double(percent) * Double(total) / 100
            let rounded = roundUp ? exact.rounded(.up) : exact.rounded(.down)
            guard rounded > -9.2e18, rounded < 9.2e18 else { return .success(rounded < 0 ? Int.min : Int.max) }
            return .success(Int(rounded))
        }
    }

    /// The message Go's `strconv.Atoi` gives for text that is not a valid `Int`.
    static func atoiFailure(_ text: String) -> String {
        let body = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        let outOfRange = !body.isEmpty && body.allSatisfy { $0.isASCII && $0.isNumber }
        let reason = outOfRange ? "value out of range" : "invalid syntax"
        return "strconv.Atoi: parsing \(GoQuoted.quote(text)): \(reason)"
    }
}

/// Why an `IntOrString` could not be resolved against a total; `description` is the upstream text.
public enum IntOrStringError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A string that does not end in `%`.
    case notAPercentage
    /// A string ending in `%` whose number cannot be read; `reason` is Go's `strconv.Atoi` error.
    case invalidPercent(value: String, reason: String)

    /// The upstream message, including its `invalid value for IntOrString: ` prefix.
    public var description: String {
        switch self {
        case .notAPercentage:
            return "invalid value for IntOrString: invalid type: string is not a percentage"
        case .invalidPercent(let value, let reason):
            return "invalid value for IntOrString: invalid value \(GoQuoted.quote(value)): \(reason)"
        }
    }
}

extension IntOrString: CustomStringConvertible {
    /// The integer in decimal, or the string as is (upstream `String()`).
    public var description: String {
        switch self {
        case .int(let number): return String(number)
        case .string(let text): return text
        }
    }
}

extension IntOrString: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    /// An integer literal makes the `.int` form.
    public init(integerLiteral value: Int32) { self = .int(value) }

    /// A string literal makes the `.string` form.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension IntOrString: Codable {
    /// Reads a JSON number (which must fit in 32 bits) or a JSON string.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .string(text)
        } else {
            self = .int(try container.decode(Int32.self))
        }
    }

    /// Writes a JSON number for `.int` and a JSON string for `.string`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        }
    }
}

/// Go's `%q` quoting of a string, for error messages that embed user input.
enum GoQuoted {
    /// `text` in double quotes with Go's escapes for quotes, backslashes and control characters.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    result += String(format: "\\x%02x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
