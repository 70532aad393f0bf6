/// The legacy server-side rollback (`rollback.go`), driven by the `deprecated.deployment.rollback.to`
/// annotation: copy the chosen revision's template into the Deployment and clear the annotation.
/// (`kubectl rollout undo` instead patches the template itself; the normal sync then reuses the old
/// ReplicaSet and bumps its revision.)
extension DeploymentController {
    /// The revision asked for by the legacy annotation (nil when absent or not a number).
    func rollbackRevision(_ deployment: Deployment) -> Int64? {
        guard let text = deployment.metadata.annotations?[DeploymentAnnotations.rollbackTo], !text.isEmpty else { return nil }
        return Int64(text)
    }

    /// `rollback`.
    func rollback(_ deployment: inout Deployment, _ replicaSets: [ReplicaSet], in cluster: Cluster) throws {
        let sets = try allReplicaSetsSyncingRevision(&deployment, replicaSets, create: true, in: cluster)
        let allRSs = sets.oldRSs + (sets.newRS.map { [$0] } ?? [])
        var target = rollbackRevision(deployment) ?? 0
        if target == 0 {
            target = DeploymentRolloutMath.lastRevision(allRSs)
            if target == 0 {
                record(deployment, type: "Warning", reason: "DeploymentRollbackRevisionNotFound", "Unable to find last revision.", in: cluster)
                return try clearRollback(&deployment, in: cluster)
            }
        }
        for rs in allRSs where DeploymentRolloutMath.revision(rs.metadata) == target {
            let performed = try rollbackToTemplate(&deployment, rs, in: cluster)
            if performed {
                record(deployment, reason: "DeploymentRollback",
                       "Rolled back deployment \(FieldError.quote(deployment.name)) to revision \(target)", in: cluster)
            }
            return
        }
        record(deployment, type: "Warning", reason: "DeploymentRollbackRevisionNotFound", "Unable to find the revision to rollback to.",
               in: cluster)
        try clearRollback(&deployment, in: cluster)
    }

    /// Copies `rs`'s template (and annotations) into the Deployment unless they already match.
    private func rollbackToTemplate(_ deployment: inout Deployment, _ rs: ReplicaSet, in cluster: Cluster) throws -> Bool {
        var performed = false
        if !DeploymentRolloutMath.equalIgnoringHash(deployment.spec.template, rs.spec.template) {
            deployment.spec.template = rs.spec.template
            deployment.spec.template.metadata.setLabel(PodTemplateHash.labelKey, nil)
            var annotations = (deployment.metadata.annotations ?? [:]).filter { DeploymentAnnotations.notCopied.contains($0.key) }
            for (key, value) in rs.metadata.annotations ?? [:] where !DeploymentAnnotations.notCopied.contains(key) {
                annotations[key] = value
            }
            deployment.metadata.annotations = annotations.isEmpty ? nil : annotations
            performed = true
        } else {
            record(deployment, type: "Warning", reason: "DeploymentRollbackTemplateUnchanged",
                   "The rollback revision contains the same template as current deployment \(FieldError.quote(deployment.name))", in: cluster)
        }
        try clearRollback(&deployment, in: cluster)
        return performed
    }

    /// Removes the rollback annotation (`updateDeploymentAndClearRollbackTo`).
    private func clearRollback(_ deployment: inout Deployment, in cluster: Cluster) throws {
        deployment.metadata.setAnnotation(DeploymentAnnotations.rollbackTo, nil)
        deployment = try cluster.api.update(deployment)
    }
}
