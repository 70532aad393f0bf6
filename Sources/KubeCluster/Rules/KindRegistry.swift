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
extension Secret: APIObjectRules {}
extension ServiceAccount: APIObjectRules {}
extension Event: APIObjectRules {}
