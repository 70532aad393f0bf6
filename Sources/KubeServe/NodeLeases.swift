import Collections
import KubeCluster
import KubeCtl

/// The node heartbeat Leases (`kube-node-lease/<node>`) a real cluster keeps and `kubectl describe node` reads:
/// derived from each node's Ready condition, since the simulated kubelets heartbeat through node status only.
extension APIRouter {
    /// The namespace node leases live in.
    static let nodeLeaseNamespace = "kube-node-lease"

    /// `GET` on leases: the derived node leases (read-only).
    func nodeLeases(_ resource: APIResource, _ path: APIPath, _ request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" else {
            return StatusDocuments.failure(code: 405, reason: "MethodNotAllowed",
                                           message: "kubetutor's simulated cluster does not store \(resource.qualifiedName)")
        }
        let inScope = path.namespace == nil || path.namespace == APIRouter.nodeLeaseNamespace
        let nodes = inScope ? cluster.store.list(Node.self) : []
        if let name = path.name {
            guard let node = nodes.first(where: { $0.name == name }) else { return notFound(resource, name) }
            return jsonResponse(200, lease(for: node))
        }
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = "LeaseList"
        root["apiVersion"] = "coordination.k8s.io/v1"
        root["metadata"] = ["resourceVersion": .string(String(cluster.store.revision))]
        root["items"] = .array(nodes.map { lease(for: $0) })
        return jsonResponse(200, .object(root))
    }

    private func lease(for node: Node) -> JSONValue {
        let nodeJSON = ServedJSON.encode(node)
        var metadata = OrderedDictionary<String, JSONValue>()
        metadata["name"] = .string(node.name)
        metadata["namespace"] = .string(APIRouter.nodeLeaseNamespace)
        metadata["uid"] = .string(node.metadata.uid.map { "lease-" + $0 } ?? "")
        metadata["resourceVersion"] = nodeJSON["metadata"]?["resourceVersion"] ?? .string("")
        metadata["creationTimestamp"] = nodeJSON["metadata"]?["creationTimestamp"] ?? .null
        metadata["ownerReferences"] = [["apiVersion": "v1", "kind": "Node", "name": .string(node.name),
                                        "uid": .string(node.metadata.uid ?? "")]]
        var spec = OrderedDictionary<String, JSONValue>()
        spec["holderIdentity"] = .string(node.name)
        spec["leaseDurationSeconds"] = 40
        if let heartbeat = node.status.condition("Ready")?.lastHeartbeatTime, !heartbeat.isZero {
            spec["renewTime"] = .string(String(heartbeat.rfc3339.dropLast()) + ".000000Z")
        }
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = "Lease"
        root["apiVersion"] = "coordination.k8s.io/v1"
        root["metadata"] = .object(metadata)
        root["spec"] = .object(spec)
        return .object(root)
    }
}
