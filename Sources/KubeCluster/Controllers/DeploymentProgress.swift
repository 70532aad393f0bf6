/// Deployment status, conditions and history cleanup (`sync.go`: `calculateStatus`,
/// `syncDeploymentStatus`, `checkPausedConditions`, `cleanupDeployment`; `progress.go`: `syncRolloutStatus`,
/// `requeueStuckDeployment`).
extension DeploymentController {
    /// The status the ReplicaSets add up to, with the Available condition recomputed.
    static func calculateStatus(_ allRSs: [ReplicaSet], newRS: ReplicaSet?, _ deployment: Deployment, now: Timestamp) -> DeploymentStatus {
        let available = DeploymentRolloutMath.availableReplicaCount(allRSs)
        let unavailable = max(0, DeploymentRolloutMath.specReplicaCount(allRSs) &- available)
        var status = DeploymentStatus()
        status.observedGeneration = deployment.metadata.generation
        status.replicas = nonZero(DeploymentRolloutMath.actualReplicaCount(allRSs))
        status.updatedReplicas = nonZero(newRS.map { $0.status.replicas } ?? 0)
        status.readyReplicas = nonZero(DeploymentRolloutMath.readyReplicaCount(allRSs))
        status.availableReplicas = nonZero(available)
        status.unavailableReplicas = nonZero(unavailable)
        status.collisionCount = deployment.status.collisionCount
        status.conditions = deployment.status.conditions
        if available >= deployment.desiredReplicas &- DeploymentRolloutMath.maxUnavailable(deployment) {
            DeploymentConditions.set(&status, DeploymentConditions.make(DeploymentConditionReason.available, "True",
                DeploymentConditionReason.minimumReplicasAvailable, "Deployment has minimum availability.", now: now))
        } else {
            DeploymentConditions.set(&status, DeploymentConditions.make(DeploymentConditionReason.available, "False",
                DeploymentConditionReason.minimumReplicasUnavailable, "Deployment does not have minimum availability.", now: now))
        }
        return status
    }

    /// Go's omitempty for int32 status counters.
    static func nonZero(_ value: Int32) -> Int32? { value == 0 ? nil : value }

    /// `syncDeploymentStatus`: store the calculated status when it changed.
    func syncDeploymentStatus(_ allRSs: [ReplicaSet], newRS: ReplicaSet?, _ deployment: inout Deployment, in cluster: Cluster) {
        let status = Self.calculateStatus(allRSs, newRS: newRS, deployment, now: cluster.timestamp)
        guard status != deployment.status else { return }
        deployment.status = status
        deployment = cluster.api.updateStatus(deployment)
    }

    /// `syncStatusOnly`: status for a Deployment being deleted.
    func syncStatusOnly(_ deployment: inout Deployment, _ replicaSets: [ReplicaSet], in cluster: Cluster) throws {
        let sets = try allReplicaSetsSyncingRevision(&deployment, replicaSets, create: false, in: cluster)
        syncDeploymentStatus(sets.oldRSs + (sets.newRS.map { [$0] } ?? []), newRS: sets.newRS, &deployment, in: cluster)
    }

    /// `syncRolloutStatus`: status plus the Progressing condition (complete, progressing, timed out)
    /// and ReplicaFailure copied from the ReplicaSets; requeues a stuck rollout for its deadline.
    func syncRolloutStatus(_ allRSs: [ReplicaSet], newRS: ReplicaSet?, _ deployment: inout Deployment, in cluster: Cluster) {
        let now = cluster.timestamp
        var status = Self.calculateStatus(allRSs, newRS: newRS, deployment, now: now)
        let hasDeadline = DeploymentRolloutMath.hasProgressDeadline(deployment)
        if !hasDeadline { DeploymentConditions.remove(&status, DeploymentConditionReason.progressing) }
        let current = deployment.status.condition(DeploymentConditionReason.progressing)
        let isComplete = (status.replicas ?? 0) == (status.updatedReplicas ?? 0)
            && current?.reason == DeploymentConditionReason.newReplicaSetAvailable
        if hasDeadline && !isComplete {
            let subject = newRS.map { "ReplicaSet \(FieldError.quote($0.name))" } ?? "Deployment \(FieldError.quote(deployment.name))"
            if DeploymentRolloutMath.deploymentComplete(deployment, status) {
                DeploymentConditions.set(&status, DeploymentConditions.make(DeploymentConditionReason.progressing, "True",
                    DeploymentConditionReason.newReplicaSetAvailable, "\(subject) has successfully progressed.", now: now))
            } else if DeploymentRolloutMath.deploymentProgressing(deployment, status) {
                var condition = DeploymentConditions.make(DeploymentConditionReason.progressing, "True",
                    DeploymentConditionReason.replicaSetUpdated, "\(subject) is progressing.", now: now)
                if let current {
                    if current.status == "True" { condition.lastTransitionTime = current.lastTransitionTime }
                    DeploymentConditions.remove(&status, DeploymentConditionReason.progressing)
                }
                DeploymentConditions.set(&status, condition)
            } else if DeploymentRolloutMath.deploymentTimedOut(deployment, status, now: cluster.now) {
                DeploymentConditions.set(&status, DeploymentConditions.make(DeploymentConditionReason.progressing, "False",
                    DeploymentConditionReason.timedOut, "\(subject) has timed out progressing.", now: now))
            }
        }
        if let failure = Self.replicaFailures(allRSs, newRS: newRS).first {
            DeploymentConditions.set(&status, failure)
        } else {
            DeploymentConditions.remove(&status, DeploymentConditionReason.replicaFailure)
        }
        if status == deployment.status {
            requeueStuckDeployment(deployment, status, in: cluster)
            return
        }
        deployment.status = status
        deployment = cluster.api.updateStatus(deployment)
    }

    /// ReplicaFailure conditions of the new ReplicaSet, else of any ReplicaSet, as Deployment conditions.
    static func replicaFailures(_ allRSs: [ReplicaSet], newRS: ReplicaSet?) -> [WorkloadCondition] {
        func failures(_ rs: ReplicaSet) -> [WorkloadCondition] {
            (rs.status.conditions ?? []).filter { $0.type == DeploymentConditionReason.replicaFailure }.map { condition in
                WorkloadCondition(type: condition.type, status: condition.status, lastUpdateTime: condition.lastTransitionTime,
                                  lastTransitionTime: condition.lastTransitionTime, reason: condition.reason, message: condition.message)
            }
        }
        if let newRS, !failures(newRS).isEmpty { return failures(newRS) }
        return allRSs.flatMap(failures)
    }

    /// Re-checks a rollout without progress once its deadline can have passed.
    private func requeueStuckDeployment(_ deployment: Deployment, _ status: DeploymentStatus, in cluster: Cluster) {
        guard DeploymentRolloutMath.hasProgressDeadline(deployment),
              let current = deployment.status.condition(DeploymentConditionReason.progressing),
              !DeploymentRolloutMath.deploymentComplete(deployment, status),
              current.reason != DeploymentConditionReason.timedOut else { return }
        let after = (current.lastUpdateTime?.instant ?? 0) + Double(deployment.spec.progressDeadlineSeconds ?? 0) - cluster.now
        // Upstream adds a second against clock skew; under a second it retries (rate-limited) at once.
        let delay = after < 1 ? 1 : after + 1
        let due = cluster.now + delay
        if let scheduled = scheduledProgressChecks[deployment.key], scheduled > cluster.now, scheduled <= due { return }
        scheduledProgressChecks[deployment.key] = due
        cluster.requeue(self, deployment.key, after: delay)
    }

    /// `checkPausedConditions`: an Unknown Progressing condition while paused / when resumed.
    func checkPausedConditions(_ deployment: inout Deployment, in cluster: Cluster) {
        guard DeploymentRolloutMath.hasProgressDeadline(deployment) else { return }
        let condition = deployment.status.condition(DeploymentConditionReason.progressing)
        if condition?.reason == DeploymentConditionReason.timedOut { return }
        let pausedConditionExists = condition?.reason == DeploymentConditionReason.paused
        let paused = deployment.spec.paused == true
        if paused && !pausedConditionExists {
            DeploymentConditions.set(&deployment.status, DeploymentConditions.make(DeploymentConditionReason.progressing, "Unknown",
                DeploymentConditionReason.paused, "Deployment is paused", now: cluster.timestamp))
        } else if !paused && pausedConditionExists {
            DeploymentConditions.set(&deployment.status, DeploymentConditions.make(DeploymentConditionReason.progressing, "Unknown",
                DeploymentConditionReason.resumed, "Deployment is resumed", now: cluster.timestamp))
        } else {
            return
        }
        deployment = cluster.api.updateStatus(deployment)
    }

    /// `cleanupDeployment`: delete the oldest empty old ReplicaSets beyond `revisionHistoryLimit`.
    func cleanupDeployment(_ oldRSs: [ReplicaSet], _ deployment: Deployment, in cluster: Cluster) throws {
        guard DeploymentRolloutMath.hasRevisionHistoryLimit(deployment) else { return }
        let alive = oldRSs.filter { $0.metadata.deletionTimestamp == nil }
        let surplus = alive.count - Int(deployment.spec.revisionHistoryLimit ?? 0)
        guard surplus > 0 else { return }
        for rs in alive.sorted(by: Self.byRevision).prefix(surplus) {
            if rs.status.replicas != 0 || rs.desiredReplicas != 0 || (rs.metadata.generation ?? 0) > (rs.status.observedGeneration ?? 0)
                || rs.metadata.deletionTimestamp != nil { continue }
            do {
                try cluster.api.delete(ReplicaSet.self, rs.key)
            } catch let error as APIError where error.reason == "NotFound" {
                continue
            }
        }
    }

    /// Sorted by revision, unparsable or equal revisions by creation (`ReplicaSetsByRevision`).
    static func byRevision(_ lhs: ReplicaSet, _ rhs: ReplicaSet) -> Bool {
        guard let left = DeploymentRolloutMath.revision(lhs.metadata), let right = DeploymentRolloutMath.revision(rhs.metadata),
              left != right else { return byCreation(lhs, rhs) }
        return left < right
    }
}

/// Condition bookkeeping for Deployments (`NewDeploymentCondition`, `SetDeploymentCondition`, …).
enum DeploymentConditions {
    /// A condition stamped `now` for both update and transition.
    static func make(_ type: String, _ status: String, _ reason: String, _ message: String, now: Timestamp) -> WorkloadCondition {
        WorkloadCondition(type: type, status: status, lastUpdateTime: now, lastTransitionTime: now, reason: reason, message: message)
    }

    /// Replaces the condition of the same type (moving it last) unless status and reason are unchanged;
    /// keeps the transition time when only the reason changes.
    static func set(_ status: inout DeploymentStatus, _ condition: WorkloadCondition) {
        var condition = condition
        if let current = status.condition(condition.type) {
            if current.status == condition.status && current.reason == condition.reason { return }
            if current.status == condition.status { condition.lastTransitionTime = current.lastTransitionTime }
        }
        status.conditions = (status.conditions ?? []).filter { $0.type != condition.type } + [condition]
    }

    /// Drops the condition of `type`.
    static func remove(_ status: inout DeploymentStatus, _ type: String) {
        let kept = (status.conditions ?? []).filter { $0.type != type }
        status.conditions = kept.isEmpty ? nil : kept
    }
}
