import Foundation
import XCTest
@testable import KubeCluster

/// A stand-in kubelet + scheduler for workload tests: binds new pods to a node at once, makes them
/// Running and Ready `startDelay` seconds later (never, for images containing "broken"), and removes
/// terminating pods `terminationDelay` seconds after deletion starts. Everything runs on `cluster.clock`.
final class FakeKubelet: Controller {
    let name = "fake-kubelet"
    let nodeName: String
    let startDelay: Double
    let terminationDelay: Double
    private var starting = Set<ObjectKey>()
    private var removing = Set<ObjectKey>()

    init(nodeName: String = "node-1", startDelay: Double = 2, terminationDelay: Double = 1) {
        self.nodeName = nodeName
        self.startDelay = startDelay
        self.terminationDelay = terminationDelay
    }

    func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        guard event.object is Pod, event.type != .deleted else { return [] }
        return [event.key]
    }

    func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        guard var pod = cluster.store.get(Pod.self, key) else { return }
        if pod.metadata.deletionTimestamp != nil {
            guard removing.insert(key).inserted else { return }
            cluster.clock.schedule(after: terminationDelay) { _ = try? cluster.api.remove(Pod.self, key) }
            return
        }
        if pod.spec.nodeName?.isEmpty ?? true {
            pod.spec.nodeName = nodeName
            pod.status.conditions = [PodCondition(type: "PodScheduled", status: "True", lastTransitionTime: cluster.timestamp)]
            cluster.api.updateStatus(pod)
        }
        guard starting.insert(key).inserted else { return }
        let broken = pod.spec.containers.contains { ($0.image ?? "").contains("broken") }
        cluster.clock.schedule(after: startDelay) { [self] in start(key, ready: !broken, in: cluster) }
    }

    private func start(_ key: ObjectKey, ready: Bool, in cluster: Cluster) {
        guard var pod = cluster.store.get(Pod.self, key), pod.metadata.deletionTimestamp == nil else { return }
        let now = cluster.timestamp
        let flag = ready ? "True" : "False"
        pod.status.phase = "Running"
        pod.status.startTime = now
        pod.status.podIP = "10.244.0.\(cluster.store.count(resource: "pods"))"
        pod.status.conditions = [
            PodCondition(type: "Initialized", status: "True", lastTransitionTime: now),
            PodCondition(type: "Ready", status: flag, lastTransitionTime: now),
            PodCondition(type: "ContainersReady", status: flag, lastTransitionTime: now),
            PodCondition(type: "PodScheduled", status: "True", lastTransitionTime: now),
        ]
        pod.status.containerStatuses = pod.spec.containers.map { container in
            var status = ContainerStatus(name: container.name, image: container.image ?? "")
            status.ready = ready
            status.started = true
            status.state = ready ? .running(since: now) : .waiting("CrashLoopBackOff")
            return status
        }
        cluster.api.updateStatus(pod)
    }
}

/// Builders and helpers shared by the workload tests.
enum Workloads {
    static let start: Double = 1_767_000_000

    /// A cluster with namespace `default`, one node, and (optionally) the workload controllers plus the fake kubelet.
    static func cluster(seed: UInt64 = 1, controllers: Bool = true, startDelay: Double = 2) -> Cluster {
        let cluster = Cluster(seed: seed, start: start)
        var namespace = Namespace()
        namespace.metadata = ObjectMeta(name: "default")
        namespace.status.phase = "Active"
        cluster.store.put(namespace)
        var node = Node()
        node.metadata = ObjectMeta(name: "node-1")
        cluster.store.put(node)
        if controllers {
            cluster.register(ReplicaSetController())
            cluster.register(DeploymentController())
            cluster.register(FakeKubelet(startDelay: startDelay))
        }
        return cluster
    }

    /// A pod template labelled `app=<app>` with one container running `image`.
    static func template(app: String, image: String) -> PodTemplateSpec {
        var template = PodTemplateSpec()
        template.metadata.labels = ["app": app]
        template.spec = PodSpec(containers: [Container(name: app, image: image)])
        return template
    }

    /// A Deployment as `kubectl create deployment` would send it (API defaults fill the rest).
    static func deployment(_ name: String, replicas: Int32, image: String = "nginx:1.27", maxSurge: IntOrString? = nil,
                           maxUnavailable: IntOrString? = nil, strategy: String? = nil) -> Deployment {
        var deployment = Deployment()
        deployment.metadata = ObjectMeta(name: name, namespace: "default", labels: ["app": name])
        deployment.spec.replicas = replicas
        deployment.spec.selector = LabelSelectorSpec(matchLabels: ["app": name])
        deployment.spec.template = template(app: name, image: image)
        deployment.spec.strategy.type = strategy
        if maxSurge != nil || maxUnavailable != nil {
            deployment.spec.strategy.rollingUpdate = RollingUpdateParameters(maxUnavailable: maxUnavailable, maxSurge: maxSurge)
        }
        return deployment
    }

    /// Changes the image of a stored Deployment through the API server.
    static func setImage(_ cluster: Cluster, _ name: String, _ image: String) throws {
        var deployment = try XCTUnwrap(cluster.store.get(Deployment.self, namespace: "default", name: name))
        deployment.spec.template.spec.containers[0].image = image
        try cluster.api.update(deployment)
    }

    /// Changes the replicas of a stored Deployment through the API server.
    static func setReplicas(_ cluster: Cluster, _ name: String, _ replicas: Int32) throws {
        var deployment = try XCTUnwrap(cluster.store.get(Deployment.self, namespace: "default", name: name))
        deployment.spec.replicas = replicas
        try cluster.api.update(deployment)
    }

    /// The stored Deployment.
    static func stored(_ cluster: Cluster, _ name: String) -> Deployment? {
        cluster.store.get(Deployment.self, namespace: "default", name: name)
    }

    /// The ReplicaSets owned by the Deployment, oldest first.
    static func replicaSets(_ cluster: Cluster, of name: String) -> [ReplicaSet] {
        guard let uid = stored(cluster, name)?.metadata.uid else { return [] }
        return cluster.store.list(ReplicaSet.self, namespace: "default")
            .filter { $0.metadata.controllerReference?.uid == uid }
            .sorted { ($0.metadata.creationTimestamp, $0.name) < ($1.metadata.creationTimestamp, $1.name) }
    }

    /// Pods labelled `app=<app>` that still count (not terminating, not finished).
    static func activePods(_ cluster: Cluster, app: String) -> [Pod] {
        cluster.store.list(Pod.self, namespace: "default").filter { $0.metadata.labels?["app"] == app && PodReadiness.isActive($0) }
    }

    /// Messages of events about `name` with `reason`, in recording order.
    static func events(_ cluster: Cluster, reason: String, about name: String? = nil) -> [String] {
        cluster.store.list(Event.self)
            .filter { $0.reason == reason && (name == nil || $0.involvedObject.name == name) }
            .sorted { ($0.firstTimestamp, $0.metadata.name ?? "") < ($1.firstTimestamp, $1.metadata.name ?? "") }
            .compactMap(\.message)
    }

    /// True once the Deployment's rollout is complete as `kubectl rollout status` sees it.
    static func rolloutComplete(_ cluster: Cluster, _ name: String) -> Bool {
        guard let deployment = stored(cluster, name) else { return false }
        let status = deployment.status
        return (status.observedGeneration ?? 0) >= (deployment.metadata.generation ?? 0)
            && (status.updatedReplicas ?? 0) == deployment.desiredReplicas && (status.replicas ?? 0) == deployment.desiredReplicas
            && (status.availableReplicas ?? 0) == deployment.desiredReplicas
    }

    /// Every stored object as sorted-key JSON, one per line, in resource/key order.
    static func dump(_ cluster: Cluster) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func encode<T: APIObject>(_ object: T) -> String {
            String(decoding: (try? encoder.encode(object)) ?? Data(), as: UTF8.self)
        }
        return cluster.store.resources.flatMap { resource in
            cluster.store.listAny(resource: resource).map { "\(resource) \(encode($0))" }
        }.joined(separator: "\n")
    }
}

extension ReplicaSet {
    /// A test ReplicaSet owned by `owner`, with a valid template, `replicas` and the given status counts.
    static func fixture(_ name: String, replicas: Int32, available: Int32 = 0, created: Double = Workloads.start,
                        owner: Deployment? = nil) -> ReplicaSet {
        var rs = ReplicaSet()
        rs.metadata = ObjectMeta(name: name, namespace: "default", labels: ["app": "foo"])
        rs.metadata.uid = "uid-\(name)"
        rs.metadata.creationTimestamp = Timestamp(created)
        rs.metadata.generation = 1
        if let owner { rs.metadata.ownerReferences = [owner.asControllerReference] }
        rs.spec.replicas = replicas
        rs.spec.selector = LabelSelectorSpec(matchLabels: ["app": "foo"])
        rs.spec.template = Workloads.template(app: "foo", image: "foo/bar")
        rs.spec.template.spec.restartPolicy = "Always"
        rs.spec.template.spec.dnsPolicy = "ClusterFirst"
        rs.spec.template.spec.terminationGracePeriodSeconds = 30
        rs.spec.template.spec.containers[0].imagePullPolicy = "IfNotPresent"
        rs.spec.template.spec.containers[0].terminationMessagePolicy = "File"
        rs.status.replicas = replicas
        rs.status.availableReplicas = available
        rs.status.observedGeneration = 1
        return rs
    }
}

extension Deployment {
    /// upstream's test helper `newDeployment`: RollingUpdate with maxSurge/maxUnavailable 0 unless given.
    static func fixture(replicas: Int32, maxSurge: IntOrString? = nil, maxUnavailable: IntOrString? = nil,
                        revisionHistoryLimit: Int32? = nil) -> Deployment {
        var deployment = Deployment()
        deployment.metadata = ObjectMeta(name: "foo", namespace: "default")
        deployment.metadata.uid = "uid-deployment-foo"
        deployment.metadata.generation = 1
        deployment.spec.replicas = replicas
        deployment.spec.strategy.type = "RollingUpdate"
        deployment.spec.strategy.rollingUpdate = RollingUpdateParameters(maxUnavailable: maxUnavailable ?? .int(0), maxSurge: maxSurge ?? .int(0))
        deployment.spec.selector = LabelSelectorSpec(matchLabels: ["app": "foo"])
        deployment.spec.template = Workloads.template(app: "foo", image: "foo/bar")
        deployment.spec.revisionHistoryLimit = revisionHistoryLimit
        return deployment
    }
}
