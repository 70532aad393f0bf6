/// Finding or creating a Deployment's new ReplicaSet and keeping revisions in step
/// (`sync.go`: `getAllReplicaSetsAndSyncRevision`, `getNewReplicaSet`; `deployment_util.go` annotations).
extension DeploymentController {
    /// Upper bound of the revision-history annotation (`maxRevHistoryLengthInChars`).
    static let revisionHistoryLimitInChars = 2000

    /// The new ReplicaSet (created when `create` and missing) and all old ones.
    func allReplicaSetsSyncingRevision(_ deployment: inout Deployment, _ replicaSets: [ReplicaSet], create: Bool,
                                       in cluster: Cluster) throws -> (newRS: ReplicaSet?, oldRSs: [ReplicaSet]) {
        let oldRSs = Self.oldReplicaSets(deployment, replicaSets)
        let newRS = try newReplicaSet(&deployment, replicaSets, oldRSs: oldRSs, create: create, in: cluster)
        return (newRS, oldRSs)
    }

    /// Sorted oldest first, ties by name (`ReplicaSetsByCreationTimestamp`).
    static func byCreation(_ lhs: ReplicaSet, _ rhs: ReplicaSet) -> Bool {
        if lhs.metadata.creationTimestamp == rhs.metadata.creationTimestamp { return lhs.name < rhs.name }
        return lhs.metadata.creationTimestamp < rhs.metadata.creationTimestamp
    }

    /// The oldest ReplicaSet whose template equals the Deployment's, ignoring the hash (`FindNewReplicaSet`).
    static func findNewReplicaSet(_ deployment: Deployment, _ replicaSets: [ReplicaSet]) -> ReplicaSet? {
        replicaSets.sorted(by: byCreation).first { DeploymentRolloutMath.equalIgnoringHash($0.spec.template, deployment.spec.template) }
    }

    /// Every ReplicaSet but the new one (`FindOldReplicaSets`, all of them).
    static func oldReplicaSets(_ deployment: Deployment, _ replicaSets: [ReplicaSet]) -> [ReplicaSet] {
        let newUID = findNewReplicaSet(deployment, replicaSets)?.metadata.uid
        return replicaSets.filter { newUID == nil || $0.metadata.uid != newUID }
    }

    /// `getNewReplicaSet`: sync the existing new ReplicaSet's annotations/revision, or create it.
    private func newReplicaSet(_ deployment: inout Deployment, _ replicaSets: [ReplicaSet], oldRSs: [ReplicaSet], create: Bool,
                               in cluster: Cluster) throws -> ReplicaSet? {
        let newRevision = String(DeploymentRolloutMath.maxRevision(oldRSs) + 1)
        if let existing = Self.findNewReplicaSet(deployment, replicaSets) {
            var copy = existing
            let annotationsUpdated = Self.setNewReplicaSetAnnotations(deployment, &copy, newRevision: newRevision, exists: true,
                                                                      limitInChars: Self.revisionHistoryLimitInChars)
            if annotationsUpdated || (copy.spec.minReadySeconds ?? 0) != (deployment.spec.minReadySeconds ?? 0) {
                copy.spec.minReadySeconds = deployment.spec.minReadySeconds.flatMap { $0 == 0 ? nil : $0 }
                return try cluster.api.update(copy)
            }
            var needsUpdate = Self.setDeploymentRevision(&deployment, copy.metadata.annotations?[DeploymentAnnotations.revision] ?? "")
            if DeploymentRolloutMath.hasProgressDeadline(deployment), deployment.status.condition(DeploymentConditionReason.progressing) == nil {
                DeploymentConditions.set(&deployment.status, DeploymentConditions.make(
                    DeploymentConditionReason.progressing, "True", DeploymentConditionReason.foundNewReplicaSet,
                    "Found new replica set \(FieldError.quote(copy.name))", now: cluster.timestamp))
                needsUpdate = true
            }
            if needsUpdate { deployment = cluster.api.updateStatus(deployment) }
            return copy
        }
        guard create else { return nil }
        return try createNewReplicaSet(&deployment, oldRSs: oldRSs, newRevision: newRevision, in: cluster)
    }

    /// Creates the new ReplicaSet sized by `NewRSNewReplicas`; handles hash collisions and failures.
    private func createNewReplicaSet(_ deployment: inout Deployment, oldRSs: [ReplicaSet], newRevision: String,
                                     in cluster: Cluster) throws -> ReplicaSet? {
        let hash = PodTemplateHash.compute(deployment.spec.template, collisionCount: deployment.status.collisionCount)
        var template = deployment.spec.template
        template.metadata.setLabel(PodTemplateHash.labelKey, hash)
        var selector = deployment.spec.selector ?? LabelSelectorSpec()
        selector.matchLabels = (selector.matchLabels ?? [:]).merging([PodTemplateHash.labelKey: hash]) { $1 }
        var rs = ReplicaSet()
        rs.metadata = ObjectMeta(name: "\(deployment.name)-\(hash)", namespace: deployment.namespace, labels: template.metadata.labels)
        rs.metadata.ownerReferences = [deployment.asControllerReference]
        rs.spec.replicas = 0
        rs.spec.minReadySeconds = deployment.spec.minReadySeconds.flatMap { $0 == 0 ? nil : $0 }
        rs.spec.selector = selector
        rs.spec.template = template
        let size = try DeploymentRolloutMath.newRSNewReplicas(deployment, allRSs: oldRSs + [rs], newRS: rs)
        rs.spec.replicas = size
        _ = Self.setNewReplicaSetAnnotations(deployment, &rs, newRevision: newRevision, exists: false,
                                             limitInChars: Self.revisionHistoryLimitInChars)
        let created: ReplicaSet
        var alreadyExisted = false
        do {
            created = try cluster.api.create(rs)
        } catch let error as APIError where error.reason == "AlreadyExists" {
            guard let existing = cluster.store.get(ReplicaSet.self, rs.key) else { throw error }
            if existing.metadata.controllerReference?.uid == deployment.metadata.uid,
               DeploymentRolloutMath.equalIgnoringHash(deployment.spec.template, existing.spec.template) {
                created = existing
                alreadyExisted = true
            } else {
                deployment.status.collisionCount = (deployment.status.collisionCount ?? 0) + 1
                deployment = cluster.api.updateStatus(deployment)
                throw error
            }
        } catch {
            let message = "Failed to create new replica set \(FieldError.quote(rs.name)): \(error)"
            if DeploymentRolloutMath.hasProgressDeadline(deployment) {
                DeploymentConditions.set(&deployment.status, DeploymentConditions.make(
                    DeploymentConditionReason.progressing, "False", DeploymentConditionReason.replicaSetCreateError, message,
                    now: cluster.timestamp))
                deployment = cluster.api.updateStatus(deployment)
            }
            record(deployment, type: "Warning", reason: DeploymentConditionReason.replicaSetCreateError, message, in: cluster)
            throw error
        }
        if !alreadyExisted && size > 0 {
            record(deployment, reason: "ScalingReplicaSet", "Scaled up replica set \(created.name) to \(size)", in: cluster)
        }
        var needsUpdate = Self.setDeploymentRevision(&deployment, newRevision)
        if !alreadyExisted && DeploymentRolloutMath.hasProgressDeadline(deployment) {
            DeploymentConditions.set(&deployment.status, DeploymentConditions.make(
                DeploymentConditionReason.progressing, "True", DeploymentConditionReason.newReplicaSetCreated,
                "Created new replica set \(FieldError.quote(created.name))", now: cluster.timestamp))
            needsUpdate = true
        }
        if needsUpdate { deployment = cluster.api.updateStatus(deployment) }
        return created
    }

    /// `SetNewReplicaSetAnnotations`: copy the Deployment's annotations, raise the revision (recording
    /// the former one in the revision history), and for a new ReplicaSet the replica annotations.
    static func setNewReplicaSetAnnotations(_ deployment: Deployment, _ rs: inout ReplicaSet, newRevision: String, exists: Bool,
                                            limitInChars: Int) -> Bool {
        var changed = copyDeploymentAnnotations(deployment, to: &rs)
        var annotations = rs.metadata.annotations ?? [:]
        let oldRevision = annotations[DeploymentAnnotations.revision]
        var oldValue: Int64 = 0
        if let oldRevision, !oldRevision.isEmpty {
            guard let parsed = Int64(oldRevision) else { return false }
            oldValue = parsed
        }
        guard let newValue = Int64(newRevision) else { return false }
        if oldValue < newValue {
            annotations[DeploymentAnnotations.revision] = newRevision
            changed = true
        }
        if let oldRevision, oldValue < newValue {
            let history = annotations[DeploymentAnnotations.revisionHistory] ?? ""
            var entries = history.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if entries.first?.isEmpty ?? true {
                annotations[DeploymentAnnotations.revisionHistory] = oldRevision
            } else {
                var total = history.count + oldRevision.count + 1
                var start = 0
                while total > limitInChars && start < entries.count {
                    total -= entries[start].count + 1
                    start += 1
                }
                if total <= limitInChars {
                    entries = Array(entries[start...]) + [oldRevision]
                    annotations[DeploymentAnnotations.revisionHistory] = entries.joined(separator: ",")
                }
            }
        }
        rs.metadata.annotations = annotations
        if !exists && setReplicasAnnotations(&rs, desired: deployment.desiredReplicas,
                                              max: deployment.desiredReplicas &+ DeploymentRolloutMath.maxSurge(deployment)) {
            changed = true
        }
        return changed
    }

    /// Copies the Deployment's annotations (except `annotationsToSkip`) onto the ReplicaSet.
    static func copyDeploymentAnnotations(_ deployment: Deployment, to rs: inout ReplicaSet) -> Bool {
        var annotations = rs.metadata.annotations ?? [:]
        var changed = false
        for (key, value) in deployment.metadata.annotations ?? [:] where !DeploymentAnnotations.notCopied.contains(key) {
            if annotations[key] == value { continue }
            annotations[key] = value
            changed = true
        }
        rs.metadata.annotations = annotations.isEmpty ? nil : annotations
        return changed
    }

    /// `SetReplicasAnnotations`: desired-replicas and max-replicas.
    static func setReplicasAnnotations(_ rs: inout ReplicaSet, desired: Int32, max: Int32) -> Bool {
        var annotations = rs.metadata.annotations ?? [:]
        var changed = false
        for (key, value) in [(DeploymentAnnotations.desiredReplicas, String(desired)), (DeploymentAnnotations.maxReplicas, String(max))]
        where annotations[key] != value {
            annotations[key] = value
            changed = true
        }
        rs.metadata.annotations = annotations
        return changed
    }

    /// `SetDeploymentRevision`.
    static func setDeploymentRevision(_ deployment: inout Deployment, _ revision: String) -> Bool {
        guard deployment.metadata.annotations?[DeploymentAnnotations.revision] != revision else { return false }
        deployment.metadata.setAnnotation(DeploymentAnnotations.revision, revision)
        return true
    }
}
