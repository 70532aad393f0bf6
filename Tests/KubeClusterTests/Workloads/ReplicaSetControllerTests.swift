import XCTest
@testable import KubeCluster

/// The ReplicaSet controller: victim order (`TestSortingActivePodsWithRanks`), slow-start batches, and
/// behaviour against a simulated kubelet (k8s-semantics.md §2).
final class ReplicaSetControllerTests: XCTestCase {
    private let now = Workloads.start + 100 * 86_400

    private func pod(_ name: String, node: String, phase: String, ready: Bool, restarts: Int32 = 0, readySince: Double? = nil,
                     created: Double? = nil, cost: String? = nil) -> Pod {
        var pod = Pod()
        pod.metadata = ObjectMeta(name: name, namespace: "default")
        pod.metadata.creationTimestamp = created.map { Timestamp($0) } ?? .zero
        if let cost { pod.metadata.annotations = [Pod.deletionCostAnnotation: cost] }
        pod.spec.nodeName = node
        pod.status.phase = phase
        if ready {
            pod.status.conditions = [PodCondition(type: "Ready", status: "True", lastTransitionTime: readySince.map { Timestamp($0) } ?? .zero)]
            var status = ContainerStatus(name: "c", image: "i")
            status.restartCount = restarts
            pod.status.containerStatuses = [status]
        }
        return pod
    }

    func testSortingActivePodsWithRanks() {
        let month = now - 30 * 86_400, twoHours = now - 7200, fiveHours = now - 18_000, eightHours = now - 28_800
        let unscheduled = pod("unscheduled", node: "", phase: "Pending", ready: false)
        let pending = pod("pending", node: "node", phase: "Pending", ready: false)
        let unknown = pod("unknown-phase", node: "node", phase: "Unknown", ready: false)
        let notReady = pod("not-ready", node: "node", phase: "Running", ready: false)
        let readyNoTime = pod("ready-no-last-transition-time", node: "node", phase: "Running", ready: true)
        let readyNow = pod("ready-now", node: "node", phase: "Running", ready: true, readySince: now, created: now)
        let readyThen = pod("ready-then", node: "node", phase: "Running", ready: true, readySince: month, created: month)
        let highRestarts = pod("ready-high-restarts", node: "node", phase: "Running", ready: true, restarts: 9001, readySince: now, created: now)
        let createdThen = pod("ready-now-created-then", node: "node", phase: "Running", ready: true, readySince: now, created: month)
        let lowCost = pod("low-deletion-cost", node: "node", phase: "Running", ready: true, readySince: now, created: month, cost: "10")
        let highCost = pod("high-deletion-cost", node: "node", phase: "Running", ready: true, readySince: now, created: month, cost: "100")
        let unscheduled5h = pod("unscheduled-5-hours", node: "", phase: "Pending", ready: false, readySince: fiveHours, created: fiveHours)
        let unscheduled8h = pod("unscheduled-10-hours", node: "", phase: "Pending", ready: false, readySince: eightHours, created: eightHours)
        let ready2h = pod("ready-2-hours", node: "", phase: "Running", ready: true, readySince: twoHours, created: month)
        let ready5h = pod("ready-5-hours", node: "", phase: "Running", ready: true, readySince: fiveHours, created: month)
        let ready8h = pod("ready-10-hours", node: "", phase: "Running", ready: true, readySince: eightHours, created: month)

        let equal: [(Pod, Pod)] = [(unscheduled, unscheduled), (pending, pending), (unknown, unknown), (notReady, notReady),
                                   (createdThen, createdThen), (readyNow, readyNow), (readyThen, readyThen), (highRestarts, highRestarts),
                                   (unscheduled5h, unscheduled8h), (ready5h, ready8h)]
        for (first, second) in equal {
            XCTAssertFalse(ReplicaSetPodRanking.deletesBefore(first, rank: 1, second, rank: 1, now: now), "\(first.name) < \(second.name)")
            XCTAssertFalse(ReplicaSetPodRanking.deletesBefore(second, rank: 1, first, rank: 1, now: now), "\(second.name) < \(first.name)")
        }
        let ordered: [((Pod, Int), (Pod, Int))] = [
            ((unscheduled, 1), (pending, 2)), ((unscheduled, 2), (pending, 1)), ((pending, 1), (unknown, 2)), ((unknown, 1), (notReady, 2)),
            ((notReady, 1), (readyNoTime, 1)), ((readyNoTime, 1), (readyNow, 1)), ((readyNow, 2), (readyNoTime, 1)),
            ((readyNow, 1), (readyThen, 1)), ((readyNow, 2), (readyThen, 1)), ((highRestarts, 1), (readyNow, 1)),
            ((readyNow, 2), (highRestarts, 1)), ((readyNow, 1), (createdThen, 1)), ((createdThen, 2), (readyNow, 1)),
            ((lowCost, 2), (highCost, 1)), ((ready2h, 1), (ready5h, 1)),
        ]
        for (lesser, greater) in ordered {
            XCTAssertTrue(ReplicaSetPodRanking.deletesBefore(lesser.0, rank: lesser.1, greater.0, rank: greater.1, now: now),
                          "\(lesser.0.name)/\(lesser.1) should go before \(greater.0.name)/\(greater.1)")
            XCTAssertFalse(ReplicaSetPodRanking.deletesBefore(greater.0, rank: greater.1, lesser.0, rank: lesser.1, now: now),
                           "\(greater.0.name)/\(greater.1) should not go before \(lesser.0.name)/\(lesser.1)")
        }
    }

    func testPodsToDeleteRanksByRelatedPodsOnTheSameNode() {
        let onBusyNode = pod("a", node: "busy", phase: "Running", ready: true, readySince: now - 60, created: now - 60)
        let onQuietNode = pod("b", node: "quiet", phase: "Running", ready: true, readySince: now - 60, created: now - 60)
        let neighbour = pod("c", node: "busy", phase: "Running", ready: true, readySince: now - 60, created: now - 60)
        let victims = ReplicaSetPodRanking.podsToDelete([onQuietNode, onBusyNode], related: [onBusyNode, onQuietNode, neighbour],
                                                        count: 1, now: now)
        XCTAssertEqual(victims.map(\.name), ["a"])
        XCTAssertEqual(ReplicaSetPodRanking.podsToDelete([onQuietNode, onBusyNode], related: [], count: 2, now: now).map(\.name), ["b", "a"])
    }

    func testSlowStartBatchSizes() {
        var batches: [Int] = []
        var calls = 0
        let result = ReplicaSetController.slowStartBatch(count: 10, initialBatchSize: 1) {
            calls += 1
            return nil
        }
        XCTAssertEqual(result.successes, 10)
        XCTAssertNil(result.error)
        // With a failure on the 4th call (second batch), the batches 1 and 2 run and then it stops.
        calls = 0
        let failing = ReplicaSetController.slowStartBatch(count: 10, initialBatchSize: 1) {
            calls += 1
            batches.append(calls)
            return calls == 3 ? "quota exceeded" : nil
        }
        XCTAssertEqual(failing.successes, 2)
        XCTAssertEqual(failing.error, "quota exceeded")
        XCTAssertEqual(batches, [1, 2, 3])
    }

    private func replicaSet(_ replicas: Int32, minReadySeconds: Int32? = nil) -> ReplicaSet {
        var rs = ReplicaSet()
        rs.metadata = ObjectMeta(name: "frontend", namespace: "default")
        rs.spec.replicas = replicas
        rs.spec.minReadySeconds = minReadySeconds
        rs.spec.selector = LabelSelectorSpec(matchLabels: ["tier": "frontend"])
        rs.spec.template.metadata.labels = ["tier": "frontend"]
        rs.spec.template.spec = PodSpec(containers: [Container(name: "php", image: "php:8")])
        return rs
    }

    func testCreatesPodsWithGenerateNameAndEvents() throws {
        let cluster = Workloads.cluster()
        try cluster.api.create(replicaSet(3))
        cluster.settle()
        let pods = cluster.store.list(Pod.self, namespace: "default")
        XCTAssertEqual(pods.count, 3)
        for pod in pods {
            XCTAssertTrue(pod.name.hasPrefix("frontend-"))
            XCTAssertEqual(pod.name.count, "frontend-".count + 5)
            XCTAssertEqual(pod.metadata.generateName, "frontend-")
            XCTAssertEqual(pod.metadata.controllerReference?.kind, "ReplicaSet")
            XCTAssertEqual(pod.metadata.controllerReference?.blockOwnerDeletion, true)
        }
        XCTAssertEqual(Set(Workloads.events(cluster, reason: "SuccessfulCreate")), Set(pods.map { "Created pod: \($0.name)" }))
        let event = try XCTUnwrap(cluster.store.list(Event.self).first { $0.reason == "SuccessfulCreate" })
        XCTAssertEqual(event.source?.component, "replicaset-controller")
        cluster.advance(by: 5)
        let rs = try XCTUnwrap(cluster.store.get(ReplicaSet.self, namespace: "default", name: "frontend"))
        XCTAssertEqual(rs.status.replicas, 3)
        XCTAssertEqual(rs.status.readyReplicas, 3)
        XCTAssertEqual(rs.status.availableReplicas, 3)
        XCTAssertEqual(rs.status.fullyLabeledReplicas, 3)
        XCTAssertEqual(rs.status.observedGeneration, 1)
    }

    func testAvailableAfterMinReadySecondsWithoutOtherEvents() throws {
        let cluster = Workloads.cluster()
        try cluster.api.create(replicaSet(2, minReadySeconds: 10))
        cluster.advance(by: 2)  // pods become ready at +2 s
        var rs = try XCTUnwrap(cluster.store.get(ReplicaSet.self, namespace: "default", name: "frontend"))
        XCTAssertEqual(rs.status.readyReplicas, 2)
        XCTAssertNil(rs.status.availableReplicas)
        cluster.advance(by: 10)  // +12 s: ready for exactly 10 s, not yet "more than"
        rs = try XCTUnwrap(cluster.store.get(ReplicaSet.self, namespace: "default", name: "frontend"))
        XCTAssertNil(rs.status.availableReplicas)
        cluster.advance(by: 0.01)
        rs = try XCTUnwrap(cluster.store.get(ReplicaSet.self, namespace: "default", name: "frontend"))
        XCTAssertEqual(rs.status.availableReplicas, 2)
    }

    func testScaleDownDeletesUnreadyPodsFirstAndReplacesDeletedPods() throws {
        let cluster = Workloads.cluster()
        try cluster.api.create(replicaSet(2))
        cluster.advance(by: 5)
        var rs = try XCTUnwrap(cluster.store.get(ReplicaSet.self, namespace: "default", name: "frontend"))
        rs.spec.replicas = 3
        try cluster.api.update(rs)
        cluster.settle()  // the third pod exists but is not ready yet
        let youngest = try XCTUnwrap(cluster.store.list(Pod.self, namespace: "default").first { !PodReadiness.isReady($0) })
        rs = try XCTUnwrap(cluster.store.get(ReplicaSet.self, namespace: "default", name: "frontend"))
        rs.spec.replicas = 2
        try cluster.api.update(rs)
        cluster.settle()
        XCTAssertEqual(Workloads.events(cluster, reason: "SuccessfulDelete"), ["Deleted pod: \(youngest.name)"])
        // A deleted pod is replaced at once: terminating pods no longer count.
        let victim = try XCTUnwrap(cluster.store.list(Pod.self, namespace: "default").first { PodReadiness.isActive($0) })
        try cluster.api.delete(Pod.self, victim.key)
        cluster.settle()
        XCTAssertEqual(cluster.store.list(Pod.self, namespace: "default").filter(PodReadiness.isActive).count, 2)
        XCTAssertEqual(cluster.store.count(resource: "pods"), 4)
        cluster.advance(by: 5)
        XCTAssertEqual(cluster.store.count(resource: "pods"), 2)
    }

    func testAdoptsOrphansAndReleasesPodsThatStopMatching() throws {
        let cluster = Workloads.cluster()
        var orphan = Pod()
        orphan.metadata = ObjectMeta(name: "stray", namespace: "default", labels: ["tier": "frontend"])
        orphan.spec = PodSpec(containers: [Container(name: "php", image: "php:8")])
        try cluster.api.create(orphan)
        try cluster.api.create(replicaSet(2))
        cluster.settle()
        XCTAssertEqual(cluster.store.get(Pod.self, namespace: "default", name: "stray")?.metadata.controllerReference?.name, "frontend")
        XCTAssertEqual(cluster.store.count(resource: "pods"), 2)
        var relabelled = try XCTUnwrap(cluster.store.get(Pod.self, namespace: "default", name: "stray"))
        relabelled.metadata.labels = ["tier": "debug"]
        try cluster.api.update(relabelled)
        cluster.settle()
        XCTAssertNil(cluster.store.get(Pod.self, namespace: "default", name: "stray")?.metadata.ownerReferences)
        XCTAssertEqual(cluster.store.count(resource: "pods"), 3)
    }

    func testFailedCreateSetsReplicaFailure() throws {
        let cluster = Workloads.cluster()
        var rs = replicaSet(2)
        rs.spec.template.spec.serviceAccountName = "missing"
        try cluster.api.create(rs)
        cluster.settle()
        let message = "pods \"frontend-\" is forbidden: error looking up service account default/missing: serviceaccount \"missing\" not found"
        XCTAssertEqual(Workloads.events(cluster, reason: "FailedCreate").first, "Error creating: \(message)")
        let stored = try XCTUnwrap(cluster.store.get(ReplicaSet.self, namespace: "default", name: "frontend"))
        let condition = try XCTUnwrap(stored.status.conditions?.first)
        XCTAssertEqual([condition.type, condition.status, condition.reason, condition.message], ["ReplicaFailure", "True", "FailedCreate", message])
        // Failed syncs retry with exponential back-off (5 ms doubling): two attempts at once (create, own
        // status update), then at 0.005, 0.025, 0.065 … 163.8 s; the next would be at 327.7 s.
        cluster.advance(by: 300)
        let event = try XCTUnwrap(cluster.store.list(Event.self).first { $0.reason == "FailedCreate" })
        XCTAssertEqual(event.count, 16)
        XCTAssertEqual(event.type, "Warning")
    }
}
