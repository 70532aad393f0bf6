/// Keeps each selector-bearing Service's `Endpoints` object listing the pods behind it: Ready pods in
/// `addresses`, others in `notReadyAddresses` (all ready with `publishNotReadyAddresses`), terminating
/// and finished pods left out, target ports resolved by number or container port name.
public final class EndpointsController: Controller {
    public let name = "endpoints"
    public init() {}

    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        switch event.object {
        case let service as Service:
            return [service.key]
        case let pod as Pod:
            return cluster.store.list(Service.self, namespace: pod.namespace)
                .filter { $0.selects(pod) }.map(\.key)
        case let endpoints as Endpoints where event.type == .deleted:
            return [endpoints.key]
        default:
            return []
        }
    }

    public func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        guard let service = cluster.store.get(Service.self, key) else {
            if let stale = cluster.store.get(Endpoints.self, key), stale.metadata.controllerReference == nil,
               key.name != "kubernetes" {
                _ = try? cluster.api.remove(Endpoints.self, key)
            }
            return
        }
        guard let selector = service.spec.selector, !selector.isEmpty else { return }
        let pods = cluster.store.list(Pod.self, namespace: key.namespace, labels: service.spec.selector ?? [:]).filter { service.selects($0) }
        let subsets = EndpointsController.subsets(for: service, pods: pods)
        var endpoints = cluster.store.get(Endpoints.self, key) ?? Endpoints()
        let isNew = endpoints.metadata.name == nil
        if !isNew, endpoints.subsets == subsets, endpoints.metadata.labels == service.metadata.labels { return }
        endpoints.metadata.name = key.name
        endpoints.metadata.namespace = key.namespace
        endpoints.metadata.labels = service.metadata.labels
        endpoints.subsets = subsets
        if isNew {
            _ = try? cluster.api.create(endpoints)
        } else {
            endpoints.metadata.setAnnotation("endpoints.kubernetes.io/last-change-trigger-time", cluster.timestamp.rfc3339)
            cluster.api.updateStatus(endpoints)
        }
    }

    /// The subsets for `service` given the pods its selector matches (one subset sharing all ports).
    public static func subsets(for service: Service, pods: [Pod]) -> [EndpointSubset]? {
        var ready: [EndpointAddress] = []
        var notReady: [EndpointAddress] = []
        var ports: [EndpointPort]?
        for pod in pods {
            guard let ip = pod.status.podIP, !ip.isEmpty, pod.metadata.deletionTimestamp == nil,
                  pod.status.phase != "Succeeded", pod.status.phase != "Failed" else { continue }
            let reference = ObjectReference(kind: "Pod", namespace: pod.namespace, name: pod.name, uid: pod.metadata.uid)
            let address = EndpointAddress(ip: ip, nodeName: pod.spec.nodeName, targetRef: reference)
            let isReady = pod.status.condition("Ready")?.status == "True" || service.spec.publishNotReadyAddresses == true
            if isReady { ready.append(address) } else { notReady.append(address) }
            if ports == nil { ports = resolvePorts(service, pod) }
        }
        guard !ready.isEmpty || !notReady.isEmpty else { return nil }
        var subset = EndpointSubset()
        subset.addresses = ready.isEmpty ? nil : ready.sorted { $0.ip < $1.ip }
        subset.notReadyAddresses = notReady.isEmpty ? nil : notReady.sorted { $0.ip < $1.ip }
        subset.ports = ports
        return [subset]
    }

    /// The service's ports with target ports resolved against `pod`'s containers.
    static func resolvePorts(_ service: Service, _ pod: Pod) -> [EndpointPort] {
        (service.spec.ports ?? []).compactMap { port in
            guard let number = pod.resolve(port.targetPort ?? .int(port.port)) else { return nil }
            return EndpointPort(name: port.name, port: number, protocol: port.protocol ?? "TCP")
        }
    }
}

extension Service {
    /// True when the service's selector picks `pod` (same namespace, every selector label matches).
    public func selects(_ pod: Pod) -> Bool {
        guard let selector = spec.selector, !selector.isEmpty, pod.namespace == namespace else { return false }
        let labels = pod.metadata.labelMap
        return selector.allSatisfy { labels[$0.key] == $0.value }
    }
}

extension Pod {
    /// A service target port as a number on this pod: numbers as they are, names looked up in the
    /// containers' ports.
    public func resolve(_ target: IntOrString) -> Int32? {
        switch target {
        case .int(let number): return number
        case .string(let name):
            if let number = Int32(name) { return number }
            for container in spec.containers {
                if let port = container.ports?.first(where: { $0.name == name }) { return port.containerPort }
            }
            return nil
        }
    }
}
