import Collections

/// Turns a `JSONValue` tree into a `Decodable` value, checking types the way Go's decoder does.
///
/// - Integers accept `.int` and integral `.double` values that fit the field; anything else is a
///   `TreeDecodingError` naming the path, the Go-ish expected type and the JSON type found.
/// - `null` (or an absent key) gives `nil` for optionals; `null` for a struct or array field reads
///   as an empty object or array (Go leaves the zero value); a missing non-optional field is an error.
/// - Unknown keys are ignored; `unknownFieldPaths(input:decodedReencoded:)` lists them.
/// - `OrderedDictionary<String, V>` reads from an object in key order; `JSONValue` fields get the
///   subtree as it is.
public struct TreeDecoder {
    /// Creates a decoder.
    public init() {}

    /// The value of type `T` that `value` describes.
    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        let decoder = TreeDecoderImplementation(value: value, codingPath: [], typeName: String(describing: T.self),
                                                containingTypeName: nil)
        do {
            return try decoder.decode(T.self)
        } catch let error as DecodingError {
            throw Self.translate(error, typeName: String(describing: T.self))
        }
    }

    /// A `DecodingError` raised by a type's own `init(from:)`, as a `TreeDecodingError`.
    private static func translate(_ error: DecodingError, typeName: String) -> TreeDecodingError {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let errorContext), .valueNotFound(_, let errorContext),
             .keyNotFound(_, let errorContext), .dataCorrupted(let errorContext):
            context = errorContext
        @unknown default:
            return TreeDecodingError(kind: .invalidValue, codingPath: [], expectedType: "", foundType: "",
                                     structTypeName: nil, targetTypeName: typeName, detail: "\(error)")
        }
        var path = context.codingPath
        if case .keyNotFound(let key, _) = error {
            path.append(key)
            return TreeDecodingError(kind: .missingField, codingPath: path, expectedType: "", foundType: "",
                                     structTypeName: nil, targetTypeName: typeName)
        }
        return TreeDecodingError(kind: .invalidValue, codingPath: path, expectedType: "", foundType: "",
                                 structTypeName: nil, targetTypeName: typeName, detail: context.debugDescription)
    }
}

/// The `Decoder` handed to `init(from:)`: one node of the tree and where it sits.
struct TreeDecoderImplementation: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    /// The Swift type being decoded from `value`.
    let typeName: String
    /// The nearest enclosing struct type (arrays and maps pass their own on).
    let containingTypeName: String?
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// True when this node is a collection rather than a struct, for naming the struct in errors.
    private var isCollection: Bool {
        ["Array<", "Dictionary<", "OrderedDictionary<", "Optional<", "Set<"].contains { typeName.hasPrefix($0) }
    }

    /// The decoder for a member or element of this node.
    func child<T>(_ value: JSONValue, key: any CodingKey, type: T.Type) -> TreeDecoderImplementation {
        TreeDecoderImplementation(value: value, codingPath: codingPath + [key], typeName: String(describing: T.self),
                                  containingTypeName: isCollection ? containingTypeName : typeName)
    }

    func mismatch(expected: String, found: String? = nil) -> TreeDecodingError {
        TreeDecodingError(kind: .typeMismatch, codingPath: codingPath, expectedType: expected,
                          foundType: found ?? TreeDecodingError.foundTypeName(value),
                          structTypeName: containingTypeName, targetTypeName: typeName)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        switch value {
        case .object(let members): return KeyedDecodingContainer(TreeKeyedDecodingContainer<Key>(decoder: self, members: members))
        case .null: return KeyedDecodingContainer(TreeKeyedDecodingContainer<Key>(decoder: self, members: [:]))
        default: throw mismatch(expected: "object")
        }
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch value {
        case .array(let items): return TreeUnkeyedDecodingContainer(decoder: self, items: items)
        case .null: return TreeUnkeyedDecodingContainer(decoder: self, items: [])
        default: throw mismatch(expected: "array")
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TreeSingleValueDecodingContainer(decoder: self)
    }

    /// Decodes this node as `T`, with the scalar and map fast paths.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == JSONValue.self, let json = value as? T { return json }
        if let scalar = try decodeScalar(T.self) { return scalar }
        if let mapType = T.self as? TreeDecodableStringMap.Type {
            let map = try mapType.treeDecode(from: self)
            if let typed = map as? T { return typed }
        }
        return try T(from: self)
    }

    /// Strings, booleans and numbers; nil for any other type.
    private func decodeScalar<T>(_ type: T.Type) throws -> T? {
        switch type {
        case is String.Type:
            guard case .string(let text) = value else { throw mismatch(expected: "string") }
            return text as? T
        case is Bool.Type:
            guard case .bool(let flag) = value else { throw mismatch(expected: "bool") }
            return flag as? T
        case is Int.Type: return try integer(Int.self, goName: "int") as? T
        case is Int64.Type: return try integer(Int64.self, goName: "int64") as? T
        case is Int32.Type: return try integer(Int32.self, goName: "int32") as? T
        case is Int16.Type: return try integer(Int16.self, goName: "int16") as? T
        case is Int8.Type: return try integer(Int8.self, goName: "int8") as? T
        case is UInt.Type: return try integer(UInt.self, goName: "uint") as? T
        case is UInt64.Type: return try integer(UInt64.self, goName: "uint64") as? T
        case is UInt32.Type: return try integer(UInt32.self, goName: "uint32") as? T
        case is UInt16.Type: return try integer(UInt16.self, goName: "uint16") as? T
        case is UInt8.Type: return try integer(UInt8.self, goName: "uint8") as? T
        case is Double.Type: return try floating(goName: "float64") as? T
        case is Float.Type:
            let number = try floating(goName: "float32")
            guard number.magnitude <= Double(Float.greatestFiniteMagnitude) else {
                throw mismatch(expected: "float32", found: "number " + GoFloatFormat.json(number))
            }
            return Float(number) as? T
        default: return nil
        }
    }

    private func integer<I: FixedWidthInteger>(_ type: I.Type, goName: String) throws -> I {
        switch value {
        case .int(let number):
            guard let result = I(exactly: number) else { throw mismatch(expected: goName, found: "number \(number)") }
            return result
        case .double(let number):
            guard number.isFinite, number.rounded() == number, let result = I(exactly: number) else {
                throw mismatch(expected: goName, found: "number " + GoFloatFormat.json(number))
            }
            return result
        default:
            throw mismatch(expected: goName)
        }
    }

    private func floating(goName: String) throws -> Double {
        switch value {
        case .int(let number): return Double(number)
        case .double(let number): return number
        default: throw mismatch(expected: goName)
        }
    }
}

/// String-keyed maps the decoder fills itself, keeping the object's key order.
protocol TreeDecodableStringMap {
    static func treeDecode(from decoder: TreeDecoderImplementation) throws -> Self
}

extension OrderedDictionary: TreeDecodableStringMap where Key == String, Value: Decodable {
    static func treeDecode(from decoder: TreeDecoderImplementation) throws -> Self {
        let members: OrderedDictionary<String, JSONValue>
        switch decoder.value {
        case .object(let object): members = object
        case .null: members = [:]
        default: throw decoder.mismatch(expected: "object")
        }
        var result = Self(minimumCapacity: members.count)
        for (key, member) in members {
            result[key] = try decoder.child(member, key: TreeCodingKey(key), type: Value.self).decode(Value.self)
        }
        return result
    }
}
