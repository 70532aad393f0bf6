import KubeCluster

/// kubectl's state in one learner session: the cluster it talks to, the kubeconfig (contexts and their
/// namespaces), the working files `-f` reads, and images loaded with `kind load`.
public final class KubectlSession {
    /// The simulated cluster.
    public let cluster: Cluster
    /// The cluster's profile (minikube, kind, multi-node).
    public let profile: ClusterProfile
    /// The kind cluster name (`kind` unless the learner named it).
    public let clusterName: String
    /// Contexts, users, clusters and the current context.
    public var config: KubeConfig
    /// The files of the session's working directory (for `-f`, `>` and `cat`).
    public let files: SessionFiles
    /// Images loaded into the nodes with `kind load docker-image`.
    public var loadedImages: Set<String> = []
    /// How long `-w`/`--watch` and `logs -f` follow when nothing stops them (batch mode has no Ctrl-C).
    public var followLimit: Double = 60
    /// Polled by long-running commands (watch, follow, wait) so Ctrl-C can stop them.
    public var isInterrupted: () -> Bool = { false }
    /// `kubectl port-forward` and `kubectl proxy` listeners that keep running for the rest of the session.
    public var localListeners = LocalListeners()
    /// The program holding the terminal (a shell in a pod or on a node), if any; see `AttachedProgram`.
    public var attachment: ProgramAttachment?
    /// The exported variables of the shell that runs the current kubectl command (KUBE_EDITOR, EDITOR …).
    public var commandEnvironment: [(name: String, value: String)] = []
    /// Files written inside containers during this session (by pod UID and container), so a shell opened
    /// again in the same container finds them.
    var containerFiles: [String: [String: String]] = [:]

    public init(cluster: Cluster, profile: ClusterProfile, clusterName: String = "kind", files: SessionFiles,
                config: KubeConfig? = nil) {
        self.cluster = cluster
        self.profile = profile
        self.clusterName = clusterName
        self.files = files
        let address: String
        switch profile {
        case .minikube: address = "192.168.49.2"
        case .kind: address = "4\(cluster.random.int(in: 1000...9999))"
        case .multiNode: address = "10.0.0.10"
        }
        self.config = config ?? KubeConfig.forProfile(profile, clusterName: clusterName, serverAddress: address)
    }

    /// The namespace a command uses: `-n`, else the current context's.
    public func namespace(_ flag: String?) -> String {
        if let flag, !flag.isEmpty { return flag }
        return config.defaultNamespace
    }
}
