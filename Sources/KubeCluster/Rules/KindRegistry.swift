/// Every kind the simulated API server stores, by `apiVersion` + `kind` and by plural resource name.
public enum KindRegistry {
    /// The simulated kinds, in the order `api-resources`-style listings use.
    public static let all: [any (APIObject & APIObjectRules).Type] = [
        Namespace.self, Node.self, Pod.self, Service.self, Endpoints.self, EndpointSlice.self, ConfigMap.self,
        Secret.self, ServiceAccount.self, Event.self, Deployment.self, ReplicaSet.self, DaemonSet.self, Job.self,
        HorizontalPodAutoscaler.self,
    ]

    /// The kind type for a plural resource name (`pods`).
    public static func type(forResource resource: String) -> (any (APIObject & APIObjectRules).Type)? {
        all.first { $0.resource == resource }
    }

    /// The kind type for a kind name (`Deployment`), optionally checking the group of `apiVersion`.
    public static func type(forKind kind: String) -> (any (APIObject & APIObjectRules).Type)? {
        all.first { $0.kind == kind }
    }
}

extension Node: APIObjectRules {}
extension Endpoints: APIObjectRules {}
extension EndpointSlice: APIObjectRules {}
extension ConfigMap: APIObjectRules {}
extension ServiceAccount: APIObjectRules {}
extension Event: APIObjectRules {}

extension KindRegistry {
    /// The simulated kind for a manifest's `apiVersion` and `kind` (`apps/v1` + `Deployment`), if kubetutor stores it.
    public static func type(apiVersion: String, kind: String) -> (any (APIObject & APIObjectRules).Type)? {
        all.first { $0.apiVersion == apiVersion && $0.kind == kind }
    }

    /// Decodes `value` as an object of `type`; throws `TreeDecodingError` when a field has the wrong JSON type.
    public static func decode(_ value: JSONValue, as type: any (APIObject & APIObjectRules).Type) throws -> any (APIObject & APIObjectRules) {
        func open<T: APIObject & APIObjectRules>(_ kind: T.Type) throws -> any (APIObject & APIObjectRules) {
            try TreeDecoder().decode(T.self, from: value)
        }
        return try open(type)
    }

    /// The paths of `value`'s fields that `type` does not have (strict decoding's `unknown field "…"` list),
    /// in the order the API server reports them for a manifest (keys sorted).
    public static func unknownFields(of value: JSONValue, decodedAs object: any APIObject) -> [String] {
        let reencoded = (try? TreeEncoder().encode(object)) ?? .null
        return unknownFieldPaths(input: value.sortedKeys(), decodedReencoded: reencoded)
    }
}
