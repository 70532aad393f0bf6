import KubeCluster

/// Calls the generic API server with objects whose kind is known only at run time (picked by the URL).
enum TypedAPI {
    /// A simulated kind.
    typealias Kind = any (APIObject & APIObjectRules).Type
    /// An object of a simulated kind.
    typealias Object = any (APIObject & APIObjectRules)

    static func create(_ object: Object, in cluster: Cluster) throws -> any APIObject {
        func open<T: APIObject & APIObjectRules>(_ typed: T) throws -> any APIObject { try cluster.api.create(typed) }
        return try open(object)
    }

    static func update(_ object: Object, in cluster: Cluster) throws -> any APIObject {
        func open<T: APIObject & APIObjectRules>(_ typed: T) throws -> any APIObject { try cluster.api.update(typed) }
        return try open(object)
    }

    /// Stores a status change: everything but `status` is kept from the stored object.
    static func updateStatus(_ object: Object, in cluster: Cluster) -> any APIObject {
        func open<T: APIObject & APIObjectRules>(_ typed: T) -> any APIObject { cluster.api.updateStatus(typed) }
        return open(object)
    }

    static func delete(_ kind: Kind, _ key: ObjectKey, gracePeriod: Int64?, propagation: PropagationPolicy,
                       in cluster: Cluster) throws -> any APIObject {
        func open<T: APIObject & APIObjectRules>(_ type: T.Type) throws -> any APIObject {
            try cluster.api.delete(T.self, key, gracePeriod: gracePeriod, propagation: propagation)
        }
        return try open(kind)
    }
}
