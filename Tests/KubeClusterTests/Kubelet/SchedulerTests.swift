import XCTest
@testable import KubeCluster

/// Scheduler filters, failure messages (§9) and placement.
final class SchedulerTests: XCTestCase {
    private func cpuPod(_ name: String, cpu: String) -> (inout Pod) -> Void {
        { pod in
            pod.spec.containers[0].resources = ResourceRequirements(limits: nil, requests: resourceMap(["cpu": cpu]))
        }
    }

    func testInsufficientCPUWithControlPlaneTaint() throws {
        let cluster = KubeletFixture.cluster(.kind, workers: 2)
        try KubeletFixture.createPod(cluster, name: "huge", containers: [KubeletFixture.container("app", image: "nginx")],
                                     configure: cpuPod("huge", cpu: "64"))
        let pod = try XCTUnwrap(KubeletFixture.pod(cluster, "huge"))
        let expected = "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
            + "2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, "
            + "2 No preemption victims found for incoming pod."
        XCTAssertNil(pod.spec.nodeName)
        XCTAssertEqual(pod.status.phase, "Pending")
        XCTAssertEqual(pod.status.condition("PodScheduled")?.status, "False")
        XCTAssertEqual(pod.status.condition("PodScheduled")?.reason, "Unschedulable")
        XCTAssertEqual(pod.status.condition("PodScheduled")?.message, expected)
        let event = try XCTUnwrap(KubeletFixture.events(cluster, about: "huge", reason: "FailedScheduling").first)
        XCTAssertEqual(event.type, "Warning")
        XCTAssertEqual(event.message, expected)
        XCTAssertEqual(event.source?.component, "default-scheduler")
    }

    func testFilterMessages() {
        var nodeA = Node()
        nodeA.metadata = ObjectMeta(name: "a", labels: ["disk": "hdd"])
        nodeA.status.allocatable = resourceMap(["cpu": "2", "memory": "4Gi", "pods": "110"])
        var nodeB = nodeA
        nodeB.metadata.name = "b"
        nodeB.spec.unschedulable = true
        var nodeC = nodeA
        nodeC.metadata.name = "c"
        nodeC.spec.taints = [Taint(key: "dedicated", value: "gpu", effect: "NoSchedule")]
        var pod = Pod(metadata: ObjectMeta(name: "p", namespace: "default"), spec: PodSpec(containers: [Container(name: "c", image: "nginx")]))
        pod.spec.nodeSelector = ["disk": "ssd"]
        var random = SeededRandom(seed: 1)
        let result = SchedulerController.place(pod, nodes: [nodeA, nodeB, nodeC], pods: [], random: &random)
        XCTAssertEqual(failure(result), (
            "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {dedicated: gpu}, "
            + "1 node(s) were unschedulable. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."))
        pod.spec.nodeSelector = nil
        pod.spec.tolerations = [Toleration(key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule")]
        pod.spec.containers[0].resources = ResourceRequirements(limits: nil, requests: resourceMap(["memory": "8Gi", "cpu": "3"]))
        let tooBig = SchedulerController.place(pod, nodes: [nodeA, nodeC], pods: [], random: &random)
        XCTAssertEqual(failure(tooBig), (
            "0/2 nodes are available: 2 Insufficient cpu, 2 Insufficient memory. preemption: 0/2 nodes are available: "
            + "2 No preemption victims found for incoming pod."))
        XCTAssertEqual(failure(SchedulerController.place(pod, nodes: [], pods: [], random: &random)), "no nodes available to schedule pods")
    }

    func testTooManyPods() {
        var node = Node()
        node.metadata = ObjectMeta(name: "tiny")
        node.status.allocatable = resourceMap(["cpu": "2", "memory": "4Gi", "pods": "1"])
        var existing = Pod(metadata: ObjectMeta(name: "x", namespace: "default"), spec: PodSpec(containers: [Container(name: "c", image: "nginx")]))
        existing.spec.nodeName = "tiny"
        let pod = Pod(metadata: ObjectMeta(name: "p", namespace: "default"), spec: PodSpec(containers: [Container(name: "c", image: "nginx")]))
        var random = SeededRandom(seed: 1)
        XCTAssertEqual(failure(SchedulerController.place(pod, nodes: [node], pods: [existing], random: &random)),
                       "0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: "
                           + "1 No preemption victims found for incoming pod.")
    }

    func testSpreadsAcrossWorkersAndRetriesWhenNodeChanges() throws {
        let cluster = KubeletFixture.cluster(.kind, workers: 2)
        for index in 0..<4 {
            try KubeletFixture.createPod(cluster, name: "web-\(index)", containers: [KubeletFixture.container("web", image: "nginx")])
        }
        let placed = (0..<4).compactMap { KubeletFixture.pod(cluster, "web-\($0)")?.spec.nodeName }
        XCTAssertEqual(placed.count, 4)
        XCTAssertFalse(placed.contains("kind-control-plane"))
        XCTAssertEqual(Set(placed), ["kind-worker", "kind-worker2"])

        for name in ["kind-worker", "kind-worker2"] {
            var node = try XCTUnwrap(cluster.store.get(Node.self, namespace: "", name: name))
            node.spec.unschedulable = true
            cluster.api.updateStatus(node)
        }
        try KubeletFixture.createPod(cluster, name: "late", containers: [KubeletFixture.container("web", image: "nginx")])
        XCTAssertNil(KubeletFixture.pod(cluster, "late")?.spec.nodeName)
        var node = try XCTUnwrap(cluster.store.get(Node.self, namespace: "", name: "kind-worker2"))
        node.spec.unschedulable = nil
        cluster.api.updateStatus(node)
        cluster.settle()
        XCTAssertEqual(KubeletFixture.pod(cluster, "late")?.spec.nodeName, "kind-worker2")
        XCTAssertEqual(KubeletFixture.pod(cluster, "late")?.status.condition("PodScheduled")?.status, "True")
    }
}

/// The failure message of a placement, or nil when it succeeded.
private func failure(_ result: Result<String, SchedulingFailure>) -> String? {
    if case .failure(let failure) = result { return failure.message }
    return nil
}
