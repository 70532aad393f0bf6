import KubeCluster
import XCTest
@testable import KubeCtl

/// What the manifest verbs do to the simulated cluster: the tutorial flows the seeds use, deletion waits
/// and cascades, metrics-server from its URL, and determinism.
final class ManifestBehaviourTests: XCTestCase {
    /// Kubernetes Basics: create kubernetes-bootcamp, expose it on a NodePort 8080, pods run behind it.
    func testKubernetesBasicsTutorialFlow() {
        let shell = ManifestTestShell()
        XCTAssertEqual(shell.run("kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1").out,
                       "deployment.apps/kubernetes-bootcamp created\n")
        XCTAssertEqual(shell.run("kubectl expose deployment/kubernetes-bootcamp --type=\"NodePort\" --port 8080").out,
                       "service/kubernetes-bootcamp exposed\n")
        shell.run("sleep 30")
        let service = shell.store.get(Service.self, namespace: "default", name: "kubernetes-bootcamp")
        XCTAssertEqual(service?.spec.type, "NodePort")
        XCTAssertEqual(service?.spec.selector, ["app": "kubernetes-bootcamp"])
        XCTAssertEqual(service?.spec.ports?.first?.port, 8080)
        XCTAssertNotNil(service?.spec.ports?.first?.nodePort)
        let pods = shell.store.list(Pod.self, namespace: "default")
        XCTAssertEqual(pods.count, 1)
        XCTAssertEqual(pods.first?.status.phase, "Running")
        let endpoints = shell.store.get(Endpoints.self, namespace: "default", name: "kubernetes-bootcamp")
        XCTAssertEqual(endpoints?.subsets?.first?.addresses?.count, 1)
        XCTAssertEqual(shell.run("kubectl delete service -l app=kubernetes-bootcamp").out, "service \"kubernetes-bootcamp\" deleted\n")
        XCTAssertEqual(shell.run("kubectl delete deployments/kubernetes-bootcamp").out, "deployment.apps \"kubernetes-bootcamp\" deleted\n")
        let terminating = shell.store.list(Pod.self, namespace: "default")
        XCTAssertTrue(terminating.allSatisfy { $0.metadata.deletionTimestamp != nil }, "the deployment's pods are terminating")
        shell.run("sleep 40")
        XCTAssertTrue(shell.store.list(Pod.self, namespace: "default").isEmpty)
    }

    /// Seed 000: a Deployment written with `cat <<EOF | kubectl apply -f -`, then rolled out.
    func testHeredocPipedIntoApplyCreatesARunningDeployment() {
        let shell = ManifestTestShell(profile: .kind)
        let result = shell.run("""
            cat <<EOF | kubectl apply -f -
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
                    image: nginx:1.27
                    resources:
                      requests:
                        cpu: 50m
            EOF
            """)
        XCTAssertEqual(result.out, "deployment.apps/go-api created\n")
        XCTAssertEqual(result.err, "")
        shell.run("sleep 60")
        let deployment = shell.store.get(Deployment.self, namespace: "default", name: "go-api")
        XCTAssertEqual(deployment?.status.readyReplicas, 3)
        XCTAssertNotNil(deployment?.metadata.annotations?[LastAppliedAnnotation.key])
    }

    /// kind's kubelets serve self-signed certificates: components.yaml as published never becomes ready
    /// (x509 scrape errors) until the json patch adds --kubelet-insecure-tls.
    func testMetricsServerFromItsURLServesTheMetricsAPIOnceKubeletTLSIsSkipped() {
        let shell = ManifestTestShell(profile: .kind)
        XCTAssertFalse(metricsAPIAvailable(in: shell.cluster))
        shell.run("kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml")
        let deployment = shell.store.get(Deployment.self, namespace: "kube-system", name: "metrics-server")
        XCTAssertEqual(deployment?.spec.template.spec.containers.first?.args,
                       ["--cert-dir=/tmp", "--secure-port=10250", "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname",
                        "--kubelet-use-node-status-port", "--metric-resolution=15s"])
        XCTAssertEqual(deployment?.spec.template.spec.containers.first?.image, "registry.k8s.io/metrics-server/metrics-server:v0.7.2")
        XCTAssertNotNil(shell.store.get(ServiceAccount.self, namespace: "kube-system", name: "metrics-server"))
        XCTAssertNotNil(shell.store.get(Service.self, namespace: "kube-system", name: "metrics-server"))
        shell.run("sleep 90")
        XCTAssertFalse(metricsAPIAvailable(in: shell.cluster))
        shell.run(#"kubectl -n kube-system patch deployment metrics-server --type='json' -p='[{"op": "add", "path": "/spec/template/spec/containers/0/args/-", "value": "--kubelet-insecure-tls"}]'"#)
        shell.run("sleep 60")
        XCTAssertTrue(metricsAPIAvailable(in: shell.cluster))
    }

    func testDeleteCascades() {
        let shell = ManifestTestShell()
        shell.run("kubectl create deployment web --image=nginx --replicas=2")
        shell.run("sleep 10")
        shell.run("kubectl delete deployment web")
        XCTAssertTrue(shell.store.list(ReplicaSet.self, namespace: "default").isEmpty)
        XCTAssertTrue(shell.store.list(Pod.self, namespace: "default").allSatisfy { $0.metadata.deletionTimestamp != nil })
        shell.run("sleep 40")

        shell.run("kubectl create deployment api --image=nginx --replicas=2")
        shell.run("sleep 10")
        shell.run("kubectl delete deployment api --cascade=orphan")
        let orphans = shell.store.list(ReplicaSet.self, namespace: "default")
        XCTAssertEqual(orphans.count, 1)
        XCTAssertNil(orphans.first?.metadata.ownerReferences)
        XCTAssertEqual(shell.store.list(Pod.self, namespace: "default").count, 2)
    }

    func testDeleteWaitsForGracefulTerminationUnlessToldNotTo() {
        let shell = ManifestTestShell()
        shell.run("kubectl run slow --image=busybox -- sleep 3600")
        shell.run("sleep 20")
        let before = shell.cluster.now
        shell.run("kubectl delete pod slow --wait=false")
        XCTAssertEqual(shell.cluster.now, before)
        XCTAssertNotNil(shell.store.get(Pod.self, namespace: "default", name: "slow")?.metadata.deletionTimestamp)
        shell.run("kubectl delete pod slow")
        XCTAssertNil(shell.store.get(Pod.self, namespace: "default", name: "slow"))
        XCTAssertGreaterThan(shell.cluster.now, before)
    }

    func testRunWithRmLeavesNothingBehind() {
        let shell = ManifestTestShell()
        let result = shell.run("kubectl run -it --rm check --image=busybox --restart=Never -- echo ready")
        XCTAssertEqual(result.out, "ready\npod \"check\" deleted\n")
        XCTAssertEqual(result.status, 0)
        shell.run("sleep 60")
        XCTAssertNil(shell.store.get(Pod.self, namespace: "default", name: "check"))
    }

    func testApplyAfterScaleRestoresTheManifestReplicasAndKeepsTheClusterIP() {
        let shell = ManifestTestShell(files: InMemorySessionFiles(files: ManifestScenarios.files))
        shell.run("kubectl apply -f web.yaml -f shop.yaml")
        let clusterIP = shell.store.get(Service.self, namespace: "default", name: "shop")?.spec.clusterIP
        shell.run("kubectl patch deploy web -p '{\"spec\":{\"replicas\":4}}'")
        XCTAssertEqual(shell.run("kubectl apply -f web.yaml -f shop.yaml").out,
                       "deployment.apps/web configured\nservice/shop unchanged\nconfigmap/shop-cfg unchanged\n")
        XCTAssertEqual(shell.store.get(Deployment.self, namespace: "default", name: "web")?.spec.replicas, 2)
        XCTAssertEqual(shell.store.get(Service.self, namespace: "default", name: "shop")?.spec.clusterIP, clusterIP)
    }

    func testSameCommandsGiveTheSameTranscript() {
        let lines = ManifestScenarios.all["generators"] ?? []
        let first = ManifestTestShell(files: InMemorySessionFiles(files: ManifestScenarios.files)).transcript(lines)
        let second = ManifestTestShell(files: InMemorySessionFiles(files: ManifestScenarios.files)).transcript(lines)
        XCTAssertEqual(first, second)
    }
}
