import Foundation

/// The job controller (kube-controller-manager `job_controller.go`, 1.32 behaviour for NonIndexed Jobs).
///
/// It keeps `min(parallelism, completions − succeeded)` pods running, created from the template with
/// the `batch.kubernetes.io/job-tracking` finalizer; counts finished pods into `status.succeeded` /
/// `status.failed` (removing the finalizer); delays replacements after failures (10 s doubling, capped
/// at 10 min); fails the Job past `backoffLimit` or `activeDeadlineSeconds` (FailureTarget, then Failed
/// once no pod is terminating) and completes it (SuccessCriteriaMet, then Complete).
public final class JobController: Controller {
    public let name = "job"
    /// The event source component.
    public static let component = "job-controller"
    /// The pod finalizer that keeps a finished pod until the controller has counted it.
    public static let trackingFinalizer = "batch.kubernetes.io/job-tracking"
    /// `DefaultJobPodFailureBackOff`.
    public var podFailureBackoff: Double = 10
    /// `MaxJobPodFailureBackOff` (10 min in the 1.32 sources; the docs' "6 minutes" is outdated).
    public var maxPodFailureBackoff: Double = 600
    private var backoffRecords: [ObjectKey: JobBackoffRecord] = [:]

    public init() {}

    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        switch event.object {
        case let job as Job:
            return [job.key]
        case let pod as Pod:
            guard let owner = pod.metadata.controllerReference, owner.kind == Job.kind else { return [] }
            return [ObjectKey(namespace: pod.namespace, name: owner.name)]
        default:
            return []
        }
    }

    public func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        guard let job = cluster.store.get(Job.self, key) else {
            backoffRecords[key] = nil
            return
        }
        if JobSync.isFinished(job) {
            backoffRecords[key] = nil
            return
        }
        var sync = JobSync(job: job, pods: ownedPods(of: job, in: cluster), now: cluster.now)
        sync.backoff = (backoffRecords[key] ?? JobBackoffRecord()).adding(succeeded: sync.newSucceeded, failed: sync.newFailed)
        if sync.job.status.startTime == nil, sync.job.spec.suspend != true { sync.job.status.startTime = cluster.timestamp }
        decideFailure(&sync, key: key, in: cluster)
        if sync.finished != nil {
            let (deletedReady, deleted) = deletePods(sync.active, of: sync.job, in: cluster)
            sync.activeCount -= deleted
            sync.terminating += deleted
            sync.ready -= deletedReady
        } else {
            if sync.job.metadata.deletionTimestamp == nil { manage(&sync, key: key, in: cluster) }
            let completions = sync.job.spec.completions
            let complete = completions == nil ? (sync.succeeded > 0 && sync.activeCount == 0)
                : (sync.succeeded >= (completions ?? 0) && sync.activeCount == 0)
            if complete { sync.finished = JobFinish(type: "SuccessCriteriaMet", reason: nil, message: nil) }
        }
        backoffRecords[key] = sync.backoff
        track(&sync, in: cluster)
    }

    private func ownedPods(of job: Job, in cluster: Cluster) -> [Pod] {
        guard let uid = job.metadata.uid else { return [] }
        return cluster.store.list(Pod.self, namespace: job.namespace, controlledBy: uid).filter { $0.metadata.controllerReference?.uid == uid }
    }

    /// FailureTarget for a backoff-limit or deadline breach, or the Failed/Complete follow-up of an interim condition.
    private func decideFailure(_ sync: inout JobSync, key: ObjectKey, in cluster: Cluster) {
        let job = sync.job
        if JobSync.condition(job.status, "SuccessCriteriaMet")?.status == "True" {
            sync.finished = JobFinish(type: "SuccessCriteriaMet", reason: nil, message: nil)
            return
        }
        if let target = JobSync.condition(job.status, "FailureTarget"), target.status == "True" {
            sync.finished = JobFinish(type: "Failed", reason: target.reason, message: target.message)
            return
        }
        let backoffLimit = job.spec.backoffLimit ?? 6
        if sync.failed > backoffLimit || sync.pastBackoffLimitOnFailure {
            sync.finished = JobFinish(type: "FailureTarget", reason: "BackoffLimitExceeded",
                                      message: "Job has reached the specified backoff limit")
        } else if let deadline = job.spec.activeDeadlineSeconds, let start = job.status.startTime, job.spec.suspend != true {
            let remaining = Double(deadline) - (cluster.now - start.instant)
            if remaining <= 0 {
                sync.finished = JobFinish(type: "FailureTarget", reason: "DeadlineExceeded",
                                          message: "Job was active longer than specified deadline")
            } else {
                cluster.requeue(self, key, after: remaining)
            }
        }
    }

    /// `manageJob`: deletes surplus pods or creates missing ones (respecting the failure back-off).
    private func manage(_ sync: inout JobSync, key: ObjectKey, in cluster: Cluster) {
        let job = sync.job
        if job.spec.suspend == true {
            let (removedReady, removed) = deletePods(sync.active, of: job, in: cluster)
            sync.activeCount -= removed
            sync.terminating += removed
            sync.ready -= removedReady
            setSuspended(&sync, true, in: cluster)
            return
        }
        setSuspended(&sync, false, in: cluster)
        let parallelism = job.spec.parallelism ?? 1
        var wantActive: Int32
        if let completions = job.spec.completions {
            wantActive = max(0, min(completions - sync.succeeded, parallelism))
        } else {
            wantActive = sync.succeeded > 0 ? sync.activeCount : parallelism
        }
        let surplus = Int(sync.activeCount - wantActive)
        if surplus > 0 {
            let victims = Array(sync.active.sorted(by: JobSync.removalOrder).prefix(surplus))
            let (removedReady, removed) = deletePods(victims, of: job, in: cluster)
            sync.activeCount -= removed
            sync.terminating += removed
            sync.ready -= removedReady
            return
        }
        let terminating = job.spec.podReplacementPolicy == "Failed" ? sync.terminating : 0
        let missing = wantActive - terminating - sync.activeCount
        guard missing > 0 else { return }
        let remaining = sync.backoff.remainingTime(now: cluster.now, base: podFailureBackoff, cap: maxPodFailureBackoff)
        if remaining > 0 {
            cluster.requeue(self, key, after: remaining)
            sync.activeCount = 0
            return
        }
        for _ in 0..<missing {
            if createPod(for: job, in: cluster) { sync.activeCount += 1 }
        }
    }

    private func setSuspended(_ sync: inout JobSync, _ suspended: Bool, in cluster: Cluster) {
        let existing = JobSync.condition(sync.job.status, "Suspended")
        if suspended, existing?.status != "True" {
            sync.setCondition("Suspended", "True", reason: "JobSuspended", message: "Job suspended", now: cluster.timestamp)
            cluster.events.record(sync.job, reason: "Suspended", message: "Job suspended", component: Self.component)
        } else if !suspended, existing?.status == "True" {
            sync.setCondition("Suspended", "False", reason: "JobResumed", message: "Job resumed", now: cluster.timestamp)
            cluster.events.record(sync.job, reason: "Resumed", message: "Job resumed", component: Self.component)
            sync.job.status.startTime = cluster.timestamp
        }
    }

    private func createPod(for job: Job, in cluster: Cluster) -> Bool {
        var pod = Pod(metadata: ObjectMeta(), spec: job.spec.template.spec)
        pod.metadata.generateName = "\(job.name)-"
        pod.metadata.namespace = job.namespace
        pod.metadata.labels = job.spec.template.metadata.labels
        pod.metadata.annotations = job.spec.template.metadata.annotations
        var finalizers = job.spec.template.metadata.finalizers ?? []
        if !finalizers.contains(Self.trackingFinalizer) { finalizers.append(Self.trackingFinalizer) }
        pod.metadata.finalizers = finalizers
        pod.metadata.ownerReferences = [job.asControllerReference]
        do {
            let created = try cluster.api.create(pod)
            cluster.events.record(job, reason: "SuccessfulCreate", message: "Created pod: \(created.name)", component: Self.component)
            return true
        } catch {
            let text = (error as? APIError)?.message ?? "\(error)"
            cluster.events.record(job, type: "Warning", reason: "FailedCreate", message: "Error creating: \(text)", component: Self.component)
            return false
        }
    }

    /// Deletes `pods` (gracefully), recording `SuccessfulDelete`; returns how many were ready and deleted.
    private func deletePods(_ pods: [Pod], of job: Job, in cluster: Cluster) -> (ready: Int32, deleted: Int32) {
        var ready: Int32 = 0
        var deleted: Int32 = 0
        for pod in pods {
            guard (try? cluster.api.delete(Pod.self, pod.key)) != nil else { continue }
            deleted += 1
            if JobSync.isReady(pod) { ready += 1 }
            cluster.events.record(job, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)", component: Self.component)
        }
        return (ready, deleted)
    }

    /// `trackJobStatusAndRemoveFinalizers` + `enactJobFinished`: counts finished pods, removes their
    /// finalizers, adds interim and final conditions, writes the status and records the finish events.
    private func track(_ sync: inout JobSync, in cluster: Cluster) {
        for pod in sync.pods where pod.metadata.finalizers?.contains(Self.trackingFinalizer) == true {
            let failed = JobSync.isFailed(pod, job: sync.job)
            guard sync.finished != nil || pod.status.phase == "Succeeded" || failed else { continue }
            var latest = cluster.store.get(Pod.self, pod.key) ?? pod
            latest.metadata.finalizers?.removeAll { $0 == Self.trackingFinalizer }
            if latest.metadata.finalizers?.isEmpty == true { latest.metadata.finalizers = nil }
            if cluster.store.get(Pod.self, pod.key) != nil { cluster.api.updateStatus(latest) }
            if pod.status.phase == "Succeeded" {
                sync.job.status.succeeded = (sync.job.status.succeeded ?? 0) + 1
            } else if failed || (sync.finished.map { $0.type != "SuccessCriteriaMet" } ?? false) {
                sync.job.status.failed = (sync.job.status.failed ?? 0) + 1
            }
        }
        if let finish = sync.finished, finish.type == "FailureTarget" {
            sync.setCondition("FailureTarget", "True", reason: finish.reason, message: finish.message, now: cluster.timestamp)
            sync.finished = JobFinish(type: "Failed", reason: finish.reason, message: finish.message)
        }
        if let finish = sync.finished, finish.type == "SuccessCriteriaMet" {
            if JobSync.condition(sync.job.status, "SuccessCriteriaMet") == nil {
                sync.setCondition("SuccessCriteriaMet", "True", reason: nil, message: nil, now: cluster.timestamp)
            }
            sync.finished = JobFinish(type: "Complete", reason: finish.reason, message: finish.message)
        }
        var finishedNow = false
        if let finish = sync.finished, sync.terminating == 0 {
            sync.setCondition(finish.type, "True", reason: finish.reason, message: finish.message, now: cluster.timestamp)
            if finish.type == "Complete" { sync.job.status.completionTime = cluster.timestamp }
            finishedNow = true
        }
        var status = sync.job.status
        status.active = sync.activeCount > 0 ? sync.activeCount : nil
        status.ready = max(0, sync.ready)
        status.terminating = sync.terminating
        if status.succeeded == 0 { status.succeeded = nil }
        if status.failed == 0 { status.failed = nil }
        if let original = cluster.store.get(Job.self, sync.job.key), original.status != status {
            var updated = original
            updated.status = status
            cluster.api.updateStatus(updated)
        }
        if finishedNow, let finish = sync.finished { recordFinished(sync.job, status: status, finish, in: cluster) }
    }

    private func recordFinished(_ job: Job, status: JobStatus, _ finish: JobFinish, in cluster: Cluster) {
        if finish.type == "Complete" {
            if let completions = job.spec.completions, (status.succeeded ?? 0) > completions {
                cluster.events.record(job, type: "Warning", reason: "TooManySucceededPods",
                                      message: "Too many succeeded pods running after completion count reached", component: Self.component)
            }
            cluster.events.record(job, reason: "Completed", message: "Job completed", component: Self.component)
        } else {
            cluster.events.record(job, type: "Warning", reason: finish.reason ?? "", message: finish.message ?? "", component: Self.component)
        }
    }
}

/// A terminal (or interim) condition the sync decided on.
struct JobFinish {
    var type: String
    var reason: String?
    var message: String?
}

/// The working state of one Job sync: its pods sorted into active / newly finished, and the counters.
struct JobSync {
    var job: Job
    let pods: [Pod]
    let active: [Pod]
    let newSucceeded: [Pod]
    let newFailed: [Pod]
    var activeCount: Int32
    var ready: Int32
    var terminating: Int32
    let succeeded: Int32
    let failed: Int32
    var finished: JobFinish?
    var backoff = JobBackoffRecord()

    init(job: Job, pods: [Pod], now: Double) {
        self.job = job
        self.pods = pods
        active = pods.filter { $0.status.phase != "Succeeded" && $0.status.phase != "Failed" && $0.metadata.deletionTimestamp == nil }
        let tracked = pods.filter { $0.metadata.finalizers?.contains(JobController.trackingFinalizer) == true }
        newSucceeded = tracked.filter { $0.status.phase == "Succeeded" }
        newFailed = tracked.filter { Self.isFailed($0, job: job) }
        activeCount = Int32(active.count)
        ready = Int32(active.filter(Self.isReady).count)
        terminating = Int32(pods.filter { $0.metadata.deletionTimestamp != nil && $0.status.phase != "Succeeded"
            && $0.status.phase != "Failed" }.count)
        succeeded = (job.status.succeeded ?? 0) + Int32(newSucceeded.count)
        failed = (job.status.failed ?? 0) + Int32(newFailed.count)
    }

    /// True when the pod's Ready condition is True.
    static func isReady(_ pod: Pod) -> Bool { pod.status.conditions?.first { $0.type == "Ready" }?.status == "True" }

    /// The Job condition of the given type, if any.
    static func condition(_ status: JobStatus, _ type: String) -> WorkloadCondition? {
        status.conditions?.first { $0.type == type }
    }

    /// True once the Job has a Complete or Failed condition that is True.
    static func isFinished(_ job: Job) -> Bool {
        (job.status.conditions ?? []).contains { ($0.type == "Complete" || $0.type == "Failed") && $0.status == "True" }
    }

    /// `isPodFailed`: Failed, or (unless only failed pods are replaced) deleted before succeeding.
    static func isFailed(_ pod: Pod, job: Job) -> Bool {
        if pod.status.phase == "Failed" { return true }
        if job.spec.podReplacementPolicy == "Failed" { return false }
        return pod.metadata.deletionTimestamp != nil && pod.status.phase != "Succeeded"
    }

    /// For `restartPolicy: OnFailure`: container restarts of running/pending pods reached the backoff limit.
    var pastBackoffLimitOnFailure: Bool {
        guard job.spec.template.spec.restartPolicy == "OnFailure" else { return false }
        var restarts: Int32 = 0
        for pod in pods where pod.status.phase == "Running" || pod.status.phase == "Pending" {
            for status in (pod.status.initContainerStatuses ?? []) + (pod.status.containerStatuses ?? []) {
                restarts += status.restartCount
            }
        }
        let limit = job.spec.backoffLimit ?? 6
        return limit == 0 ? restarts > 0 : restarts >= limit
    }

    /// Which active pods go first when there are too many: not ready, unscheduled, pending first.
    static func removalOrder(_ a: Pod, _ b: Pod) -> Bool {
        let aScheduled = !(a.spec.nodeName ?? "").isEmpty, bScheduled = !(b.spec.nodeName ?? "").isEmpty
        if aScheduled != bScheduled { return !aScheduled }
        let aRunning = a.status.phase == "Running", bRunning = b.status.phase == "Running"
        if aRunning != bRunning { return !aRunning }
        if Self.isReady(a) != Self.isReady(b) { return !Self.isReady(a) }
        return a.metadata.creationTimestamp > b.metadata.creationTimestamp
    }

    mutating func setCondition(_ type: String, _ status: String, reason: String?, message: String?, now: Timestamp) {
        var conditions = job.status.conditions ?? []
        var condition = WorkloadCondition(type: type, status: status, lastUpdateTime: nil, lastTransitionTime: now,
                                          reason: reason, message: message)
        condition.lastProbeTime = now
        if let index = conditions.firstIndex(where: { $0.type == type }) {
            let existing = conditions[index]
            guard existing.status != status || existing.reason != reason || existing.message != message else { return }
            conditions[index] = condition
        } else {
            guard status == "True" else { return }
            conditions.append(condition)
        }
        job.status.conditions = conditions
    }
}

/// The pod-failure back-off of one Job: failures since the last success and when the last one finished.
struct JobBackoffRecord {
    var failuresAfterLastSuccess: Int32 = 0
    var lastFailureTime: Double?

    /// `newBackoffRecord`: folds in pods that finished since the last sync.
    func adding(succeeded: [Pod], failed: [Pod]) -> JobBackoffRecord {
        let failedTimes = failed.map(Self.finishedTime).sorted()
        if succeeded.isEmpty {
            guard let last = failedTimes.last else { return self }
            return JobBackoffRecord(failuresAfterLastSuccess: failuresAfterLastSuccess + Int32(failedTimes.count), lastFailureTime: last)
        }
        let lastSuccess = succeeded.map(Self.finishedTime).max() ?? 0
        let afterSuccess = failedTimes.filter { $0 > lastSuccess }
        return JobBackoffRecord(failuresAfterLastSuccess: Int32(afterSuccess.count), lastFailureTime: afterSuccess.last)
    }

    /// Seconds until a replacement may be created: base × 2^(failures−1), capped, minus the time elapsed.
    func remainingTime(now: Double, base: Double, cap: Double) -> Double {
        guard failuresAfterLastSuccess > 0, let lastFailureTime else { return 0 }
        var delay = base
        for _ in 1..<Int(failuresAfterLastSuccess) {
            delay *= 2
            if delay >= cap { delay = cap; break }
        }
        let elapsed = now - lastFailureTime
        return delay < elapsed ? 0 : delay - elapsed
    }

    /// `getFinishedTime`: latest container finish, else the Ready=False transition, else deletion − grace, else creation.
    static func finishedTime(_ pod: Pod) -> Double {
        let statuses = pod.status.containerStatuses ?? []
        if !statuses.isEmpty, statuses.allSatisfy({ ($0.state.terminated?.finishedAt.isZero == false) }) {
            return statuses.compactMap { $0.state.terminated?.finishedAt.instant }.max() ?? 0
        }
        if let ready = pod.status.condition("Ready"), ready.status == "False", !ready.lastTransitionTime.isZero {
            return ready.lastTransitionTime.instant
        }
        if let deletion = pod.metadata.deletionTimestamp {
            return deletion.instant - Double(pod.metadata.deletionGracePeriodSeconds ?? 0)
        }
        return pod.metadata.creationTimestamp.instant
    }
}
