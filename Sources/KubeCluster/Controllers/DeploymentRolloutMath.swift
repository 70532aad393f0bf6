/// The arithmetic of a Deployment rollout (`pkg/controller/deployment/util/deployment_util.go`):
/// surge/unavailable fenceposts, new ReplicaSet sizing, proportional fractions, completeness and
/// progress checks, revisions and template equality. Pure functions over API values.
public enum DeploymentRolloutMath {
    /// `math.MaxInt32`: "no deadline" / "keep all history".
    static let unlimited = Int32.max

    /// `ResolveFenceposts`: surge rounds up, unavailable rounds down; both 0 ⇒ unavailable 1.
    public static func resolveFenceposts(maxSurge: IntOrString?, maxUnavailable: IntOrString?, desired: Int32) throws
        -> (surge: Int32, unavailable: Int32) {
        let surge = try IntOrString.scaled(maxSurge ?? .int(0), total: Int(desired), roundUp: true)
        var unavailable = try IntOrString.scaled(maxUnavailable ?? .int(0), total: Int(desired), roundUp: false)
        if surge == 0 && unavailable == 0 { unavailable = 1 }
        return (Int32(clamping: surge), Int32(clamping: unavailable))
    }

    /// True for the RollingUpdate strategy.
    public static func isRollingUpdate(_ deployment: Deployment) -> Bool {
        deployment.spec.strategy.type == "RollingUpdate"
    }

    /// `MaxUnavailable`: 0 unless rolling with replicas > 0; never more than the replicas.
    public static func maxUnavailable(_ deployment: Deployment) -> Int32 {
        let replicas = deployment.desiredReplicas
        guard isRollingUpdate(deployment), replicas != 0 else { return 0 }
        let rolling = deployment.spec.strategy.rollingUpdate
        let resolved = (try? resolveFenceposts(maxSurge: rolling?.maxSurge, maxUnavailable: rolling?.maxUnavailable, desired: replicas))?
            .unavailable ?? 0
        return min(resolved, replicas)
    }

    /// `MinAvailable`: replicas − MaxUnavailable for rolling updates, else 0.
    public static func minAvailable(_ deployment: Deployment) -> Int32 {
        guard isRollingUpdate(deployment) else { return 0 }
        return deployment.desiredReplicas &- maxUnavailable(deployment)
    }

    /// `MaxSurge`: the resolved surge for rolling updates, else 0.
    public static func maxSurge(_ deployment: Deployment) -> Int32 {
        guard isRollingUpdate(deployment) else { return 0 }
        let rolling = deployment.spec.strategy.rollingUpdate
        return (try? resolveFenceposts(maxSurge: rolling?.maxSurge, maxUnavailable: rolling?.maxUnavailable,
                                       desired: deployment.desiredReplicas))?.surge ?? 0
    }

    /// `NewRSNewReplicas`: how big the new ReplicaSet may be now.
    public static func newRSNewReplicas(_ deployment: Deployment, allRSs: [ReplicaSet], newRS: ReplicaSet) throws -> Int32 {
        switch deployment.spec.strategy.type {
        case "RollingUpdate":
            let replicas = deployment.desiredReplicas
            let surge = try IntOrString.scaled(deployment.spec.strategy.rollingUpdate?.maxSurge, total: Int(replicas), roundUp: true)
            let current = specReplicaCount(allRSs)
            let maxTotal = replicas &+ Int32(clamping: surge)
            if current >= maxTotal { return newRS.desiredReplicas }
            let scaleUp = min(maxTotal &- current, replicas &- newRS.desiredReplicas)
            return newRS.desiredReplicas &+ scaleUp
        case "Recreate":
            return deployment.desiredReplicas
        default:
            throw WorkloadSyncError("deployment type \(deployment.spec.strategy.type ?? "") isn't supported")
        }
    }

    /// `getReplicaSetFraction`: how many replicas `rs` gains (or loses) in a proportional scale.
    public static func replicaSetFraction(_ rs: ReplicaSet, _ deployment: Deployment) -> Int32 {
        let replicas = deployment.desiredReplicas
        if replicas == 0 { return -rs.desiredReplicas }
        let maxReplicas = replicas &+ maxSurge(deployment)
        var before = intAnnotation(rs, DeploymentAnnotations.maxReplicas) ?? 0
        if before == 0 {
            before = deployment.status.replicas ?? 0
            if before == 0 { return 0 }
        }
        let size = Double(rs.desiredReplicas) * Double(maxReplicas) / Double(before)
        return roundToInt32(size) &- rs.desiredReplicas
    }

    /// `GetProportion`: the fraction, bounded by what is left to add or remove.
    public static func proportion(_ rs: ReplicaSet, _ deployment: Deployment, toAdd: Int32, added: Int32) -> Int32 {
        if rs.desiredReplicas == 0 || toAdd == 0 || toAdd == added { return 0 }
        let fraction = replicaSetFraction(rs, deployment)
        let allowed = toAdd &- added
        return toAdd > 0 ? min(fraction, allowed) : max(fraction, allowed)
    }

    /// `integer.RoundToInt32`: rounds half away from zero.
    public static func roundToInt32(_ value: Double) -> Int32 {
        Int32(clamping: Int64(max(min(value.rounded(.toNearestOrAwayFromZero), 9e18), -9e18)))
    }

    /// `DeploymentComplete`: everything updated, nothing extra, all available, generation observed.
    public static func deploymentComplete(_ deployment: Deployment, _ status: DeploymentStatus) -> Bool {
        let replicas = deployment.desiredReplicas
        return (status.updatedReplicas ?? 0) == replicas && (status.replicas ?? 0) == replicas
            && (status.availableReplicas ?? 0) == replicas && (status.observedGeneration ?? 0) >= (deployment.metadata.generation ?? 0)
    }

    /// `DeploymentProgressing`: more updated, fewer old, more ready or more available than before.
    public static func deploymentProgressing(_ deployment: Deployment, _ status: DeploymentStatus) -> Bool {
        let old = deployment.status
        let oldOld = (old.replicas ?? 0) &- (old.updatedReplicas ?? 0)
        let newOld = (status.replicas ?? 0) &- (status.updatedReplicas ?? 0)
        return (status.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld
            || (status.readyReplicas ?? 0) > (old.readyReplicas ?? 0) || (status.availableReplicas ?? 0) > (old.availableReplicas ?? 0)
    }

    /// `DeploymentTimedOut`: no progress reported for `progressDeadlineSeconds` at `now`.
    public static func deploymentTimedOut(_ deployment: Deployment, _ status: DeploymentStatus, now: Double) -> Bool {
        guard hasProgressDeadline(deployment), let condition = status.condition(DeploymentConditionReason.progressing) else { return false }
        if condition.reason == DeploymentConditionReason.newReplicaSetAvailable { return false }
        if condition.reason == DeploymentConditionReason.timedOut { return true }
        let from = condition.lastUpdateTime?.instant ?? 0
        return from + Double(deployment.spec.progressDeadlineSeconds ?? 0) < now
    }

    /// `HasProgressDeadline`.
    public static func hasProgressDeadline(_ deployment: Deployment) -> Bool {
        guard let deadline = deployment.spec.progressDeadlineSeconds else { return false }
        return deadline != unlimited
    }

    /// `HasRevisionHistoryLimit`.
    public static func hasRevisionHistoryLimit(_ deployment: Deployment) -> Bool {
        guard let limit = deployment.spec.revisionHistoryLimit else { return false }
        return limit != unlimited
    }

    /// `IsSaturated`: the new ReplicaSet is at full size, annotated so, and fully available.
    public static func isSaturated(_ deployment: Deployment, _ rs: ReplicaSet?) -> Bool {
        guard let rs, let desired = rs.metadata.annotations?[DeploymentAnnotations.desiredReplicas].flatMap({ Int32($0) }) else {
            return false
        }
        let replicas = deployment.desiredReplicas
        return rs.desiredReplicas == replicas && desired == replicas && (rs.status.availableReplicas ?? 0) == replicas
    }

    /// Σ spec.replicas.
    public static func specReplicaCount(_ sets: [ReplicaSet]) -> Int32 { sets.reduce(0) { $0 &+ $1.desiredReplicas } }
    /// Σ status.replicas.
    public static func actualReplicaCount(_ sets: [ReplicaSet]) -> Int32 { sets.reduce(0) { $0 &+ $1.status.replicas } }
    /// Σ status.readyReplicas.
    public static func readyReplicaCount(_ sets: [ReplicaSet]) -> Int32 { sets.reduce(0) { $0 &+ ($1.status.readyReplicas ?? 0) } }
    /// Σ status.availableReplicas.
    public static func availableReplicaCount(_ sets: [ReplicaSet]) -> Int32 { sets.reduce(0) { $0 &+ ($1.status.availableReplicas ?? 0) } }

    /// ReplicaSets with spec.replicas > 0 (`FilterActiveReplicaSets`).
    public static func activeSets(_ sets: [ReplicaSet]) -> [ReplicaSet] { sets.filter { $0.desiredReplicas > 0 } }

    /// An integer annotation of `rs` (`getIntFromAnnotation`); nil when missing or not a number.
    static func intAnnotation(_ rs: ReplicaSet, _ key: String) -> Int32? {
        rs.metadata.annotations?[key].flatMap { Int32($0) }
    }

    /// The revision of an object's annotations: 0 when missing, nil when unparsable (`Revision`).
    public static func revision(_ meta: ObjectMeta) -> Int64? {
        guard let text = meta.annotations?[DeploymentAnnotations.revision] else { return 0 }
        return Int64(text)
    }

    /// The highest parsable revision among `sets` (`MaxRevision`).
    public static func maxRevision(_ sets: [ReplicaSet]) -> Int64 {
        sets.compactMap { revision($0.metadata) }.max().map { max($0, 0) } ?? 0
    }

    /// The second-highest revision (`LastRevision`), used by the legacy rollback.
    public static func lastRevision(_ sets: [ReplicaSet]) -> Int64 {
        var highest: Int64 = 0
        var second: Int64 = 0
        for rs in sets {
            guard let value = revision(rs.metadata) else { continue }
            if value >= highest {
                second = highest
                highest = value
            } else if value > second {
                second = value
            }
        }
        return second
    }

    /// `EqualIgnoreHash`: templates equal once the pod-template-hash label is removed from both.
    public static func equalIgnoringHash(_ lhs: PodTemplateSpec, _ rhs: PodTemplateSpec) -> Bool {
        var left = lhs
        var right = rhs
        left.metadata.setLabel(PodTemplateHash.labelKey, nil)
        right.metadata.setLabel(PodTemplateHash.labelKey, nil)
        // Equal values spelled alike encode alike, so only differing ones need the (costly) JSON comparison.
        // `Quantity`'s `==` compares values (1Ki == 1024) though they encode differently: spellings are checked too.
        if left == right, quantitiesSpelledAlike(left.spec, right.spec) { return true }
        return SemanticEquality.equal(left, right)
    }

    /// Whether every resource quantity of two pod specs with equal containers is written the same way.
    static func quantitiesSpelledAlike(_ lhs: PodSpec, _ rhs: PodSpec) -> Bool {
        func spellings(_ spec: PodSpec) -> [[String: String]?] {
            spec.allContainers.flatMap { container in
                [container.resources.limits?.mapValues(\.description), container.resources.requests?.mapValues(\.description)]
            }
        }
        return spellings(lhs) == spellings(rhs)
    }
}

/// The annotations the deployment controller reads and writes.
public enum DeploymentAnnotations {
    /// The revision of a Deployment and of each of its ReplicaSets.
    public static let revision = "deployment.kubernetes.io/revision"
    /// Former revisions of a ReplicaSet that was reused (comma-separated).
    public static let revisionHistory = "deployment.kubernetes.io/revision-history"
    /// The Deployment size a ReplicaSet was last scaled for.
    public static let desiredReplicas = "deployment.kubernetes.io/desired-replicas"
    /// That size plus maxSurge (the base of proportional scaling).
    public static let maxReplicas = "deployment.kubernetes.io/max-replicas"
    /// The legacy server-side rollback request.
    public static let rollbackTo = "deprecated.deployment.rollback.to"
    /// kubectl apply's record, never copied to ReplicaSets.
    public static let lastApplied = "kubectl.kubernetes.io/last-applied-configuration"
    /// Annotations never copied from a Deployment to its ReplicaSets (`annotationsToSkip`).
    public static let notCopied: Set<String> = [lastApplied, revision, revisionHistory, desiredReplicas, maxReplicas, rollbackTo]
}

/// Condition types and reasons of Deployments (`deployment_util.go` constants).
public enum DeploymentConditionReason {
    /// Condition type: the rollout is progressing.
    public static let progressing = "Progressing"
    /// Condition type: minimum availability.
    public static let available = "Available"
    /// Condition type: a ReplicaSet could not create or delete pods.
    public static let replicaFailure = "ReplicaFailure"
    /// Progressing: the new ReplicaSet was created.
    public static let newReplicaSetCreated = "NewReplicaSetCreated"
    /// Progressing: an existing new ReplicaSet was found.
    public static let foundNewReplicaSet = "FoundNewReplicaSet"
    /// Progressing: progress was observed.
    public static let replicaSetUpdated = "ReplicaSetUpdated"
    /// Progressing: the rollout completed.
    public static let newReplicaSetAvailable = "NewReplicaSetAvailable"
    /// Progressing (False): no progress within the deadline.
    public static let timedOut = "ProgressDeadlineExceeded"
    /// Progressing (False): the new ReplicaSet could not be created.
    public static let replicaSetCreateError = "ReplicaSetCreateError"
    /// Progressing (Unknown): paused.
    public static let paused = "DeploymentPaused"
    /// Progressing (Unknown): resumed.
    public static let resumed = "DeploymentResumed"
    /// Available (True).
    public static let minimumReplicasAvailable = "MinimumReplicasAvailable"
    /// Available (False).
    public static let minimumReplicasUnavailable = "MinimumReplicasUnavailable"
}

extension Deployment {
    /// spec.replicas as the API defaults it (1 when unset).
    public var desiredReplicas: Int32 { spec.replicas ?? 1 }
}

extension ReplicaSet {
    /// spec.replicas as the API defaults it (1 when unset).
    public var desiredReplicas: Int32 { spec.replicas ?? 1 }
}
