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
    /// Each node's usage by the active pods bound to it (upstream's scheduler cache), kept from store
    /// events once loaded, so placing a pod costs one pass over the nodes instead of one over every pod.
    private var usage = SchedulerUsageCache()

    public init() {}

    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        if let node = event.object as? Node {
            let signature = event.type == .deleted ? nil : Self.signature(of: node)
            guard nodeSignatures[node.name] != signature else { return [] }
            nodeSignatures[node.name] = signature
            return unschedulable.sorted()
        }
        guard let pod = event.object as? Pod else { return [] }
        usage.observe(pod, deleted: event.type == .deleted)
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
        if !usage.isLoaded { usage.load(cluster.store.list(Pod.self)) }
        let placement: Result<String, SchedulingFailure>
        if nodes.isEmpty {
            placement = Self.place(pod, nodes: nodes, pods: [], random: &cluster.random)
        } else if let node = Self.placeFeasible(pod, nodes: nodes, usage: { [usage] in usage.totals[$0] }, random: &cluster.random) {
            placement = .success(node)
        } else {
            let byNode = Self.activePodsByNode(cluster.store.list(Pod.self))
            placement = .failure(SchedulingFailure(message: Self.failureMessage(pod, nodes: nodes, byNode: byNode)))
        }
        switch placement {
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

/// The scheduler's running view of each node: the usage of the active pods bound to it, updated from
/// every pod change once `load` has read the store (changes before then are in what `load` reads).
struct SchedulerUsageCache {
    private var entries: [ObjectKey: (node: String, share: NodeUsageEntry)] = [:]
    /// Usage by node name (absent: no active pod bound).
    private(set) var totals: [String: NodeUsage] = [:]
    /// False until `load`; changes are ignored until then.
    private(set) var isLoaded = false

    /// Reads every pod once.
    mutating func load(_ pods: [Pod]) {
        entries = [:]
        totals = [:]
        isLoaded = true
        for pod in pods { observe(pod, deleted: false) }
    }

    /// Takes one pod change into account.
    mutating func observe(_ pod: Pod, deleted: Bool) {
        guard isLoaded else { return }
        let key = pod.key
        let old = entries[key]
        var new: (node: String, share: NodeUsageEntry)?
        if !deleted, let node = pod.spec.nodeName, !node.isEmpty, pod.status.phase != "Succeeded", pod.status.phase != "Failed" {
            new = (node, NodeUsageEntry(pod))
        }
        if let old, let new, old.node == new.node, old.share == new.share { return }
        if let old { change(old.node, old.share, sign: -1) }
        if let new { change(new.node, new.share, sign: 1) }
        entries[key] = new
    }

    private mutating func change(_ node: String, _ share: NodeUsageEntry, sign: Int) {
        var usage = totals[node] ?? NodeUsage()
        usage.add(share, sign: sign)
        totals[node] = usage.pods == 0 && usage.owners.isEmpty ? nil : usage
    }
}
