import KubeCluster

/// A pod as the fast-forward narrator sees it: its STATUS word, readiness and restarts.
struct PodObservation: Equatable {
    var reason: String
    var ready: Int
    var total: Int
    var restarts: Int32
    var lastExit: String?

    init(_ pod: Pod) {
        let summary = PodStatusSummary(pod)
        reason = summary.reason
        ready = summary.ready
        total = summary.total
        restarts = summary.restarts
        lastExit = (pod.status.containerStatuses ?? []).compactMap { $0.lastState.terminated?.reason }.first
    }

    /// States that are steps on the way, not worth a line of their own.
    static let quiet: Set<String> = ["Pending", "ContainerCreating", "PodInitializing", ""]
    /// States that mean something is wrong.
    static let broken: Set<String> = ["CrashLoopBackOff", "Error", "OOMKilled", "ImagePullBackOff", "ErrImagePull",
                                      "InvalidImageName", "CreateContainerConfigError", "StartError", "Failed", "Unknown"]

    /// The lines a change from `old` to `new` deserves (verb and colour role).
    static func changes(from old: PodObservation?, to new: PodObservation, deleted: Bool) -> [(String, PictureStyle.Role?)] {
        guard let old else { return deleted ? [] : [("created", nil)] }
        if deleted { return old.reason == "Terminating" ? [] : [("deleted", nil)] }
        var result: [(String, PictureStyle.Role?)] = []
        let readiness = "\(new.ready)/\(new.total)"
        if new.restarts > old.restarts {
            let why = new.lastExit.map { " after \($0)" } ?? ""
            result.append(("restarted\(why) (restarts: \(new.restarts)) → \(new.reason) \(readiness)", role(new)))
        } else if new.reason != old.reason, !quiet.contains(new.reason) {
            result.append(("→ \(new.reason) \(readiness)", role(new)))
        } else if new.reason == old.reason, new.ready != old.ready, new.reason == "Running" {
            result.append((new.ready > old.ready ? "ready \(readiness)" : "not ready \(readiness)", role(new)))
        }
        return result
    }

    private static func role(_ state: PodObservation) -> PictureStyle.Role? {
        if broken.contains(state.reason) { return .bad }
        if state.reason == "Running" { return state.ready == state.total ? .good : .warn }
        if state.reason == "Terminating" { return .dim }
        return nil
    }
}

/// A Deployment as the narrator sees it: desired replicas and rollout progress.
struct DeploymentObservation: Equatable {
    var replicas: Int32
    var generation: Int64
    var updated: Int32
    var revision: String
    /// The rollout of the newest revision completed (the controller's `NewReplicaSetAvailable`).
    var finished: Bool
    var stuck: Bool
    /// The revision whose rollout is done (announced, or done before narration began).
    var finishedRevision: String?

    init(_ deployment: Deployment) {
        revision = deployment.metadata.annotationMap["deployment.kubernetes.io/revision"] ?? ""
        replicas = deployment.spec.replicas ?? 1
        generation = deployment.metadata.generation ?? 0
        updated = deployment.status.updatedReplicas ?? 0
        let observed = (deployment.status.observedGeneration ?? 0) >= generation
        finished = observed && updated == replicas
            && deployment.status.condition("Progressing")?.reason == "NewReplicaSetAvailable"
        stuck = deployment.status.condition("Progressing")?.reason == "ProgressDeadlineExceeded"
        finishedRevision = finished ? revision : nil
    }

    /// The lines a change deserves; carries the finished revision forward into `new`.
    static func changes(from old: DeploymentObservation, to new: inout DeploymentObservation) -> [(String, PictureStyle.Role?)] {
        var result: [(String, PictureStyle.Role?)] = []
        new.finishedRevision = old.finishedRevision
        if new.replicas != old.replicas { result.append(("scaled \(old.replicas) → \(new.replicas)", nil)) }
        if new.generation != old.generation, new.replicas == old.replicas { result.append(("rollout started", .warn)) }
        if new.finished, old.finishedRevision != new.revision {
            new.finishedRevision = new.revision
            result.append(("rollout finished (\(new.updated)/\(new.replicas) up to date)", .good))
        }
        if new.stuck, !old.stuck { result.append(("rollout stuck: progress deadline exceeded", .bad)) }
        return result
    }
}

/// A node's readiness.
enum NodeObservation {
    static func ready(_ node: Node) -> Bool {
        node.status.conditions?.first { $0.type == "Ready" }?.status == "True"
    }
}
