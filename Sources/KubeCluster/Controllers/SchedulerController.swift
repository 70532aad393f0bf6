/// The default scheduler: binds pods that have no node to the best feasible node.
///
/// Filters run per node in upstream's plugin order and stop at the first failure (NodeUnschedulable,
/// TaintToleration, NodeAffinity/nodeSelector, NodeResourcesFit on requests vs allocatable and the
/// 110-pod limit). Feasible nodes are scored (least allocated, balanced allocation, spreading a
/// workload's pods, image locality, PreferNoSchedule taints); ties go to a seeded random choice.
/// Failures give `PodScheduled=False/Unschedulable` and a `FailedScheduling` event worded like upstream.
public final class SchedulerController: Controller {
    public let name = "default-scheduler"
    /// How long an unschedulable pod waits before a retry when nothing relevant changes (5 min).
    public static let unschedulableRetry: Double = 300
    private var nodeSignatures: [String: Int] = [:]
    private var unschedulable: Set<ObjectKey> = []
    private var retryPending: Set<ObjectKey> = []

    public init() {}

    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        if let node = event.object as? Node {
            let signature = event.type == .deleted ? nil : Self.signature(of: node)
            guard nodeSignatures[node.name] != signature else { return [] }
            nodeSignatures[node.name] = signature
            return unschedulable.sorted()
        }
        guard let pod = event.object as? Pod else { return [] }
        if let node = pod.spec.nodeName, !node.isEmpty {
            unschedulable.remove(pod.key)
            let freed = event.type == .deleted || pod.status.phase == "Succeeded" || pod.status.phase == "Failed"
            return freed ? unschedulable.sorted() : []
        }
        if event.type == .deleted {
            unschedulable.remove(pod.key)
            return []
        }
        return [pod.key]
    }

    public func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        guard var pod = cluster.store.get(Pod.self, key), pod.spec.nodeName?.isEmpty ?? true, !pod.metadata.isDeleting,
              (pod.spec.schedulerName ?? "default-scheduler") == "default-scheduler" else {
            unschedulable.remove(key)
            return
        }
        let nodes = cluster.store.list(Node.self)
        let pods = cluster.store.list(Pod.self)
        switch Self.place(pod, nodes: nodes, pods: pods, random: &cluster.random) {
        case .success(let nodeName):
            unschedulable.remove(key)
            pod.spec.nodeName = nodeName
            if pod.status.phase == nil { pod.status.phase = "Pending" }
            setScheduledCondition(&pod, PodCondition(type: "PodScheduled", status: "True", lastTransitionTime: cluster.timestamp))
            let bound = cluster.api.updateStatus(pod)
            cluster.events.record(bound, reason: "Scheduled", message: "Successfully assigned \(pod.namespace)/\(pod.name) to \(nodeName)",
                                  component: "default-scheduler")
        case .failure(let failure):
            unschedulable.insert(key)
            let message = failure.message
            if pod.status.phase == nil { pod.status.phase = "Pending" }
            let old = pod.status.condition("PodScheduled")
            let since = old?.status == "False" ? (old?.lastTransitionTime ?? cluster.timestamp) : cluster.timestamp
            var condition = PodCondition(type: "PodScheduled", status: "False", lastTransitionTime: since, reason: "Unschedulable", message: message)
            condition.lastProbeTime = .zero
            setScheduledCondition(&pod, condition)
            let stored = pod == cluster.store.get(Pod.self, key) ? pod : cluster.api.updateStatus(pod)
            cluster.events.record(stored, type: "Warning", reason: "FailedScheduling", message: message, component: "default-scheduler")
            if !retryPending.contains(key) {
                retryPending.insert(key)
                cluster.clock.schedule(after: Self.unschedulableRetry) { [weak self, weak cluster] in
                    guard let self, let cluster else { return }
                    self.retryPending.remove(key)
                    if self.unschedulable.contains(key) { cluster.enqueue(self, key) }
                }
            }
        }
    }

    private func setScheduledCondition(_ pod: inout Pod, _ condition: PodCondition) {
        var conditions = pod.status.conditions ?? []
        if let index = conditions.firstIndex(where: { $0.type == "PodScheduled" }) {
            conditions[index] = condition
        } else {
            conditions.append(condition)
        }
        pod.status.conditions = conditions
    }

    private static func signature(of node: Node) -> Int {
        var hasher = Hasher()
        hasher.combine(node.metadata.labels)
        hasher.combine(node.spec.taints)
        hasher.combine(node.spec.unschedulable)
        hasher.combine(node.status.allocatable)
        hasher.combine(node.status.condition("Ready")?.status)
        return hasher.finalize()
    }
}

/// Why no node fits a pod, with upstream's message.
public struct SchedulingFailure: Error, Equatable, Sendable {
    /// `0/3 nodes are available: … preemption: 0/3 nodes are available: ….`
    public var message: String
}

/// The result of filtering one node.
struct NodeVerdict {
    var reasons: [String]
    /// True for failures preemption cannot fix (taints, selectors, cordons).
    var unresolvable: Bool
    var fits: Bool { reasons.isEmpty }
}
