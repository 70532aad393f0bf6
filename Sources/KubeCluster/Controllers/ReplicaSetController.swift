/// The ReplicaSet controller (`pkg/controller/replicaset/replica_set.go`): claims the pods its selector
/// matches (adopting orphans, releasing pods that stopped matching), keeps `spec.replicas` active pods
/// by creating from the template in slow-start batches or deleting in `ActivePodsWithRanks` order, and
/// reports replicas / ready / available / fully-labeled counts and ReplicaFailure in the status.
public final class ReplicaSetController: Controller {
    /// The controller's short name.
    public let name = "replicaset"
    /// The `source.component` of the events this controller records.
    public static let component = "replicaset-controller"
    /// At most this many creations or deletions per sync (`BurstReplicas`).
    public static let burstReplicas = 500
    /// The first creation batch (`SlowStartInitialBatchSize`); later batches double.
    public static let slowStartInitialBatchSize = 1
    /// The earliest pending wake-up per ReplicaSet (a delaying queue keeps one per key).
    private var scheduledWakeUps: [ObjectKey: Double] = [:]
    /// Consecutive failed syncs per ReplicaSet, for the rate-limited retry (5 ms doubling, at most 1000 s).
    private var failures: [ObjectKey: Int] = [:]
    /// The generate-name and owner references of the ReplicaSet that last created a pod: its next pods
    /// share these strings and this array instead of building copies (a scale-up creates hundreds).
    private var lastPodStem: (uid: String, generateName: String, owners: [OwnerReference])?

    /// A ReplicaSet controller with no retry state.
    public init() {}

    /// ReplicaSets to sync: the changed one, the owner of a changed pod, or those selecting an orphan pod.
    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        switch event.object {
        case let rs as ReplicaSet:
            return [rs.key]
        case let pod as Pod:
            if let owner = pod.metadata.controllerReference {
                guard owner.kind == ReplicaSet.kind else { return [] }
                return [ObjectKey(namespace: pod.namespace, name: owner.name)]
            }
            guard event.type != .deleted else { return [] }
            return cluster.store.list(ReplicaSet.self, namespace: pod.namespace)
                .filter { LabelSelectorSpec.matches($0.spec.selector, labels: pod.metadata.labels) }.map(\.key)
        default:
            return []
        }
    }

    /// `syncReplicaSet`: claim, manage replicas, write status; failures retry with back-off.
    public func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        guard let rs = cluster.store.get(ReplicaSet.self, key) else {
            scheduledWakeUps[key] = nil
            failures[key] = nil
            return
        }
        // claimPods passes over pods another controller owns, so only this one's and the orphans are read.
        let active = cluster.store.claimCandidates(Pod.self, namespace: rs.namespace, controller: rs.metadata.uid ?? "")
            .filter(PodReadiness.isActive)
        let pods = claimPods(for: rs, from: active, in: cluster)
        var manageError: String?
        if rs.metadata.deletionTimestamp == nil {
            manageError = manageReplicas(pods, rs, in: cluster)
        }
        // Status is computed from the pods seen before this sync's creations/deletions, as upstream.
        var status = Self.calculateStatus(rs, pods: pods, manageError: manageError, now: cluster.now, timestamp: cluster.timestamp)
        status.observedGeneration = rs.metadata.generation
        if status != rs.status, var current = cluster.store.get(ReplicaSet.self, key) {
            current.status = status
            cluster.api.updateStatus(current)
        }
        if manageError != nil {
            let count = failures[key, default: 0]
            failures[key] = count + 1
            wake(key, after: min(0.005 * Double(1 << min(count, 30)), 1000), in: cluster)
        } else {
            failures[key] = nil
            scheduleAvailabilityCheck(rs, pods: pods, in: cluster)
        }
    }

    /// Requeues `key` after `delay` unless a wake-up at or before then is already pending.
    private func wake(_ key: ObjectKey, after delay: Double, in cluster: Cluster) {
        let due = cluster.now + delay
        if let scheduled = scheduledWakeUps[key], scheduled > cluster.now, scheduled <= due { return }
        scheduledWakeUps[key] = due
        cluster.requeue(self, key, after: delay)
    }

    /// The active pods this ReplicaSet owns after adopting and releasing (`claimPods`).
    func claimPods(for rs: ReplicaSet, from pods: [Pod], in cluster: Cluster) -> [Pod] {
        let uid = rs.metadata.uid ?? ""
        var claimed: [Pod] = []
        let selector = try? LabelSelectorSpec.selector(for: rs.spec.selector)
        for var pod in pods where pod.namespace == rs.namespace {
            let matches = selector?.matches(pod.metadata.labelMap) ?? false
            if let reference = pod.metadata.controllerReference {
                guard reference.uid == uid else { continue }
                if matches {
                    claimed.append(pod)
                } else if rs.metadata.deletionTimestamp == nil {
                    pod.metadata.ownerReferences?.removeAll { $0.uid == uid }
                    if pod.metadata.ownerReferences?.isEmpty == true { pod.metadata.ownerReferences = nil }
                    _ = try? cluster.api.update(pod)
                }
                continue
            }
            guard rs.metadata.deletionTimestamp == nil, matches, pod.metadata.deletionTimestamp == nil else { continue }
            pod.metadata.ownerReferences = (pod.metadata.ownerReferences ?? []) + [rs.asControllerReference]
            if let adopted = try? cluster.api.update(pod) { claimed.append(adopted) }
        }
        return claimed
    }

    /// Creates or deletes pods toward `spec.replicas`; returns the first error's text, if any.
    func manageReplicas(_ pods: [Pod], _ rs: ReplicaSet, in cluster: Cluster) -> String? {
        let difference = pods.count - Int(rs.desiredReplicas)
        if difference < 0 {
            let count = min(-difference, Self.burstReplicas)
            return Self.slowStartBatch(count: count, initialBatchSize: Self.slowStartInitialBatchSize) { createPod(for: rs, in: cluster) }.error
        }
        guard difference > 0 else { return nil }
        let count = min(difference, Self.burstReplicas)
        let victims = ReplicaSetPodRanking.podsToDelete(pods, related: relatedPods(of: rs, in: cluster), count: count, now: cluster.now)
        var firstError: String?
        for pod in victims {
            if let error = deletePod(pod, of: rs, in: cluster), firstError == nil { firstError = error }
        }
        return firstError
    }

    /// `slowStartBatch`: batches of 1, 2, 4, … calls; stops after the first batch with a failure.
    /// Returns how many calls succeeded and the first error.
    static func slowStartBatch(count: Int, initialBatchSize: Int, _ call: () -> String?) -> (successes: Int, error: String?) {
        var remaining = count
        var successes = 0
        var batch = min(remaining, initialBatchSize)
        while batch > 0 {
            var errors: [String] = []
            for _ in 0..<batch {
                if let error = call() { errors.append(error) }
            }
            successes += batch - errors.count
            if let first = errors.first { return (successes, first) }
            remaining -= batch
            batch = min(2 * batch, remaining)
        }
        return (successes, nil)
    }

    /// Creates one pod from the template (`CreatePods`), recording SuccessfulCreate / FailedCreate.
    private func createPod(for rs: ReplicaSet, in cluster: Cluster) -> String? {
        var pod = Pod()
        let stem = podStem(for: rs)
        pod.metadata.generateName = stem.generateName
        pod.metadata.namespace = rs.namespace
        pod.metadata.labels = rs.spec.template.metadata.labels
        pod.metadata.annotations = rs.spec.template.metadata.annotations
        pod.metadata.finalizers = rs.spec.template.metadata.finalizers
        pod.metadata.ownerReferences = stem.owners
        pod.spec = rs.spec.template.spec
        do {
            let created = try cluster.api.create(pod)
            cluster.events.record(rs, reason: "SuccessfulCreate", message: "Created pod: \(created.name)", component: Self.component)
            return nil
        } catch {
            let text = "\(error)"
            // Creations in a terminating namespace fail quietly: every later one would too.
            if text.contains("because it is being terminated") { return nil }
            cluster.events.record(rs, type: "Warning", reason: "FailedCreate", message: "Error creating: \(text)", component: Self.component)
            return text
        }
    }

    /// The generate-name and controller reference the pods of `rs` get.
    private func podStem(for rs: ReplicaSet) -> (generateName: String, owners: [OwnerReference]) {
        let owners = [rs.asControllerReference]
        if let last = lastPodStem, last.uid == (rs.metadata.uid ?? ""), last.owners == owners {
            return (last.generateName, last.owners)
        }
        let prefix = "\(rs.name)-"
        let generateName = ObjectNameRules.isDNS1123Subdomain(rs.name + "a") ? prefix : rs.name
        lastPodStem = (rs.metadata.uid ?? "", generateName, owners)
        return (generateName, owners)
    }

    /// Deletes one pod (`DeletePod`), recording SuccessfulDelete / FailedDelete; already gone is fine.
    private func deletePod(_ pod: Pod, of rs: ReplicaSet, in cluster: Cluster) -> String? {
        do {
            try cluster.api.delete(Pod.self, pod.key)
            cluster.events.record(rs, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)", component: Self.component)
            return nil
        } catch let error as APIError where error.reason == "NotFound" {
            return nil
        } catch {
            cluster.events.record(rs, type: "Warning", reason: "FailedDelete", message: "Error deleting: \(error)", component: Self.component)
            return "\(error)"
        }
    }

    /// Pods selected by any ReplicaSet with the same controller (`getIndirectlyRelatedPods`).
    func relatedPods(of rs: ReplicaSet, in cluster: Cluster) -> [Pod] {
        guard let controller = rs.metadata.controllerReference else { return [] }
        let siblings = cluster.store.list(ReplicaSet.self, namespace: rs.namespace, controlledBy: controller.uid)
        var seen = Set<String>()
        var related: [Pod] = []
        for sibling in siblings {
            guard let selector = try? LabelSelectorSpec.selector(for: sibling.spec.selector) else { continue }
            // Every selected pod carries the selector's matchLabels, so the label index narrows the scan.
            let pods = cluster.store.list(Pod.self, namespace: rs.namespace, labels: sibling.spec.selector?.matchLabels ?? [:])
            for pod in pods where selector.matches(pod.metadata.labelMap) {
                if seen.insert(pod.metadata.uid ?? pod.name).inserted { related.append(pod) }
            }
        }
        return related
    }

    /// `calculateStatus`: counts of the claimed pods and the ReplicaFailure condition.
    static func calculateStatus(_ rs: ReplicaSet, pods: [Pod], manageError: String?, now: Double, timestamp: Timestamp) -> ReplicaSetStatus {
        var status = rs.status
        let minReady = rs.spec.minReadySeconds ?? 0
        let templateLabels = rs.spec.template.metadata.labels ?? [:]
        var fullyLabeled: Int32 = 0, ready: Int32 = 0, available: Int32 = 0
        for pod in pods {
            let labels = pod.metadata.labels ?? [:]
            if templateLabels.allSatisfy({ labels[$0.key] == $0.value }) { fullyLabeled += 1 }
            if PodReadiness.isReady(pod) {
                ready += 1
                if PodReadiness.isAvailable(pod, minReadySeconds: minReady, now: now) { available += 1 }
            }
        }
        let failure = status.conditions?.first { $0.type == "ReplicaFailure" }
        if let manageError, failure == nil {
            let difference = pods.count - Int(rs.desiredReplicas)
            let reason = difference < 0 ? "FailedCreate" : difference > 0 ? "FailedDelete" : ""
            let condition = WorkloadCondition(type: "ReplicaFailure", status: "True", lastUpdateTime: nil, lastTransitionTime: timestamp,
                                              reason: reason, message: manageError)
            status.conditions = (status.conditions ?? []) + [condition]
        } else if manageError == nil, failure != nil {
            let kept = (status.conditions ?? []).filter { $0.type != "ReplicaFailure" }
            status.conditions = kept.isEmpty ? nil : kept
        }
        status.replicas = Int32(pods.count)
        status.fullyLabeledReplicas = fullyLabeled == 0 ? nil : fullyLabeled
        status.readyReplicas = ready == 0 ? nil : ready
        status.availableReplicas = available == 0 ? nil : available
        return status
    }

    /// Re-syncs the ReplicaSet the moment its next ready pod becomes available (minReadySeconds).
    private func scheduleAvailabilityCheck(_ rs: ReplicaSet, pods: [Pod], in cluster: Cluster) {
        let minReady = rs.spec.minReadySeconds ?? 0
        guard let next = pods.compactMap({ PodReadiness.availableFrom($0, minReadySeconds: minReady, now: cluster.now) }).min() else { return }
        // "Available" is strictly after ready + minReadySeconds, so check a moment later.
        wake(rs.key, after: next + 0.001 - cluster.now, in: cluster)
    }
}
