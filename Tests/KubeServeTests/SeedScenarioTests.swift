import KubeCluster
import KubeCtl
import XCTest

/// The learners' walkthroughs (seeds 002–004) through the upstream kubectl against `kubetutor serve`, step by step
/// against the REPL on a twin cluster.
final class SeedScenarioTests: XCTestCase {
    /// The kubernetes-bootcamp tutorial (seed 002): deploy, expose as NodePort, label, scale, update, roll back.
    func testKubernetesBootcamp() throws {
        try runTwinScenario([
            .change("kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1"),
            .change("kubectl rollout status deployments/kubernetes-bootcamp"),
            .read("kubectl get deployments"),
            .read("kubectl get pods -o wide"),
            .read("kubectl describe pods", normalizeAges: true),
            .change("kubectl expose deployment/kubernetes-bootcamp --type=\"NodePort\" --port 8080"),
            .state("kubectl get svc kubernetes-bootcamp -o yaml"),
            .read("kubectl get services"),
            .read("kubectl describe services/kubernetes-bootcamp", normalizeAges: true),
            .read("kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}'"),
            .read("kubectl get pods -l app=kubernetes-bootcamp"),
            .read("kubectl get services -l app=kubernetes-bootcamp"),
            .change("kubectl label pods -l app=kubernetes-bootcamp version=v1"),
            .read("kubectl get pods -l version=v1"),
            .read("kubectl exec deploy/kubernetes-bootcamp -- curl -s localhost:8080"),
            .change("kubectl scale deployments/kubernetes-bootcamp --replicas=4"),
            .change("kubectl rollout status deployments/kubernetes-bootcamp"),
            .read("kubectl get pods -o wide"),
            .read("kubectl get rs"),
            .change("kubectl scale deployments/kubernetes-bootcamp --replicas=2"),
            .change("kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=docker.io/jocatalin/kubernetes-bootcamp:v2"),
            .change("kubectl rollout status deployments/kubernetes-bootcamp"),
            .state("kubectl get deploy,rs -o yaml"),
            .change("kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10"),
            .setup("sleep 30"),
            .read("kubectl get pods"),
            .read("kubectl describe pods", normalizeAges: true),
            .change("kubectl rollout undo deployments/kubernetes-bootcamp"),
            .change("kubectl rollout status deployments/kubernetes-bootcamp"),
            .read("kubectl rollout history deployments/kubernetes-bootcamp"),
            .read("kubectl get events --sort-by=.lastTimestamp"),
            .change("kubectl delete service -l app=kubernetes-bootcamp"),
            .change("kubectl delete deployments/kubernetes-bootcamp services/kubernetes-bootcamp"),
            .read("kubectl get all"),
        ])
    }

    /// hello-minikube and namespaces (seed 003): echo-server, NodePort and LoadBalancer services, a namespace.
    func testHelloMinikubeAndNamespaces() throws {
        try runTwinScenario([
            .change("kubectl create deployment hello-minikube --image=kicbase/echo-server:1.0"),
            .change("kubectl expose deployment hello-minikube --type=NodePort --port=8080"),
            .change("kubectl create deployment hello-minikube1 --image=kicbase/echo-server:1.0"),
            .change("kubectl expose deployment hello-minikube1 --type=LoadBalancer --port=8080"),
            .change("kubectl rollout status deployment/hello-minikube1"),
            .read("kubectl get services"),
            .read("kubectl get pod,svc -n kube-system"),
            .change("kubectl create ns team-a"),
            .change("kubectl run my-pod --image=nginx:alpine -n team-a"),
            .change("kubectl run sleeper --image=busybox -n team-a -- /bin/sh -c \"sleep 3600\""),
            .read("kubectl get pods -n team-a -o wide"),
            .read("kubectl get namespace"),
            .change("kubectl delete ns team-a"),
            .read("kubectl get ns"),
            .change("kubectl delete deployment hello-minikube"),
            .change("kubectl delete service hello-minikube"),
            .read("kubectl get pods --all-namespaces"),
            .read("kubectl api-resources"),
        ])
    }

    /// The go-api walkthrough (seed 004) on the multi-node profile: create -f, logs, history, undo, top, scale.
    func testGoAPIOnMultiNode() throws {
        let manifest = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: go-api
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: go-api
              template:
                metadata:
                  labels:
                    app: go-api
                spec:
                  containers:
                  - name: go-api
                    image: nginx:1.25
                    ports:
                    - containerPort: 80
            """
        try runTwinScenario([
            .change("kubectl create -f deploy.yaml"),
            .change("kubectl create -f deploy.yaml"),
            .change("kubectl rollout status deployment/go-api"),
            .read("kubectl get pods -o wide"),
            .read("kubectl get nodes -o wide"),
            .read("kubectl describe node worker-1", normalizeAges: true),
            .read("kubectl logs deployment/go-api"),
            .change("kubectl set image deployment/go-api go-api=nginx:1.26"),
            .change("kubectl rollout status deployment/go-api"),
            .read("kubectl rollout history deployment/go-api"),
            .change("kubectl rollout undo deployment/go-api"),
            .change("kubectl rollout status deployment/go-api"),
            .state("kubectl get deploy,rs,pods -o yaml"),
            .change("kubectl delete -f deploy.yaml"),
            .read("kubectl get pods"),
        ], profile: .multiNode, files: ["deploy.yaml": manifest])
    }
}
