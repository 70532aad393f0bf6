import XCTest
@testable import Tutor

/// Command answers are compared by meaning: spellings that kubectl treats alike pass, real differences fail
/// with a message naming exactly what differs.
final class CommandComparisonTests: XCTestCase {
    /// Pairs that mean the same thing to kubectl.
    static let equivalent: [(String, String)] = [
        ("kubectl logs web-1 --previous", "kubectl logs --previous web-1"),
        ("kubectl logs web-1 --previous", "kubectl logs -p web-1"),
        ("kubectl logs web-1 --previous", "k logs pod/web-1 -p"),
        ("kubectl logs web-1 --previous", "kubectl logs pods/web-1 --previous=true"),
        ("kubectl logs web-1 --previous", "logs web-1 -p"),
        ("kubectl logs web-1 -c app", "kubectl logs web-1 app"),
        ("kubectl logs web-1 -c app", "kubectl logs --container=app web-1"),
        ("kubectl logs deployment/go-api -f", "kubectl logs deploy/go-api --follow"),
        ("kubectl get pods -o wide", "kubectl get po -owide"),
        ("kubectl get pods -o wide", "kubectl get pod --output=wide"),
        ("kubectl get pods -o wide", "kubectl get pods --output wide -n default"),
        ("kubectl get pods -o wide", "kubectl get pods -o wide --namespace=default"),
        ("kubectl get pods -n shop", "kubectl get pods --namespace=shop"),
        ("kubectl get pods -n shop", "kubectl --namespace shop get pods"),
        ("kubectl get pods -n shop", "kubectl get pods -nshop"),
        ("kubectl get pods --all-namespaces", "kubectl get pods -A"),
        ("kubectl get pods --all-namespaces", "kubectl get po -A -n kube-system"),
        ("kubectl get deploy,svc", "kubectl get services,deployments"),
        ("kubectl get deployment web", "kubectl get deploy/web"),
        ("kubectl get deployment web", "kubectl get deployments.apps web"),
        ("kubectl get deployment web", "kubectl get Deployment web"),
        ("kubectl get pods a b", "kubectl get pod b a"),
        ("kubectl get pods a b", "kubectl get pod/b pods/a"),
        ("kubectl get nodes", "kubectl get no -n anything"),
        ("kubectl get ns", "kubectl get namespaces"),
        ("kubectl describe pod web", "kubectl describe pods/web"),
        ("kubectl describe pod web", "kubectl describe po web"),
        ("kubectl describe services/kubernetes-bootcamp", "kubectl describe svc kubernetes-bootcamp"),
        ("kubectl delete pod web", "kubectl delete po/web"),
        ("kubectl get pods -l app=web", "kubectl get pods --selector app=web"),
        ("kubectl get pods -l app=web,tier=fe", "kubectl get pods -l tier=fe,app=web"),
        ("kubectl get pods -l app=web,tier=fe", "kubectl get pods -l 'tier = fe, app = web'"),
        ("kubectl get events --sort-by=.lastTimestamp", "kubectl get events --sort-by='.lastTimestamp'"),
        ("kubectl get events --sort-by=.lastTimestamp", "kubectl get ev --sort-by={.lastTimestamp}"),
        ("kubectl scale deployment web --replicas=5", "kubectl scale deploy/web --replicas 5"),
        ("kubectl scale deployment web --replicas=5", "kubectl scale --replicas=5 deployments/web"),
        ("kubectl expose deployment web --type=NodePort --port=8080", "kubectl expose deploy/web --port 8080 --type \"NodePort\""),
        ("kubectl rollout undo deployment/go-api", "kubectl rollout undo deploy go-api"),
        ("kubectl rollout history deployment/go-api", "kubectl rollout history deployments go-api"),
        ("kubectl rollout status deployment web", "kubectl rollout status deploy/web --watch=true"),
        ("kubectl set image deployment/web web=nginx:1.27", "kubectl set image deploy web web=nginx:1.27"),
        ("kubectl create deployment web --image=nginx", "kubectl create deploy web --image nginx"),
        ("kubectl create deployment web --image=nginx", "kubectl create deployment web --image=nginx:latest"),
        ("kubectl create deployment web --image=nginx", "kubectl create deployment web --image=docker.io/library/nginx"),
        ("kubectl create deployment web --image=nginx", "kubectl create deployment web --image=nginx --replicas=1"),
        ("kubectl run my-pod --image=nginx:alpine", "kubectl run my-pod --image nginx:alpine --restart=Always"),
        ("kubectl exec -it web -- sh", "kubectl exec web -i -t -- sh"),
        ("kubectl exec -it web -- sh", "kubectl exec --stdin --tty pod/web -- sh"),
        ("kubectl label pod web run=v1", "kubectl label pods/web run=v1"),
        ("kubectl label pod web run=v1 tier=fe", "kubectl label pod web tier=fe run=v1"),
        ("kubectl config use-context kind-lab", "kubectl config use-context  kind-lab"),
        ("kubectl config set-context --current --namespace=dev", "kubectl config set-context --namespace dev --current"),
        ("kubectl explain deployment.spec", "kubectl explain deploy.spec"),
        ("kubectl explain deployment.spec", "kubectl explain deployments.spec"),
        ("kubectl top pods", "kubectl top pod"),
        ("kubectl autoscale deployment web --cpu-percent=80 --min=2 --max=10", "kubectl autoscale deploy/web --max 10 --min 2 --cpu-percent 80"),
        ("kubectl port-forward service/hello 7080:8080", "kubectl port-forward svc/hello 7080:8080"),
        ("kubectl get pods -o wide", "kubectl get pods -o wide -v=6"),
        ("kubectl logs web-1 --previous", "kubectl logs web-1 --previous | grep error"),
        ("kubectl get pods --field-selector=status.phase=Running,spec.nodeName=n1",
         "kubectl get pods --field-selector spec.nodeName=n1,status.phase=Running"),
        ("kubectl logs web --since=1h", "kubectl logs web --since=60m"),
        ("kubectl get pods -o wide", "$ kubectl get pods -o wide"),
        ("kubectl get pods -o wide", "kubectl get pods -o wide --show-labels"),
        ("kubectl get svc go-api -o go-template='{{.spec.clusterIP}}'", "kubectl get svc go-api -o go-template --template '{{.spec.clusterIP}}'"),
        ("kubectl get svc go-api -o go-template='{{.spec.clusterIP}}'", "kubectl get svc go-api -o template='{{.spec.clusterIP}}'"),
    ]

    /// Pairs that differ, with the text the difference must mention.
    static let different: [(expected: String, found: String, mentions: String)] = [
        ("kubectl logs web-1 --previous", "kubectl logs web-1", "--previous (-p) is missing"),
        ("kubectl logs web-1", "kubectl logs web-1 -p", "--previous (-p) was not asked for"),
        ("kubectl logs web-1 --previous", "kubectl logs web-2 --previous", "it acts on pod web-2; the question is about pod web-1"),
        ("kubectl logs web-1 --previous", "kubectl describe pod web-1", "`kubectl describe` is the wrong command; this needs `kubectl logs`"),
        ("kubectl logs web-1 -c app", "kubectl logs web-1 -c sidecar", "--container is sidecar; it should be app"),
        ("kubectl logs deployment/go-api", "kubectl logs go-api", "it acts on pod go-api; the question is about deployment go-api"),
        ("kubectl get pods -o wide", "kubectl get pods", "--output=wide (-o) is missing"),
        ("kubectl get pods -o wide", "kubectl get pods -o yaml", "--output is yaml; it should be wide"),
        ("kubectl get pods -n shop", "kubectl get pods", "it looks in namespace default; the objects are in namespace shop"),
        ("kubectl get pods --all-namespaces", "kubectl get pods", "--all-namespaces (-A) is missing"),
        ("kubectl get pods", "kubectl get pods -A", "--all-namespaces (-A) was not asked for"),
        ("kubectl get deployment web", "kubectl get rs web", "it acts on replicaset web; the question is about deployment web"),
        ("kubectl get pods -l app=web", "kubectl get pods -l app=api", "--selector is app=api; it should be app=web"),
        ("kubectl scale deployment web --replicas=5", "kubectl scale deployment web --replicas=3", "--replicas is 3; it should be 5"),
        ("kubectl expose deployment web --type=NodePort --port=8080", "kubectl expose deployment web --port=8080", "--type=NodePort is missing"),
        ("kubectl rollout undo deployment/go-api", "kubectl rollout history deployment/go-api", "`kubectl rollout history` is the wrong command"),
        ("kubectl create deployment web --image=nginx", "kubectl create deployment web --image=nginx:1.27", "--image is docker.io/library/nginx:1.27"),
        ("kubectl exec -it web -- sh", "kubectl exec -it web -- bash", "it runs `bash` in the container; expected `sh`"),
        ("kubectl exec -it web -- sh", "kubectl exec web -- sh", "--stdin (-i) is missing"),
        ("kubectl label pod web run=v1", "kubectl label pod web run=v2", "the arguments are `run=v2`; expected `run=v1`"),
        ("kubectl get pods", "kubectl get pods --bogus", "kubectl would refuse it (unknown flag: --bogus)"),
        ("kubectl get pods", "docker ps", "`docker ps` is not a kubectl command"),
        ("kubectl config set-context --current --namespace=dev", "kubectl config set-context --current -n dev",
         "kubectl would refuse it (unknown shorthand flag: 'n' in -n)"),
        ("kubectl get pods", "kubectl get pods --help", "is the wrong command"),
        ("kubectl get nodes -o wide", "kubectl get nodes", "--output=wide (-o) is missing"),
        ("kubectl delete deployment web", "kubectl delete deployment web --grace-period=0 --force", "--force was not asked for"),
        ("kubectl explain deployment.spec", "kubectl explain pod.spec", "the arguments are `pod.spec`; expected `deployment.spec`"),
        ("kubectl config use-context kind-lab", "kubectl config use-context minikube", "the arguments are `minikube`"),
        ("kubectl logs web --since=1h", "kubectl logs web --since=30m", "--since is 30m0s; it should be 1h0m0s"),
        ("kubectl config set-context --current --namespace=dev", "kubectl config set-context --current --namespace=prod",
         "--namespace is prod; it should be dev"),
        ("kubectl get pods --show-labels", "kubectl get pods", "--show-labels is missing"),
        ("kubectl run p --image=nginx --restart=Never", "kubectl run p --image=nginx", "--restart=Never is missing"),
        ("kubectl create deployment web --image=nginx --replicas=3", "kubectl create deployment web --image=nginx",
         "--replicas=3 (-r) is missing"),
    ]

    func testEquivalentPairsMeanTheSame() {
        for (left, right) in Self.equivalent {
            let spec = CommandAnswerSpec(answers: [left], equivalents: [], namespace: "default", notes: [:])
            let verdict = CommandAnswerChecker.check(right, spec: spec)
            XCTAssertTrue(verdict.passed, "\(right) should mean \(left); differences: "
                + verdict.differences.map { $0.message(.english, note: nil) }.joined(separator: "; "))
        }
    }

    func testDifferentPairsNameTheDifference() {
        for (expected, found, mentions) in Self.different {
            let spec = CommandAnswerSpec(answers: [expected], equivalents: [], namespace: "default", notes: [:])
            let verdict = CommandAnswerChecker.check(found, spec: spec)
            XCTAssertFalse(verdict.passed, "\(found) should differ from \(expected)")
            let messages = verdict.differences.map { $0.message(.english, note: nil) }.joined(separator: "\n")
            XCTAssertTrue(messages.contains(mentions), "\(found) vs \(expected): got \(messages)")
        }
    }

    func testNoteExplainsTheMissingFlagInBothLanguages() {
        let note = LocalizedText(en: "without it you see the current container's logs", zh: "少了它只會看到目前容器的 log")
        let spec = CommandAnswerSpec(answers: ["kubectl logs web-1 --previous"], equivalents: [], namespace: "default",
                                     notes: ["previous": note])
        let verdict = CommandAnswerChecker.check("kubectl logs web-1", spec: spec)
        XCTAssertEqual(verdict.differences.map { $0.message(.english, note: spec.notes[$0.noteKey]) },
                       ["--previous (-p) is missing: without it you see the current container's logs"])
        XCTAssertEqual(verdict.differences.map { $0.message(.traditionalChinese, note: spec.notes[$0.noteKey]) },
                       ["少了 --previous (-p)：少了它只會看到目前容器的 log"])
    }

    func testContextNamespaceIsTheDefault() {
        let spec = CommandAnswerSpec(answers: ["kubectl get pods"], equivalents: [], namespace: "shop", notes: [:])
        XCTAssertTrue(CommandAnswerChecker.check("kubectl get pods -n shop", spec: spec).passed)
        XCTAssertFalse(CommandAnswerChecker.check("kubectl get pods -n default", spec: spec).passed)
    }

    func testClosestOfSeveralAcceptedAnswersIsExplained() {
        let spec = CommandAnswerSpec(answers: ["kubectl get pods -o wide", "kubectl describe pod web"], equivalents: [],
                                     namespace: "default", notes: [:])
        XCTAssertTrue(CommandAnswerChecker.check("kubectl describe po/web", spec: spec).passed)
        let verdict = CommandAnswerChecker.check("kubectl describe pod api", spec: spec)
        XCTAssertEqual(verdict.closestAnswer, "kubectl describe pod web")
    }
}
