import XCTest
@testable import KubeCluster

/// The shape of freshly bootstrapped clusters per profile.
final class BootstrapTests: XCTestCase {
    func testMinikubeShape() throws {
        let cluster = KubeletFixture.cluster(.minikube)
        XCTAssertEqual(cluster.store.list(Namespace.self).map(\.name), ["default", "kube-node-lease", "kube-public", "kube-system"])
        let nodes = cluster.store.list(Node.self)
        XCTAssertEqual(nodes.map(\.name), ["minikube"])
        let node = try XCTUnwrap(nodes.first)
        XCTAssertNil(node.spec.taints)
        XCTAssertEqual(node.status.condition("Ready")?.status, "True")
        XCTAssertEqual(node.status.condition("Ready")?.reason, "KubeletReady")
        XCTAssertEqual(node.status.condition("Ready")?.message, "kubelet is posting ready status")
        XCTAssertEqual(node.status.addresses?.first?.address, "192.168.49.2")
        XCTAssertEqual(node.status.nodeInfo?.osImage, "Ubuntu 22.04.5 LTS")
        XCTAssertEqual(node.metadata.labelMap["minikube.k8s.io/name"], "minikube")
        XCTAssertEqual(node.spec.podCIDR, "10.244.0.0/24")
        let system = cluster.store.list(Pod.self, namespace: "kube-system")
        let names = system.map(\.name)
        for expected in ["etcd-minikube", "kube-apiserver-minikube", "kube-controller-manager-minikube", "kube-scheduler-minikube",
                         "storage-provisioner"] {
            XCTAssertTrue(names.contains(expected), "missing \(expected) in \(names)")
        }
        XCTAssertEqual(names.filter { $0.hasPrefix("kube-proxy-") }.count, 1)
        for pod in system {
            XCTAssertEqual(pod.status.phase, "Running", pod.name)
            XCTAssertEqual(pod.status.condition("Ready")?.status, "True", pod.name)
        }
        let etcd = try XCTUnwrap(system.first { $0.name == "etcd-minikube" })
        XCTAssertEqual(etcd.metadata.controllerReference?.kind, "Node")
        XCTAssertEqual(etcd.status.podIP, "192.168.49.2")
        XCTAssertEqual(cluster.store.get(Service.self, namespace: "default", name: "kubernetes")?.spec.clusterIP, "10.96.0.1")
        let dns = try XCTUnwrap(cluster.store.get(Service.self, namespace: "kube-system", name: "kube-dns"))
        XCTAssertEqual(dns.spec.clusterIP, "10.96.0.10")
        XCTAssertEqual(dns.spec.ports?.map { "\($0.port)/\($0.protocol ?? "")" }, ["53/UDP", "53/TCP", "9153/TCP"])
        XCTAssertNotNil(cluster.store.get(Deployment.self, namespace: "kube-system", name: "coredns"))
    }

    func testKindShapeWithWorkers() throws {
        let cluster = Cluster.make(profile: .kind, seed: 3, start: KubeletFixture.start, clusterName: "dev", workers: 2, age: 900)
        let nodes = cluster.store.list(Node.self)
        XCTAssertEqual(nodes.map(\.name), ["dev-control-plane", "dev-worker", "dev-worker2"])
        XCTAssertEqual(nodes[0].spec.taints, [Taint(key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule")])
        XCTAssertNil(nodes[1].spec.taints)
        XCTAssertEqual(nodes.map { $0.status.addresses?.first?.address }, ["172.18.0.2", "172.18.0.3", "172.18.0.4"])
        XCTAssertEqual(nodes.map(\.spec.podCIDR), ["10.244.0.0/24", "10.244.1.0/24", "10.244.2.0/24"])
        XCTAssertEqual(nodes[0].status.nodeInfo?.osImage, "Debian GNU/Linux 12 (bookworm)")
        let system = cluster.store.list(Pod.self, namespace: "kube-system").map(\.name)
        XCTAssertEqual(system.filter { $0.hasPrefix("kindnet-") }.count, 3)
        XCTAssertEqual(system.filter { $0.hasPrefix("kube-proxy-") }.count, 3)
        XCTAssertTrue(system.contains("etcd-dev-control-plane"))
        XCTAssertFalse(system.contains("storage-provisioner"))
        for pod in cluster.store.list(Pod.self, namespace: "kube-system") where pod.name.hasPrefix("kube-proxy-") {
            XCTAssertEqual(pod.status.phase, "Running")
        }
    }

    func testSingleNodeKindHasNoTaint() {
        let cluster = KubeletFixture.cluster(.kind)
        XCTAssertEqual(cluster.store.list(Node.self).map(\.name), ["kind-control-plane"])
        XCTAssertNil(cluster.store.list(Node.self).first?.spec.taints)
    }

    func testMultiNodeShapeAndAge() throws {
        let cluster = Cluster.make(profile: .multiNode, seed: 11, start: KubeletFixture.start)
        let nodes = cluster.store.list(Node.self)
        XCTAssertEqual(nodes.map(\.name), ["master-1", "worker-1", "worker-2"])
        XCTAssertEqual(nodes.map { $0.status.addresses?.first?.address }, ["10.0.0.10", "10.0.0.11", "10.0.0.12"])
        XCTAssertNotNil(nodes[0].spec.taints)
        XCTAssertLessThan(nodes[0].metadata.creationTimestamp.instant, KubeletFixture.start - 86_400)
        XCTAssertEqual(cluster.now, KubeletFixture.start)
    }

    func testSameSeedGivesSameCluster() throws {
        let first = KubeletFixture.cluster(.kind, workers: 1, seed: 5)
        let second = KubeletFixture.cluster(.kind, workers: 1, seed: 5)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        XCTAssertEqual(try encoder.encode(first.store.list(Pod.self)), try encoder.encode(second.store.list(Pod.self)))
        XCTAssertEqual(try encoder.encode(first.store.list(Node.self)), try encoder.encode(second.store.list(Node.self)))
    }
}
