import KubeCluster

/// `kubectl describe endpointslice` (discovery.k8s.io/v1 layout): address type, the ports table, and
/// each endpoint with its addresses, readiness, hostname, target, node and zone.
public enum EndpointSliceDescriber {
    public static func describe(_ slice: EndpointSlice, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        out.field(0, "Name", slice.name)
        out.field(0, "Namespace", slice.namespace)
        out.list(0, "Labels", DescribeText.labels(slice.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(slice.metadata.annotations))
        out.field(0, "AddressType", slice.addressType)
        if let ports = slice.ports, !ports.isEmpty {
            out.line(0, "Ports:")
            out.line(1, "Name\tPort\tProtocol")
            out.line(1, "----\t----\t--------")
            for port in ports {
                let name = (port.name ?? "").isEmpty ? "<unset>" : port.name ?? ""
                out.line(1, "\(name)\t\(port.port)\t\(port.protocol ?? "TCP")")
            }
        } else {
            out.line(0, "Ports: <unset>")
        }
        if slice.endpoints.isEmpty {
            out.line(0, "Endpoints: <none>")
        } else {
            out.line(0, "Endpoints:")
            for endpoint in slice.endpoints { writeEndpoint(&out, endpoint) }
        }
        EventsSection.write(&out, store: store, now: now, namespace: slice.namespace, kind: EndpointSlice.kind,
                            name: slice.name, uid: slice.metadata.uid)
        return out.render()
    }

    static func writeEndpoint(_ out: inout DescribeWriter, _ endpoint: SliceEndpoint) {
        out.field(1, "- Addresses", endpoint.addresses.isEmpty ? "<none>" : endpoint.addresses.joined(separator: ", "))
        out.line(2, "Conditions:")
        out.field(3, "Ready", endpoint.conditions.ready.map { $0 ? "true" : "false" } ?? "<unset>")
        out.field(2, "Hostname", "<unset>")
        if let target = endpoint.targetRef { out.field(2, "TargetRef", "\(target.kind ?? "")/\(target.name ?? "")") }
        out.field(2, "NodeName", endpoint.nodeName ?? "<unset>")
        out.field(2, "Zone", "<unset>")
    }
}
