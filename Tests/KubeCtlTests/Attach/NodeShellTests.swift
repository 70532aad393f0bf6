import KubeCluster
@testable import KubeCtl
import XCTest

/// `minikube ssh`: a shell on the minikube node with its prompt, network view and container tools.
final class NodeShellTests: XCTestCase {
    func testNodeShellTranscript() {
        let harness = KubectlHarness()
        harness.run("kubectl create deployment web --image=nginx")
        harness.run("kubectl expose deployment web --port=80 --type=NodePort")
        harness.run("sleep 30")
        let service = harness.cluster.store.get(Service.self, namespace: "default", name: "web")
        let clusterIP = service?.spec.clusterIP ?? "?"
        let nodePort = service?.spec.ports?.first?.nodePort.map(String.init) ?? "?"
        let text = harness.transcript([
            "minikube ssh", "hostname", "whoami", "pwd", "ls /etc/kubernetes/manifests/ | head -2", "cat /etc/os-release | head -1",
            "curl -s \(clusterIP) | grep title", "curl -s localhost:\(nodePort) | grep title", "curl -s web",
            "docker ps | head -1", "sudo crictl ps | head -1", "crictl ps 2>&1 | head -c 4", "kubectl get pods", "exit",
        ])
        XCTAssertEqual(text, """
            $ minikube ssh
            docker@minikube:~$ hostname
            minikube
            docker@minikube:~$ whoami
            docker
            docker@minikube:~$ pwd
            /home/docker
            docker@minikube:~$ ls /etc/kubernetes/manifests/ | head -2
            etcd.yaml
            kube-apiserver.yaml
            docker@minikube:~$ cat /etc/os-release | head -1
            PRETTY_NAME="Ubuntu 22.04.5 LTS"
            docker@minikube:~$ curl -s \(clusterIP) | grep title
            <title>Welcome to nginx!</title>
            docker@minikube:~$ curl -s localhost:\(nodePort) | grep title
            <title>Welcome to nginx!</title>
            docker@minikube:~$ curl -s web
            docker@minikube:~$ docker ps | head -1
            CONTAINER ID   IMAGE                        COMMAND                  CREATED          STATUS          PORTS     NAMES
            docker@minikube:~$ sudo crictl ps | head -1
            CONTAINER           IMAGE               CREATED             STATE               NAME                      ATTEMPT             POD ID              POD
            docker@minikube:~$ crictl ps 2>&1 | head -c 4
            WARNdocker@minikube:~$ kubectl get pods
            -bash: kubectl: command not found
            docker@minikube:~$ exit
            logout

            """)
    }

    func testOneCommandAndOtherProfiles() {
        let harness = KubectlHarness()
        XCTAssertEqual(harness.run("minikube ssh -- hostname").out, "minikube\n")
        XCTAssertEqual(harness.run("minikube ssh 'cat /etc/hostname'").out, "minikube\n")
        XCTAssertFalse(harness.shell.isAttached)
        let kind = KubectlHarness(profile: .kind)
        XCTAssertEqual(kind.run("minikube ssh").status, 85)
        XCTAssertFalse(kind.shell.isAttached)
    }

    func testKindNodeShellThroughDockerExec() {
        let harness = KubectlHarness(profile: .kind)
        let text = harness.transcript([
            "docker exec -it kind-control-plane bash", "hostname", "pwd", "crictl ps | head -1", "docker ps", "exit",
            "docker exec kind-control-plane hostname", "docker exec -it nope bash",
        ])
        XCTAssertEqual(text, """
            $ docker exec -it kind-control-plane bash
            root@kind-control-plane:/# hostname
            kind-control-plane
            root@kind-control-plane:/# pwd
            /
            root@kind-control-plane:/# crictl ps | head -1
            CONTAINER           IMAGE               CREATED             STATE               NAME                      ATTEMPT             POD ID              POD
            root@kind-control-plane:/# docker ps
            bash: docker: command not found
            root@kind-control-plane:/# exit
            exit
            $ docker exec kind-control-plane hostname
            kind-control-plane
            $ docker exec -it nope bash
            Error response from daemon: No such container: nope

            """)
    }

    func testStaticPodManifestIsTheMirrorPodsSpec() {
        let harness = KubectlHarness()
        let manifest = harness.run("minikube ssh -- cat /etc/kubernetes/manifests/kube-scheduler.yaml").out
        XCTAssertTrue(manifest.hasPrefix("apiVersion: v1\nkind: Pod\nmetadata:\n"), manifest)
        XCTAssertTrue(manifest.contains("  name: kube-scheduler\n  namespace: kube-system\n"), manifest)
        XCTAssertTrue(manifest.hasSuffix("status: {}\n"), manifest)
    }
}
