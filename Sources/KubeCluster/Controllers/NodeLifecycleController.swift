/// The node lifecycle and taint-eviction controllers: a node whose kubelet stops posting status turns
/// NotReady (Unknown) after the monitor grace period and gets the `unreachable` taints; its pods are
/// marked not ready and, once their toleration of the NoExecute taint runs out (300 s by default),
/// deleted so that their controllers replace them elsewhere.
public final class NodeLifecycleController: Controller {
    public let name = "node-lifecycle"
    /// `--node-monitor-grace-period`.
    public static let monitorGracePeriod: Double = 40
    /// Nodes whose kubelet stopped, with the last time it reported.
    private var silentSince: [String: Double] = [:]
    /// Nodes this controller marked unreachable.
    private var unreachable: Set<String> = []

    public static let unreachableTaintKey = "node.kubernetes.io/unreachable"

    public init() {}

    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        if let node = event.object as? Node { return [node.key] }
        if let pod = event.object as? Pod, let node = pod.spec.nodeName, unreachable.contains(node) {
            return [ObjectKey(namespace: "", name: node)]
        }
        return []
    }

    /// Called by the kubelet when it stops: the node is checked again once the grace period passes.
    func nodeStoppedReporting(_ name: String, lastRenewal: Double, in cluster: Cluster) {
        silentSince[name] = lastRenewal
        let due = lastRenewal + Self.monitorGracePeriod - cluster.now
        cluster.requeue(self, ObjectKey(namespace: "", name: name), after: max(0, due))
    }

    /// Called by the kubelet when it runs again: the taints go away.
    func nodeResumedReporting(_ name: String, in cluster: Cluster) {
        silentSince[name] = nil
        guard unreachable.remove(name) != nil, var node = cluster.store.get(Node.self, namespace: "", name: name) else { return }
        node.spec.taints = node.spec.taints?.filter { $0.key != Self.unreachableTaintKey }
        if node.spec.taints?.isEmpty == true { node.spec.taints = nil }
        cluster.api.updateStatus(node)
        cluster.events.record(node, reason: "NodeReady", message: "Node \(name) status is now: NodeReady", component: "node-controller")
    }

    public func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        let name = key.name
        guard let since = silentSince[name], cluster.store.get(Node.self, namespace: "", name: name) != nil else { return }
        if !unreachable.contains(name) {
            guard cluster.now >= since + Self.monitorGracePeriod else { return }
            markUnreachable(name, in: cluster)
        }
        evictPods(on: name, in: cluster)
    }

    private func markUnreachable(_ name: String, in cluster: Cluster) {
        guard var node = cluster.store.get(Node.self, namespace: "", name: name) else { return }
        unreachable.insert(name)
        let now = cluster.timestamp
        node.status.conditions = node.status.conditions?.map { condition in
            var changed = condition
            changed.status = "Unknown"
            changed.reason = "NodeStatusUnknown"
            changed.message = "Kubelet stopped posting node status."
            changed.lastTransitionTime = now
            return changed
        }
        var taints = node.spec.taints ?? []
        taints.removeAll { $0.key == Self.unreachableTaintKey }
        taints.append(Taint(key: Self.unreachableTaintKey, effect: "NoSchedule", timeAdded: now))
        taints.append(Taint(key: Self.unreachableTaintKey, effect: "NoExecute", timeAdded: now))
        node.spec.taints = taints
        cluster.api.updateStatus(node)
        cluster.events.record(node, reason: "NodeNotReady", message: "Node \(name) status is now: NodeNotReady", component: "node-controller")
        for var pod in cluster.store.pods(onNode: name) {
            guard let index = pod.status.conditions?.firstIndex(where: { $0.type == "Ready" }),
                  pod.status.conditions?[index].status != "False" else { continue }
            pod.status.conditions?[index].status = "False"
            pod.status.conditions?[index].lastTransitionTime = now
            cluster.api.updateStatus(pod)
            cluster.events.record(pod, type: "Warning", reason: "NodeNotReady", message: "Node is not ready", component: "node-controller")
        }
    }

    /// Deletes pods whose toleration of the NoExecute unreachable taint has run out; requeues for the next one.
    private func evictPods(on name: String, in cluster: Cluster) {
        guard let node = cluster.store.get(Node.self, namespace: "", name: name),
              let taint = node.spec.taints?.first(where: { $0.key == Self.unreachableTaintKey && $0.effect == "NoExecute" }) else { return }
        let taintedAt = taint.timeAdded?.instant ?? cluster.now
        var nextDue: Double?
        for pod in cluster.store.pods(onNode: name) where !pod.metadata.isDeleting {
            guard pod.status.phase != "Succeeded", pod.status.phase != "Failed" else { continue }
            guard let deadline = Self.evictionTime(of: pod, taint: taint, taintedAt: taintedAt) else { continue }
            if deadline <= cluster.now {
                cluster.events.record(pod, reason: "TaintManagerEviction", message: "Marking for deletion Pod \(pod.namespace)/\(pod.name)",
                                      component: "taint-eviction-controller")
                _ = try? cluster.api.delete(Pod.self, pod.key)
            } else {
                nextDue = min(nextDue ?? deadline, deadline)
            }
        }
        if let nextDue { cluster.requeue(self, ObjectKey(namespace: "", name: name), after: nextDue - cluster.now) }
    }

    /// When `pod` must leave a node tainted with `taint` (nil: it tolerates it forever).
    static func evictionTime(of pod: Pod, taint: Taint, taintedAt: Double) -> Double? {
        let matching = (pod.spec.tolerations ?? []).filter { toleration in
            let effectMatches = toleration.effect == nil || toleration.effect == "" || toleration.effect == taint.effect
            let keyMatches = toleration.key == nil || toleration.key == "" || toleration.key == taint.key
            let valueMatches = toleration.operator == "Exists" || (toleration.value ?? "") == (taint.value ?? "")
            return effectMatches && keyMatches && valueMatches
        }
        guard !matching.isEmpty else { return taintedAt }
        let seconds = matching.map { $0.tolerationSeconds }
        if seconds.contains(where: { $0 == nil }) { return nil }
        return taintedAt + Double(max(0, seconds.compactMap { $0 }.min() ?? 0))
    }
}
