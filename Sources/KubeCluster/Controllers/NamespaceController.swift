/// Gives every namespace its `default` ServiceAccount and `kube-root-ca.crt` ConfigMap, and finishes
/// deleting a Terminating namespace once everything in it is gone.
public final class NamespaceController: Controller {
    public let name = "namespace"
    public init() {}

    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        switch event.object {
        case let namespace as Namespace: return [namespace.key]
        case let account as ServiceAccount where event.type == .deleted: return [ObjectKey(namespace: "", name: account.namespace)]
        case let configMap as ConfigMap where event.type == .deleted: return [ObjectKey(namespace: "", name: configMap.namespace)]
        default: return []
        }
    }

    public func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        guard let namespace = cluster.store.get(Namespace.self, key) else { return }
        if namespace.metadata.isDeleting {
            finishDeletion(namespace, in: cluster)
            return
        }
        if cluster.store.get(ServiceAccount.self, namespace: key.name, name: "default") == nil {
            var account = ServiceAccount()
            account.metadata = ObjectMeta(name: "default", namespace: key.name)
            _ = try? cluster.api.create(account)
        }
        if cluster.store.get(ConfigMap.self, namespace: key.name, name: "kube-root-ca.crt") == nil {
            var configMap = ConfigMap()
            configMap.metadata = ObjectMeta(name: "kube-root-ca.crt", namespace: key.name)
            configMap.metadata.annotations = ["kubernetes.io/description": "Contains a CA bundle that can be used to "
                + "verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. "
                + "No other usage is guaranteed across distributions of Kubernetes clusters."]
            configMap.data = ["ca.crt": NamespaceController.rootCertificate]
            _ = try? cluster.api.create(configMap)
        }
    }

    private func finishDeletion(_ namespace: Namespace, in cluster: Cluster) {
        var remaining = 0
        for resource in cluster.store.resources {
            for object in cluster.store.listAny(resource: resource, namespace: namespace.name) {
                remaining += 1
                if object.metadata.deletionTimestamp == nil || object is Pod { _ = try? cluster.api.deleteAny(object) }
            }
        }
        if remaining == 0 {
            _ = try? cluster.api.remove(Namespace.self, namespace.key)
        } else {
            cluster.requeue(self, namespace.key, after: 1)
        }
    }

    /// A stand-in cluster CA certificate (PEM) for `kube-root-ca.crt`.
    static let rootCertificate = """
        -----BEGIN CERTIFICATE-----
        MIIDBTCCAe2gAwIBAgIIKubeTutorMA0GCSqGSIb3DQEBCwUAMBUxEzARBgNVBAMT
        Cmt1YmVybmV0ZXMwHhcNMjYwMTAxMDAwMDAwWhcNMzYwMTAxMDAwMDAwWjAVMRMw
        EQYDVQQDEwprdWJlcm5ldGVzMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC
        -----END CERTIFICATE-----

        """
}

/// Namespace rules: `Active` on create; deleting one marks it `Terminating` until its contents are gone.
extension Namespace: APIObjectRules {
    public mutating func applyDefaults(in cluster: Cluster) {
        if status.phase == nil { status.phase = metadata.isDeleting ? "Terminating" : "Active" }
        if spec.finalizers == nil { spec.finalizers = ["kubernetes"] }
        var labels = metadata.labelMap
        labels["kubernetes.io/metadata.name"] = name
        metadata.labels = labels
    }
}
