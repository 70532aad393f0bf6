/// Kind-specific API rules: the defaults the API server fills in and the validation it enforces.
/// Every kind conforms; the rules for each live beside its model in `Rules/`.
public protocol APIObjectRules {
    /// Fills in defaults as the API server does on create and update.
    mutating func applyDefaults(in cluster: Cluster)
    /// The validation failures of this object (compared with `old` on update, for immutable fields).
    func validationErrors(old: Self?, in cluster: Cluster) -> [FieldError]
    /// Admission on create: allocations (ClusterIP, NodePort) and other side effects. Throws to refuse.
    mutating func admit(in cluster: Cluster) throws
    /// Releases what `admit` allocated, when the object is removed.
    func release(in cluster: Cluster)
    /// On update: carries over what the server owns (allocated IPs and ports) and allocates anew. Throws to refuse.
    mutating func prepareForUpdate(from old: Self, in cluster: Cluster) throws
}

extension APIObjectRules {
    public mutating func applyDefaults(in cluster: Cluster) {}
    public func validationErrors(old: Self?, in cluster: Cluster) -> [FieldError] { [] }
    public mutating func admit(in cluster: Cluster) throws {}
    public func release(in cluster: Cluster) {}
    public mutating func prepareForUpdate(from old: Self, in cluster: Cluster) throws {}
}

/// How dependents are removed when their owner is deleted.
public enum PropagationPolicy: String, Sendable {
    case background = "Background", foreground = "Foreground", orphan = "Orphan"
}

/// The API server in front of the store: names, uids and timestamps, defaulting, validation, admission,
/// optimistic concurrency, graceful deletion and owner-based garbage collection.
public final class APIServer {
    private unowned let cluster: Cluster
    private var generatedUIDs = 0

    init(cluster: Cluster) { self.cluster = cluster }

    private var store: ObjectStore { cluster.store }

    /// Creates `object`; returns it as stored.
    @discardableResult
    public func create<T: APIObject & APIObjectRules>(_ object: T) throws -> T {
        var new = object
        new.kind = T.kind
        new.apiVersion = T.apiVersion
        if T.isNamespaced {
            if new.metadata.namespace?.isEmpty ?? true { new.metadata.namespace = "default" }
            let namespace = new.namespace
            guard let owner = store.get(Namespace.self, namespace: "", name: namespace) else {
                throw APIError.notFound("namespaces", namespace)
            }
            if owner.metadata.isDeleting {
                throw APIError.forbidden("\(T.resource) \"\(new.metadata.name ?? new.metadata.generateName ?? "")\" is forbidden: "
                    + "unable to create new content in namespace \(namespace) because it is being terminated")
            }
        } else {
            new.metadata.namespace = nil
        }
        if new.metadata.name?.isEmpty ?? true, let prefix = new.metadata.generateName, !prefix.isEmpty {
            new.metadata.name = generatedName(prefix: prefix, resource: T.resource, namespace: new.namespace)
        }
        new.applyDefaults(in: cluster)
        var errors = new.validationErrors(old: nil, in: cluster)
        if new.metadata.name?.isEmpty ?? true {
            errors.insert(FieldError(.required, "metadata.name", "name or generateName is required"), at: 0)
        } else {
            errors.insert(contentsOf: ObjectNameRules.errors(name: new.name, resource: T.resource), at: 0)
        }
        if !errors.isEmpty { throw APIError.invalid(kind: T.kind, group: APIError.group(of: T.apiVersion), name: new.name, errors) }
        if store.get(T.self, new.key) != nil { throw APIError.alreadyExists(APIServer.qualifiedResource(T.self), new.name) }
        try new.admit(in: cluster)
        new.metadata.uid = nextUID()
        new.metadata.creationTimestamp = cluster.timestamp
        new.metadata.deletionTimestamp = nil
        new.metadata.deletionGracePeriodSeconds = nil
        if T.self != Pod.self, T.self != Event.self, hasGeneration(T.self) { new.metadata.generation = 1 }
        return store.put(new)
    }

    /// Replaces the stored object with `object` (kubectl replace/apply/edit/patch, and controllers).
    /// A resourceVersion in `object` that is not the stored one is a conflict.
    @discardableResult
    public func update<T: APIObject & APIObjectRules>(_ object: T) throws -> T {
        var new = object
        let key = ObjectKey(namespace: T.isNamespaced ? (new.metadata.namespace ?? "default") : "", name: new.name)
        guard let old = store.get(T.self, key) else { throw APIError.notFound(APIServer.qualifiedResource(T.self), new.name) }
        if let version = new.metadata.resourceVersion, !version.isEmpty, version != old.metadata.resourceVersion {
            throw APIError.conflict(APIServer.qualifiedResource(T.self), new.name)
        }
        new.kind = T.kind
        new.apiVersion = T.apiVersion
        new.metadata.namespace = old.metadata.namespace
        new.metadata.uid = old.metadata.uid
        new.metadata.creationTimestamp = old.metadata.creationTimestamp
        new.metadata.deletionTimestamp = old.metadata.deletionTimestamp
        new.metadata.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds
        new.metadata.generation = old.metadata.generation
        new.applyDefaults(in: cluster)
        let errors = new.validationErrors(old: old, in: cluster)
        if !errors.isEmpty { throw APIError.invalid(kind: T.kind, group: APIError.group(of: T.apiVersion), name: new.name, errors) }
        try new.prepareForUpdate(from: old, in: cluster)
        if specChanged(old, new) { new.metadata.generation = (old.metadata.generation ?? 0) + 1 }
        return store.put(new)
    }

    /// Stores a status (or any controller-owned) change without validation or generation bumps.
    @discardableResult
    public func updateStatus<T: APIObject>(_ object: T) -> T {
        store.put(object)
    }

    /// Deletes the object of type `T` at `key`.
    ///
    /// Pods on a node terminate gracefully (`gracePeriod` seconds, default from the pod) and are removed
    /// by their kubelet; everything else goes at once. Dependents are garbage-collected per `propagation`.
    @discardableResult
    public func delete<T: APIObject & APIObjectRules>(_ type: T.Type, _ key: ObjectKey, gracePeriod: Int64? = nil,
                                                      propagation: PropagationPolicy = .background) throws -> T {
        guard var object = store.get(T.self, key) else { throw APIError.notFound(APIServer.qualifiedResource(T.self), key.name) }
        if var pod = object as? Pod, let nodeName = pod.spec.nodeName, !nodeName.isEmpty,
           pod.status.phase != "Succeeded", pod.status.phase != "Failed", gracePeriod != 0 {
            let grace = gracePeriod ?? pod.spec.terminationGracePeriodSeconds ?? 30
            if pod.metadata.deletionTimestamp == nil {
                pod.metadata.deletionTimestamp = Timestamp(cluster.now + Double(grace))
                pod.metadata.deletionGracePeriodSeconds = grace
                pod = store.put(pod)
            }
            if let typed = pod as? T { return typed }
        }
        if var namespace = object as? Namespace {
            guard !["default", "kube-system", "kube-public"].contains(namespace.name) else {
                throw APIError.forbidden("namespaces \"\(namespace.name)\" is forbidden: this namespace may not be deleted")
            }
            if namespace.metadata.deletionTimestamp == nil {
                namespace.metadata.deletionTimestamp = cluster.timestamp
                namespace.status.phase = "Terminating"
                namespace = store.put(namespace)
            }
            if let typed = namespace as? T { return typed }
        }
        if propagation == .orphan { orphanDependents(of: object) }
        object.metadata.deletionTimestamp = object.metadata.deletionTimestamp ?? cluster.timestamp
        return try remove(T.self, key, propagation: propagation) ?? object
    }

    /// Removes an object from the store for good (after graceful termination), releasing its allocations
    /// and collecting its dependents.
    @discardableResult
    public func remove<T: APIObject & APIObjectRules>(_ type: T.Type, _ key: ObjectKey,
                                                      propagation: PropagationPolicy = .background) throws -> T? {
        guard let removed = store.remove(T.self, key) else { return nil }
        removed.release(in: cluster)
        if propagation != .orphan { collectDependents(of: removed) }
        return removed
    }

    private func collectDependents(of owner: any APIObject) {
        guard let uid = owner.metadata.uid else { return }
        for resource in store.resources {
            for dependent in store.dependents(of: uid, resource: resource) {
                _ = try? deleteAny(dependent)
            }
        }
    }

    private func orphanDependents(of owner: any APIObject) {
        guard let uid = owner.metadata.uid else { return }
        for resource in store.resources {
            for var dependent in store.dependents(of: uid, resource: resource) {
                dependent.metadata.ownerReferences?.removeAll { $0.uid == uid }
                if dependent.metadata.ownerReferences?.isEmpty == true { dependent.metadata.ownerReferences = nil }
                store.putAny(dependent)
            }
        }
    }

    /// Deletes a type-erased object with background propagation.
    @discardableResult
    public func deleteAny(_ object: any APIObject, gracePeriod: Int64? = nil,
                          propagation: PropagationPolicy = .background) throws -> any APIObject {
        func open<T: APIObject>(_ typed: T) throws -> any APIObject {
            guard let ruled = T.self as? any (APIObject & APIObjectRules).Type else {
                return store.removeAny(resource: T.resource, typed.key) ?? typed
            }
            func openRules<R: APIObject & APIObjectRules>(_ kind: R.Type) throws -> any APIObject {
                try delete(kind, typed.key, gracePeriod: gracePeriod, propagation: propagation)
            }
            return try openRules(ruled)
        }
        return try open(object)
    }

    /// `pods`, `deployments.apps`: the resource as API error messages name it.
    public static func qualifiedResource<T: APIObject>(_ type: T.Type) -> String {
        let group = APIError.group(of: T.apiVersion)
        return group.isEmpty ? T.resource : "\(T.resource).\(group)"
    }

    private func generatedName(prefix: String, resource: String, namespace: String) -> String {
        let base = String(prefix.prefix(58))
        for _ in 0..<100 {
            let candidate = base + cluster.random.nameSuffix(5)
            if store.getAny(resource: resource, ObjectKey(namespace: namespace, name: candidate)) == nil { return candidate }
        }
        return base + cluster.random.nameSuffix(5)
    }

    private func nextUID() -> String { cluster.random.uuid() }

    private func hasGeneration<T: APIObject>(_ type: T.Type) -> Bool {
        [Deployment.kind, ReplicaSet.kind, DaemonSet.kind, Job.kind, HorizontalPodAutoscaler.kind].contains(T.kind)
    }

    private func specChanged<T: APIObject>(_ old: T, _ new: T) -> Bool {
        switch (old, new) {
        case let (a as Deployment, b as Deployment): return a.spec != b.spec
        case let (a as ReplicaSet, b as ReplicaSet): return a.spec != b.spec
        case let (a as DaemonSet, b as DaemonSet): return a.spec != b.spec
        case let (a as Job, b as Job): return a.spec != b.spec
        case let (a as HorizontalPodAutoscaler, b as HorizontalPodAutoscaler): return a.spec != b.spec
        default: return false
        }
    }
}

/// The name rules every object must follow (DNS-1123 subdomain; pods, services, namespaces stricter).
public enum ObjectNameRules {
    /// The validation errors for `name` as a name of `resource`.
    public static func errors(name: String, resource: String) -> [FieldError] {
        if resource == "services" {
            if name.count > 63 || !isDNS1035Label(name) {
                return [FieldError(.invalid, "metadata.name", value: FieldError.quote(name), dns1035LabelDetail)]
            }
        } else if resource == "namespaces" {
            if name.count > 63 || !isDNS1123Label(name) {
                return [FieldError(.invalid, "metadata.name", value: FieldError.quote(name), dns1123LabelDetail)]
            }
        } else if name.count > 253 || !isDNS1123Subdomain(name) {
            return [FieldError(.invalid, "metadata.name", value: FieldError.quote(name), dns1123SubdomainDetail)]
        }
        return []
    }

    /// True for a DNS-1123 label: lowercase alphanumerics and '-', starting and ending alphanumeric, ≤ 63.
    public static func isDNS1123Label(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 63 else { return false }
        let bytes = Array(text.utf8)
        func alnum(_ byte: UInt8) -> Bool { (97...122).contains(byte) || (48...57).contains(byte) }
        guard let first = bytes.first, let last = bytes.last, alnum(first), alnum(last) else { return false }
        return bytes.allSatisfy { alnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// True for a DNS-1035 label: like a DNS-1123 label but starting with a letter.
    public static func isDNS1035Label(_ text: String) -> Bool {
        guard let first = text.utf8.first, (97...122).contains(first) else { return false }
        return isDNS1123Label(text)
    }

    /// True for a DNS-1123 subdomain: dot-separated labels, ≤ 253.
    public static func isDNS1123Subdomain(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 253 else { return false }
        return text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { isDNS1123Label(String($0)) }
    }

    static let dns1123SubdomainDetail = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, "
        + "'-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for "
        + "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    static let dns1035LabelDetail = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start "
        + "with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex "
        + "used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
    static let dns1123LabelDetail = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', "
        + "and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for "
        + "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
}
