/// Everything needed to carry on with a cluster later: every stored object, the clock, the seed, and
/// the state the kubelets and the fault injector keep outside the store.
///
/// Controllers are level-triggered, so their own bookkeeping is not saved: on restore every object is
/// announced to them again (as after a control-plane restart) and they derive their timers anew.
/// What that approximates is listed in `approximations`.
public struct ClusterSnapshot {
    /// The seed the cluster was first built from.
    public var seed: UInt64
    /// The simulated instant of the snapshot.
    public var now: Double
    /// Every stored object as the API serves it, in store order (by resource, then namespace and name).
    public var objects: [JSONValue]
    /// The kubelets' and the fault injector's state.
    public var runtime: JSONValue

    public init(seed: UInt64, now: Double, objects: [JSONValue], runtime: JSONValue) {
        self.seed = seed
        self.now = now
        self.objects = objects
        self.runtime = runtime
    }

    /// What a restored cluster does not carry over exactly.
    public static let approximations = [
        "the random stream is reseeded from the seed and the clock, so names generated after loading differ from the original run",
        "controllers start with fresh bookkeeping: the HPA's scale-down stabilization window, retry back-offs and event "
            + "aggregation begin again (repeated events may show as new rows)",
        "probe counters are replayed from each container's start; images a lesson registered by hand are not kept",
    ]
}

/// Why a snapshot could not be restored.
public struct SnapshotError: Error, CustomStringConvertible, Equatable {
    /// What is wrong with the snapshot.
    public var message: String
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

/// The kubelets' and the fault injector's state, as stored in a snapshot.
struct RuntimeSnapshot: Codable {
    var kubelet: KubeletSnapshot
    var faults: [ActiveFault]
    var nextFaultNumber: Int
}

extension Cluster {
    /// The resources in the order a restore puts them back (owners and referenced objects first).
    static let restoreOrder = ["namespaces", "nodes", "serviceaccounts", "configmaps", "secrets", "services", "endpoints",
                               "endpointslices", "deployments", "replicasets", "daemonsets", "jobs",
                               "horizontalpodautoscalers", "pods", "events"]

    /// A snapshot of the cluster now (after settling).
    public func snapshot() -> ClusterSnapshot {
        settle()
        var objects: [JSONValue] = []
        let resources = Self.restoreOrder.filter { store.resources.contains($0) }
            + store.resources.filter { !Self.restoreOrder.contains($0) }
        for resource in resources {
            for object in store.listAny(resource: resource) {
                if let tree = try? TreeEncoder().encode(object) { objects.append(tree) }
            }
        }
        let injector = controller(FaultInjector.self)
        let runtime = RuntimeSnapshot(kubelet: kubelet?.exportSnapshot() ?? KubeletSnapshot(), faults: injector?.active ?? [],
                                      nextFaultNumber: injector?.nextNumber ?? 1)
        return ClusterSnapshot(seed: seed, now: now, objects: objects, runtime: (try? TreeEncoder().encode(runtime)) ?? .null)
    }

    /// A running cluster rebuilt from `snapshot`, with every controller registered and settled.
    public static func restore(from snapshot: ClusterSnapshot) throws -> Cluster {
        let runtime: RuntimeSnapshot
        do {
            runtime = try TreeDecoder().decode(RuntimeSnapshot.self, from: snapshot.runtime)
        } catch {
            throw SnapshotError("the runtime section is not readable: \(error)")
        }
        let cluster = Cluster(seed: snapshot.seed, start: snapshot.now)
        cluster.random = SeededRandom(seed: snapshot.seed ^ UInt64(max(0, snapshot.now)).multipliedReportingOverflow(by: 0x9E37).partialValue)
        ClusterBootstrap.registerControllers(in: cluster)
        cluster.faults.restore(runtime.faults, nextNumber: runtime.nextFaultNumber)
        for (index, tree) in snapshot.objects.enumerated() {
            try cluster.putSaved(tree, number: index + 1)
        }
        cluster.reserveAddresses(runtime.kubelet)
        cluster.kubelet?.importSnapshot(runtime.kubelet, in: cluster)
        cluster.scheduleEventExpiry()
        cluster.settle()
        return cluster
    }

    private func putSaved(_ tree: JSONValue, number: Int) throws {
        guard let kind = tree["kind"]?.stringValue, let type = KindRegistry.type(forKind: kind) else {
            throw SnapshotError("object \(number): no simulated kind \"\(tree["kind"]?.stringValue ?? "")\"")
        }
        func put<T: APIObject>(_ type: T.Type) throws {
            let object: T
            do {
                object = defaulted(try TreeDecoder().decode(T.self, from: tree))
            } catch {
                throw SnapshotError("object \(number) (\(kind)): \(error)")
            }
            if let rules = object as? any APIObjectRules {
                let errors = validationErrors(rules)
                if !errors.isEmpty {
                    throw SnapshotError("object \(number) (\(kind) \(object.key)) is not valid: "
                        + errors.prefix(3).map(\.description).joined(separator: "; "))
                }
            }
            store.put(object)
        }
        try put(type)
    }

    /// `object` with the API server's defaults filled in, as the real one applies them to what it reads from
    /// storage: a hand-edited file that lacks a defaulted field (a probe's period) must not leave a
    /// Deployment's template differing from the defaulted ReplicaSets made from it, which would have the
    /// controller create ReplicaSets without end.
    private func defaulted<T: APIObject>(_ object: T) -> T {
        guard var rules = object as? any APIObjectRules else { return object }
        rules.applyDefaults(in: self)
        return (rules as? T) ?? object
    }

    /// What the API server would refuse in `object` on create: a saved object it would never have stored
    /// (a template without containers) is refused too, rather than leaving controllers to loop on it.
    private func validationErrors<R: APIObjectRules>(_ object: R) -> [FieldError] {
        object.validationErrors(old: nil, in: self)
    }

    /// Marks every ClusterIP, NodePort and pod IP in use so new ones do not collide.
    private func reserveAddresses(_ kubelet: KubeletSnapshot) {
        for service in store.list(Service.self) {
            for ip in service.spec.clusterIPs ?? [service.spec.clusterIP].compactMap({ $0 }) where ip != "None" {
                _ = addresses.reserveClusterIP(ip)
            }
            for port in service.spec.ports ?? [] { if let nodePort = port.nodePort { _ = addresses.reserveNodePort(nodePort) } }
        }
        var hosts: [String: Set<Int>] = [:]
        for pod in kubelet.pods where pod.ownsIP {
            guard let ip = pod.podIP else { continue }
            let parts = ip.split(separator: ".")
            guard parts.count == 4, let host = Int(parts[3]) else { continue }
            hosts[parts[0...2].joined(separator: "."), default: []].insert(host)
        }
        for prefix in hosts.keys.sorted() {
            guard let used = hosts[prefix], let highest = used.max() else { continue }
            var handedOut: [String] = []
            for _ in 2...max(2, highest) {
                guard let ip = addresses.allocatePodIP(cidr: "\(prefix).0/24") else { break }
                handedOut.append(ip)
            }
            for ip in handedOut where !used.contains(Int(ip.split(separator: ".").last ?? "") ?? -1) {
                addresses.releasePodIP(ip)
            }
        }
    }

    /// Events expire an hour after they were last seen, as the recorder would have arranged.
    private func scheduleEventExpiry() {
        for event in store.list(Event.self) {
            let key = event.key
            let seen = event.lastTimestamp.instant
            clock.schedule(at: seen + EventRecorder.timeToLive) { [weak self] in
                guard let self, let current = self.store.get(Event.self, key), current.lastTimestamp.instant == seen else { return }
                self.store.remove(Event.self, key)
            }
        }
    }
}
