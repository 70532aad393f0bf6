import Collections

/// A JSON document held in memory, with object keys kept in the order they were written.
///
/// Kubernetes objects travel as JSON: kubectl prints them as JSON (keys in API struct order) or YAML
/// (keys sorted), patches and three-way merges work on the tree, and jsonpath, go-template,
/// custom-columns and field selectors read it. Typed objects convert to and from this tree with
/// `TreeEncoder` and `TreeDecoder`.
public enum JSONValue: Equatable, Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(OrderedDictionary<String, JSONValue>)

    /// An empty JSON object, `{}`.
    public static let emptyObject = JSONValue.object([:])

    /// The member `key` of an object, or nil for a missing key or a value that is not an object.
    public subscript(key: String) -> JSONValue? {
        get {
            if case .object(let members) = self { return members[key] }
            return nil
        }
        set {
            guard case .object(var members) = self else { return }
            members[key] = newValue
            self = .object(members)
        }
    }

    /// The element at `index` of an array, or nil when out of range or not an array.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let items) = self, items.indices.contains(index) { return items[index] }
        return nil
    }

    /// The members of an object, in order; nil for any other value.
    public var objectValue: OrderedDictionary<String, JSONValue>? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements of an array; nil for any other value.
    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The string inside a `.string`; nil for any other value.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number as an integer when it is one (a double with no fraction counts).
    public var intValue: Int64? {
        switch self {
        case .int(let number): return number
        case .double(let number) where number.rounded() == number && abs(number) < 9.0e18: return Int64(number)
        default: return nil
        }
    }

    /// The boolean inside a `.bool`; nil for any other value.
    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// True for `null`.
    public var isNull: Bool { self == .null }

    /// The value at a path of object keys, e.g. `["spec", "replicas"]`.
    public func value(at path: [String]) -> JSONValue? {
        var current: JSONValue? = self
        for key in path { current = current?[key] }
        return current
    }

    /// The name JSON gives this value's type, as Go's encoding/json says it ("string", "number", …).
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .int, .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// A copy of this value with every object's keys sorted, recursively: the order of Go's JSON for
    /// maps (`kubectl -o json` on server objects). `yamlText()` applies go-yaml's own key order itself.
    public func sortedKeys() -> JSONValue {
        switch self {
        case .object(let members):
            var sorted = OrderedDictionary<String, JSONValue>()
            for key in members.keys.sorted() { sorted[key] = members[key]?.sortedKeys() }
            return .object(sorted)
        case .array(let items):
            return .array(items.map { $0.sortedKeys() })
        default:
            return self
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var members = OrderedDictionary<String, JSONValue>()
        for (key, value) in elements { members[key] = value }
        self = .object(members)
    }
}
