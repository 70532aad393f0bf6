import KubeCluster

/// Calls into the API server for objects whose kind is only known at run time (decoded from a
/// manifest or picked by a resource argument), opening the existential for the generic API.
enum ErasedAPI {
    /// A typed object of a simulated kind.
    typealias Object = any (APIObject & APIObjectRules)
    /// A simulated kind.
    typealias Kind = any (APIObject & APIObjectRules).Type

    /// Creates `object`; returns it as stored.
    static func create(_ object: Object, in cluster: Cluster) throws -> any APIObject {
        func open<T: APIObject & APIObjectRules>(_ typed: T) throws -> any APIObject {
            try cluster.api.create(typed)
        }
        return try open(object)
    }

    /// Replaces the stored object with `object`; returns it as stored.
    static func update(_ object: Object, in cluster: Cluster) throws -> any APIObject {
        func open<T: APIObject & APIObjectRules>(_ typed: T) throws -> any APIObject {
            try cluster.api.update(typed)
        }
        return try open(object)
    }

    /// Deletes the object of `kind` at `key`.
    static func delete(_ kind: Kind, _ key: ObjectKey, gracePeriod: Int64?, propagation: PropagationPolicy,
                       in cluster: Cluster) throws {
        func open<T: APIObject & APIObjectRules>(_ type: T.Type) throws {
            _ = try cluster.api.delete(T.self, key, gracePeriod: gracePeriod, propagation: propagation)
        }
        try open(kind)
    }

    /// What a create would store, without storing it (`--dry-run=server`): defaults, validation, the
    /// namespace check and AlreadyExists, as the API server runs them.
    static func dryRunCreate(_ object: Object, in cluster: Cluster) throws -> any APIObject {
        func open<T: APIObject & APIObjectRules>(_ typed: T) throws -> any APIObject {
            try validatedCreate(typed, in: cluster)
        }
        return try open(object)
    }

    private static func validatedCreate<T: APIObject & APIObjectRules>(_ typed: T, in cluster: Cluster) throws -> any APIObject {
        var new = typed
        if T.isNamespaced {
            if new.metadata.namespace?.isEmpty ?? true { new.metadata.namespace = "default" }
            guard cluster.store.get(Namespace.self, namespace: "", name: new.namespace) != nil else {
                throw APIError.notFound("namespaces", new.namespace)
            }
        }
        new.applyDefaults(in: cluster)
        var errors = new.validationErrors(old: nil, in: cluster)
        if new.metadata.name?.isEmpty ?? true {
            errors.insert(FieldError(.required, "metadata.name", "name or generateName is required"), at: 0)
        } else {
            errors.insert(contentsOf: ObjectNameRules.errors(name: new.name, resource: T.resource), at: 0)
        }
        if !errors.isEmpty {
            throw APIError.invalid(kind: T.kind, group: APIError.group(of: T.apiVersion), name: new.name, errors)
        }
        if cluster.store.get(T.self, new.key) != nil { throw APIError.alreadyExists(APIServer.qualifiedResource(T.self), new.name) }
        new.metadata.creationTimestamp = cluster.timestamp
        return new
    }

    /// What an update would store, without storing it (`--dry-run=server`).
    static func dryRunUpdate(_ object: Object, in cluster: Cluster) throws -> any APIObject {
        func open<T: APIObject & APIObjectRules>(_ typed: T) throws -> any APIObject {
            try validatedUpdate(typed, in: cluster)
        }
        return try open(object)
    }

    private static func validatedUpdate<T: APIObject & APIObjectRules>(_ typed: T, in cluster: Cluster) throws -> any APIObject {
        var new = typed
        let key = ObjectKey(namespace: T.isNamespaced ? (new.metadata.namespace ?? "default") : "", name: new.name)
        guard let old = cluster.store.get(T.self, key) else { throw APIError.notFound(APIServer.qualifiedResource(T.self), new.name) }
        if let version = new.metadata.resourceVersion, !version.isEmpty, version != old.metadata.resourceVersion {
            throw APIError.conflict(APIServer.qualifiedResource(T.self), new.name)
        }
        new.applyDefaults(in: cluster)
        let errors = new.validationErrors(old: old, in: cluster)
        if !errors.isEmpty {
            throw APIError.invalid(kind: T.kind, group: APIError.group(of: T.apiVersion), name: new.name, errors)
        }
        return new
    }
}
