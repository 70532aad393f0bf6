import Foundation
import XCTest
@testable import KubeCluster

/// 2026-01-01T00:00:00Z, a multiple of the 15 s metrics scrape period.
let testEpoch: Double = 1_767_225_600

/// A cluster with `default` and `kube-system` namespaces.
func makeTestCluster(seed: UInt64 = 7) throws -> Cluster {
    let cluster = Cluster(seed: seed, start: testEpoch)
    for name in ["default", "kube-system"] {
        var namespace = Namespace()
        namespace.metadata = ObjectMeta(name: name)
        try cluster.api.create(namespace)
    }
    return cluster
}

/// Builds a quantity from its text (test input is always valid).
func quantity(_ text: String) -> Quantity {
    guard let value = Quantity.parse(text) else { fatalError("bad quantity \(text)") }
    return value
}

/// A container with CPU (and optional memory) requests.
func container(_ name: String, cpu: String? = nil, memory: String? = nil, image: String = "nginx") -> Container {
    var container = Container(name: name, image: image)
    var requests: [String: Quantity] = [:]
    if let cpu { requests["cpu"] = quantity(cpu) }
    if let memory { requests["memory"] = quantity(memory) }
    if !requests.isEmpty { container.resources = ResourceRequirements(limits: nil, requests: requests) }
    return container
}

/// What the fake kubelet does with a pod once it runs.
enum FakePodScript {
    /// Runs until deleted.
    case runForever
    /// Exits after `seconds` with `exitCode` (0 = Succeeded, else Failed under restartPolicy Never).
    case exit(after: Double, code: Int32)
    /// The container crashes every `seconds` and is restarted in place (restartPolicy OnFailure).
    case crashLoop(every: Double)
}

/// Test-only stand-in for the scheduler and kubelet: pods are bound to `node-1` (unless bound) and become
/// Running and Ready at once, finish per their script,
/// and deleted pods disappear after one second.
final class AutoscalingFakeKubelet: Controller {
    let name = "fake-kubelet"
    var script: (Pod) -> FakePodScript = { _ in .runForever }
    private var started = Set<String>()

    func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        guard event.object is Pod, event.type != .deleted else { return [] }
        return [event.key]
    }

    func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        guard var pod = cluster.store.get(Pod.self, key) else { return }
        let id = pod.metadata.uid ?? ""
        if pod.metadata.deletionTimestamp != nil {
            guard started.insert("delete/\(id)").inserted else { return }
            cluster.clock.schedule(after: 1) { _ = try? cluster.api.remove(Pod.self, key) }
            return
        }
        // The API server creates pods in phase Pending; the fake kubelet starts each one once.
        guard pod.status.phase == nil || pod.status.phase == "Pending", started.insert(id).inserted else { return }
        let now = cluster.timestamp
        if (pod.spec.nodeName ?? "").isEmpty { pod.spec.nodeName = "node-1" }
        pod.status.phase = "Running"
        pod.status.startTime = now
        pod.status.conditions = [PodCondition(type: "Ready", status: "True", lastTransitionTime: now)]
        pod.status.containerStatuses = pod.spec.containers.map { spec in
            var status = ContainerStatus(name: spec.name, image: spec.image ?? "")
            status.state = .running(since: now)
            status.ready = true
            status.started = true
            return status
        }
        cluster.api.updateStatus(pod)
        switch script(pod) {
        case .runForever: break
        case .exit(let seconds, let code):
            cluster.clock.schedule(after: seconds) { Self.finish(key, uid: id, code: code, in: cluster) }
        case .crashLoop(let seconds):
            scheduleCrash(key, uid: id, every: seconds, in: cluster)
        }
    }

    private static func finish(_ key: ObjectKey, uid: String, code: Int32, in cluster: Cluster) {
        guard var pod = cluster.store.get(Pod.self, key), pod.metadata.uid == uid, pod.metadata.deletionTimestamp == nil else { return }
        let now = cluster.timestamp
        pod.status.phase = code == 0 ? "Succeeded" : "Failed"
        pod.status.conditions = [PodCondition(type: "Ready", status: "False", lastTransitionTime: now, reason: "PodCompleted")]
        pod.status.containerStatuses = pod.status.containerStatuses?.map { status in
            var status = status
            let started = status.state.running?.startedAt ?? now
            status.state = .terminated(ContainerStateTerminated(exitCode: code, reason: code == 0 ? "Completed" : "Error",
                                                                startedAt: started, finishedAt: now))
            status.ready = false
            return status
        }
        cluster.api.updateStatus(pod)
    }

    private func scheduleCrash(_ key: ObjectKey, uid: String, every seconds: Double, in cluster: Cluster) {
        cluster.clock.schedule(after: seconds) { [weak self] in
            guard var pod = cluster.store.get(Pod.self, key), pod.metadata.uid == uid, pod.metadata.deletionTimestamp == nil else { return }
            pod.status.containerStatuses = pod.status.containerStatuses?.map { status in
                var status = status
                status.restartCount += 1
                return status
            }
            cluster.api.updateStatus(pod)
            self?.scheduleCrash(key, uid: uid, every: seconds, in: cluster)
        }
    }
}

/// Test-only stand-in for the deployment + ReplicaSet controllers: keeps `spec.replicas` pods named
/// `<deployment>-<n>` (numbered in creation order) and reports replicas/ready in the status.
final class FakeReplicaKeeper: Controller {
    let name = "fake-replica-keeper"
    private var serial = 0

    func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        switch event.object {
        case let deployment as Deployment: return deployment.namespace == "default" ? [deployment.key] : []
        case let pod as Pod:
            guard let owner = pod.metadata.controllerReference, owner.kind == Deployment.kind else { return [] }
            return [ObjectKey(namespace: pod.namespace, name: owner.name)]
        default: return []
        }
    }

    func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        guard let deployment = cluster.store.get(Deployment.self, key), let uid = deployment.metadata.uid else { return }
        let pods = cluster.store.list(Pod.self, namespace: key.namespace)
            .filter { $0.metadata.controllerReference?.uid == uid && $0.metadata.deletionTimestamp == nil }
            .sorted { ($0.metadata.creationTimestamp, $0.name) < ($1.metadata.creationTimestamp, $1.name) }
        let want = Int(deployment.spec.replicas ?? 1)
        if pods.count < want {
            for _ in pods.count..<want {
                serial += 1
                var pod = Pod(metadata: ObjectMeta(name: "\(key.name)-\(serial)", namespace: key.namespace,
                                                   labels: deployment.spec.template.metadata.labels),
                              spec: deployment.spec.template.spec)
                pod.metadata.ownerReferences = [deployment.asControllerReference]
                _ = try? cluster.api.create(pod)
            }
        } else if pods.count > want {
            for pod in pods.suffix(pods.count - want) { _ = try? cluster.api.delete(Pod.self, pod.key) }
        }
        let live = cluster.store.list(Pod.self, namespace: key.namespace)
            .filter { $0.metadata.controllerReference?.uid == uid && $0.metadata.deletionTimestamp == nil }
        var latest = deployment
        latest.status.replicas = Int32(live.count)
        latest.status.readyReplicas = Int32(live.filter { $0.status.condition("Ready")?.status == "True" }.count)
        if latest.status != deployment.status { cluster.api.updateStatus(latest) }
    }
}

/// Test-only metrics source: every container of a pod uses `cpuPerPod(t, podCount) / containers`
/// millicores, where podCount is the number of running pods with the same `app` label.
final class FakeMetricsProvider: PodMetricsProvider {
    var cpuPerPod: (_ time: Double, _ runningPods: Int) -> Int64 = { _, _ in 100 }
    var memoryBytes: Int64 = 50 * 1024 * 1024
    weak var cluster: Cluster?
    private(set) var queries: [(pod: String, time: Double)] = []

    func usage(of pod: Pod, at time: Double) -> PodUsage? {
        queries.append((pod.name, time))
        let app = pod.metadata.labelMap["app"]
        let peers = cluster?.store.list(Pod.self, namespace: pod.namespace)
            .filter { $0.metadata.labelMap["app"] == app && $0.status.phase == "Running" && $0.metadata.deletionTimestamp == nil }
            .count ?? 1
        let containers = pod.spec.containers
        let share = cpuPerPod(time, max(peers, 1)) / Int64(max(containers.count, 1))
        return PodUsage(containers: containers.map { ContainerUsage(name: $0.name, cpuMillicores: share, memoryBytes: memoryBytes) },
                        timestamp: time)
    }
}

/// Adds a ready `kube-system/metrics-server` Deployment (status only; nothing runs it).
func installMetricsServer(in cluster: Cluster, ready: Bool = true) throws {
    var server = Deployment()
    server.metadata = ObjectMeta(name: "metrics-server", namespace: "kube-system", labels: ["k8s-app": "metrics-server"])
    server.spec.replicas = 1
    server.spec.selector = LabelSelectorSpec(matchLabels: ["k8s-app": "metrics-server"])
    server.spec.template.metadata.labels = ["k8s-app": "metrics-server"]
    server.spec.template.spec.containers = [container("metrics-server", image: "registry.k8s.io/metrics-server/metrics-server:v0.7.2")]
    var stored = try cluster.api.create(server)
    stored.status.replicas = 1
    stored.status.readyReplicas = ready ? 1 : 0
    cluster.api.updateStatus(stored)
}

/// The events about the object named `name`, oldest first, as "Type Reason Message" lines.
func eventLines(about name: String, in cluster: Cluster) -> [String] {
    cluster.store.list(Event.self).filter { $0.involvedObject.name == name }
        .sorted { ($0.firstTimestamp, $0.metadata.creationTimestamp, $0.name) < ($1.firstTimestamp, $1.metadata.creationTimestamp, $1.name) }
        .map { "\($0.type ?? "") \($0.reason ?? "") \($0.message ?? "")" }
}
