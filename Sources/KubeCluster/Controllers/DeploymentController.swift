/// The deployment controller (`pkg/controller/deployment`): rolls a Deployment's pod template out
/// through ReplicaSets — creating the new ReplicaSet (named by the pod-template-hash), scaling new up
/// and old down within maxSurge/maxUnavailable (RollingUpdate) or all-old-then-new (Recreate), scaling
/// proportionally mid-rollout, tracking revisions, conditions and status, and pruning old history.
///
/// `syncDeployment` follows upstream's order; the steps live in the `Deployment*.swift` files beside it.
public final class DeploymentController: Controller {
    /// The controller's short name.
    public let name = "deployment"
    /// The `source.component` of the events this controller records.
    public static let component = "deployment-controller"
    /// Failed syncs per key, for upstream's rate-limited retry (5 ms doubling, at most 15 retries).
    private var failures: [ObjectKey: Int] = [:]
    /// When a progress-deadline check is already scheduled per Deployment (avoids piling up timers).
    var scheduledProgressChecks: [ObjectKey: Double] = [:]

    /// A deployment controller with no retry state.
    public init() {}

    /// Deployments to sync: the changed one, the owner of a changed ReplicaSet (or Deployments selecting an
    /// orphan), and a Recreate Deployment whose pod was deleted.
    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        switch event.object {
        case let deployment as Deployment:
            return [deployment.key]
        case let rs as ReplicaSet:
            if let reference = rs.metadata.controllerReference {
                guard reference.kind == Deployment.kind else { return [] }
                return [ObjectKey(namespace: rs.namespace, name: reference.name)]
            }
            guard event.type != .deleted else { return [] }
            return cluster.store.list(Deployment.self, namespace: rs.namespace)
                .filter { LabelSelectorSpec.matches($0.spec.selector, labels: rs.metadata.labels) }.map(\.key)
        case let pod as Pod:
            // Recreate waits for old pods to go away, so it hears about pod deletions.
            guard event.type == .deleted, let owner = PodReadiness.replicaSetOwner(pod),
                  let rs = cluster.store.get(ReplicaSet.self, namespace: pod.namespace, name: owner.name),
                  let reference = rs.metadata.controllerReference, reference.kind == Deployment.kind,
                  let deployment = cluster.store.get(Deployment.self, namespace: rs.namespace, name: reference.name),
                  deployment.spec.strategy.type == "Recreate" else { return [] }
            return [deployment.key]
        default:
            return []
        }
    }

    /// Runs `syncDeployment`; a failure is retried with back-off, at most 15 times.
    public func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        do {
            try syncDeployment(key, in: cluster)
            failures[key] = nil
        } catch {
            let count = failures[key, default: 0]
            guard count < 15 else {
                failures[key] = nil
                return
            }
            failures[key] = count + 1
            cluster.requeue(self, key, after: min(0.005 * Double(1 << count), 1000))
        }
    }

    /// One pass over a Deployment (`syncDeployment`).
    func syncDeployment(_ key: ObjectKey, in cluster: Cluster) throws {
        guard var deployment = cluster.store.get(Deployment.self, key) else { return }
        if let selector = deployment.spec.selector, selector.isEmpty {
            cluster.events.record(deployment, type: "Warning", reason: "SelectingAll",
                                  message: "This deployment is selecting all pods. A non-empty selector is required.",
                                  component: Self.component)
            if (deployment.status.observedGeneration ?? 0) < (deployment.metadata.generation ?? 0) {
                deployment.status.observedGeneration = deployment.metadata.generation
                cluster.api.updateStatus(deployment)
            }
            return
        }
        let replicaSets = try claimReplicaSets(for: deployment, in: cluster)
        if deployment.metadata.deletionTimestamp != nil {
            return try syncStatusOnly(&deployment, replicaSets, in: cluster)
        }
        checkPausedConditions(&deployment, in: cluster)
        if deployment.spec.paused == true {
            return try sync(&deployment, replicaSets, in: cluster)
        }
        if rollbackRevision(deployment) != nil {
            return try rollback(&deployment, replicaSets, in: cluster)
        }
        if try isScalingEvent(&deployment, replicaSets, in: cluster) {
            return try sync(&deployment, replicaSets, in: cluster)
        }
        switch deployment.spec.strategy.type {
        case "Recreate":
            // Only Recreate reads the pods (upstream lists them on every sync; the steps before change no pod).
            let podMap = podsByReplicaSet(for: deployment, replicaSets: replicaSets, in: cluster)
            try rolloutRecreate(&deployment, replicaSets, podMap: podMap, in: cluster)
        case "RollingUpdate":
            try rolloutRolling(&deployment, replicaSets, in: cluster)
        default:
            throw WorkloadSyncError("unexpected deployment strategy type: \(deployment.spec.strategy.type ?? "")")
        }
    }

    /// The ReplicaSets this Deployment owns after adopting matching orphans and releasing owned ones
    /// that no longer match (`getReplicaSetsForDeployment` / `ClaimReplicaSets`).
    func claimReplicaSets(for deployment: Deployment, in cluster: Cluster) throws -> [ReplicaSet] {
        var claimed: [ReplicaSet] = []
        let uid = deployment.metadata.uid ?? ""
        let selector = try? LabelSelectorSpec.selector(for: deployment.spec.selector)
        // Only its own and controller-less ReplicaSets can be claimed; the loop passes over every other one.
        for var rs in cluster.store.claimCandidates(ReplicaSet.self, namespace: deployment.namespace, controller: uid) {
            let matches = selector?.matches(rs.metadata.labelMap) ?? false
            if let reference = rs.metadata.controllerReference {
                guard reference.uid == uid else { continue }
                if matches {
                    claimed.append(rs)
                } else if deployment.metadata.deletionTimestamp == nil {
                    rs.metadata.ownerReferences?.removeAll { $0.uid == uid }
                    if rs.metadata.ownerReferences?.isEmpty == true { rs.metadata.ownerReferences = nil }
                    try cluster.api.update(rs)
                }
                continue
            }
            guard deployment.metadata.deletionTimestamp == nil, matches, rs.metadata.deletionTimestamp == nil else { continue }
            rs.metadata.ownerReferences = (rs.metadata.ownerReferences ?? []) + [deployment.asControllerReference]
            claimed.append(try cluster.api.update(rs))
        }
        return claimed
    }

    /// The Deployment's pods (all phases) grouped by the uid of their owning ReplicaSet
    /// (`getPodMapForDeployment`).
    func podsByReplicaSet(for deployment: Deployment, replicaSets: [ReplicaSet], in cluster: Cluster) -> [String: [Pod]] {
        var map: [String: [Pod]] = [:]
        for rs in replicaSets { map[rs.metadata.uid ?? ""] = [] }
        let selector = try? LabelSelectorSpec.selector(for: deployment.spec.selector)
        for uid in map.keys where !uid.isEmpty {
            map[uid] = cluster.store.list(Pod.self, namespace: deployment.namespace, controlledBy: uid)
                .filter { selector?.matches($0.metadata.labelMap) ?? false }
        }
        return map
    }

    /// Records a Normal `ScalingReplicaSet`-style event about the Deployment.
    func record(_ deployment: Deployment, type: String = "Normal", reason: String, _ message: String, in cluster: Cluster) {
        cluster.events.record(deployment, type: type, reason: reason, message: message, component: Self.component)
    }
}
