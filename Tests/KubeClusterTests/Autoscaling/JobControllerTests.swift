import XCTest
@testable import KubeCluster

/// The job controller with a fake kubelet: completion, parallelism, failure back-off, limits, validation.
final class JobControllerTests: XCTestCase {
    func makeRig(script: @escaping (Pod) -> FakePodScript) throws -> Cluster {
        let cluster = try makeTestCluster()
        let kubelet = AutoscalingFakeKubelet()
        kubelet.script = script
        cluster.register(JobController())
        cluster.register(kubelet)
        return cluster
    }

    func makeJob(_ name: String = "pi", restartPolicy: String? = "Never", completions: Int32? = nil,
                 parallelism: Int32? = nil, backoffLimit: Int32? = nil, deadline: Int64? = nil) -> Job {
        var job = Job()
        job.metadata = ObjectMeta(name: name, namespace: "default")
        job.spec.completions = completions
        job.spec.parallelism = parallelism
        job.spec.backoffLimit = backoffLimit
        job.spec.activeDeadlineSeconds = deadline
        job.spec.template.spec.containers = [container(name, image: "perl:5.34")]
        job.spec.template.spec.restartPolicy = restartPolicy
        return job
    }

    func job(_ cluster: Cluster, _ name: String = "pi") -> Job? { cluster.store.get(Job.self, namespace: "default", name: name) }

    func pods(_ cluster: Cluster) -> [Pod] {
        cluster.store.list(Pod.self, namespace: "default").sorted { ($0.metadata.creationTimestamp, $0.name) < ($1.metadata.creationTimestamp, $1.name) }
    }

    func conditionSummary(_ job: Job?) -> [String] {
        (job?.status.conditions ?? []).map { "\($0.type)=\($0.status) \($0.reason ?? "-") \($0.message ?? "-") @\(Int(($0.lastTransitionTime?.instant ?? 0) - testEpoch))" }
    }

    func testDefaultsSelectorAndLabels() throws {
        let cluster = try makeRig { _ in .runForever }
        let created = try cluster.api.create(makeJob())
        let uid = try XCTUnwrap(created.metadata.uid)
        XCTAssertEqual(created.spec.completions, 1)
        XCTAssertEqual(created.spec.parallelism, 1)
        XCTAssertEqual(created.spec.backoffLimit, 6)
        XCTAssertEqual(created.spec.completionMode, "NonIndexed")
        XCTAssertEqual(created.spec.suspend, false)
        XCTAssertEqual(created.spec.manualSelector, false)
        XCTAssertEqual(created.spec.podReplacementPolicy, "TerminatingOrFailed")
        XCTAssertEqual(created.spec.selector?.matchLabels, ["batch.kubernetes.io/controller-uid": uid])
        let labels = ["batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": "pi", "controller-uid": uid, "job-name": "pi"]
        XCTAssertEqual(created.spec.template.metadata.labels, labels)
        XCTAssertEqual(created.metadata.labels, labels)
        XCTAssertNil(created.metadata.annotations, "1.32 no longer adds the batch.kubernetes.io/job-tracking annotation")
    }

    func testValidationMessages() throws {
        let cluster = try makeTestCluster()
        XCTAssertThrowsError(try cluster.api.create(makeJob("a", restartPolicy: nil))) { error in
            XCTAssertEqual((error as? APIError)?.message,
                           "Job.batch \"a\" is invalid: spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"")
        }
        XCTAssertThrowsError(try cluster.api.create(makeJob("b", restartPolicy: "Always"))) { error in
            XCTAssertEqual((error as? APIError)?.message,
                           "Job.batch \"b\" is invalid: spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"")
        }
        XCTAssertThrowsError(try cluster.api.create(makeJob("c", restartPolicy: "Sometimes", backoffLimit: -1))) { error in
            XCTAssertEqual((error as? APIError)?.message, "Job.batch \"c\" is invalid: ["
                + "spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0, "
                + "spec.template.spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"OnFailure\", \"Never\"]")
        }
    }

    /// One pod runs 12 s and succeeds: SuccessCriteriaMet then Complete, completionTime, events, finalizer removed.
    func testJobCompletes() throws {
        let cluster = try makeRig { _ in .exit(after: 12, code: 0) }
        try cluster.api.create(makeJob())
        cluster.settle()
        let pod = try XCTUnwrap(pods(cluster).first)
        XCTAssertTrue(pod.name.hasPrefix("pi-"))
        XCTAssertEqual(pod.name.count, "pi-".count + 5)
        XCTAssertEqual(pod.metadata.finalizers, ["batch.kubernetes.io/job-tracking"])
        XCTAssertEqual(pod.metadata.controllerReference?.kind, "Job")
        XCTAssertEqual(pod.metadata.labelMap["job-name"], "pi")
        XCTAssertEqual(job(cluster)?.status.active, 1)
        XCTAssertEqual(job(cluster)?.status.ready, 1)
        XCTAssertEqual(job(cluster)?.status.startTime, Timestamp(testEpoch))
        cluster.advance(by: 20)
        let done = try XCTUnwrap(job(cluster))
        XCTAssertEqual(done.status.succeeded, 1)
        XCTAssertNil(done.status.active)
        XCTAssertNil(done.status.failed)
        XCTAssertEqual(done.status.ready, 0)
        XCTAssertEqual(done.status.terminating, 0)
        XCTAssertEqual(done.status.completionTime, Timestamp(testEpoch + 12))
        XCTAssertEqual(conditionSummary(done), ["SuccessCriteriaMet=True - - @12", "Complete=True - - @12"])
        XCTAssertNil(cluster.store.get(Pod.self, pod.key)?.metadata.finalizers)
        XCTAssertEqual(eventLines(about: "pi", in: cluster), ["Normal SuccessfulCreate Created pod: \(pod.name)", "Normal Completed Job completed"])
        XCTAssertEqual(cluster.store.list(Event.self).first?.source?.component, "job-controller")
    }

    /// completions 3, parallelism 2: two pods at once, a third when one succeeds, complete at the third success.
    func testParallelCompletions() throws {
        let cluster = try makeRig { _ in .exit(after: 10, code: 0) }
        try cluster.api.create(makeJob(completions: 3, parallelism: 2))
        cluster.settle()
        XCTAssertEqual(pods(cluster).count, 2)
        cluster.advance(by: 10)
        XCTAssertEqual(pods(cluster).count, 3)
        XCTAssertEqual(job(cluster)?.status.succeeded, 2)
        XCTAssertEqual(job(cluster)?.status.active, 1)
        cluster.advance(by: 10)
        XCTAssertEqual(job(cluster)?.status.succeeded, 3)
        XCTAssertEqual(job(cluster)?.status.completionTime, Timestamp(testEpoch + 20))
        XCTAssertEqual(pods(cluster).count, 3)
    }

    /// Failing pods are replaced after 10 s, 20 s, 40 s …; past backoffLimit the Job fails.
    func testBackoffTimingAndBackoffLimitExceeded() throws {
        let cluster = try makeRig { _ in .exit(after: 5, code: 1) }
        try cluster.api.create(makeJob(backoffLimit: 3))
        cluster.advance(by: 600)
        let created = pods(cluster).map { Int($0.metadata.creationTimestamp.instant - testEpoch) }
        // Pod n fails 5 s after it starts; the next one waits 10 × 2^(n−1) s after that failure.
        XCTAssertEqual(created, [0, 15, 40, 85])
        let failed = try XCTUnwrap(job(cluster))
        XCTAssertEqual(failed.status.failed, 4)
        XCTAssertNil(failed.status.succeeded)
        XCTAssertEqual(conditionSummary(failed), [
            "FailureTarget=True BackoffLimitExceeded Job has reached the specified backoff limit @90",
            "Failed=True BackoffLimitExceeded Job has reached the specified backoff limit @90",
        ])
        XCTAssertNil(failed.status.completionTime)
        XCTAssertEqual(eventLines(about: "pi", in: cluster).last,
                       "Warning BackoffLimitExceeded Job has reached the specified backoff limit")
        XCTAssertEqual(eventLines(about: "pi", in: cluster).filter { $0.contains("SuccessfulCreate") }.count, 4)
    }

    func testBackoffDelayIsCappedAtTenMinutes() {
        var record = JobBackoffRecord()
        record.failuresAfterLastSuccess = 9
        record.lastFailureTime = 0
        XCTAssertEqual(record.remainingTime(now: 0, base: 10, cap: 600), 600)
        record.failuresAfterLastSuccess = 6
        XCTAssertEqual(record.remainingTime(now: 100, base: 10, cap: 600), 220)
        record.failuresAfterLastSuccess = 1
        XCTAssertEqual(record.remainingTime(now: 10, base: 10, cap: 600), 0)
    }

    /// restartPolicy OnFailure: restarts of the running pod count against the limit; the pod is deleted,
    /// and Failed comes only once it has terminated.
    func testOnFailureRestartsExceedLimit() throws {
        let cluster = try makeRig { _ in .crashLoop(every: 10) }
        try cluster.api.create(makeJob(restartPolicy: "OnFailure", backoffLimit: 2))
        cluster.advance(by: 20)
        let interim = try XCTUnwrap(job(cluster))
        XCTAssertEqual(conditionSummary(interim), ["FailureTarget=True BackoffLimitExceeded Job has reached the specified backoff limit @20"])
        XCTAssertEqual(interim.status.terminating, 1)
        XCTAssertEqual(interim.status.failed, 1)
        XCTAssertNil(interim.status.active)
        cluster.advance(by: 1)
        XCTAssertEqual(conditionSummary(job(cluster)).last, "Failed=True BackoffLimitExceeded Job has reached the specified backoff limit @21")
        XCTAssertTrue(pods(cluster).isEmpty)
        XCTAssertTrue(eventLines(about: "pi", in: cluster).contains { $0.hasPrefix("Normal SuccessfulDelete Deleted pod: pi-") })
    }

    func testActiveDeadlineExceeded() throws {
        let cluster = try makeRig { _ in .runForever }
        try cluster.api.create(makeJob(deadline: 30))
        cluster.advance(by: 29)
        XCTAssertNil(job(cluster)?.status.conditions)
        cluster.advance(by: 5)
        XCTAssertEqual(conditionSummary(job(cluster)), [
            "FailureTarget=True DeadlineExceeded Job was active longer than specified deadline @30",
            "Failed=True DeadlineExceeded Job was active longer than specified deadline @31",
        ])
        XCTAssertEqual(eventLines(about: "pi", in: cluster).last, "Warning DeadlineExceeded Job was active longer than specified deadline")
    }
}
