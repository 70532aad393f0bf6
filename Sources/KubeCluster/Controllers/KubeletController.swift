import Foundation

/// The kubelets of every node in one controller, keyed by pod: admits pods bound to a node, creates
/// their sandbox and IP, pulls images, starts containers in order, restarts them with back-off, runs
/// probes, terminates gracefully on deletion, and reports pod status as the real kubelet words it.
public final class KubeletController: Controller {
    public let name = "kubelet"
    var nodes: [String: NodeRuntime] = [:]
    var pods: [ObjectKey: PodRuntime] = [:]
    /// Pods that started a load-generating container (a superset: `requestRate` drops those that no longer
    /// run one); nil until first needed, when every pod is looked at once (so restored pods count too).
    var loadGenerators: Set<ObjectKey>?
    /// The service-link variables last built per namespace, with the Services (name@resourceVersion) they came from.
    var serviceLinkCache: [String: (signature: [String], links: [(String, String)])] = [:]
    var crashBackoff = BackoffTable(initial: 10, maximum: 300)
    var imageBackoff = BackoffTable(initial: 10, maximum: 300)
    /// The registries' contents; lessons may register more images.
    public var catalogue = ImageCatalogue.standard
    /// Server start-up steps shared by container instances that derive the same ones.
    let serverStepsCache = ServerStepsCache()
    /// Equal pod condition lists share one array (thousands of replicas report the same few).
    let sharedConditions = RecentValues<[PodCondition]>(limit: 1024)
    /// The host IP list of each node's pods, shared.
    let sharedHostIPs = RecentValues<[PodIP]>(limit: 1024)
    /// Seconds between the pod worker's retries after a sync error (`backOffPeriod`).
    static let resyncAfterError: Double = 10
    /// Seconds from an exit to the sync that reacts to it (PLEG relist).
    static let syncLatency: Double = 1

    public init() {}

    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        if let node = event.object as? Node {
            if event.type == .added { startHeartbeats(node.name, in: cluster) }
            return []
        }
        guard let pod = event.object as? Pod else { return [] }
        if event.type == .deleted { return [pod.key] }
        guard let node = pod.spec.nodeName, !node.isEmpty else { return [] }
        return [pod.key]
    }

    public func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        guard let pod = cluster.store.get(Pod.self, key) else {
            if let runtime = pods.removeValue(forKey: key) { discard(runtime, in: cluster) }
            return
        }
        guard let nodeName = pod.spec.nodeName, !nodeName.isEmpty,
              cluster.store.get(Node.self, namespace: "", name: nodeName) != nil else { return }
        let node = nodeRuntime(nodeName, in: cluster)
        guard node.isUp else { return }
        var runtime = pods[key]
        if let existing = runtime, existing.uid != (pod.metadata.uid ?? pod.name) {
            discard(existing, in: cluster)
            pods[key] = nil
            runtime = nil
        }
        if runtime == nil {
            guard let admitted = admit(pod, node: node, in: cluster) else { return }
            runtime = admitted
        }
        guard let runtime else { return }
        sync(runtime, pod: pod, node: node, in: cluster)
    }

    /// The runtime record of a node, created on first use.
    func nodeRuntime(_ name: String, in cluster: Cluster) -> NodeRuntime {
        if let node = nodes[name] { return node }
        let node = NodeRuntime(name: name, now: cluster.now)
        nodes[name] = node
        return node
    }

    /// Starts tracking a pod newly bound to this node; nil when there is nothing to run.
    private func admit(_ pod: Pod, node: NodeRuntime, in cluster: Cluster) -> PodRuntime? {
        if pod.status.phase == "Succeeded" || pod.status.phase == "Failed" { return nil }
        if pod.metadata.isDeleting {
            _ = try? cluster.api.remove(Pod.self, pod.key)
            return nil
        }
        let runtime = PodRuntime(pod: pod, nodeName: node.name, now: cluster.now)
        pods[pod.key] = runtime
        return runtime
    }

    /// Forgets a pod that is gone from the store, returning its IP.
    private func discard(_ runtime: PodRuntime, in cluster: Cluster) {
        releaseIP(runtime, in: cluster)
        for container in runtime.containers { crashBackoff.reset(backoffKey(runtime, container)) }
    }

    func releaseIP(_ runtime: PodRuntime, in cluster: Cluster) {
        if runtime.ownsIP, let ip = runtime.podIP {
            cluster.addresses.releasePodIP(ip)
            runtime.ownsIP = false
        }
    }

    func backoffKey(_ runtime: PodRuntime, _ container: ContainerRuntime) -> String {
        "\(runtime.uid)_\(container.name)"
    }

    /// Runs everything due for the pod up to now, writes its status, and schedules the next wake-up.
    func sync(_ runtime: PodRuntime, pod: Pod, node: NodeRuntime, in cluster: Cluster) {
        var current = pod
        applySpecChanges(runtime, pod: pod, in: cluster)
        if pod.metadata.isDeleting, runtime.terminatingSince == nil {
            beginTermination(runtime, pod: pod, in: cluster)
        }
        var steps = 0
        while steps < 50_000, let (instant, work) = nextDue(runtime, pod: current, limit: cluster.now, in: cluster) {
            steps += 1
            work(instant)
            if let refreshed = cluster.store.get(Pod.self, runtime.key) { current = refreshed }
        }
        if runtime.terminatingSince != nil, allStopped(runtime) {
            finishTermination(runtime, in: cluster)
            return
        }
        checkCompletion(runtime, in: cluster)
        writeStatus(runtime, pod: current, node: node, in: cluster)
        scheduleWakeup(runtime, pod: current, in: cluster)
    }

    /// The earliest piece of work due at or before `limit`, with the closure that performs it.
    private func nextDue(_ runtime: PodRuntime, pod: Pod, limit: Double, in cluster: Cluster) -> (Double, (Double) -> Void)? {
        var best: (Double, (Double) -> Void)?
        func consider(_ instant: Double, _ work: @escaping (Double) -> Void) {
            guard instant <= limit else { return }
            if best == nil || instant < (best?.0 ?? .infinity) { best = (instant, work) }
        }
        if !runtime.sandboxReady, runtime.terminatingSince == nil {
            consider(runtime.sandboxReadyAt) { [unowned self] at in self.sandboxReady(runtime, pod: pod, at: at, in: cluster) }
        }
        for container in runtime.containers {
            if let next = container.nextAction {
                consider(next.at) { [unowned self] at in
                    container.nextAction = nil
                    self.perform(next.action, container: container, runtime: runtime, at: at, in: cluster)
                }
            }
            if let instance = container.current, instance.finishedAt == nil,
               let due = nextInstanceTime(instance, container: container, runtime: runtime) {
                consider(due) { [unowned self] at in self.advanceInstance(instance, container: container, runtime: runtime, at: at, in: cluster) }
            }
        }
        return best
    }

    /// Schedules a reconcile at the next instant something is due.
    private func scheduleWakeup(_ runtime: PodRuntime, pod: Pod, in cluster: Cluster) {
        guard let next = nextWakeup(runtime) else { return }
        let instant = max(next, cluster.now)
        guard !runtime.wakeups.contains(instant) else { return }
        let now = cluster.now
        runtime.wakeups.removeAll { $0 <= now }
        runtime.wakeups.append(instant)
        let key = runtime.key
        cluster.clock.schedule(at: instant) { [weak self, weak cluster] in
            guard let self, let cluster else { return }
            if let runtime = self.pods[key], let index = runtime.wakeups.firstIndex(of: instant) {
                runtime.wakeups.remove(at: index)
            }
            cluster.enqueue(self, key)
        }
    }

    private func nextWakeup(_ runtime: PodRuntime) -> Double? {
        var times: [Double] = []
        if !runtime.sandboxReady, runtime.terminatingSince == nil { times.append(runtime.sandboxReadyAt) }
        for container in runtime.containers {
            if let next = container.nextAction { times.append(next.at) }
            if let instance = container.current, instance.finishedAt == nil,
               let due = nextInstanceTime(instance, container: container, runtime: runtime) { times.append(due) }
        }
        return times.min()
    }
}
