import KubeCluster

/// Sends changed objects to the simulated API server (or checks them only, for `--dry-run=server`),
/// whatever their kind.
enum ObjectWriter {
    /// Replaces the stored object with `object` through `cluster.api.update` (defaulting, validation,
    /// generation bump, optimistic concurrency); returns the stored result.
    static func update(_ object: any APIObject, in cluster: Cluster) throws -> any APIObject {
        guard let ruled = object as? any (APIObject & APIObjectRules) else {
            throw APIError.badRequest("the server does not allow this method on the requested resource")
        }
        return try store(ruled, in: cluster)
    }

    /// What the server would store for `object`, checked but not saved (`--dry-run=server`).
    static func dryRunUpdate(_ object: any APIObject, in cluster: Cluster) throws -> any APIObject {
        guard let ruled = object as? any (APIObject & APIObjectRules) else {
            throw APIError.badRequest("the server does not allow this method on the requested resource")
        }
        return try check(ruled, in: cluster)
    }

    /// Stores `object` unless `dryRun` asks only for a check; client dry runs return the object unchanged.
    static func write(_ object: any APIObject, dryRun: DryRunMode, in cluster: Cluster) throws -> any APIObject {
        switch dryRun {
        case .none: return try update(object, in: cluster)
        case .server: return try dryRunUpdate(object, in: cluster)
        case .client: return object
        }
    }

    private static func store<T: APIObject & APIObjectRules>(_ object: T, in cluster: Cluster) throws -> any APIObject {
        try cluster.api.update(object)
    }

    private static func check<T: APIObject & APIObjectRules>(_ object: T, in cluster: Cluster) throws -> any APIObject {
        let key = ObjectKey(namespace: T.isNamespaced ? object.namespace : "", name: object.name)
        guard let old = cluster.store.get(T.self, key) else { throw APIError.notFound(T.resource, object.name) }
        if let version = object.metadata.resourceVersion, !version.isEmpty, version != old.metadata.resourceVersion {
            throw APIError.conflict(T.resource, object.name)
        }
        var new = object
        new.metadata.uid = old.metadata.uid
        new.metadata.creationTimestamp = old.metadata.creationTimestamp
        new.metadata.generation = old.metadata.generation
        new.applyDefaults(in: cluster)
        let errors = new.validationErrors(old: old, in: cluster)
        if !errors.isEmpty { throw APIError.invalid(kind: T.kind, group: APIError.group(of: T.apiVersion), name: new.name, errors) }
        return new
    }

    /// True when the two objects encode to the same JSON (kubectl's "empty patch": nothing to send).
    static func sameContent(_ lhs: any APIObject, _ rhs: any APIObject) -> Bool {
        ObjectJSON.encode(lhs) == ObjectJSON.encode(rhs)
    }

    /// Go's `%T` of the typed object kubectl decodes, e.g. `*v1.Service`.
    static func goTypeName(_ object: any APIObject) -> String {
        let version = object.apiVersion.split(separator: "/").last.map(String.init) ?? "v1"
        return "*\(version).\(type(of: object).kind)"
    }
}

/// Reaches the pod spec and pod template of the kinds that have one (`UpdatePodSpecForObject`): a Pod's own
/// spec, or the template of a Deployment, ReplicaSet, DaemonSet or Job.
enum PodTemplateAccess {
    /// The error kubectl returns for kinds without a pod spec.
    static func unsupported(_ object: any APIObject) -> CommandError {
        .message("the object is not a pod or does not have a pod template: \(ObjectWriter.goTypeName(object))")
    }

    /// The pod spec of `object`, if its kind has one.
    static func podSpec(_ object: any APIObject) -> PodSpec? {
        switch object {
        case let pod as Pod: return pod.spec
        default: return template(object)?.spec
        }
    }

    /// The pod template of a workload.
    static func template(_ object: any APIObject) -> PodTemplateSpec? {
        switch object {
        case let deployment as Deployment: return deployment.spec.template
        case let set as ReplicaSet: return set.spec.template
        case let set as DaemonSet: return set.spec.template
        case let job as Job: return job.spec.template
        default: return nil
        }
    }

    /// Applies `change` to the pod spec of `object`; false when the kind has no pod spec.
    static func updatePodSpec(_ object: inout any APIObject, _ change: (inout PodSpec) -> Void) -> Bool {
        if var pod = object as? Pod {
            change(&pod.spec)
            object = pod
            return true
        }
        return updateTemplate(&object) { change(&$0.spec) }
    }

    /// Applies `change` to the pod template of a workload; false for other kinds.
    static func updateTemplate(_ object: inout any APIObject, _ change: (inout PodTemplateSpec) -> Void) -> Bool {
        switch object {
        case var deployment as Deployment:
            change(&deployment.spec.template)
            object = deployment
        case var set as ReplicaSet:
            change(&set.spec.template)
            object = set
        case var set as DaemonSet:
            change(&set.spec.template)
            object = set
        case var job as Job:
            change(&job.spec.template)
            object = job
        default:
            return false
        }
        return true
    }
}
