import Collections
import KubeCluster

/// The `metav1.Status` objects the API server answers failures (and some successes) with, which kubectl
/// turns into its own `Error from server (Reason): …` lines.
enum StatusDocuments {
    /// A failure Status for an API error: code, reason, message and details (name, group, kind, causes).
    static func failure(_ error: APIError, resource: APIResource? = nil, name: String? = nil) -> HTTPResponse {
        var details = OrderedDictionary<String, JSONValue>()
        if let name = error.invalidName ?? name, !name.isEmpty { details["name"] = .string(name) }
        if let resource {
            if !resource.group.isEmpty { details["group"] = .string(resource.group) }
            details["kind"] = .string(error.invalidKind ?? resource.name)
        }
        if !error.causes.isEmpty {
            details["causes"] = .array(error.causes.map { cause in
                var member = OrderedDictionary<String, JSONValue>()
                member["reason"] = .string(causeReason(cause.kind))
                member["message"] = .string(causeMessage(cause))
                member["field"] = .string(cause.field)
                return .object(member)
            })
        }
        return status(code: error.code, reason: error.reason, message: error.message, details: details.isEmpty ? nil : .object(details))
    }

    /// A failure Status with just a code, reason and message.
    static func failure(code: Int, reason: String, message: String) -> HTTPResponse {
        status(code: code, reason: reason, message: message, details: nil)
    }

    /// `404 the server could not find the requested resource`.
    static var notFoundPath: HTTPResponse {
        failure(code: 404, reason: "NotFound", message: "the server could not find the requested resource")
    }

    /// `405 Method Not Allowed` for a verb the resource does not support.
    static func methodNotAllowed(_ verb: String, _ resource: String) -> HTTPResponse {
        failure(code: 405, reason: "MethodNotAllowed", message: "the server does not allow this method on the requested resource")
    }

    /// A `Success` Status (what some deletes return).
    static func success(details: JSONValue?) -> HTTPResponse {
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = "Status"
        root["apiVersion"] = "v1"
        root["metadata"] = .emptyObject
        root["status"] = "Success"
        if let details { root["details"] = details }
        return HTTPResponse.json(200, JSONValue.object(root).compactJSON())
    }

    private static func status(code: Int, reason: String, message: String, details: JSONValue?) -> HTTPResponse {
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = "Status"
        root["apiVersion"] = "v1"
        root["metadata"] = .emptyObject
        root["status"] = "Failure"
        root["message"] = .string(message)
        root["reason"] = .string(reason)
        if let details { root["details"] = details }
        root["code"] = .int(Int64(code))
        return HTTPResponse.json(code, JSONValue.object(root).compactJSON())
    }

    /// The `CauseType` of a field error (`FieldValueRequired`, `FieldValueInvalid`, …).
    static func causeReason(_ kind: FieldError.Kind) -> String {
        switch kind {
        case .required: return "FieldValueRequired"
        case .invalid: return "FieldValueInvalid"
        case .notSupported: return "FieldValueNotSupported"
        case .duplicate: return "FieldValueDuplicate"
        case .forbidden: return "FieldValueForbidden"
        case .tooLong: return "FieldValueTooLong"
        case .notFound: return "FieldValueNotFound"
        }
    }

    /// A cause's message: the field error without its field path.
    static func causeMessage(_ error: FieldError) -> String {
        let full = error.description
        let prefix = error.field + ": "
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }
}
