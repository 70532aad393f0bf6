/// An error the API server returns, shaped like a `metav1.Status`: HTTP code, reason and message.
///
/// kubectl prints these as `Error from server (<Reason>): <message>`, except `Invalid`, whose message
/// already reads `The <Kind> "<name>" is invalid: …`.
public struct APIError: Error, Equatable, CustomStringConvertible {
    public var code: Int
    public var reason: String
    public var message: String
    /// For `Invalid`: the kind (without group) and name of the refused object and each failed field.
    public var invalidKind: String?
    public var invalidName: String?
    public var causes: [FieldError] = []

    public init(code: Int, reason: String, message: String) {
        self.code = code
        self.reason = reason
        self.message = message
    }

    public var description: String { message }

    /// `pods "x" not found`.
    public static func notFound(_ resource: String, _ name: String) -> APIError {
        APIError(code: 404, reason: "NotFound", message: "\(resource) \"\(name)\" not found")
    }

    /// `pods "x" already exists`.
    public static func alreadyExists(_ resource: String, _ name: String) -> APIError {
        APIError(code: 409, reason: "AlreadyExists", message: "\(resource) \"\(name)\" already exists")
    }

    /// A 400 with the given message.
    public static func badRequest(_ message: String) -> APIError {
        APIError(code: 400, reason: "BadRequest", message: message)
    }

    /// A 409 optimistic-concurrency conflict.
    public static func conflict(_ resource: String, _ name: String) -> APIError {
        APIError(code: 409, reason: "Conflict", message: "Operation cannot be fulfilled on \(resource) \"\(name)\": "
            + "the object has been modified; please apply your changes to the latest version and try again")
    }

    /// `Deployment.apps "web" is invalid: <errors>` (one error inline, several in brackets), keeping the
    /// causes so kubectl can print its own `The Deployment "web" is invalid:` form.
    public static func invalid(kind: String, group: String, name: String, _ errors: [FieldError]) -> APIError {
        let body = errors.count == 1 ? errors[0].description : "[" + errors.map(\.description).joined(separator: ", ") + "]"
        let qualified = group.isEmpty ? kind : "\(kind).\(group)"
        var error = APIError(code: 422, reason: "Invalid", message: "\(qualified) \"\(name)\" is invalid: \(body)")
        error.invalidKind = kind
        error.invalidName = name
        error.causes = errors
        return error
    }

    /// The group part of an apiVersion (`apps` of `apps/v1`, "" for `v1`).
    public static func group(of apiVersion: String) -> String {
        guard let slash = apiVersion.firstIndex(of: "/") else { return "" }
        return String(apiVersion[..<slash])
    }

    /// A 403 Forbidden with the given message.
    public static func forbidden(_ message: String) -> APIError {
        APIError(code: 403, reason: "Forbidden", message: message)
    }
}

/// One validation failure on one field, worded as apimachinery's `field.Error` prints it.
public struct FieldError: Equatable, CustomStringConvertible, Sendable {
    /// The kind of failure, which gives the fixed phrase ("Required value", "Invalid value", …).
    public enum Kind: String, Sendable {
        case required = "Required value"
        case invalid = "Invalid value"
        case notSupported = "Unsupported value"
        case duplicate = "Duplicate value"
        case forbidden = "Forbidden"
        case tooLong = "Too long"
        case notFound = "Not found"
    }

    public var kind: Kind
    /// The field path, e.g. `spec.template.spec.containers[0].image`.
    public var field: String
    /// The offending value as Go's `%#v`-ish quoting prints it (already formatted), or nil.
    public var value: String?
    public var detail: String

    public init(_ kind: Kind, _ field: String, value: String? = nil, _ detail: String = "") {
        self.kind = kind
        self.field = field
        self.value = value
        self.detail = detail
    }

    public var description: String {
        var text = "\(field): \(kind.rawValue)"
        if let value, kind != .required, kind != .forbidden, kind != .tooLong { text += ": \(value)" }
        if !detail.isEmpty { text += ": \(detail)" }
        return text
    }

    /// Go's `%q` of a string, as validation messages quote values.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(character)
            }
        }
        return out + "\""
    }
}
