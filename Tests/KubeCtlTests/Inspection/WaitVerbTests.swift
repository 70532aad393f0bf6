import XCTest
import KubeCluster
@testable import KubeCtl

/// `kubectl wait` in simulated time, and `cluster-info dump`.
final class WaitVerbTests: XCTestCase {
    func testWaitForConditionsInSimulatedTime() {
        let harness = KubectlHarness()
        harness.deploy("web", replicas: 2)
        let start = harness.cluster.now
        XCTAssertEqual(harness.transcript([
            "kubectl wait --for=condition=Available deployment/web", "kubectl wait --for=condition=Ready pods -l app=web --timeout=60s",
        ]), """
        $ kubectl wait --for=condition=Available deployment/web
        deployment.apps/web condition met
        $ kubectl wait --for=condition=Ready pods -l app=web --timeout=60s
        \(harness.podNames("web-").map { "pod/\($0) condition met\n" }.joined())
        """)
        XCTAssertGreaterThan(harness.cluster.now, start)
        XCTAssertLessThan(harness.cluster.now - start, 30)
        harness.pod("broken", containers: [KubectlHarness.container("broken", "nginx:does-not-exist")])
        let before = harness.cluster.now
        XCTAssertEqual(harness.transcript([
            "kubectl wait --for=condition=Ready pod/broken --timeout=10s", "kubectl wait --for=jsonpath='{.status.phase}'=Pending pod/broken",
            "kubectl wait --for=jsonpath='{.spec.containers[0].image}' pod/broken", "kubectl wait --for=condition=Ready pod/nope",
            "kubectl wait --for=delete pod/nope", "kubectl wait --for=condition=Ready pods -l app=nope",
            "kubectl wait --for=condition=Ready pod/broken --timeout=0",
        ]), """
        $ kubectl wait --for=condition=Ready pod/broken --timeout=10s
        error: timed out waiting for the condition on pods/broken
        $ kubectl wait --for=jsonpath='{.status.phase}'=Pending pod/broken
        pod/broken condition met
        $ kubectl wait --for=jsonpath='{.spec.containers[0].image}' pod/broken
        pod/broken condition met
        $ kubectl wait --for=condition=Ready pod/nope
        Error from server (NotFound): pods "nope" not found
        $ kubectl wait --for=delete pod/nope
        $ kubectl wait --for=condition=Ready pods -l app=nope
        error: no matching resources found
        $ kubectl wait --for=condition=Ready pod/broken --timeout=0
        error: condition not met for pods/broken

        """)
        XCTAssertEqual(harness.cluster.now - before, 10, accuracy: 0.5)
    }

    func testWaitForDeletion() throws {
        let harness = KubectlHarness()
        harness.pod("gone", containers: [KubectlHarness.container("gone", "nginx:1.27")])
        harness.wait(20)
        guard let pod = harness.cluster.store.get(Pod.self, namespace: "default", name: "gone") else { return XCTFail("no pod") }
        _ = try harness.cluster.api.delete(Pod.self, pod.key)
        harness.cluster.settle()
        XCTAssertEqual(harness.run("kubectl wait --for=delete pod/gone --timeout=60s").out, "pod/gone condition met\n")
        XCTAssertNil(harness.cluster.store.get(Pod.self, namespace: "default", name: "gone"))
    }

    func testClusterInfoDump() {
        let harness = KubectlHarness()
        let dump = harness.run("kubectl cluster-info dump").out
        XCTAssertTrue(dump.hasPrefix("{\n    \"apiVersion\": \"v1\",\n    \"items\": ["), String(dump.prefix(80)))
        XCTAssertTrue(dump.contains("==== START logs for container coredns of pod kube-system/coredns-"))
        XCTAssertTrue(dump.contains("\"kind\": \"PodList\""))
    }
}
