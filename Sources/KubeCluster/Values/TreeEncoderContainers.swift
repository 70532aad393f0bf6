/// The `Encoder` handed to `encode(to:)`: it writes into one slot of the tree.
struct TreeEncoderImplementation: Encoder {
    let node: TreeEncodingNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObjectIfUnset()
        return KeyedEncodingContainer(TreeKeyedEncodingContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArrayIfUnset()
        return TreeUnkeyedEncodingContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TreeSingleValueEncodingContainer(node: node, codingPath: codingPath)
    }
}

/// Writes object members, in the order they are encoded.
struct TreeKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: TreeEncodingNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        node.child(forKey: key.stringValue).content = .value(.null)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        node.child(forKey: key.stringValue).content = .value(.bool(value))
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        node.child(forKey: key.stringValue).content = .value(.string(value))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.child(forKey: key.stringValue).store(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = node.child(forKey: key.stringValue)
        child.makeObjectIfUnset()
        return KeyedEncodingContainer(TreeKeyedEncodingContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.child(forKey: key.stringValue)
        child.makeArrayIfUnset()
        return TreeUnkeyedEncodingContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoderImplementation(node: node.child(forKey: "super"), codingPath: codingPath + [TreeCodingKey("super")])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoderImplementation(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

/// Appends array elements.
struct TreeUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let node: TreeEncodingNode
    let codingPath: [any CodingKey]
    var count: Int { node.arrayCount }

    private var nextKey: TreeCodingKey { TreeCodingKey(index: count) }

    mutating func encodeNil() throws {
        node.appendedChild().content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = nextKey
        try node.appendedChild().store(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let key = nextKey
        let child = node.appendedChild()
        child.makeObjectIfUnset()
        return KeyedEncodingContainer(TreeKeyedEncodingContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = nextKey
        let child = node.appendedChild()
        child.makeArrayIfUnset()
        return TreeUnkeyedEncodingContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let key = nextKey
        return TreeEncoderImplementation(node: node.appendedChild(), codingPath: codingPath + [key])
    }
}

/// Writes one value into the slot.
struct TreeSingleValueEncodingContainer: SingleValueEncodingContainer {
    let node: TreeEncodingNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        node.content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.store(value, codingPath: codingPath)
    }
}
