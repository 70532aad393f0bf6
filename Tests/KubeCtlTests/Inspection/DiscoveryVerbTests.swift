import XCTest
import KubeCluster
@testable import KubeCtl

/// `api-resources`, `api-versions`, `version`, `cluster-info`, `auth can-i`: compared with the reference captures
/// of kubectl 1.32 where kubetutor's cluster serves the same discovery data.
final class DiscoveryVerbTests: XCTestCase {
    /// A minikube sandbox with metrics-server ready (so `metrics.k8s.io` is served, as in the captures).
    func sandboxWithMetrics() -> KubectlHarness {
        let harness = KubectlHarness()
        harness.installMetricsServer()
        harness.wait(60)
        return harness
    }

    func testAPIResourcesMatchCaptures() throws {
        let harness = sandboxWithMetrics()
        for command in ["api-resources", "api-resources --api-group=apps", "api-resources -o wide --api-group=apps",
                        "api-resources --namespaced=false -o name"] {
            let capture = try ReferenceCaptures.capture(command)
            let ours = harness.run("kubectl " + command)
            XCTAssertEqual(ours.out, capture.stdout, command)
            XCTAssertEqual(ours.err, capture.stderr, command)
        }
    }

    func testMetricsGroupOnlyWhileMetricsServerRuns() {
        let harness = KubectlHarness()
        XCTAssertFalse(harness.run("kubectl api-resources").out.contains("metrics.k8s.io"))
        XCTAssertFalse(harness.run("kubectl api-versions").out.contains("metrics.k8s.io"))
        harness.installMetricsServer()
        harness.wait(60)
        XCTAssertTrue(harness.run("kubectl api-versions").out.contains("metrics.k8s.io/v1beta1\n"))
    }

    func testAPIResourcesFiltersAndSorting() {
        let harness = KubectlHarness()
        XCTAssertEqual(harness.run("kubectl api-resources --verbs=get,list --api-group=apps --no-headers -o name").out,
                       "controllerrevisions.apps\ndaemonsets.apps\ndeployments.apps\nreplicasets.apps\nstatefulsets.apps\n")
        XCTAssertEqual(harness.run("kubectl api-resources --api-group=batch --sort-by=kind").out,
                       "NAME       SHORTNAMES   APIVERSION   NAMESPACED   KIND\n"
                        + "cronjobs   cj           batch/v1     true         CronJob\n"
                        + "jobs                    batch/v1     true         Job\n")
        XCTAssertEqual(harness.run("kubectl api-resources --categories=all -o name").out.split(separator: "\n").count, 10)
        let extra = harness.run("kubectl api-resources extra")
        XCTAssertEqual(extra.err, "error: unexpected arguments: [extra]\nSee 'kubectl api-resources -h' for help and examples\n")
    }

    func testVersionAndClusterInfoGolden() throws {
        let harness = KubectlHarness()
        XCTAssertEqual(harness.transcript(["kubectl version", "kubectl cluster-info"]), """
        $ kubectl version
        Client Version: v1.32.5
        Kustomize Version: v5.5.0
        Server Version: v1.32.0
        $ kubectl cluster-info
        Kubernetes control plane is running at https://192.168.49.2:8443
        CoreDNS is running at https://192.168.49.2:8443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy

        To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.

        """)
        let capture = try ReferenceCaptures.capture("version")
        let captured = capture.stdout.split(separator: "\n").prefix(2)
        XCTAssertEqual(harness.run("kubectl version").out.split(separator: "\n").prefix(2), captured)
        let kind = KubectlHarness(profile: .kind)
        XCTAssertTrue(kind.run("kubectl cluster-info").out.hasPrefix("Kubernetes control plane is running at https://127.0.0.1:"))
        let server = harness.run("kubectl version -o json").out
        XCTAssertTrue(server.contains("\"serverVersion\": {\n    \"major\": \"1\",\n    \"minor\": \"32\",\n    \"gitVersion\": \"v1.32.0\""))
    }

    func testAuthCanIAlwaysYesForClusterAdmin() {
        let harness = KubectlHarness()
        XCTAssertEqual(harness.transcript(["kubectl auth can-i create deployments", "kubectl auth can-i delete nodes -A",
                                           "kubectl auth can-i get podz", "kubectl auth can-i '*' '*' -q; echo $?"]), """
        $ kubectl auth can-i create deployments
        yes
        $ kubectl auth can-i delete nodes -A
        yes
        $ kubectl auth can-i get podz
        Warning: the server doesn't have a resource type 'podz'
        yes
        $ kubectl auth can-i '*' '*' -q; echo $?
        0

        """)
        let list = harness.run("kubectl auth can-i --list").out.split(separator: "\n").map(String.init)
        XCTAssertEqual(list.first, "Resources                                       Non-Resource URLs   Resource Names   Verbs")
        XCTAssertEqual(list[1], "*.*                                             []                  []               [*]")
    }
}
