import Collections
import KubeCluster
import KubeCtl

/// The `metav1.Status` objects the API server answers failures (and some successes) with, which kubectl
/// turns into its own `Error from server (Reason): …` lines.
enum StatusDocuments {
    /// A failure Status for an API error: code, reason, message and details (name, group, kind, causes).
    static func failure(_ error: APIError, resource: APIResource? = nil, name: String? = nil) -> HTTPResponse {
        HTTPResponse.json(error.code, StatusDocument.failure(error, resource: resource, name: name).compactJSON())
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
        HTTPResponse.json(code, StatusDocument.failure(code: code, reason: reason, message: message, details: details).compactJSON())
    }
}
