/// The two rollout strategies (`rolling.go`, `recreate.go`).
extension DeploymentController {
    /// `rolloutRolling`: one scaling step per pass — new up if possible, else old down — then cleanup
    /// when complete and the rollout status.
    func rolloutRolling(_ deployment: inout Deployment, _ replicaSets: [ReplicaSet], in cluster: Cluster) throws {
        let sets = try allReplicaSetsSyncingRevision(&deployment, replicaSets, create: true, in: cluster)
        guard let newRS = sets.newRS else { return }
        let allRSs = sets.oldRSs + [newRS]
        if try reconcileNewReplicaSet(allRSs, newRS: newRS, deployment, in: cluster) {
            return syncRolloutStatus(allRSs, newRS: newRS, &deployment, in: cluster)
        }
        if try reconcileOldReplicaSets(allRSs, oldRSs: DeploymentRolloutMath.activeSets(sets.oldRSs), newRS: newRS, deployment,
                                       in: cluster) {
            return syncRolloutStatus(allRSs, newRS: newRS, &deployment, in: cluster)
        }
        if DeploymentRolloutMath.deploymentComplete(deployment, deployment.status) {
            try cleanupDeployment(sets.oldRSs, deployment, in: cluster)
        }
        syncRolloutStatus(allRSs, newRS: newRS, &deployment, in: cluster)
    }

    /// `reconcileNewReplicaSet`: shrink an oversized new ReplicaSet, else grow it within maxSurge.
    func reconcileNewReplicaSet(_ allRSs: [ReplicaSet], newRS: ReplicaSet, _ deployment: Deployment, in cluster: Cluster) throws -> Bool {
        if newRS.desiredReplicas == deployment.desiredReplicas { return false }
        if newRS.desiredReplicas > deployment.desiredReplicas {
            return try scaleReplicaSetAndRecordEvent(newRS, to: deployment.desiredReplicas, deployment, in: cluster).scaled
        }
        let size = try DeploymentRolloutMath.newRSNewReplicas(deployment, allRSs: allRSs, newRS: newRS)
        return try scaleReplicaSetAndRecordEvent(newRS, to: size, deployment, in: cluster).scaled
    }

    /// `reconcileOldReplicaSets`: scale old ReplicaSets down as far as availability allows, unhealthy
    /// replicas first.
    func reconcileOldReplicaSets(_ allRSs: [ReplicaSet], oldRSs: [ReplicaSet], newRS: ReplicaSet, _ deployment: Deployment,
                                 in cluster: Cluster) throws -> Bool {
        if DeploymentRolloutMath.specReplicaCount(oldRSs) == 0 { return false }
        let allPods = DeploymentRolloutMath.specReplicaCount(allRSs)
        let minAvailable = deployment.desiredReplicas &- DeploymentRolloutMath.maxUnavailable(deployment)
        let newUnavailable = newRS.desiredReplicas &- (newRS.status.availableReplicas ?? 0)
        let maxScaledDown = allPods &- minAvailable &- newUnavailable
        if maxScaledDown <= 0 { return false }
        guard let cleanup = try? cleanupUnhealthyReplicas(oldRSs, deployment, maxCleanupCount: maxScaledDown, in: cluster) else {
            return false
        }
        guard let scaledDown = try? scaleDownOldReplicaSetsForRollingUpdate(cleanup.oldRSs + [newRS], oldRSs: cleanup.oldRSs,
                                                                              deployment, in: cluster) else { return false }
        return cleanup.count &+ scaledDown > 0
    }

    /// `cleanupUnhealthyReplicas`: oldest first, drop replicas that are not available, up to the budget.
    func cleanupUnhealthyReplicas(_ oldRSs: [ReplicaSet], _ deployment: Deployment, maxCleanupCount: Int32,
                                  in cluster: Cluster) throws -> (oldRSs: [ReplicaSet], count: Int32) {
        var sets = oldRSs.sorted(by: Self.byCreation)
        var total: Int32 = 0
        for index in sets.indices {
            if total >= maxCleanupCount { break }
            let rs = sets[index]
            let available = rs.status.availableReplicas ?? 0
            if rs.desiredReplicas == 0 || rs.desiredReplicas == available { continue }
            let count = min(maxCleanupCount - total, rs.desiredReplicas - available)
            let size = rs.desiredReplicas - count
            if size > rs.desiredReplicas {
                throw WorkloadSyncError("when cleaning up unhealthy replicas, got invalid request to scale down "
                    + "\(rs.namespace)/\(rs.name) \(rs.desiredReplicas) -> \(size)")
            }
            sets[index] = try scaleReplicaSetAndRecordEvent(rs, to: size, deployment, in: cluster).rs
            total += count
        }
        return (sets, total)
    }

    /// `scaleDownOldReplicaSetsForRollingUpdate`: oldest first, remove what exceeds minAvailable.
    func scaleDownOldReplicaSetsForRollingUpdate(_ allRSs: [ReplicaSet], oldRSs: [ReplicaSet], _ deployment: Deployment,
                                                 in cluster: Cluster) throws -> Int32 {
        let minAvailable = deployment.desiredReplicas - DeploymentRolloutMath.maxUnavailable(deployment)
        let available = DeploymentRolloutMath.availableReplicaCount(allRSs)
        if available <= minAvailable { return 0 }
        let target = available - minAvailable
        var total: Int32 = 0
        for rs in oldRSs.sorted(by: Self.byCreation) {
            if total >= target { break }
            if rs.desiredReplicas == 0 { continue }
            let count = min(rs.desiredReplicas, target - total)
            try scaleReplicaSetAndRecordEvent(rs, to: rs.desiredReplicas - count, deployment, in: cluster)
            total += count
        }
        return total
    }

    /// `rolloutRecreate`: scale every old ReplicaSet to 0, wait until no old pod runs, then create or
    /// scale the new one to full size at once.
    func rolloutRecreate(_ deployment: inout Deployment, _ replicaSets: [ReplicaSet], podMap: [String: [Pod]],
                         in cluster: Cluster) throws {
        var sets = try allReplicaSetsSyncingRevision(&deployment, replicaSets, create: false, in: cluster)
        var allRSs = sets.oldRSs + (sets.newRS.map { [$0] } ?? [])
        var scaledDown = false
        for rs in DeploymentRolloutMath.activeSets(sets.oldRSs) where rs.desiredReplicas != 0 {
            if try scaleReplicaSetAndRecordEvent(rs, to: 0, deployment, in: cluster).scaled { scaledDown = true }
        }
        if scaledDown { return syncRolloutStatus(allRSs, newRS: sets.newRS, &deployment, in: cluster) }
        if Self.oldPodsRunning(newRS: sets.newRS, oldRSs: sets.oldRSs, podMap: podMap) {
            return syncRolloutStatus(allRSs, newRS: sets.newRS, &deployment, in: cluster)
        }
        if sets.newRS == nil {
            sets = try allReplicaSetsSyncingRevision(&deployment, replicaSets, create: true, in: cluster)
            allRSs = sets.oldRSs + (sets.newRS.map { [$0] } ?? [])
        }
        if let newRS = sets.newRS {
            try scaleReplicaSetAndRecordEvent(newRS, to: deployment.desiredReplicas, deployment, in: cluster)
        }
        if DeploymentRolloutMath.deploymentComplete(deployment, deployment.status) {
            try cleanupDeployment(sets.oldRSs, deployment, in: cluster)
        }
        syncRolloutStatus(allRSs, newRS: sets.newRS, &deployment, in: cluster)
    }

    /// `oldPodsRunning`: an old ReplicaSet still reports pods, or an old pod is not Failed/Succeeded.
    static func oldPodsRunning(newRS: ReplicaSet?, oldRSs: [ReplicaSet], podMap: [String: [Pod]]) -> Bool {
        if DeploymentRolloutMath.actualReplicaCount(oldRSs) > 0 { return true }
        for uid in podMap.keys.sorted() where newRS?.metadata.uid != uid {
            for pod in podMap[uid] ?? [] where pod.status.phase != "Failed" && pod.status.phase != "Succeeded" { return true }
        }
        return false
    }
}
