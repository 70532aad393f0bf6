/// Keeps one EndpointSlice per selector-bearing Service (named `<service>-<5 chars>`), listing every
/// pod with an IP and its ready/serving/terminating conditions, as `describe service` reads them.
public final class EndpointSliceController: Controller {
    public let name = "endpointslice"
    public init() {}

    /// The label linking a slice to its service.
    public static let serviceNameLabel = "kubernetes.io/service-name"

    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        switch event.object {
        case let service as Service:
            return [service.key]
        case let pod as Pod:
            return cluster.store.list(Service.self, namespace: pod.namespace).filter { $0.selects(pod) }.map(\.key)
        default:
            return []
        }
    }

    public func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        let existing = slices(of: key, in: cluster)
        guard let service = cluster.store.get(Service.self, key), let selector = service.spec.selector, !selector.isEmpty else {
            if key.name != "kubernetes" {
                for slice in existing { _ = try? cluster.api.remove(EndpointSlice.self, slice.key) }
            }
            return
        }
        let pods = cluster.store.list(Pod.self, namespace: key.namespace, labels: service.spec.selector ?? [:]).filter { service.selects($0) }
        var endpoints: [SliceEndpoint] = []
        var ports: [EndpointPort]?
        for pod in pods {
            guard let ip = pod.status.podIP, !ip.isEmpty, pod.status.phase != "Succeeded", pod.status.phase != "Failed"
            else { continue }
            var endpoint = SliceEndpoint(addresses: [ip])
            let terminating = pod.metadata.deletionTimestamp != nil
            let serving = pod.status.condition("Ready")?.status == "True" || service.spec.publishNotReadyAddresses == true
            endpoint.conditions.ready = serving && !terminating
            endpoint.conditions.serving = serving
            endpoint.conditions.terminating = terminating
            endpoint.nodeName = pod.spec.nodeName
            endpoint.targetRef = ObjectReference(kind: "Pod", namespace: pod.namespace, name: pod.name, uid: pod.metadata.uid)
            endpoints.append(endpoint)
            if ports == nil {
                // discovery/v1 names every port (a pointer the controller always sets, "" for an unnamed one).
                ports = EndpointsController.resolvePorts(service, pod).map { port in
                    var named = port
                    named.name = port.name ?? ""
                    return named
                }
            }
        }
        var slice = existing.first ?? EndpointSlice()
        if slice.metadata.name != nil, slice.endpoints == endpoints, slice.ports == ports { return }
        slice.endpoints = endpoints
        slice.ports = ports
        if slice.metadata.name == nil {
            slice.metadata = ObjectMeta()
            slice.metadata.generateName = "\(key.name)-"
            slice.metadata.namespace = key.namespace
            var labels = service.metadata.labelMap
            labels[EndpointSliceController.serviceNameLabel] = key.name
            labels["endpointslice.kubernetes.io/managed-by"] = "endpointslice-controller.k8s.io"
            slice.metadata.labels = labels
            slice.metadata.ownerReferences = [service.asControllerReference]
            _ = try? cluster.api.create(slice)
        } else {
            cluster.api.updateStatus(slice)
        }
    }

    private func slices(of key: ObjectKey, in cluster: Cluster) -> [EndpointSlice] {
        cluster.store.list(EndpointSlice.self, namespace: key.namespace)
            .filter { $0.metadata.labelMap[EndpointSliceController.serviceNameLabel] == key.name }
    }
}
