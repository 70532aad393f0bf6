/// Scaling ReplicaSets for a Deployment (`sync.go`: `sync`, `isScalingEvent`, `scale`,
/// `scaleReplicaSetAndRecordEvent`, `scaleReplicaSet`).
extension DeploymentController {
    /// `sync`: proportional scaling (paused or a scaling event), cleanup when paused, then status.
    func sync(_ deployment: inout Deployment, _ replicaSets: [ReplicaSet], in cluster: Cluster) throws {
        // Like upstream, cleanup and status use the ReplicaSets as listed before scaling; the updates
        // bring the Deployment back for another pass.
        let sets = try allReplicaSetsSyncingRevision(&deployment, replicaSets, create: false, in: cluster)
        try scale(deployment, newRS: sets.newRS, oldRSs: sets.oldRSs, in: cluster)
        if deployment.spec.paused == true && rollbackRevision(deployment) == nil {
            try cleanupDeployment(sets.oldRSs, deployment, in: cluster)
        }
        syncDeploymentStatus(sets.oldRSs + (sets.newRS.map { [$0] } ?? []), newRS: sets.newRS, &deployment, in: cluster)
    }

    /// `isScalingEvent`: an active ReplicaSet annotated with a different desired size.
    func isScalingEvent(_ deployment: inout Deployment, _ replicaSets: [ReplicaSet], in cluster: Cluster) throws -> Bool {
        let sets = try allReplicaSetsSyncingRevision(&deployment, replicaSets, create: false, in: cluster)
        let all = sets.oldRSs + (sets.newRS.map { [$0] } ?? [])
        for rs in DeploymentRolloutMath.activeSets(all) {
            guard let desired = DeploymentRolloutMath.intAnnotation(rs, DeploymentAnnotations.desiredReplicas) else { continue }
            if desired != deployment.desiredReplicas { return true }
        }
        return false
    }

    /// `scale`: one active ReplicaSet takes the full size; a saturated new one empties the old; otherwise
    /// (RollingUpdate) the surplus or deficit is shared in proportion. Returns the ReplicaSets it updated.
    @discardableResult
    func scale(_ deployment: Deployment, newRS: ReplicaSet?, oldRSs: [ReplicaSet], in cluster: Cluster) throws -> [ReplicaSet] {
        if let target = Self.activeOrLatest(newRS: newRS, oldRSs: oldRSs) {
            if target.desiredReplicas == deployment.desiredReplicas { return [] }
            let result = try scaleReplicaSetAndRecordEvent(target, to: deployment.desiredReplicas, deployment, in: cluster)
            return [result.rs]
        }
        if DeploymentRolloutMath.isSaturated(deployment, newRS) {
            var updated: [ReplicaSet] = []
            for old in DeploymentRolloutMath.activeSets(oldRSs) {
                updated.append(try scaleReplicaSetAndRecordEvent(old, to: 0, deployment, in: cluster).rs)
            }
            return updated
        }
        guard DeploymentRolloutMath.isRollingUpdate(deployment) else { return [] }
        return try scaleProportionally(deployment, active: DeploymentRolloutMath.activeSets(oldRSs + (newRS.map { [$0] } ?? [])),
                                       in: cluster)
    }

    /// The proportional part of `scale`.
    private func scaleProportionally(_ deployment: Deployment, active: [ReplicaSet], in cluster: Cluster) throws -> [ReplicaSet] {
        let allowed = deployment.desiredReplicas > 0 ? deployment.desiredReplicas &+ DeploymentRolloutMath.maxSurge(deployment) : 0
        let toAdd = allowed &- DeploymentRolloutMath.specReplicaCount(active)
        var sets = active
        if toAdd > 0 {
            sets.sort { $0.desiredReplicas == $1.desiredReplicas ? Self.byCreation($1, $0) : $0.desiredReplicas > $1.desiredReplicas }
        } else if toAdd < 0 {
            sets.sort { $0.desiredReplicas == $1.desiredReplicas ? Self.byCreation($0, $1) : $0.desiredReplicas > $1.desiredReplicas }
        }
        var added: Int32 = 0
        var sizes: [Int32] = []
        for rs in sets {
            guard toAdd != 0 else {
                sizes.append(rs.desiredReplicas)
                continue
            }
            let proportion = DeploymentRolloutMath.proportion(rs, deployment, toAdd: toAdd, added: added)
            sizes.append(rs.desiredReplicas &+ proportion)
            added = added &+ proportion
        }
        var updated: [ReplicaSet] = []
        for (index, rs) in sets.enumerated() {
            if index == 0 && toAdd != 0 { sizes[0] = max(0, sizes[0] &+ toAdd &- added) }
            updated.append(try scaleReplicaSet(rs, to: sizes[index], deployment, in: cluster).rs)
        }
        return updated
    }

    /// `FindActiveOrLatest`: the only active ReplicaSet, the newest if none is active, nil if several are.
    static func activeOrLatest(newRS: ReplicaSet?, oldRSs: [ReplicaSet]) -> ReplicaSet? {
        if newRS == nil && oldRSs.isEmpty { return nil }
        let newestFirst = oldRSs.sorted { byCreation($1, $0) }
        let active = DeploymentRolloutMath.activeSets(newestFirst + (newRS.map { [$0] } ?? []))
        switch active.count {
        case 0: return newRS ?? newestFirst.first
        case 1: return active[0]
        default: return nil
        }
    }

    /// Scales `rs` to `size` if it is not that size already.
    @discardableResult
    func scaleReplicaSetAndRecordEvent(_ rs: ReplicaSet, to size: Int32, _ deployment: Deployment,
                                       in cluster: Cluster) throws -> (scaled: Bool, rs: ReplicaSet) {
        if rs.desiredReplicas == size { return (false, rs) }
        return try scaleReplicaSet(rs, to: size, deployment, in: cluster)
    }

    /// Writes the size and the desired/max-replicas annotations when either changed; a size change is
    /// announced as `Scaled <up|down> replica set <rs> to <new> from <old>`.
    @discardableResult
    func scaleReplicaSet(_ rs: ReplicaSet, to size: Int32, _ deployment: Deployment, in cluster: Cluster) throws -> (scaled: Bool, rs: ReplicaSet) {
        let desired = deployment.desiredReplicas
        let maxReplicas = desired &+ DeploymentRolloutMath.maxSurge(deployment)
        let sizeChanges = rs.desiredReplicas != size
        var copy = rs
        let annotationsChange = Self.setReplicasAnnotations(&copy, desired: desired, max: maxReplicas)
        guard sizeChanges || annotationsChange else { return (false, rs) }
        let oldSize = rs.desiredReplicas
        copy.spec.replicas = size
        let stored = try cluster.api.update(copy)
        guard sizeChanges else { return (false, stored) }
        let direction = oldSize < size ? "up" : "down"
        record(deployment, reason: "ScalingReplicaSet", "Scaled \(direction) replica set \(stored.name) to \(size) from \(oldSize)", in: cluster)
        return (true, stored)
    }
}
