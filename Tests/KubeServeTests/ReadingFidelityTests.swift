import KubeCluster
import KubeCtl
import XCTest

/// The upstream kubectl 1.32 against `kubetutor serve` prints what the REPL's kubectl prints for the same
/// cluster state: discovery, server-side tables, -o yaml/json, describe (computed by kubectl itself) and errors.
final class ReadingFidelityTests: XCTestCase {
    /// Reading commands on a freshly bootstrapped cluster of each profile.
    func testBootstrapReadsMatchTheREPL() throws {
        try ServeHarness.requireKubectl()
        let commands: [(line: String, normalizeAges: Bool)] = [
            ("kubectl get pods -A", false),
            ("kubectl get pods -A -o wide", false),
            ("kubectl get nodes -o wide", false),
            ("kubectl get all -A", false),
            ("kubectl get svc,ep -A", false),
            ("kubectl get ns --show-labels", false),
            ("kubectl get deploy -n kube-system -o wide", false),
            ("kubectl get pods -n kube-system -l k8s-app=kube-dns", false),
            ("kubectl get pods -A --field-selector spec.nodeName=minikube", false),
            ("kubectl get pod etcd-minikube -n kube-system -o yaml", false),
            ("kubectl get svc kubernetes -o json", false),
            ("kubectl get configmaps -n kube-system", false),
            ("kubectl get serviceaccounts", false),
            ("kubectl describe node minikube", true),
            ("kubectl describe deployment coredns -n kube-system", true),
            ("kubectl describe service kubernetes", true),
            ("kubectl get pod nope", false),
            ("kubectl get deploy nope -n kube-system", false),
            ("kubectl get pods --field-selector spec.foo=bar", false),
            ("kubectl get statefulsets", false),
            ("kubectl api-resources", false),
            ("kubectl api-versions", false),
        ]
        let harness = try ServeHarness()
        for command in commands { harness.assertSameOutput(command.line, normalizeAges: command.normalizeAges) }
    }
}
