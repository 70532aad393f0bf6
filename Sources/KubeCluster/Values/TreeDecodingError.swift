/// Why a `JSONValue` could not become a typed value, with what the API layer needs to phrase
/// Go-style messages such as `json: cannot unmarshal string into Go struct field
/// Container.spec.template.spec.containers.image of type int32`.
public struct TreeDecodingError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What went wrong.
    public enum Kind: Equatable, Sendable {
        /// The value has the wrong JSON type (or a number that does not fit).
        case typeMismatch
        /// A non-optional field is absent.
        case missingField
        /// The type's own decoding code rejected the value (`detail` says why).
        case invalidValue
    }

    /// What went wrong.
    public let kind: Kind
    /// Where, with array indexes: `spec.template.spec.containers[0].image` (empty at the top).
    public let path: String
    /// Where, as Go's `UnmarshalTypeError.Field` gives it (no indexes): `spec.template.spec.containers.image`.
    public let fieldPath: String
    /// The Go-ish type expected: "int32", "int", "float64", "string", "bool", "object", "array".
    public let expectedType: String
    /// What was found, as Go's `UnmarshalTypeError.Value` says it: "string", "number",
    /// "number 1.5" (a number that does not fit the expected type), "bool", "object", "array", "null".
    public let foundType: String
    /// The Swift type whose field failed (`Container`), when there is one.
    public let structTypeName: String?
    /// The Swift type that was being decoded (`Int32`, `PodSpec`).
    public let targetTypeName: String
    /// For `invalidValue`: the type's own explanation.
    public let detail: String

    /// A Go-style sentence for the error.
    public var description: String {
        switch kind {
        case .typeMismatch:
            if fieldPath.isEmpty {
                return "json: cannot unmarshal \(foundType) into Go value of type \(expectedType)"
            }
            return "json: cannot unmarshal \(foundType) into Go struct field \(structTypeName ?? targetTypeName).\(fieldPath) of type \(expectedType)"
        case .missingField:
            return "missing required field \"\(path)\""
        case .invalidValue:
            return path.isEmpty ? detail : "\(path): \(detail)"
        }
    }

    /// The dotted path (with `[i]` indexes) and the Go field path (without) of a coding path.
    static func paths(_ codingPath: [any CodingKey]) -> (path: String, fieldPath: String) {
        var path = ""
        var fieldPath = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue == "Index \(index)" {
                path += "[\(index)]"
                continue
            }
            if !path.isEmpty { path += "." }
            path += key.stringValue
            if !fieldPath.isEmpty { fieldPath += "." }
            fieldPath += key.stringValue
        }
        return (path, fieldPath)
    }

    /// The JSON type of `value` as Go's decoder names it in type errors.
    static func foundTypeName(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "bool"
        case .int, .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    init(kind: Kind, codingPath: [any CodingKey], expectedType: String, foundType: String,
         structTypeName: String?, targetTypeName: String, detail: String = "") {
        let (path, fieldPath) = Self.paths(codingPath)
        self.kind = kind
        self.path = path
        self.fieldPath = fieldPath
        self.expectedType = expectedType
        self.foundType = foundType
        self.structTypeName = structTypeName
        self.targetTypeName = targetTypeName
        self.detail = detail
    }
}
