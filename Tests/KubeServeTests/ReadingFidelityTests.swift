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
            ("kubectl get pods -A --sort-by=.metadata.name", false),
            ("kubectl get pods -A --sort-by=.status.startTime -o wide", false),
            ("kubectl get pods -A -L k8s-app,tier", false),
            ("kubectl get pods -n kube-system -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName", false),
            ("kubectl get pods -n kube-system -o jsonpath={.items[*].metadata.name}", false),
            ("kubectl get pods -n kube-system -o name", false),
            ("kubectl get nodes --no-headers", false),
            ("kubectl get events -n kube-system", false),
            ("kubectl get pod nope", false),
            ("kubectl get deploy nope -n kube-system", false),
            ("kubectl get statefulsets", false),
            ("kubectl api-resources", false),
            ("kubectl explain pods", false),
            ("kubectl explain deployment.spec", false),
            ("kubectl explain deployment.spec --recursive", false),
            ("kubectl explain deployment.spec.strategy.type", false),
            ("kubectl explain svc.spec.ports", false),
            ("kubectl explain pod.spec.containers.resources", false),
            ("kubectl explain hpa.spec", false),
            ("kubectl explain ingress", false),
            ("kubectl explain pods.spec.nope", false),
            ("kubectl api-versions", false),
            ("kubectl describe deployment coredns -n kube-system", true),
            ("kubectl describe service kubernetes", true),
            ("kubectl get endpointslices -A -o yaml", false),
            ("kubectl get pods --field-selector spec.foo=bar", false),
            ("kubectl describe pods --field-selector spec.nope=1", false),
            ("kubectl describe pods -n kube-system -l k8s-app=kube-dns", true),
            // A type the server refuses the field selector for prints no rows, and the kinds shown follow
            // the answers that came back: one kind left, so no `pod/` prefix.
            ("kubectl get pods,svc -n kube-system --field-selector status.phase=Running", false),
            ("kubectl get pods,svc,deploy -n kube-system --field-selector status.phase=Running", false),
            ("kubectl get pod/etcd-minikube svc/nope -n kube-system", false),
            ("kubectl get pod/etcd-minikube svc/kube-dns -n kube-system", false),
            ("kubectl get pods,deploy -n default", false),
            ("kubectl get pod nope --ignore-not-found", false),
            ("kubectl get pod nope etcd-minikube -n kube-system --ignore-not-found", false),
            ("kubectl get pod nope etcd-minikube -n kube-system -o name", false),
        ]
        let harness = try ServeHarness()
        for command in commands { harness.assertSameOutput(command.line, normalizeAges: command.normalizeAges) }
    }

    /// The other profiles' bootstrap state reads the same through both doors.
    func testKindAndMultiNodeReadsMatchTheREPL() throws {
        try ServeHarness.requireKubectl()
        for profile in [ClusterProfile.kind, .multiNode] {
            let harness = try ServeHarness(profile: profile)
            for line in ["kubectl get nodes -o wide", "kubectl get pods -A -o wide", "kubectl get all -A", "kubectl get ds -A",
                         "kubectl get endpointslices -A", "kubectl top nodes"] {
                harness.assertSameOutput(line)
            }
        }
    }
}
