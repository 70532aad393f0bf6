import Collections

/// Reads object members by key.
struct TreeKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TreeDecoderImplementation
    let members: OrderedDictionary<String, JSONValue>

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    private func member<T>(_ key: Key, as type: T.Type) throws -> JSONValue {
        guard let value = members[key.stringValue] else {
            throw TreeDecodingError(kind: .missingField, codingPath: codingPath + [key], expectedType: "",
                                    foundType: "", structTypeName: decoder.typeName,
                                    targetTypeName: String(describing: T.self))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        try member(key, as: JSONValue.self) == .null
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let value = try member(key, as: T.self)
        return try decoder.child(value, key: key, type: T.self).decode(T.self)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let value = try member(key, as: JSONValue.self)
        return try decoder.child(value, key: key, type: JSONValue.self).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let value = try member(key, as: JSONValue.self)
        return try decoder.child(value, key: key, type: JSONValue.self).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        decoder.child(members["super"] ?? .null, key: TreeCodingKey("super"), type: JSONValue.self)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        decoder.child(members[key.stringValue] ?? .null, key: key, type: JSONValue.self)
    }
}

/// Reads array elements in order.
struct TreeUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let decoder: TreeDecoderImplementation
    let items: [JSONValue]
    private(set) var currentIndex = 0

    init(decoder: TreeDecoderImplementation, items: [JSONValue]) {
        self.decoder = decoder
        self.items = items
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private func next<T>(as type: T.Type) throws -> TreeDecoderImplementation {
        guard currentIndex < items.count else {
            throw TreeDecodingError(kind: .missingField, codingPath: codingPath + [TreeCodingKey(index: currentIndex)],
                                    expectedType: "", foundType: "", structTypeName: decoder.containingTypeName,
                                    targetTypeName: String(describing: T.self))
        }
        return decoder.child(items[currentIndex], key: TreeCodingKey(index: currentIndex), type: T.self)
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < items.count, items[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try next(as: T.self).decode(T.self)
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let container = try next(as: JSONValue.self).container(keyedBy: type)
        currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try next(as: JSONValue.self).unkeyedContainer()
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let child = try next(as: JSONValue.self)
        currentIndex += 1
        return child
    }
}

/// Reads the node as one value.
struct TreeSingleValueDecodingContainer: SingleValueDecodingContainer {
    let decoder: TreeDecoderImplementation

    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.value == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try TreeDecoderImplementation(value: decoder.value, codingPath: decoder.codingPath,
                                      typeName: String(describing: T.self),
                                      containingTypeName: decoder.containingTypeName).decode(T.self)
    }
}
