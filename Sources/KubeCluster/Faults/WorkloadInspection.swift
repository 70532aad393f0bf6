/// Read-only questions about what the simulated containers are doing, for pictures and diagnoses.
/// Nothing here changes the cluster (no request is logged, no counter moves).
extension Cluster {
    /// Whether a running container of the pod accepts connections on `port` now; nil when the pod has
    /// no running container (so nothing can be said).
    public func isListening(namespace: String, pod name: String, port: Int32) -> Bool? {
        guard let kubelet, let pod = store.get(Pod.self, namespace: namespace, name: name),
              let runtime = kubelet.pods[pod.key] else { return nil }
        let running = runtime.appContainers.compactMap { container -> ContainerInstance? in
            guard let instance = container.current, instance.finishedAt == nil else { return nil }
            return instance
        }
        guard !running.isEmpty else { return nil }
        return running.contains { $0.behaviour.isListening(on: port, at: now - $0.startedAt) }
    }

    /// The ports the pod's running containers listen on now, ascending.
    public func listeningPorts(namespace: String, pod name: String) -> [Int32] {
        guard let kubelet, let pod = store.get(Pod.self, namespace: namespace, name: name),
              let runtime = kubelet.pods[pod.key] else { return [] }
        var ports: Set<Int32> = []
        for container in runtime.appContainers {
            guard let instance = container.current, instance.finishedAt == nil else { continue }
            for port in instance.behaviour.program.servers.keys where instance.behaviour.isListening(on: port, at: now - instance.startedAt) {
                ports.insert(port)
            }
        }
        return ports.sorted()
    }
}
