import Collections
import KubeCluster

/// The kubeconfig file as `kubectl config view` shows it: what minikube, kind or kubeadm wrote for the
/// profile (certificate paths or embedded data, minikube's extensions), secrets shown as `DATA+OMITTED`
/// unless `--raw`.
struct KubeconfigDocument {
    let config: KubeConfig
    let profile: ClusterProfile
    let cluster: Cluster
    let raw: Bool

    /// Stand-in certificate data (base64 of a PEM header) for `--raw`.
    static let certificateData = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURCakNDQWU2Z0F3SUJBZ0lCQVRBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwdGFXNXAKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo="
    /// Stand-in key data for `--raw`.
    static let keyData = "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBMHN0YW5kLWluLWtleS1mb3Ita3ViZXR1dG9yCi0tLS0tRU5EIFJTQSBQUklWQVRFIEtFWS0tLS0tCg=="

    /// The document in Go's struct order (`-o json`); YAML output sorts the keys afterwards.
    func json(goOrder: Bool) -> JSONValue {
        var root: OrderedDictionaryJSON = [("kind", "Config"), ("apiVersion", "v1"), ("preferences", .object([:]))]
        root.append(("clusters", .array(config.clusters.sorted { $0.name < $1.name }.map(clusterEntry))))
        root.append(("users", .array(config.users.sorted().map(userEntry))))
        root.append(("contexts", .array(config.contexts.sorted { $0.name < $1.name }.map(contextEntry))))
        root.append(("current-context", .string(config.currentContext)))
        return object(root)
    }

    private typealias OrderedDictionaryJSON = [(String, JSONValue)]

    private func object(_ pairs: OrderedDictionaryJSON) -> JSONValue {
        var members = OrderedDictionary<String, JSONValue>()
        for (key, value) in pairs { members[key] = value }
        return .object(members)
    }

    private var isMinikube: Bool { profile == .minikube }

    private func data(_ text: String) -> JSONValue { .string(raw ? text : "DATA+OMITTED") }

    private func clusterEntry(_ entry: KubeConfig.ClusterEntry) -> JSONValue {
        var fields: OrderedDictionaryJSON = [("server", .string(entry.server))]
        if isMinikube, entry.name == "minikube" {
            fields.append(("certificate-authority", "/home/learner/.minikube/ca.crt"))
            fields.append(("extensions", .array([extensionEntry("cluster_info")])))
        } else {
            fields.append(("certificate-authority-data", data(Self.certificateData)))
        }
        return object([("name", .string(entry.name)), ("cluster", object(fields))])
    }

    private func userEntry(_ name: String) -> JSONValue {
        let fields: OrderedDictionaryJSON
        if isMinikube, name == "minikube" {
            fields = [("client-certificate", "/home/learner/.minikube/profiles/minikube/client.crt"),
                      ("client-key", "/home/learner/.minikube/profiles/minikube/client.key")]
        } else {
            fields = [("client-certificate-data", data(Self.certificateData)), ("client-key-data", data(Self.keyData))]
        }
        return object([("name", .string(name)), ("user", object(fields))])
    }

    private func contextEntry(_ entry: KubeConfig.ContextEntry) -> JSONValue {
        var fields: OrderedDictionaryJSON = []
        if !entry.cluster.isEmpty { fields.append(("cluster", .string(entry.cluster))) }
        if !entry.user.isEmpty { fields.append(("user", .string(entry.user))) }
        if let namespace = entry.namespace, !namespace.isEmpty { fields.append(("namespace", .string(namespace))) }
        if entry.isMinikube { fields.append(("extensions", .array([extensionEntry("context_info")]))) }
        return object([("name", .string(entry.name)), ("context", object(fields))])
    }

    /// minikube's `extensions` item: when it last wrote the entry, and its version.
    private func extensionEntry(_ name: String) -> JSONValue {
        object([("name", .string(name)), ("extension", object([("last-update", .string(lastUpdate)),
                                                                ("provider", "minikube.sigs.k8s.io"),
                                                                ("version", "v1.35.0")]))])
    }

    /// When minikube started the cluster (the first node's creation), as Go's RFC 1123 with `UTC`.
    var lastUpdate: String {
        let created = cluster.store.list(Node.self).map(\.metadata.creationTimestamp).filter { !$0.isZero }.min() ?? cluster.timestamp
        return HTTPDate.rfc1123(created.instant, zone: "UTC")
    }
}
