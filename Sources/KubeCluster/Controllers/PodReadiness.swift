/// The pod predicates the workload controllers share (`pkg/api/v1/pod/util.go`, `controller_utils.go`):
/// active, ready, available.
public enum PodReadiness {
    /// A pod that still counts toward its controller: not Succeeded/Failed and not being deleted
    /// (`controller.IsPodActive`).
    public static func isActive(_ pod: Pod) -> Bool {
        pod.status.phase != "Succeeded" && pod.status.phase != "Failed" && pod.metadata.deletionTimestamp == nil
    }

    /// The pod's `Ready` condition, if reported.
    public static func readyCondition(_ pod: Pod) -> PodCondition? {
        pod.status.condition("Ready")
    }

    /// True when the `Ready` condition is `True` (`podutil.IsPodReady`).
    public static func isReady(_ pod: Pod) -> Bool {
        readyCondition(pod)?.status == "True"
    }

    /// True when the pod is ready and has been for more than `minReadySeconds` at `now`
    /// (`podutil.IsPodAvailable`: `lastTransitionTime + minReadySeconds` strictly before now).
    public static func isAvailable(_ pod: Pod, minReadySeconds: Int32, now: Double) -> Bool {
        guard let condition = readyCondition(pod), condition.status == "True" else { return false }
        if minReadySeconds == 0 { return true }
        guard !condition.lastTransitionTime.isZero else { return false }
        return condition.lastTransitionTime.instant + Double(minReadySeconds) < now
    }

    /// For a ready pod that is not yet available, the instant from which it is (`nil` otherwise).
    public static func availableFrom(_ pod: Pod, minReadySeconds: Int32, now: Double) -> Double? {
        guard minReadySeconds > 0, let condition = readyCondition(pod), condition.status == "True",
              !condition.lastTransitionTime.isZero, !isAvailable(pod, minReadySeconds: minReadySeconds, now: now) else {
            return nil
        }
        return condition.lastTransitionTime.instant + Double(minReadySeconds)
    }

    /// The pod's controller reference when it points at a ReplicaSet.
    static func replicaSetOwner(_ pod: Pod) -> OwnerReference? {
        guard let reference = pod.metadata.controllerReference, reference.kind == ReplicaSet.kind else { return nil }
        return reference
    }
}
