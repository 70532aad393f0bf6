import KubeCluster

/// A value during Go-template execution, modelling the `reflect.Value`s text/template handles when the
/// data is a decoded JSON document (`map[string]interface{}`).
enum TemplateValue: Equatable {
    /// The zero `reflect.Value` (a missing key, a nil pipeline result). Prints `<no value>`.
    case invalid
    /// A value of static type `interface{}`: a map member or list element (may hold nil).
    case boxed(JSONValue)
    /// A concrete value of the JSON dynamic type (`string`, `int64`, `map[string]interface {}`, …).
    case json(JSONValue)
    /// A Go `int` (number literals, `len`, range indexes).
    case int(Int)
    /// A `uint8` (indexing a string).
    case byte(UInt8)

    /// `reflect.Value.Type().String()`.
    var typeName: String {
        switch self {
        case .invalid: return "<invalid Value>"
        case .boxed: return "interface {}"
        case .json(let value): return GoValueText.typeName(value)
        case .int: return "int"
        case .byte: return "uint8"
        }
    }

    /// `indirectInterface`: the concrete value inside an interface (nil interface → invalid).
    var unboxed: TemplateValue {
        switch self {
        case .boxed(.null): return .invalid
        case .boxed(let value): return .json(value)
        default: return self
        }
    }

    /// Go's `isTrue` on the unboxed value (false for invalid).
    var truth: Bool {
        switch unboxed {
        case .invalid, .boxed: return false
        case .int(let number): return number != 0
        case .byte(let number): return number != 0
        case .json(let value):
            switch value {
            case .null: return false
            case .bool(let flag): return flag
            case .int(let number): return number != 0
            case .double(let number): return number != 0
            case .string(let text): return !text.isEmpty
            case .array(let items): return !items.isEmpty
            case .object(let members): return !members.isEmpty
            }
        }
    }

    /// What `fmt.Fprint` prints for the value as the result of an action.
    var printed: String {
        switch self {
        case .invalid: return "<no value>"
        case .boxed(let value), .json(let value): return GoValueText.plain(value)
        case .int(let number): return String(number)
        case .byte(let number): return String(number)
        }
    }

    /// The operand `fmt` sees when this value is passed as an `interface{}` argument.
    var fmtArg: GoFmtArg {
        switch self {
        case .invalid, .boxed(.null): return .nilValue
        case .boxed(let value), .json(let value): return .json(value)
        case .int(let number): return GoFmtArg(value: .int(Int64(number)), typeName: "int")
        case .byte(let number): return GoFmtArg(value: .int(Int64(number)), typeName: "uint8")
        }
    }

    /// The JSON value inside, if any (nil for invalid).
    var jsonValue: JSONValue? {
        switch self {
        case .invalid: return nil
        case .boxed(let value), .json(let value): return value
        case .int(let number): return .int(Int64(number))
        case .byte(let number): return .int(Int64(number))
        }
    }

    /// The integer inside (Go int kinds and uint8), for indexes.
    var integerValue: Int64? {
        switch unboxed {
        case .int(let number): return Int64(number)
        case .byte(let number): return Int64(number)
        case .json(.int(let number)): return number
        default: return nil
        }
    }
}

/// The error a template function returns (Go's `error` result), e.g. "index out of range: 3".
struct GoCallError: Error, Equatable, ExpressibleByStringInterpolation {
    let message: String
    init(_ message: String) { self.message = message }
    init(stringLiteral value: String) { message = value }
    init(stringInterpolation: DefaultStringInterpolation) { message = String(stringInterpolation: stringInterpolation) }
}

/// The comparison builtins of text/template (`eq`, `ne`, `lt`, `le`, `gt`, `ge`), Go 1.18+ semantics.
enum TemplateComparison {
    private enum Kind { case invalid, bool, int, uint, float, string }

    static let badComparisonType: GoCallError = "invalid type for comparison"
    static let badComparison: GoCallError = "incompatible types for comparison"
    static let noComparison: GoCallError = "missing argument for comparison"

    private static func kind(_ value: TemplateValue) -> Kind {
        switch value.unboxed {
        case .int: return .int
        case .byte: return .uint
        case .json(.bool): return .bool
        case .json(.int): return .int
        case .json(.double): return .float
        case .json(.string): return .string
        default: return .invalid
        }
    }

    private static func signed(_ value: TemplateValue) -> Int64 { value.integerValue ?? 0 }

    static func eq(_ first: TemplateValue, _ others: [TemplateValue]) -> Result<Bool, GoCallError> {
        guard !others.isEmpty else { return .failure(noComparison) }
        let firstKind = kind(first)
        let lhs = first.unboxed
        for other in others {
            let rhs = other.unboxed
            let otherKind = kind(other)
            var truth = false
            if firstKind != otherKind {
                switch (firstKind, otherKind) {
                case (.int, .uint), (.uint, .int): truth = signed(lhs) >= 0 && signed(lhs) == signed(rhs)
                default:
                    if lhs != .invalid && rhs != .invalid { return .failure(badComparison) }
                }
            } else if firstKind == .invalid {
                if lhs == .invalid || rhs == .invalid {
                    truth = lhs == rhs
                } else {
                    return .failure("non-comparable type \(rhs.printed): \(rhs.typeName)")
                }
            } else {
                truth = sameKindCompare(lhs, rhs, firstKind) == 0
            }
            if truth { return .success(true) }
        }
        return .success(false)
    }

    static func lt(_ lhs: TemplateValue, _ rhs: TemplateValue) -> Result<Bool, GoCallError> {
        let leftKind = kind(lhs), rightKind = kind(rhs)
        if leftKind == .invalid || rightKind == .invalid { return .failure(badComparisonType) }
        if leftKind != rightKind {
            switch (leftKind, rightKind) {
            case (.int, .uint), (.uint, .int): return .success(signed(lhs) < signed(rhs))
            default: return .failure(badComparison)
            }
        }
        if leftKind == .bool { return .failure(badComparisonType) }
        return .success(sameKindCompare(lhs.unboxed, rhs.unboxed, leftKind) < 0)
    }

    static func le(_ lhs: TemplateValue, _ rhs: TemplateValue) -> Result<Bool, GoCallError> {
        switch lt(lhs, rhs) {
        case .success(true): return .success(true)
        case .failure(let error): return .failure(error)
        case .success(false): return eq(lhs, [rhs])
        }
    }

    static func named(_ name: String, _ args: [TemplateValue]) -> Result<Bool, GoCallError> {
        guard let first = args.first else { return .failure(noComparison) }
        let second = args.count > 1 ? args[1] : TemplateValue.invalid
        switch name {
        case "eq": return eq(first, Array(args.dropFirst()))
        case "ne": return eq(first, [second]).map { !$0 }
        case "lt": return lt(first, second)
        case "le": return le(first, second)
        case "gt": return le(first, second).map { !$0 }
        default: return lt(first, second).map { !$0 }
        }
    }

    /// -1, 0, 1 for two values of the same basic kind.
    private static func sameKindCompare(_ lhs: TemplateValue, _ rhs: TemplateValue, _ kind: Kind) -> Int {
        switch kind {
        case .bool:
            return lhs == rhs ? 0 : 1
        case .int, .uint:
            let a = signed(lhs), b = signed(rhs)
            return a < b ? -1 : (a == b ? 0 : 1)
        case .float:
            guard case .json(.double(let a)) = lhs, case .json(.double(let b)) = rhs else { return 1 }
            return a < b ? -1 : (a == b ? 0 : 1)
        case .string:
            guard case .json(.string(let a)) = lhs, case .json(.string(let b)) = rhs else { return 1 }
            return a == b ? 0 : (GoValueText.byteOrderLess(a, b) ? -1 : 1)
        case .invalid:
            return 1
        }
    }
}
