import Collections
import KubeCluster
import KubeCtl

/// `metrics.k8s.io/v1beta1` as metrics-server serves it (while it runs): NodeMetrics and PodMetrics from the
/// same samples `kubectl top` reads in the REPL.
extension APIRouter {
    func metrics(_ resource: APIResource, _ path: APIPath, _ request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" else { return StatusDocuments.methodNotAllowed(request.method, resource.name) }
        let labels: LabelSelector
        switch selectors(resource, request) {
        case .success(let pair): labels = pair.0
        case .failure(let response): return response
        }
        var items: [JSONValue] = []
        if resource.name == "nodes" {
            for node in cluster.store.list(Node.self) where path.name == nil || node.name == path.name {
                guard labels.matches(node.metadata.labelMap), let usage = ServerSideSupport.nodeUsage(node, in: cluster) else { continue }
                items.append(nodeMetrics(node, cpu: usage.cpuMillicores, memory: usage.memoryBytes))
            }
        } else {
            let namespace = path.namespace
            for (pod, usage) in ResourceMetricsAPI.podMetricsList(namespace: namespace, in: cluster, where: { pod in
                (path.name == nil || pod.name == path.name) && labels.matches(pod.metadata.labelMap)
            }) {
                items.append(podMetrics(pod, usage))
            }
        }
        if let name = path.name {
            guard let item = items.first else { return notFound(resource, name) }
            return jsonResponse(200, item)
        }
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = .string(resource.name == "nodes" ? "NodeMetricsList" : "PodMetricsList")
        root["apiVersion"] = "metrics.k8s.io/v1beta1"
        root["metadata"] = .emptyObject
        root["items"] = .array(items)
        return jsonResponse(200, .object(root))
    }

    private func nodeMetrics(_ node: Node, cpu: Int64, memory: Int64) -> JSONValue {
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = "NodeMetrics"
        root["apiVersion"] = "metrics.k8s.io/v1beta1"
        root["metadata"] = metadata(node)
        root["timestamp"] = .string(Timestamp(ResourceMetricsAPI.lastScrape(atOrBefore: cluster.now)).rfc3339)
        root["window"] = "15s"
        root["usage"] = ["cpu": .string("\(cpu)m"), "memory": .string(String(memory))]
        return .object(root)
    }

    private func podMetrics(_ pod: Pod, _ usage: PodUsage) -> JSONValue {
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = "PodMetrics"
        root["apiVersion"] = "metrics.k8s.io/v1beta1"
        root["metadata"] = metadata(pod)
        root["timestamp"] = .string(Timestamp(usage.timestamp).rfc3339)
        root["window"] = .string("\(Int(usage.window))s")
        root["containers"] = .array(usage.containers.map { container in
            ["name": .string(container.name),
             "usage": ["cpu": .string("\(container.cpuMillicores)m"), "memory": .string(String(container.memoryBytes))]]
        })
        return .object(root)
    }

    private func metadata(_ object: any APIObject) -> JSONValue {
        var metadata = OrderedDictionary<String, JSONValue>()
        metadata["name"] = .string(object.name)
        if !object.namespace.isEmpty { metadata["namespace"] = .string(object.namespace) }
        metadata["creationTimestamp"] = .string(cluster.timestamp.rfc3339)
        if let labels = ServedJSON.encode(object)["metadata"]?["labels"] { metadata["labels"] = labels }
        return .object(metadata)
    }
}
