import KubeCluster
import KubeCtl
import XCTest

/// Changing commands: the upstream kubectl against `kubetutor serve` on one cluster and the REPL on a twin (same
/// profile and seed) print the same success and error lines; reads in between compare both doors on the served
/// cluster, so every change made through the API shows in the REPL.
final class ChangingFidelityTests: XCTestCase {
    func testDeploymentLifecycle() throws {
        try runTwinScenario([
            .change("kubectl create deployment web --image=nginx:1.25 --replicas=2"),
            .change("kubectl create deployment web --image=nginx:1.25"),
            .state("kubectl get deploy web -o yaml"),
            .change("kubectl rollout status deployment/web"),
            .read("kubectl get pods -o wide"),
            .read("kubectl get all"),
            .read("kubectl get deploy web -o yaml"),
            .state("kubectl get rs -o yaml"),
            .read("kubectl describe deployment web", normalizeAges: true),
            .change("kubectl expose deployment web --port=80 --target-port=80"),
            .state("kubectl get svc web -o yaml"),
            .read("kubectl get svc web -o wide"),
            .read("kubectl describe service web", normalizeAges: true),
            .change("kubectl scale deployment web --replicas=3"),
            .change("kubectl set image deployment/web nginx=nginx:1.26"),
            .state("kubectl get deploy web -o yaml"),
            .change("kubectl rollout status deployment/web"),
            .read("kubectl rollout history deployment/web"),
            .read("kubectl rollout history deployment/web --revision=2"),
            .change("kubectl rollout undo deployment/web"),
            .state("kubectl get deploy web -o yaml"),
            .change("kubectl rollout status deployment/web"),
            .change("kubectl label deployment web tier=frontend"),
            .change("kubectl label deployment web tier=backend"),
            .change("kubectl annotate deployment web owner=team-a"),
            .state("kubectl get deploy web -o yaml"),
            .read("kubectl get deploy --show-labels"),
            .read("kubectl get rs"),
            .read("kubectl get events"),
            .read("kubectl get events --field-selector type=Normal -o wide"),
            .change("kubectl delete service web"),
            .change("kubectl delete deployment web"),
            .change("kubectl delete deployment web"),
            .read("kubectl get all"),
        ])
    }

    func testPodLogsAndErrors() throws {
        try runTwinScenario([
            .change("kubectl run box --image=busybox:1.36 --restart=Never -- sh -c 'echo hello; echo world'"),
            .change("kubectl run web --image=nginx:1.25"),
            .state("kubectl get pod web -o yaml"),
            .change("kubectl wait --for=condition=Ready pod/web"),
            .read("kubectl get pods"),
            .read("kubectl logs web"),
            .read("kubectl logs web --tail=2"),
            .read("kubectl logs nope"),
            .read("kubectl describe pod web", normalizeAges: true),
            .change("kubectl delete pod web"),
            .change("kubectl run bad --image=nginx:doesnotexist"),
            .read("kubectl get pod bad -o jsonpath={.status.phase}"),
            .change("kubectl create namespace dev"),
            .change("kubectl create namespace dev"),
            .change("kubectl create configmap settings --from-literal=mode=fast -n dev"),
            .change("kubectl create secret generic token --from-literal=key=s3cret -n dev"),
            .state("kubectl get cm,secret,ns -A -o yaml"),
            .read("kubectl get cm,secret -n dev"),
            .read("kubectl get secret token -n dev -o yaml"),
        ])
    }

    func testApplyManifest() throws {
        let manifest = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              labels:
                app: api
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: api
              template:
                metadata:
                  labels:
                    app: api
                spec:
                  containers:
                  - name: api
                    image: nginx:1.25
                    ports:
                    - containerPort: 80
                    resources:
                      requests:
                        cpu: 100m
                        memory: 64Mi
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: api
            spec:
              selector:
                app: api
              ports:
              - port: 80
                targetPort: 80
            """
        let invalid = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: broken
            spec:
              replicas: -1
              selector:
                matchLabels:
                  app: broken
              template:
                metadata:
                  labels:
                    app: other
                spec:
                  containers:
                  - name: c
                    image: nginx
            """
        let extraField = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: extra
            data:
              a: b
            spec:
              foo: 1
            """
        try runTwinScenario([
            .change("kubectl apply -f app.yaml"),
            .state("kubectl get deploy,svc -o yaml"),
            .change("kubectl apply -f app.yaml"),
            .change("kubectl rollout status deployment/api"),
            .read("kubectl get deploy,svc -o wide"),
            .read("kubectl get deploy api -o yaml"),
            .change("kubectl apply -f broken.yaml"),
            .change("kubectl patch deployment api -p '{\"spec\":{\"replicas\":3}}'"),
            .change("kubectl patch deployment api --type=merge -p '{\"metadata\":{\"labels\":{\"team\":\"x\"}}}'"),
            .change("kubectl patch deployment api --type=json -p '[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":1}]'"),
            .state("kubectl get deploy api -o yaml"),
            .read("kubectl get deploy api --show-labels"),
            .change("kubectl delete -f app.yaml"),
            .change("kubectl apply --server-side -f app.yaml"),
            .change("kubectl apply --server-side -f app.yaml"),
            .state("kubectl get deploy,svc -o yaml"),
            .change("kubectl apply -f extra.yaml"),
            .change("kubectl apply -f extra.yaml --validate=nope"),
            .change("kubectl create -f extra.yaml --validate=warn"),
            .change("kubectl apply -f extra.yaml --validate=false"),
            .state("kubectl get cm extra -o yaml"),
            .change("kubectl replace -f extra.yaml --validate=strict"),
        ], files: ["app.yaml": manifest, "broken.yaml": invalid, "extra.yaml": extraField])
    }

    func testExecTopAutoscaleAndStreams() throws {
        try runTwinScenario([
            .change("kubectl create deployment web --image=nginx:1.25 --replicas=2"),
            .change("kubectl rollout status deployment/web"),
            .setup("minikube addons enable metrics-server"),
            .setup("sleep 90"),
            .read("kubectl top pods"),
            .read("kubectl top pods -A"),
            .read("kubectl top nodes"),
            .read("kubectl exec deploy/web -- ls /"),
            .read("kubectl exec deploy/web -- sh -c 'echo out; echo err >&2; exit 3'"),
            .read("kubectl exec deploy/web -- nosuch"),
            .change("kubectl autoscale deployment web --min=1 --max=4 --cpu-percent=50"),
            .state("kubectl get hpa -o yaml"),
            .read("kubectl get hpa"),
            .change("kubectl cordon minikube"),
            .read("kubectl get nodes"),
            .change("kubectl uncordon minikube"),
            .change("kubectl set env deployment/web MODE=fast"),
            .state("kubectl get deploy web -o yaml"),
            .change("kubectl rollout status deployment/web"),
            .change("kubectl logs -f deploy/web --tail=2"),
            .read("kubectl exec deploy/web -- curl -s localhost"),
            .change("kubectl get pods -w"),
            .change("kubectl delete deployment web --cascade=orphan"),
            .read("kubectl get rs"),
        ])
    }

    /// Same cluster, two doors: what the REPL changes, the upstream kubectl sees at once, and the other way round.
    func testChangesShowThroughBothDoors() throws {
        try ServeHarness.requireKubectl()
        let harness = try ServeHarness()
        XCTAssertEqual(harness.repl("kubectl create deployment from-repl --image=nginx:1.25").status, 0)
        XCTAssertEqual(harness.kubectl("kubectl get deploy from-repl -o name").out, "deployment.apps/from-repl\n")
        XCTAssertEqual(harness.kubectl("kubectl create configmap from-kubectl --from-literal=a=b").out, "configmap/from-kubectl created\n")
        XCTAssertEqual(harness.repl("kubectl get cm from-kubectl -o jsonpath={.data.a}").out, "b")
        XCTAssertEqual(harness.kubectl("kubectl delete deploy from-repl").out, "deployment.apps \"from-repl\" deleted\n")
        XCTAssertEqual(harness.repl("kubectl get deploy from-repl").err, "Error from server (NotFound): deployments.apps \"from-repl\" not found\n")
    }
}
