import KubeCluster
import XCTest
@testable import KubeCtl

/// `kubectl get` over several types or names: objects are named with their kind (`pod/etcd-minikube`) only
/// when the answers that came back are of more than one kind (a list the server refused, or names not
/// found, do not count); errors come after the output, as kubectl returns them once it has printed; and
/// `--ignore-not-found` drops NotFound errors. The same outputs are checked against the real kubectl 1.32
/// in KubeServeTests.ReadingFidelityTests.
final class GetKindColumnTests: XCTestCase {
    func testKindsFollowTheAnswersThatCameBack() {
        let harness = KubectlHarness()
        XCTAssertEqual(harness.transcript([
            "kubectl get pods,svc -n kube-system --field-selector status.phase=Running",
            "kubectl get pod/etcd-minikube svc/nope -n kube-system",
            "kubectl get pod/etcd-minikube svc/kube-dns -n kube-system",
            "kubectl get pods,deploy -n default",
        ]), """
            $ kubectl get pods,svc -n kube-system --field-selector status.phase=Running
            NAME                               READY   STATUS    RESTARTS   AGE
            coredns-7b88d856f9-rtcxm           1/1     Running   0          4h2m
            etcd-minikube                      1/1     Running   0          4h2m
            kube-apiserver-minikube            1/1     Running   0          4h2m
            kube-controller-manager-minikube   1/1     Running   0          4h2m
            kube-proxy-dqmnf                   1/1     Running   0          4h2m
            kube-scheduler-minikube            1/1     Running   0          4h2m
            storage-provisioner                1/1     Running   0          4h2m
            Error from server (BadRequest): Unable to find "/v1, Resource=services" that match label selector "", field selector "status.phase=Running": field label not supported: status.phase
            $ kubectl get pod/etcd-minikube svc/nope -n kube-system
            NAME            READY   STATUS    RESTARTS   AGE
            etcd-minikube   1/1     Running   0          4h2m
            Error from server (NotFound): services "nope" not found
            $ kubectl get pod/etcd-minikube svc/kube-dns -n kube-system
            NAME                READY   STATUS    RESTARTS   AGE
            pod/etcd-minikube   1/1     Running   0          4h2m

            NAME               TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE
            service/kube-dns   ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   4h2m
            $ kubectl get pods,deploy -n default
            No resources found in default namespace.

            """)
    }

    func testIgnoreNotFoundAndExitStatus() {
        let harness = KubectlHarness()
        XCTAssertEqual(harness.transcript([
            "kubectl get pod nope --ignore-not-found",
            "echo $?",
            "kubectl get pod nope etcd-minikube -n kube-system --ignore-not-found",
            "kubectl get pod nope etcd-minikube -n kube-system -o name",
            "echo $?",
        ]), """
            $ kubectl get pod nope --ignore-not-found
            $ echo $?
            0
            $ kubectl get pod nope etcd-minikube -n kube-system --ignore-not-found
            NAME            READY   STATUS    RESTARTS   AGE
            etcd-minikube   1/1     Running   0          4h2m
            $ kubectl get pod nope etcd-minikube -n kube-system -o name
            pod/etcd-minikube
            Error from server (NotFound): pods "nope" not found
            $ echo $?
            1

            """)
    }
}
