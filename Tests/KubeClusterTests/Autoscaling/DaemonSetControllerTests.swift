import XCTest
@testable import KubeCluster

/// The daemonset controller with a fake kubelet: one pod per eligible node as nodes come and go.
final class DaemonSetControllerTests: XCTestCase {
    func makeRig() throws -> Cluster {
        let cluster = try makeTestCluster()
        cluster.register(DaemonSetController())
        cluster.register(AutoscalingFakeKubelet())
        try addNode("kind-control-plane", in: cluster, taints: [Taint(key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule")],
                    labels: ["node-role.kubernetes.io/control-plane": ""])
        try addNode("kind-worker", in: cluster, labels: ["disk": "ssd"])
        try addNode("kind-worker2", in: cluster)
        return cluster
    }

    func addNode(_ name: String, in cluster: Cluster, taints: [Taint]? = nil, labels: [String: String] = [:]) throws {
        var node = Node()
        node.metadata = ObjectMeta(name: name, labels: labels.merging(["kubernetes.io/hostname": name]) { a, _ in a })
        node.spec.taints = taints
        try cluster.api.create(node)
    }

    func makeDaemonSet(_ name: String = "agent", tolerations: [Toleration]? = nil, nodeSelector: [String: String]? = nil,
                       hostNetwork: Bool? = nil) -> DaemonSet {
        var daemonSet = DaemonSet()
        daemonSet.metadata = ObjectMeta(name: name, namespace: "default")
        daemonSet.spec.selector = LabelSelectorSpec(matchLabels: ["app": name])
        daemonSet.spec.template.metadata.labels = ["app": name]
        daemonSet.spec.template.spec.containers = [container(name, image: "fluentd:v1")]
        daemonSet.spec.template.spec.tolerations = tolerations
        daemonSet.spec.template.spec.nodeSelector = nodeSelector
        daemonSet.spec.template.spec.hostNetwork = hostNetwork
        return daemonSet
    }

    func podsByNode(_ cluster: Cluster) -> [String: String] {
        var result: [String: String] = [:]
        for pod in cluster.store.list(Pod.self, namespace: "default") where pod.metadata.deletionTimestamp == nil {
            result[pod.spec.nodeName ?? "?"] = pod.name
        }
        return result
    }

    func status(_ cluster: Cluster, _ name: String = "agent") -> DaemonSetStatus? {
        cluster.store.get(DaemonSet.self, namespace: "default", name: name)?.status
    }

    func testOnePodPerUntaintedNode() throws {
        let cluster = try makeRig()
        let created = try cluster.api.create(makeDaemonSet())
        cluster.settle()
        let placement = podsByNode(cluster)
        XCTAssertEqual(placement.keys.sorted(), ["kind-worker", "kind-worker2"])
        let pod = try XCTUnwrap(cluster.store.get(Pod.self, namespace: "default", name: placement["kind-worker"] ?? ""))
        XCTAssertTrue(pod.name.hasPrefix("agent-"))
        XCTAssertEqual(pod.name.count, "agent-".count + 5)
        XCTAssertEqual(pod.metadata.controllerReference?.kind, "DaemonSet")
        XCTAssertEqual(pod.metadata.labelMap["pod-template-generation"], "1")
        XCTAssertEqual(pod.metadata.labelMap["controller-revision-hash"], DaemonSetController.templateHash(created))
        XCTAssertEqual(pod.spec.tolerations?.map { "\($0.key ?? ""):\($0.effect ?? "") \($0.operator ?? "")" }, [
            "node.kubernetes.io/not-ready:NoExecute Exists", "node.kubernetes.io/unreachable:NoExecute Exists",
            "node.kubernetes.io/disk-pressure:NoSchedule Exists", "node.kubernetes.io/memory-pressure:NoSchedule Exists",
            "node.kubernetes.io/pid-pressure:NoSchedule Exists", "node.kubernetes.io/unschedulable:NoSchedule Exists",
        ])
        XCTAssertEqual(pod.spec.affinity, ["nodeAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [
            "nodeSelectorTerms": [["matchFields": [["key": "metadata.name", "operator": "In", "values": ["kind-worker"]]]]]]]])
        let current = try XCTUnwrap(status(cluster))
        XCTAssertEqual(current.desiredNumberScheduled, 2)
        XCTAssertEqual(current.currentNumberScheduled, 2)
        XCTAssertEqual(current.numberReady, 2)
        XCTAssertEqual(current.numberAvailable, 2)
        XCTAssertEqual(current.updatedNumberScheduled, 2)
        XCTAssertNil(current.numberUnavailable)
        XCTAssertEqual(current.numberMisscheduled, 0)
        XCTAssertEqual(current.observedGeneration, 1)
        XCTAssertEqual(eventLines(about: "agent", in: cluster).sorted(),
                       placement.values.sorted().map { "Normal SuccessfulCreate Created pod: \($0)" })
        XCTAssertEqual(cluster.store.list(Event.self).first?.source?.component, "daemonset-controller")
    }

    func testTolerationNodeSelectorAndHostNetwork() throws {
        let cluster = try makeRig()
        try cluster.api.create(makeDaemonSet("proxy", tolerations: [Toleration(key: nil, operator: "Exists", effect: nil)], hostNetwork: true))
        try cluster.api.create(makeDaemonSet("ssd", nodeSelector: ["disk": "ssd"]))
        cluster.settle()
        let proxies = cluster.store.list(Pod.self, namespace: "default").filter { $0.name.hasPrefix("proxy-") }
        XCTAssertEqual(proxies.compactMap(\.spec.nodeName).sorted(), ["kind-control-plane", "kind-worker", "kind-worker2"])
        XCTAssertEqual(proxies.first?.spec.tolerations?.count, 8, "the user's Exists toleration, six defaults and network-unavailable")
        let ssd = cluster.store.list(Pod.self, namespace: "default").filter { $0.name.hasPrefix("ssd-") }
        XCTAssertEqual(ssd.compactMap(\.spec.nodeName), ["kind-worker"])
        XCTAssertEqual(status(cluster, "ssd")?.desiredNumberScheduled, 1)
    }

    func testNodeAddAndRemove() throws {
        let cluster = try makeRig()
        try cluster.api.create(makeDaemonSet())
        cluster.settle()
        try addNode("kind-worker3", in: cluster)
        cluster.settle()
        XCTAssertEqual(podsByNode(cluster).keys.sorted(), ["kind-worker", "kind-worker2", "kind-worker3"])
        XCTAssertEqual(status(cluster)?.desiredNumberScheduled, 3)
        try cluster.api.delete(Node.self, ObjectKey(namespace: "", name: "kind-worker2"))
        cluster.advance(by: 2)
        XCTAssertEqual(podsByNode(cluster).keys.sorted(), ["kind-worker", "kind-worker3"])
        XCTAssertEqual(status(cluster)?.desiredNumberScheduled, 2)
        XCTAssertEqual(status(cluster)?.currentNumberScheduled, 2)
    }

    func testTaintsEvictOrKeepPods() throws {
        let cluster = try makeRig()
        try cluster.api.create(makeDaemonSet())
        cluster.settle()
        var node = try XCTUnwrap(cluster.store.get(Node.self, namespace: "", name: "kind-worker"))
        node.spec.taints = [Taint(key: "dedicated", value: "db", effect: "NoSchedule")]
        try cluster.api.update(node)
        cluster.advance(by: 2)
        XCTAssertEqual(podsByNode(cluster).keys.sorted(), ["kind-worker", "kind-worker2"], "NoSchedule keeps the running pod")
        XCTAssertEqual(status(cluster)?.numberMisscheduled, 1)
        XCTAssertEqual(status(cluster)?.desiredNumberScheduled, 1)
        node = try XCTUnwrap(cluster.store.get(Node.self, namespace: "", name: "kind-worker"))
        node.spec.taints = [Taint(key: "dedicated", value: "db", effect: "NoExecute")]
        try cluster.api.update(node)
        cluster.advance(by: 2)
        XCTAssertEqual(podsByNode(cluster).keys.sorted(), ["kind-worker2"], "NoExecute removes it")
        XCTAssertTrue(eventLines(about: "agent", in: cluster).contains { $0.hasPrefix("Normal SuccessfulDelete Deleted pod: agent-") })
    }

    /// A template change rolls pods one node at a time (maxUnavailable 1).
    func testRollingUpdateReplacesOnePodAtATime() throws {
        let cluster = try makeRig()
        try cluster.api.create(makeDaemonSet())
        cluster.settle()
        let before = Set(podsByNode(cluster).values)
        var daemonSet = try XCTUnwrap(cluster.store.get(DaemonSet.self, namespace: "default", name: "agent"))
        daemonSet.spec.template.spec.containers[0].image = "fluentd:v2"
        let updated = try cluster.api.update(daemonSet)
        XCTAssertEqual(updated.metadata.annotationMap["deprecated.daemonset.template.generation"], "2")
        XCTAssertEqual(updated.metadata.generation, 2)
        cluster.settle()
        let terminating = cluster.store.list(Pod.self, namespace: "default").filter { $0.metadata.deletionTimestamp != nil }
        XCTAssertEqual(terminating.count, 1, "only one old pod goes at a time")
        cluster.advance(by: 5)
        let after = cluster.store.list(Pod.self, namespace: "default")
        XCTAssertEqual(after.count, 2)
        XCTAssertTrue(Set(after.map(\.name)).isDisjoint(with: before))
        XCTAssertEqual(Set(after.compactMap { $0.metadata.labelMap["pod-template-generation"] }), ["2"])
        XCTAssertEqual(status(cluster)?.updatedNumberScheduled, 2)
    }

    func testDefaultsAndValidation() throws {
        let cluster = try makeTestCluster()
        let created = try cluster.api.create(makeDaemonSet())
        XCTAssertEqual(created.spec.updateStrategy, ["type": "RollingUpdate", "rollingUpdate": ["maxUnavailable": 1, "maxSurge": 0]])
        XCTAssertEqual(created.spec.revisionHistoryLimit, 10)
        XCTAssertEqual(created.metadata.annotations, ["deprecated.daemonset.template.generation": "1"])
        var bad = makeDaemonSet("bad")
        bad.spec.template.metadata.labels = ["app": "other"]
        bad.spec.template.spec.restartPolicy = "Never"
        XCTAssertThrowsError(try cluster.api.create(bad)) { error in
            XCTAssertEqual((error as? APIError)?.message, "DaemonSet.apps \"bad\" is invalid: ["
                + "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"other\"}: `selector` does not match template `labels`, "
                + "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"]")
        }
    }
}
