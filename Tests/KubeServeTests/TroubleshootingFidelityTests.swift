import KubeCluster
import XCTest

/// The troubleshooting lessons' states (a crash loop, an image that cannot be pulled, a pod no node can take)
/// read through the upstream kubectl against `kubetutor serve` and through the REPL.
final class TroubleshootingFidelityTests: XCTestCase {
    func testFailingPodsReadTheSame() throws {
        try runTwinScenario([
            .change("kubectl run crash --image=busybox --restart=Always -- sh -c 'echo starting; exit 1'"),
            .change("kubectl run badimg --image=nginx:doesnotexist"),
            .change(#"kubectl run big --image=nginx --overrides='{"spec":{"containers":[{"name":"big","image":"nginx","resources":{"requests":{"cpu":"64"}}}]}}'"#),
            .change("kubectl create deployment web --image=nginx:1.25 --replicas=2"),
            .change("kubectl expose deployment web --port=80 --type=NodePort"),
            .setup("sleep 120"),
            .read("kubectl get pods -o wide"),
            .read("kubectl describe pod crash", normalizeAges: true),
            .read("kubectl describe pod badimg", normalizeAges: true),
            .read("kubectl describe pod big", normalizeAges: true),
            .read("kubectl logs crash"),
            .read("kubectl logs crash --previous"),
            .read("kubectl logs badimg"),
            .read("kubectl get events --field-selector involvedObject.name=crash"),
            .read("kubectl get events -o wide"),
            .read("kubectl get pod crash -o yaml"),
            .read("kubectl get pod badimg -o json"),
            .read("kubectl get svc web -o yaml"),
            .read("kubectl get ep web -o yaml"),
            .read("kubectl describe ep web", normalizeAges: true),
            .read("kubectl get rs -o wide"),
            .read("kubectl describe rs", normalizeAges: true),
            .read("kubectl describe ns default", normalizeAges: true),
            .read("kubectl get sa,cm,secret -A"),
        ])
    }
}
