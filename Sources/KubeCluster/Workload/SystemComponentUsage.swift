import Foundation

/// How much CPU and memory the cluster's own components use when the cluster is idle, so that
/// `kubectl top pods -n kube-system` shows each its own realistic figure (the API server is the
/// heaviest, kube-proxy and the CNI agent the lightest) instead of one shared default.
///
/// Figures are typical of a fresh single-node kind/minikube cluster running Kubernetes 1.32. Each pod
/// gets a small, stable variation derived from its name, so two CoreDNS replicas differ a little as
/// real ones do, and the same seed always shows the same numbers.
public enum SystemComponentUsage {
    /// Idle usage by image repository: millicores and MiB.
    static let idle: [String: (milliCPU: Double, mebibytes: Double)] = [
        "registry.k8s.io/kube-apiserver": (42, 214),
        "registry.k8s.io/etcd": (18, 33),
        "registry.k8s.io/kube-controller-manager": (13, 47),
        "registry.k8s.io/kube-scheduler": (3, 21),
        "registry.k8s.io/kube-proxy": (1, 15),
        "registry.k8s.io/coredns/coredns": (2, 13),
        "docker.io/kindest/kindnetd": (1, 10),
        "gcr.io/k8s-minikube/storage-provisioner": (1, 8),
        "registry.k8s.io/metrics-server/metrics-server": (4, 19),
    ]

    /// The idle (millicores, bytes) of a container of `repository` in pod `podName`, or nil for images
    /// that are not cluster components.
    public static func usage(repository: String?, podName: String) -> (milliCPU: Double, memoryBytes: Int64)? {
        guard let repository, let base = idle[repository] else { return nil }
        let hash = StableHash.of(podName)
        let cpuFactor = 0.8 + Double(hash % 41) / 100          // 0.80 … 1.20
        let memoryFactor = 0.94 + Double((hash / 41) % 13) / 100 // 0.94 … 1.06
        return (base.milliCPU * cpuFactor, Int64(base.mebibytes * memoryFactor * 1_048_576))
    }

}
