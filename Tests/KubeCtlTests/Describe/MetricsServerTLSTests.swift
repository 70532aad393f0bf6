import KubeCluster
import XCTest
@testable import KubeCtl

/// metrics-server as the upstream components.yaml installs it cannot verify self-signed kubelet
/// certificates (kind, minikube, kubeadm): 0/1 forever, x509 errors in its log, 500 from /readyz,
/// `kubectl top` says the Metrics API is not available. minikube's add-on passes the flag from the start.
final class MetricsServerTLSTests: XCTestCase {
    static let url = "https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml"

    func testComponentsYAMLOnMultiNodeLogsOneX509ErrorPerNodeAndNeverTurnsReady() {
        let harness = KubectlHarness(profile: .multiNode)
        harness.run("kubectl apply -f \(Self.url)")
        harness.run("sleep 120")
        XCTAssertEqual(harness.run("kubectl top nodes").err, "error: Metrics API not available\n")
        let pods = harness.run("kubectl -n kube-system get pods -l k8s-app=metrics-server").out
        XCTAssertTrue(pods.contains("0/1     Running"), pods)
        let log = harness.run("kubectl -n kube-system logs deploy/metrics-server").out
        let nodes = harness.cluster.kubeletAddresses()
        XCTAssertGreaterThan(nodes.count, 1)
        for node in nodes {
            XCTAssertTrue(log.contains("x509: cannot validate certificate for \(node.address) because it doesn't contain any IP SANs\" "
                + "node=\"\(node.node)\""), log)
        }
        XCTAssertTrue(log.contains(#"server.go:191] "Failed probe" probe="metric-storage-ready" err="no metrics to serve""#), log)
        let events = harness.run("kubectl -n kube-system get events --field-selector reason=Unhealthy").out
        XCTAssertTrue(events.contains("Readiness probe failed: HTTP probe failed with statuscode: 500"), events)
    }

    func testMinikubeAddonIsReadyInOneRevision() {
        let harness = KubectlHarness(profile: .minikube)
        harness.run("minikube addons enable metrics-server")
        harness.run("sleep 60")
        XCTAssertTrue(metricsAPIAvailable(in: harness.cluster))
        let replicaSets = harness.cluster.store.list(ReplicaSet.self, namespace: "kube-system")
            .filter { $0.name.hasPrefix("metrics-server-") }
        XCTAssertEqual(replicaSets.count, 1)
        let deployment = harness.cluster.store.get(Deployment.self, namespace: "kube-system", name: "metrics-server")
        XCTAssertEqual(deployment?.metadata.annotations?["deployment.kubernetes.io/revision"], "1")
        XCTAssertEqual(deployment?.spec.template.spec.containers.first?.args?.last, "--kubelet-insecure-tls")
    }

    func testSystemComponentsShowTheirOwnUsage() {
        let harness = KubectlHarness(profile: .minikube)
        harness.run("minikube addons enable metrics-server")
        harness.run("sleep 60")
        let rows = harness.run("kubectl top pods -n kube-system --no-headers").out.split(separator: "\n")
        let figures = Set(rows.map { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().joined(separator: " ") })
        XCTAssertEqual(figures.count, rows.count, "every component has its own figure: \(rows)")
        let apiserver = rows.first { $0.hasPrefix("kube-apiserver-") }.map(String.init) ?? ""
        let proxy = rows.first { $0.hasPrefix("kube-proxy-") }.map(String.init) ?? ""
        func memory(_ row: String) -> Int { Int(row.split(separator: " ").last?.dropLast(2) ?? "") ?? 0 }
        XCTAssertGreaterThan(memory(apiserver), 5 * memory(proxy), rows.joined(separator: "\n"))
    }
}
