import KubeCluster

/// What the pictures need to remember of the past: each Deployment's ReplicaSet sizes and each
/// autoscaler's readings over time, recorded from the store's watch events as they happen.
public final class ClusterHistory {
    /// One ReplicaSet's size at one instant.
    public struct SetSize: Hashable {
        /// The ReplicaSet's name.
        public var name: String
        /// Its `spec.replicas`.
        public var desired: Int32
        /// Its ready pods.
        public var ready: Int32
    }

    /// A Deployment's ReplicaSets at one instant, oldest revision first.
    public struct RolloutFrame: Hashable {
        /// The simulated instant.
        public var time: Double
        /// The ReplicaSets' sizes, oldest revision first.
        public var sets: [SetSize]
    }

    /// An autoscaler's reading at one instant.
    public struct AutoscalerSample: Hashable {
        /// The simulated instant.
        public var time: Double
        /// The current average utilization in percent; nil while unknown (`<unknown>`).
        public var utilization: Int32?
        /// The target utilization in percent, if the first metric is a utilization target.
        public var target: Int32?
        /// The scaled workload's replicas.
        public var currentReplicas: Int32
        /// What the autoscaler wants.
        public var desiredReplicas: Int32
    }

    /// How many entries each object keeps (the oldest go first).
    public static let limit = 400
    private weak var cluster: Cluster?
    private var watchID: Int?
    /// Each Deployment's rollout frames, oldest first.
    public private(set) var rollouts: [ObjectKey: [RolloutFrame]] = [:]
    /// Each autoscaler's readings, oldest first.
    public private(set) var autoscalers: [ObjectKey: [AutoscalerSample]] = [:]
    /// When recording began.
    public let since: Double

    /// Starts recording `cluster`, beginning with its current state.
    public init(cluster: Cluster) {
        self.cluster = cluster
        since = cluster.now
        for deployment in cluster.store.list(Deployment.self) { recordRollout(deployment.key) }
        for hpa in cluster.store.list(HorizontalPodAutoscaler.self) { recordAutoscaler(hpa) }
        watchID = cluster.store.watch { [weak self] event in self?.observe(event) }
    }

    /// Stops recording.
    public func detach() {
        if let watchID { cluster?.store.unwatch(watchID) }
        watchID = nil
    }

    deinit { detach() }

    private func observe(_ event: StoreEvent) {
        if event.type == .deleted, event.object is Deployment {
            rollouts[event.object.key] = nil
        } else if event.type == .deleted, event.object is HorizontalPodAutoscaler {
            autoscalers[event.object.key] = nil
        } else if let set = event.object as? ReplicaSet, let owner = set.metadata.controllerReference, owner.kind == "Deployment" {
            recordRollout(ObjectKey(namespace: set.namespace, name: owner.name))
        } else if let hpa = event.object as? HorizontalPodAutoscaler, event.type != .deleted {
            recordAutoscaler(hpa)
        }
    }

    private func recordRollout(_ deployment: ObjectKey) {
        guard let cluster else { return }
        guard cluster.store.get(Deployment.self, namespace: deployment.namespace, name: deployment.name) != nil else {
            rollouts[deployment] = nil
            return
        }
        let sets = RolloutSets.of(deployment, in: cluster).map {
            SetSize(name: $0.name, desired: $0.spec.replicas ?? 0, ready: $0.status.readyReplicas ?? 0)
        }
        append(RolloutFrame(time: cluster.now, sets: sets), to: &rollouts[deployment, default: []])
    }

    private func recordAutoscaler(_ hpa: HorizontalPodAutoscaler) {
        guard let cluster else { return }
        let sample = AutoscalerSample(time: cluster.now, utilization: AutoscalerReading.utilization(hpa),
                                      target: AutoscalerReading.target(hpa),
                                      currentReplicas: hpa.status.currentReplicas ?? 0, desiredReplicas: hpa.status.desiredReplicas)
        append(sample, to: &autoscalers[hpa.key, default: []])
    }

    /// Appends unless nothing changed; a change at the same instant replaces the previous entry.
    private func append<Entry: Hashable & TimedEntry>(_ entry: Entry, to list: inout [Entry]) {
        if let last = list.last {
            if last.withTime(entry.time) == entry { return }
            if last.time == entry.time { list.removeLast() }
        }
        list.append(entry)
        if list.count > Self.limit { list.removeFirst(list.count - Self.limit) }
    }
}

/// An entry stamped with a time, comparable apart from it.
protocol TimedEntry {
    var time: Double { get }
    func withTime(_ time: Double) -> Self
}

extension ClusterHistory.RolloutFrame: TimedEntry {
    func withTime(_ time: Double) -> Self { Self(time: time, sets: sets) }
}

extension ClusterHistory.AutoscalerSample: TimedEntry {
    func withTime(_ time: Double) -> Self {
        var copy = self
        copy.time = time
        return copy
    }
}

/// A Deployment's ReplicaSets, oldest revision first.
enum RolloutSets {
    static func of(_ deployment: ObjectKey, in cluster: Cluster) -> [ReplicaSet] {
        cluster.store.list(ReplicaSet.self, namespace: deployment.namespace)
            .filter { $0.metadata.controllerReference?.kind == "Deployment" && $0.metadata.controllerReference?.name == deployment.name }
            .sorted { (revision(of: $0), $0.name) < (revision(of: $1), $1.name) }
    }

    /// The live pods of a Deployment (owned through one of its ReplicaSets), by name.
    static func pods(of deployment: Deployment, in cluster: Cluster) -> [Pod] {
        let sets = Set(of(deployment.key, in: cluster).map(\.name))
        return cluster.store.list(Pod.self, namespace: deployment.namespace).filter { pod in
            guard let owner = pod.metadata.controllerReference, owner.kind == "ReplicaSet" else { return false }
            return sets.contains(owner.name)
        }
    }

    /// The `deployment.kubernetes.io/revision` of a ReplicaSet (0 when missing).
    static func revision(of set: ReplicaSet) -> Int {
        Int(set.metadata.annotationMap["deployment.kubernetes.io/revision"] ?? "") ?? 0
    }
}

/// Reads an autoscaler's first resource metric: target and current utilization.
enum AutoscalerReading {
    /// The target average utilization of the first Resource metric, if it is a Utilization target.
    static func target(_ hpa: HorizontalPodAutoscaler) -> Int32? {
        hpa.spec.metrics?.first { $0.type == "Resource" }?.resource?.target.averageUtilization
    }

    /// The metric's name (`cpu`, `memory`), `cpu` when none is set.
    static func metricName(_ hpa: HorizontalPodAutoscaler) -> String {
        hpa.spec.metrics?.first { $0.type == "Resource" }?.resource?.name ?? "cpu"
    }

    /// The current average utilization of the first resource metric, or nil when unknown.
    static func utilization(_ hpa: HorizontalPodAutoscaler) -> Int32? {
        hpa.status.currentMetrics?.first { $0.type == "Resource" }?.resource?.current.averageUtilization
    }
}
