// TEMPORARY: minimal stand-ins until the API value types (Quantity, IntOrString, LabelSelectorSpec) land.
/// Temporary stand-in.
public struct Quantity: Codable, Hashable, Sendable {
    public var text: String
    public init(from decoder: Decoder) throws { text = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(text) }
}
/// Temporary stand-in.
public enum IntOrString: Codable, Hashable, Sendable {
    case int(Int32), string(String)
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let i = try? c.decode(Int32.self) { self = .int(i) } else { self = .string(try c.decode(String.self)) }
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self { case .int(let i): try c.encode(i); case .string(let s): try c.encode(s) }
    }
}
/// Temporary stand-in.
public struct LabelSelectorSpec: Codable, Hashable, Sendable {
    public var matchLabels: [String: String]?
    public var matchExpressions: [JSONValue]?
}
