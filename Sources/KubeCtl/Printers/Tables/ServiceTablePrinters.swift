import KubeCluster

/// `kubectl get services`: NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE, wide SELECTOR.
public enum ServiceTablePrinter: TablePrinter {
    public static let columns = [
        TableColumn("NAME", isName: true), TableColumn("TYPE"), TableColumn("CLUSTER-IP"), TableColumn("EXTERNAL-IP"),
        TableColumn("PORT(S)"), TableColumn("AGE"), TableColumn("SELECTOR", wide: true),
    ]

    public static func cells(_ service: Service, _ context: TableContext) -> [String] {
        cells(service, context, wide: false)
    }

    /// The row; `wide` changes only how a long LoadBalancer address list is shortened.
    public static func cells(_ service: Service, _ context: TableContext, wide: Bool) -> [String] {
        let spec = service.spec
        let clusterIP = spec.clusterIPs?.first ?? spec.clusterIP.flatMap { $0.isEmpty ? nil : $0 } ?? "<none>"
        let ports = (spec.ports ?? []).map { port -> String in
            let proto = port.protocol ?? "TCP"
            if let nodePort = port.nodePort, nodePort > 0 { return "\(port.port):\(nodePort)/\(proto)" }
            return "\(port.port)/\(proto)"
        }
        let selector = (spec.selector ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return [service.metadata.nameValue, spec.type ?? "ClusterIP", clusterIP, externalIP(service, wide: wide), joinedOrNone(ports),
                context.age(service.metadata.creationTimestamp), joinedOrNone(selector)]
    }

    static func externalIP(_ service: Service, wide: Bool) -> String {
        let external = service.spec.externalIPs ?? []
        switch service.spec.type ?? "ClusterIP" {
        case "ClusterIP", "NodePort":
            return external.isEmpty ? "<none>" : external.joined(separator: ",")
        case "LoadBalancer":
            var addresses = Set((service.status.loadBalancer.ingress ?? []).compactMap { $0.ip ?? $0.hostname }).sorted()
                .joined(separator: ",")
            if !wide, addresses.count > 16 { addresses = String(addresses.prefix(13)) + "..." }
            let all = ([addresses].filter { !$0.isEmpty } + external).joined(separator: ",")
            return all.isEmpty ? "<pending>" : all
        case "ExternalName":
            return service.spec.externalName ?? ""
        default:
            return "<unknown>"
        }
    }
}

/// `kubectl get endpoints`: NAME ENDPOINTS AGE (ready addresses only, at most three, then "+ N more...").
public enum EndpointsTablePrinter: TablePrinter {
    public static let columns = [TableColumn("NAME", isName: true), TableColumn("ENDPOINTS"), TableColumn("AGE")]

    public static func cells(_ endpoints: Endpoints, _ context: TableContext) -> [String] {
        [endpoints.metadata.nameValue, format(endpoints.subsets ?? []), context.age(endpoints.metadata.creationTimestamp)]
    }

    static func format(_ subsets: [EndpointSubset]) -> String {
        guard !subsets.isEmpty else { return "<none>" }
        var entries: [String] = []
        var count = 0
        for subset in subsets {
            let addresses = subset.addresses ?? []
            let ports = subset.ports ?? []
            if ports.isEmpty {
                for address in addresses {
                    if entries.count < 3 { entries.append(address.ip) }
                    count += 1
                }
            } else {
                for port in ports {
                    for address in addresses {
                        if entries.count < 3 { entries.append("\(address.ip):\(port.port)") }
                        count += 1
                    }
                }
            }
        }
        var text = entries.joined(separator: ",")
        if count > 3 { text += " + \(count - 3) more..." }
        return text
    }
}

/// `kubectl get endpointslices`: NAME ADDRESSTYPE PORTS ENDPOINTS AGE.
public enum EndpointSliceTablePrinter: TablePrinter {
    public static let columns = [
        TableColumn("NAME", isName: true), TableColumn("ADDRESSTYPE"), TableColumn("PORTS"), TableColumn("ENDPOINTS"),
        TableColumn("AGE"),
    ]

    public static func cells(_ slice: EndpointSlice, _ context: TableContext) -> [String] {
        let ports = (slice.ports ?? []).map { String($0.port) }
        let addresses = slice.endpoints.flatMap(\.addresses)
        return [slice.metadata.nameValue, slice.addressType, limited(ports), limited(addresses), context.age(slice.metadata.creationTimestamp)]
    }

    static func limited(_ items: [String]) -> String {
        guard !items.isEmpty else { return "<unset>" }
        var text = items.prefix(3).joined(separator: ",")
        if items.count > 3 { text += " + \(items.count - 3) more..." }
        return text
    }
}
