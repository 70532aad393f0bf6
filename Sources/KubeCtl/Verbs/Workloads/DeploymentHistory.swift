import KubeCluster

/// A Deployment's revisions as kubectl reads them client-side (`deploymentutil.GetAllReplicaSets`): the
/// ReplicaSets it controls, the new one being the oldest whose template matches the Deployment's.
struct DeploymentHistory {
    let deployment: Deployment
    /// The old ReplicaSets, then the new one (kubectl's `allRSs` order).
    let replicaSets: [ReplicaSet]

    init(_ deployment: Deployment, store: ObjectStore) {
        self.deployment = deployment
        let owned = store.list(ReplicaSet.self, namespace: deployment.namespace).filter { rs in
            rs.metadata.controllerReference?.uid == deployment.metadata.uid
                && WorkloadSelectorMatch.matches(deployment.spec.selector, rs.metadata.labelMap)
        }
        let byCreation = owned.sorted { lhs, rhs in
            lhs.metadata.creationTimestamp == rhs.metadata.creationTimestamp ? lhs.name < rhs.name
                : lhs.metadata.creationTimestamp < rhs.metadata.creationTimestamp
        }
        let newRS = byCreation.first { DeploymentRolloutMath.equalIgnoringHash($0.spec.template, deployment.spec.template) }
        replicaSets = owned.filter { $0.metadata.uid != newRS?.metadata.uid } + (newRS.map { [$0] } ?? [])
    }

    /// `deploymentutil.Revision`: the annotation as a number, 0 when absent, nil when unparsable.
    static func revision(_ rs: ReplicaSet) -> Int64? {
        DeploymentRolloutMath.revision(rs.metadata)
    }

    /// Revision → pod template (with the ReplicaSet's change cause as a template annotation), as
    /// `DeploymentHistoryViewer.ViewHistory` collects it; later ReplicaSets win a shared revision.
    var templatesByRevision: [Int64: PodTemplateSpec] {
        var history: [Int64: PodTemplateSpec] = [:]
        for rs in replicaSets {
            guard let revision = Self.revision(rs) else { continue }
            var template = rs.spec.template
            if let cause = rs.metadata.annotations?[ChangeCause.annotation], !cause.isEmpty {
                template.metadata.setAnnotation(ChangeCause.annotation, cause)
            }
            history[revision] = template
        }
        return history
    }

    /// The list form: `REVISION  CHANGE-CAUSE` rows, or `No rollout history found.`.
    func table() -> String {
        let history = templatesByRevision
        guard !history.isEmpty else { return "No rollout history found." }
        var writer = TabWriter(settings: .describe)
        writer.write(row: ["REVISION", "CHANGE-CAUSE"])
        for revision in history.keys.sorted() {
            let cause = history[revision]?.metadata.annotations?[ChangeCause.annotation] ?? ""
            writer.write(row: [String(revision), cause.isEmpty ? "<none>" : cause])
        }
        return writer.flush()
    }

    /// `deploymentRevision` of the rollbacker: the ReplicaSet of `revision`, or for 0 the one before the newest.
    func replicaSet(forRollbackTo revision: Int64) -> Result<ReplicaSet, CommandError> {
        var latest: (rs: ReplicaSet, revision: Int64)?
        var previous: (rs: ReplicaSet, revision: Int64)?
        for rs in replicaSets {
            guard let value = Self.revision(rs) else { continue }
            if revision == 0 {
                if (latest?.revision ?? -1) < value {
                    previous = latest
                    latest = (rs, value)
                } else if (previous?.revision ?? -1) < value {
                    previous = (rs, value)
                }
            } else if revision == value {
                return .success(rs)
            }
        }
        if revision > 0 { return .failure(.message("unable to find specified revision \(revision) in history")) }
        guard let previous else { return .failure(.message("no rollout history found for deployment \(FieldError.quote(deployment.name))")) }
        return .success(previous.rs)
    }
}

/// Label selector matching for a `LabelSelectorSpec` (`LabelSelectorAsSelector` then `Matches`).
enum WorkloadSelectorMatch {
    /// True when `labels` satisfy `selector`; a nil or invalid selector matches nothing.
    static func matches(_ selector: LabelSelectorSpec?, _ labels: [String: String]) -> Bool {
        guard let selector, let matcher = try? selector.selector() else { return false }
        return matcher.matches(labels)
    }
}
