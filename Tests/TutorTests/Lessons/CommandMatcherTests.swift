import XCTest
import KubeCluster
import KubeCtl
@testable import Tutor

/// Command patterns match commands that mean the same, whatever the spelling (flag order and form,
/// aliases, TYPE/NAME, namespaces), with bindings resolved against the cluster.
final class CommandMatcherTests: XCTestCase {
    private static let world: LessonWorld = {
        // swiftlint:disable:next force_try
        try! LessonWorld.build(TestLessons.basic, options: LessonFixtures.options())
    }()

    private var webPod: String {
        let reader = ClusterReader(cluster: Self.world.cluster, namespace: "default")
        return reader.objects(ObjectRef(resource: "pods", kind: "Pod", target: .selected(.labels("app=web")), text: "")).first?.name ?? "?"
    }

    private func matches(_ pattern: String, _ command: String, strict: Bool = false, file: StaticString = #filePath,
                         line: UInt = #line) -> Bool {
        guard case .success(let parsed) = CommandPattern.parse(pattern, namespace: "default", location: LessonFileLocation(file: "t", line: 1)) else {
            XCTFail("pattern \(pattern) does not parse", file: file, line: line)
            return false
        }
        var matcher = CommandMatcher(reader: ClusterReader(cluster: Self.world.cluster, namespace: "default"), currentNamespace: "default")
        matcher.allNamespacesCoverDefault = !strict
        let argv = PatternTokenizer.split(command.replacingOccurrences(of: "POD", with: webPod))
        guard case .success(let words) = argv else { return false }
        return matcher.matches(parsed, argv: words)
    }

    func testTable() {
        let cases: [(pattern: String, command: String, expected: Bool)] = [
            ("kubectl logs @pod(app=web) --previous", "kubectl logs POD -p", true),
            ("kubectl logs @pod(app=web) --previous", "k logs --previous=true POD", true),
            ("kubectl logs @pod(app=web) --previous", "kubectl logs pod/POD --previous", true),
            ("kubectl logs @pod(app=web) --previous", "kubectl logs deployment/web -p", true),
            ("kubectl logs @pod(app=web) --previous", "kubectl logs -p deploy/web", true),
            ("kubectl logs @pod(app=web) --previous", "kubectl logs POD", false),
            ("kubectl logs @pod(app=web) --previous", "kubectl logs client -p", false),
            ("kubectl logs @pod(app=web) --previous=false", "kubectl logs POD", true),
            ("kubectl logs @pod(app=web) --previous=false", "kubectl logs POD -p", false),
            ("kubectl get pods", "kubectl get po", true),
            ("kubectl get pods", "kubectl get pods -n default", true),
            ("kubectl get pods", "kubectl get pods -A", true),
            ("kubectl get pods", "kubectl get pods -n kube-system", false),
            ("kubectl get pods", "kubectl get pods,svc -o wide", true),
            ("kubectl get pods", "kubectl get pod POD", true),
            ("kubectl get pods", "kubectl get svc", false),
            ("kubectl get pods -n kube-system", "kubectl get pods --all-namespaces", true),
            ("kubectl get pods -n kube-system", "kubectl --namespace=kube-system get po", true),
            ("kubectl get pods -o wide", "kubectl get pods -owide", true),
            ("kubectl get pods -o wide", "kubectl get pods --output=wide", true),
            ("kubectl get pods -o wide", "kubectl get pods", false),
            ("kubectl get pods -l app=web,tier=front", "kubectl get pods --selector tier=front,app=web", true),
            ("kubectl get pods -l app=web,tier=front", "kubectl get pods -l app=web", false),
            ("kubectl scale deployment web --replicas=3", "kubectl scale deploy/web --replicas 3", true),
            ("kubectl scale deployment web --replicas=3", "kubectl scale --replicas=3 deployments web", true),
            ("kubectl scale deployment web --replicas=3", "kubectl scale deployment web --replicas=4", false),
            ("kubectl scale deployment web --replicas=*", "kubectl scale deployment web --replicas=9", true),
            ("kubectl set image deployment/web web=nginx:1.27", "kubectl set image deploy web web=nginx:1.27", true),
            ("kubectl set image deployment/web web=*", "kubectl set image deployment/web web=nginx:1.26", true),
            ("kubectl set image deployment/web web=*", "kubectl set image deployment/web app=nginx:1.26", false),
            ("kubectl delete pod @pod(app=web)", "kubectl delete pods POD", true),
            ("kubectl delete pod @pod(app=web)", "kubectl delete pod client", false),
            ("kubectl describe pod @pod(app=web)", "kubectl describe pod web", true),
            ("kubectl describe pod @pod(app=web)", "kubectl describe pods", true),
            ("kubectl describe pod @pod(app=web)", "kubectl describe pods -l app=web", true),
            ("kubectl exec @pod(app=web) ...", "kubectl exec -it POD -- ls -la /", true),
            ("kubectl exec @pod(app=web) -- ls", "kubectl exec POD -- ls -la", false),
            ("kubectl exec @pod(app=web) -- ls ...", "kubectl exec POD -- ls -la", true),
            ("kubectl rollout undo deployment/web", "kubectl rollout undo deploy web", true),
            ("kubectl rollout undo deployment/web", "kubectl rollout status deployment/web", false),
            ("curl *@service/web{.spec.clusterIP}*", "curl --max-time 2 http://@CLUSTERIP@:80/", true),
            ("curl *@service/web{.spec.clusterIP}*", "curl 192.168.49.2:30080", false),
            ("minikube service web ...", "minikube service web --url", true),
        ]
        let clusterIP = Self.world.cluster.store.get(Service.self, namespace: "default", name: "web")?.spec.clusterIP ?? "?"
        for item in cases {
            let command = item.command.replacingOccurrences(of: "@CLUSTERIP@", with: clusterIP)
            XCTAssertEqual(matches(item.pattern, command), item.expected, "\(item.pattern)  vs  \(command)")
        }
    }

    func testMistakePatternsDoNotTreatAllNamespacesAsTheDefaultOne() {
        XCTAssertFalse(matches("kubectl get pods", "kubectl get pods -A", strict: true))
        XCTAssertTrue(matches("kubectl get pods", "kubectl get pods", strict: true))
    }

    func testPatternsThatKubectlRejectsAreReportedWithTheReason() {
        guard case .failure(let error) = CommandPattern.parse("kubectl scale deployment web", namespace: "default",
                                                              location: LessonFileLocation(file: "t", line: 1)) else {
            return XCTFail("a scale without --replicas should not parse")
        }
        XCTAssertTrue(error.message.contains("required flag(s) \"replicas\" not set"), error.message)
        guard case .failure(let typeError) = CommandPattern.parse("kubectl logs @pood(app=x)", namespace: "default",
                                                                  location: LessonFileLocation(file: "t", line: 1)) else {
            return XCTFail("an unknown type in a binding should not parse")
        }
        XCTAssertTrue(typeError.message.contains("\"pood\" is not a resource type"), typeError.message)
    }
}
