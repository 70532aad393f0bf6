import KubeCluster

/// `kubectl describe service` (1.32 reads the EndpointSlices for the `Endpoints:` lines).
public enum ServiceDescriber {
    public static func describe(_ service: Service, store: ObjectStore, now: Double) -> String {
        var out = DescribeWriter()
        let spec = service.spec
        out.field(0, "Name", service.name)
        out.field(0, "Namespace", service.namespace)
        out.list(0, "Labels", DescribeText.labels(service.metadata.labels))
        out.list(0, "Annotations", DescribeText.annotations(service.metadata.annotations))
        out.field(0, "Selector", spec.selector.map { DescribeText.labels($0).joined(separator: ",") }.flatMap { $0.isEmpty ? nil : $0 } ?? "<none>")
        out.field(0, "Type", spec.type ?? "ClusterIP")
        if let policy = spec.ipFamilyPolicy { out.field(0, "IP Family Policy", policy) }
        if let families = spec.ipFamilies { out.field(0, "IP Families", families.joined(separator: ",")) }
        if let ip = spec.clusterIP, !ip.isEmpty {
            out.field(0, "IP", ip)
            out.field(0, "IPs", (spec.clusterIPs ?? [ip]).joined(separator: ","))
        }
        if let externalIPs = spec.externalIPs, !externalIPs.isEmpty { out.field(0, "External IPs", externalIPs.joined(separator: ",")) }
        if let ingress = service.status.loadBalancer.ingress, !ingress.isEmpty {
            out.field(0, "LoadBalancer Ingress", ingress.map { ($0.ip ?? $0.hostname ?? "") + ($0.ipMode.map { " (\($0))" } ?? "") }
                .joined(separator: ", "))
        }
        if let externalName = spec.externalName { out.field(0, "External Name", externalName) }
        let slices = store.list(EndpointSlice.self, namespace: service.namespace)
            .filter { $0.metadata.labelMap[EndpointSliceController.serviceNameLabel] == service.name }
        for port in spec.ports ?? [] {
            let name = (port.name ?? "").isEmpty ? "<unset>" : port.name ?? ""
            let proto = port.protocol ?? "TCP"
            out.field(0, "Port", "\(name)  \(port.port)/\(proto)")
            if let target = port.targetPort {
                switch target {
                case .int(let number): out.field(0, "TargetPort", "\(number)/\(proto)")
                case .string(let text): out.field(0, "TargetPort", "\(text)/\(proto)")
                }
            }
            if let nodePort = port.nodePort, nodePort != 0 { out.field(0, "NodePort", "\(name)  \(nodePort)/\(proto)") }
            out.field(0, "Endpoints", endpoints(for: port, slices: slices, service: service, store: store))
        }
        out.field(0, "Session Affinity", spec.sessionAffinity ?? "None")
        if spec.type == "NodePort" || spec.type == "LoadBalancer" {
            out.field(0, "External Traffic Policy", spec.externalTrafficPolicy ?? "Cluster")
        }
        if let policy = spec.internalTrafficPolicy { out.field(0, "Internal Traffic Policy", policy) }
        EventsSection.write(&out, store: store, now: now, namespace: service.namespace, kind: Service.kind,
                            name: service.name, uid: service.metadata.uid)
        return out.render()
    }

    static func endpoints(for port: ServicePort, slices: [EndpointSlice], service: Service, store: ObjectStore) -> String {
        var entries: [String] = []
        if slices.isEmpty, let legacy = store.get(Endpoints.self, service.key) {
            for subset in legacy.subsets ?? [] {
                let number = subset.ports?.first { $0.name == port.name || subset.ports?.count == 1 }?.port
                for address in subset.addresses ?? [] { entries.append(number.map { "\(address.ip):\($0)" } ?? address.ip) }
            }
        }
        for slice in slices {
            guard let slicePort = slice.ports?.first(where: { ($0.name ?? "") == (port.name ?? "") }) else { continue }
            for endpoint in slice.endpoints where endpoint.conditions.ready != false {
                for address in endpoint.addresses { entries.append("\(address):\(slicePort.port)") }
            }
        }
        return entries.isEmpty ? "<none>" : entries.joined(separator: ",")
    }
}
