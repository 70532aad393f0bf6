import Collections

/// `JSONValue` can sit inside typed objects (free-form fields). `TreeEncoder`/`TreeDecoder` copy it
/// as it is; other coders get the natural JSON shape.
extension JSONValue: Codable {
    /// Writes the value in its natural JSON shape.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .int(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .double(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .object(let members):
            var container = encoder.container(keyedBy: TreeCodingKey.self)
            for (key, value) in members { try container.encode(value, forKey: TreeCodingKey(key)) }
        }
    }

    /// Reads any JSON shape (from `TreeDecoder`, the subtree exactly as it is).
    public init(from decoder: any Decoder) throws {
        if let tree = decoder as? TreeDecoderImplementation {
            self = tree.value
            return
        }
        if let object = try? decoder.container(keyedBy: TreeCodingKey.self) {
            var members = OrderedDictionary<String, JSONValue>()
            for key in object.allKeys { members[key.stringValue] = try object.decode(JSONValue.self, forKey: key) }
            self = .object(members)
            return
        }
        if var array = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !array.isAtEnd { items.append(try array.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let flag = try? single.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? single.decode(Int64.self) {
            self = .int(number)
        } else if let number = try? single.decode(Double.self) {
            self = .double(number)
        } else {
            self = .string(try single.decode(String.self))
        }
    }
}
