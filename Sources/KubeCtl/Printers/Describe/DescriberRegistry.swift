import KubeCluster

/// The describer of every kind kubetutor simulates, by plural resource name.
public enum DescriberRegistry {
    public typealias Describe = (any APIObject, ObjectStore, Double) -> String

    static let describers: [String: Describe] = Dictionary(uniqueKeysWithValues: [
        entry(Pod.self, PodDescriber.describe), entry(Deployment.self, DeploymentDescriber.describe),
        entry(ReplicaSet.self, ReplicaSetDescriber.describe), entry(Service.self, ServiceDescriber.describe),
        entry(Node.self, NodeDescriber.describe), entry(Namespace.self, NamespaceDescriber.describe),
        entry(ConfigMap.self, ConfigMapDescriber.describe), entry(Secret.self, SecretDescriber.describe),
        entry(ServiceAccount.self, ServiceAccountDescriber.describe), entry(Endpoints.self, EndpointsDescriber.describe),
        entry(HorizontalPodAutoscaler.self, HorizontalPodAutoscalerDescriber.describe), entry(Job.self, JobDescriber.describe),
        entry(DaemonSet.self, DaemonSetDescriber.describe), entry(EndpointSlice.self, EndpointSliceDescriber.describe),
    ])

    /// A registry entry for kind `T`, checking the object's type instead of trusting the key.
    static func entry<T: APIObject>(_ type: T.Type, _ body: @escaping (T, ObjectStore, Double) -> String) -> (String, Describe) {
        (T.resource, { object, store, now in (object as? T).map { body($0, store, now) } ?? "" })
    }

    /// The description of `object`, or nil when its kind has no describer.
    public static func describe(_ object: any APIObject, store: ObjectStore, now: Double) -> String? {
        guard let describer = describers[type(of: object).resource] else { return nil }
        return describer(object, store, now)
    }
}
