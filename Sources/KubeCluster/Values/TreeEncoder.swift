import Collections

/// Turns any `Encodable` value into a `JSONValue` tree, the way typed API objects become the JSON
/// kubectl prints.
///
/// - Object keys come out in the order `encode(to:)` writes them, so synthesized conformances give
///   declaration order (Go's struct field order); `nil` optionals are omitted (`encodeIfPresent`).
/// - Integers become `.int` (unsigned values above `Int64.max` become `.double`); `Double` and
///   `Float` become `.double` (a `Float` keeps its shortest decimal form, as Go prints float32).
/// - `[String: V]` is written with its keys sorted (Go sorts map keys);
///   `OrderedDictionary<String, V>` keeps its order; a `JSONValue` is inserted as it is.
/// - NaN and infinities are refused, as Go's encoder refuses them.
public struct TreeEncoder {
    /// Creates an encoder.
    public init() {}

    /// The JSON tree of `value`.
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let root = TreeEncodingNode()
        try root.store(value, codingPath: [])
        return root.finished()
    }
}

/// A slot in the tree being built; containers hand out child slots, so slots are references.
final class TreeEncodingNode {
    /// What has been written into the slot so far.
    enum Content {
        case unset
        case value(JSONValue)
        case object(OrderedDictionary<String, TreeEncodingNode>)
        case array([TreeEncodingNode])
    }

    var content: Content = .unset

    /// The finished JSON value; a slot nothing was written to becomes `{}` (as JSONEncoder does).
    func finished() -> JSONValue {
        switch content {
        case .unset: return .object([:])
        case .value(let value): return value
        case .object(let members):
            var result = OrderedDictionary<String, JSONValue>(minimumCapacity: members.count)
            for (key, node) in members { result[key] = node.finished() }
            return .object(result)
        case .array(let items): return .array(items.map { $0.finished() })
        }
    }

    /// The child slot for `key`, creating the object and the slot as needed.
    func child(forKey key: String) -> TreeEncodingNode {
        if case .object(let members) = content, let existing = members[key] { return existing }
        let node = TreeEncodingNode()
        if case .object(var members) = content {
            content = .unset
            members[key] = node
            content = .object(members)
        } else {
            content = .object([key: node])
        }
        return node
    }

    /// A new slot at the end of the array.
    func appendedChild() -> TreeEncodingNode {
        let node = TreeEncodingNode()
        if case .array(var items) = content {
            content = .unset
            items.append(node)
            content = .array(items)
        } else {
            content = .array([node])
        }
        return node
    }

    var arrayCount: Int {
        if case .array(let items) = content { return items.count }
        return 0
    }

    func makeObjectIfUnset() {
        if case .unset = content { content = .object([:]) }
    }

    func makeArrayIfUnset() {
        if case .unset = content { content = .array([]) }
    }

    /// Writes any encodable value into this slot, with fast paths for scalars and maps.
    func store(_ value: any Encodable, codingPath: [any CodingKey]) throws {
        if let scalar = try Self.scalar(value, codingPath: codingPath) {
            content = .value(scalar)
            return
        }
        if let map = value as? TreeEncodableStringMap {
            makeObjectIfUnset()
            for (key, member) in map.treeEntries {
                try child(forKey: key).store(member, codingPath: codingPath + [TreeCodingKey(key)])
            }
            return
        }
        try value.encode(to: TreeEncoderImplementation(node: self, codingPath: codingPath))
    }

    /// The JSON value of a scalar Swift value, or nil when `value` is not one.
    static func scalar(_ value: any Encodable, codingPath: [any CodingKey]) throws -> JSONValue? {
        switch value {
        case let json as JSONValue: return json
        case let text as String: return .string(text)
        case let flag as Bool: return .bool(flag)
        case let number as Int: return .int(Int64(number))
        case let number as Int64: return .int(number)
        case let number as Int32: return .int(Int64(number))
        case let number as Int16: return .int(Int64(number))
        case let number as Int8: return .int(Int64(number))
        case let number as UInt: return unsigned(UInt64(number))
        case let number as UInt64: return unsigned(number)
        case let number as UInt32: return .int(Int64(number))
        case let number as UInt16: return .int(Int64(number))
        case let number as UInt8: return .int(Int64(number))
        case let number as Double: return .double(try finite(number, codingPath: codingPath))
        case let number as Float:
            let finiteNumber = try finite(Double(number), codingPath: codingPath)
            return .double(Double(number.description) ?? finiteNumber)
        default: return nil
        }
    }

    private static func unsigned(_ number: UInt64) -> JSONValue {
        number <= UInt64(Int64.max) ? .int(Int64(number)) : .double(Double(number))
    }

    private static func finite(_ number: Double, codingPath: [any CodingKey]) throws -> Double {
        guard number.isFinite else {
            let shown = number.isNaN ? "NaN" : (number < 0 ? "-Inf" : "+Inf")
            throw EncodingError.invalidValue(number, EncodingError.Context(
                codingPath: codingPath, debugDescription: "json: unsupported value: \(shown)"))
        }
        return number
    }
}

/// A coding key made from a string or an array index.
struct TreeCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }

    /// True for keys that stand for an array position.
    var isIndex: Bool { intValue != nil && stringValue.hasPrefix("Index ") }
}

/// String-keyed maps whose entries the encoder writes itself, so their order is deterministic.
protocol TreeEncodableStringMap {
    var treeEntries: [(String, any Encodable)] { get }
}

extension Dictionary: TreeEncodableStringMap where Key == String, Value: Encodable {
    var treeEntries: [(String, any Encodable)] {
        keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.compactMap { key in
            self[key].map { (key, $0 as any Encodable) }
        }
    }
}

extension OrderedDictionary: TreeEncodableStringMap where Key == String, Value: Encodable {
    var treeEntries: [(String, any Encodable)] { map { ($0.key, $0.value as any Encodable) } }
}
