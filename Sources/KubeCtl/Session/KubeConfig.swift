import KubeCluster

/// The learner's kubeconfig: clusters, users and contexts, the current context, and each context's
/// default namespace — what `kubectl config …` reads and changes.
public struct KubeConfig: Equatable {
    /// A named cluster endpoint.
    public struct ClusterEntry: Equatable {
        public var name: String
        public var server: String
    }

    /// A named (cluster, user, namespace) triple.
    public struct ContextEntry: Equatable {
        public var name: String
        public var cluster: String
        public var user: String
        public var namespace: String?
        /// Extension data minikube writes (`provider: minikube.sigs.k8s.io`), shown by `config view`.
        public var isMinikube = false
    }

    public var clusters: [ClusterEntry]
    public var users: [String]
    public var contexts: [ContextEntry]
    public var currentContext: String

    /// The kubeconfig a fresh cluster of `profile` writes (`minikube`, `kind-<name>`, `kubernetes-admin@kubernetes`).
    public static func forProfile(_ profile: ClusterProfile, clusterName: String = "kind", serverAddress: String) -> KubeConfig {
        switch profile {
        case .minikube:
            return KubeConfig(clusters: [ClusterEntry(name: "minikube", server: "https://\(serverAddress):8443")],
                              users: ["minikube"],
                              contexts: [ContextEntry(name: "minikube", cluster: "minikube", user: "minikube", namespace: "default",
                                                      isMinikube: true)],
                              currentContext: "minikube")
        case .kind:
            let name = "kind-\(clusterName)"
            return KubeConfig(clusters: [ClusterEntry(name: name, server: "https://127.0.0.1:\(serverAddress)")], users: [name],
                              contexts: [ContextEntry(name: name, cluster: name, user: name)], currentContext: name)
        case .multiNode:
            return KubeConfig(clusters: [ClusterEntry(name: "kubernetes", server: "https://\(serverAddress):6443")],
                              users: ["kubernetes-admin"],
                              contexts: [ContextEntry(name: "kubernetes-admin@kubernetes", cluster: "kubernetes", user: "kubernetes-admin")],
                              currentContext: "kubernetes-admin@kubernetes")
        }
    }

    /// The context in use, if it exists.
    public var current: ContextEntry? { contexts.first { $0.name == currentContext } }

    /// The namespace commands use when `-n` is not given: the current context's, else `default`.
    public var defaultNamespace: String {
        guard let namespace = current?.namespace, !namespace.isEmpty else { return "default" }
        return namespace
    }

    /// Sets the namespace of context `name` (or the current one).
    public mutating func setNamespace(_ namespace: String, context name: String? = nil) {
        let target = name ?? currentContext
        if let index = contexts.firstIndex(where: { $0.name == target }) { contexts[index].namespace = namespace }
    }
}
