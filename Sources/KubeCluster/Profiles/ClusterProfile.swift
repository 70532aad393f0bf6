/// The kind of cluster a learner works in, as the seeds' walkthroughs set one up.
public enum ClusterProfile: String, CaseIterable, Sendable {
    /// One node called `minikube` (seeds 002/003).
    case minikube
    /// `kind`: `<name>-control-plane` plus workers (seed 000).
    case kind
    /// `master-1`, `worker-1`, `worker-2` (seed 004).
    case multiNode = "multi-node"

    /// The node names for this profile (`workers` adds kind/multi-node workers).
    public func nodeNames(clusterName: String = "kind", workers: Int? = nil) -> [String] {
        switch self {
        case .minikube:
            return ["minikube"] + (1..<max(1, (workers ?? 0) + 1)).map { "minikube-m0\($0 + 1)" }
        case .kind:
            let count = workers ?? 0
            return ["\(clusterName)-control-plane"] + (0..<count).map { $0 == 0 ? "\(clusterName)-worker" : "\(clusterName)-worker\($0 + 1)" }
        case .multiNode:
            let count = workers ?? 2
            return ["master-1"] + (0..<count).map { "worker-\($0 + 1)" }
        }
    }

    /// The name of the first (control-plane) node.
    public func controlPlaneName(clusterName: String = "kind") -> String { nodeNames(clusterName: clusterName)[0] }
}
