import Collections
import KubeCluster

/// The `metav1.Status` object the API server answers a failure with, which kubectl turns into its own
/// `Error from server (Reason): …` line (`kubetutor serve` sends it; `get --raw` reads it).
public enum StatusDocument {
    /// A failure Status for an API error: code, reason, message and details (name, group, kind, causes).
    public static func failure(_ error: APIError, resource: APIResource? = nil, name: String? = nil) -> JSONValue {
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
        return failure(code: error.code, reason: error.reason, message: error.message, details: details.isEmpty ? nil : .object(details))
    }

    /// A failure Status with a code, reason, message and optional details.
    public static func failure(code: Int, reason: String, message: String, details: JSONValue? = nil) -> JSONValue {
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = "Status"
        root["apiVersion"] = "v1"
        root["metadata"] = .emptyObject
        root["status"] = "Failure"
        root["message"] = .string(message)
        root["reason"] = .string(reason)
        if let details { root["details"] = details }
        root["code"] = .int(Int64(code))
        return .object(root)
    }

    /// The `CauseType` of a field error (`FieldValueRequired`, `FieldValueInvalid`, …).
    public static func causeReason(_ kind: FieldError.Kind) -> String {
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
    public static func causeMessage(_ error: FieldError) -> String {
        let full = error.description
        let prefix = error.field + ": "
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }
}
