/// Service defaulting, validation and address allocation, as the API server does them.
extension Service: APIObjectRules {
    public static let serviceTypes = ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"]

    public mutating func applyDefaults(in cluster: Cluster) {
        if spec.type == nil || spec.type == "" { spec.type = "ClusterIP" }
        if spec.sessionAffinity == nil { spec.sessionAffinity = "None" }
        let type = spec.type ?? "ClusterIP"
        if var ports = spec.ports {
            for index in ports.indices {
                if ports[index].protocol == nil { ports[index].protocol = "TCP" }
                if ports[index].targetPort == nil, type != "ExternalName" { ports[index].targetPort = .int(ports[index].port) }
            }
            spec.ports = ports
        }
        guard type != "ExternalName" else { return }
        if spec.ipFamilies == nil { spec.ipFamilies = ["IPv4"] }
        if spec.ipFamilyPolicy == nil { spec.ipFamilyPolicy = "SingleStack" }
        if spec.internalTrafficPolicy == nil { spec.internalTrafficPolicy = "Cluster" }
        if type == "NodePort" || type == "LoadBalancer", spec.externalTrafficPolicy == nil {
            spec.externalTrafficPolicy = "Cluster"
        }
        if type == "LoadBalancer", spec.allocateLoadBalancerNodePorts == nil { spec.allocateLoadBalancerNodePorts = true }
    }

    public func validationErrors(old: Service?, in cluster: Cluster) -> [FieldError] {
        var errors: [FieldError] = []
        let type = spec.type ?? "ClusterIP"
        if !Service.serviceTypes.contains(type) {
            errors.append(FieldError(.notSupported, "spec.type", value: FieldError.quote(type),
                                     "supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\""))
        }
        if type == "ExternalName" {
            if (spec.externalName ?? "").isEmpty { errors.append(FieldError(.required, "spec.externalName")) }
        } else if (spec.ports ?? []).isEmpty, spec.clusterIP != "None" {
            errors.append(FieldError(.required, "spec.ports"))
        }
        var names = Set<String>()
        for (index, port) in (spec.ports ?? []).enumerated() {
            let path = "spec.ports[\(index)]"
            if !(1...65535).contains(port.port) {
                errors.append(FieldError(.invalid, "\(path).port", value: String(port.port), "must be between 1 and 65535, inclusive"))
            }
            if (spec.ports ?? []).count > 1, (port.name ?? "").isEmpty {
                errors.append(FieldError(.required, "\(path).name"))
            }
            if let name = port.name, !name.isEmpty, !names.insert(name).inserted {
                errors.append(FieldError(.duplicate, "\(path).name", value: FieldError.quote(name)))
            }
            if let proto = port.protocol, !["TCP", "UDP", "SCTP"].contains(proto) {
                errors.append(FieldError(.notSupported, "\(path).protocol", value: FieldError.quote(proto),
                                         "supported values: \"SCTP\", \"TCP\", \"UDP\""))
            }
            if let nodePort = port.nodePort, nodePort != 0 {
                if type == "ClusterIP" {
                    errors.append(FieldError(.forbidden, "\(path).nodePort", "may not be used when `type` is 'ClusterIP'"))
                } else if !(30000...32767).contains(nodePort) {
                    errors.append(FieldError(.invalid, "\(path).nodePort", value: String(nodePort),
                                             "provided port is not in the valid range. The range of valid ports is 30000-32767"))
                }
            }
            if case .int(let target)? = port.targetPort, !(1...65535).contains(target) {
                errors.append(FieldError(.invalid, "\(path).targetPort", value: String(target), "must be between 1 and 65535, inclusive"))
            }
        }
        if let old, let oldIP = old.spec.clusterIP, !oldIP.isEmpty, let newIP = spec.clusterIP, !newIP.isEmpty,
           newIP != oldIP, (old.spec.type ?? "") != "ExternalName", type != "ExternalName" {
            errors.append(FieldError(.invalid, "spec.clusterIPs[0]", value: FieldError.quote(newIP), "may not change once set"))
        }
        return errors
    }

    public mutating func admit(in cluster: Cluster) throws {
        let type = spec.type ?? "ClusterIP"
        if type != "ExternalName" {
            if let requested = spec.clusterIP, !requested.isEmpty {
                if requested != "None", !cluster.addresses.reserveClusterIP(requested) {
                    throw APIError.invalid(kind: Service.kind, group: "", name: name, [FieldError(.invalid,
                        "spec.clusterIPs", value: "[]string{\(FieldError.quote(requested))}",
                        "failed to allocate IP \(requested): provided IP is already allocated")])
                }
            } else if let ip = cluster.addresses.allocateClusterIP(using: &cluster.random) {
                spec.clusterIP = ip
            }
            if let ip = spec.clusterIP { spec.clusterIPs = [ip] }
        } else {
            spec.clusterIP = nil
            spec.clusterIPs = nil
        }
        try allocateNodePorts(in: cluster, keeping: [])
    }

    /// Gives every port of a NodePort/LoadBalancer service a node port, keeping `kept` ones already held.
    mutating func allocateNodePorts(in cluster: Cluster, keeping kept: Set<Int32>) throws {
        let type = spec.type ?? "ClusterIP"
        guard type == "NodePort" || (type == "LoadBalancer" && spec.allocateLoadBalancerNodePorts != false),
              var ports = spec.ports else { return }
        for index in ports.indices {
            if let requested = ports[index].nodePort, requested != 0 {
                if kept.contains(requested) { continue }
                if !cluster.addresses.reserveNodePort(requested) {
                    throw APIError.invalid(kind: Service.kind, group: "", name: name, [FieldError(.invalid,
                        "spec.ports[\(index)].nodePort", value: String(requested), "provided port is already allocated")])
                }
            } else {
                ports[index].nodePort = cluster.addresses.allocateNodePort(using: &cluster.random)
            }
        }
        spec.ports = ports
    }

    public mutating func prepareForUpdate(from old: Service, in cluster: Cluster) throws {
        let type = spec.type ?? "ClusterIP"
        if type != "ExternalName", (old.spec.type ?? "ClusterIP") != "ExternalName" {
            if spec.clusterIP?.isEmpty ?? true { spec.clusterIP = old.spec.clusterIP }
            spec.clusterIPs = spec.clusterIP.map { [$0] }
        } else if type != "ExternalName" {
            try admit(in: cluster)
            return
        }
        let oldPorts = old.spec.ports ?? []
        if var ports = spec.ports, type == "NodePort" || type == "LoadBalancer" {
            for index in ports.indices where (ports[index].nodePort ?? 0) == 0 {
                ports[index].nodePort = oldPorts.first {
                    $0.port == ports[index].port && ($0.protocol ?? "TCP") == (ports[index].protocol ?? "TCP")
                }?.nodePort
            }
            spec.ports = ports
        }
        let kept = Set(oldPorts.compactMap(\.nodePort))
        try allocateNodePorts(in: cluster, keeping: kept)
        let stillUsed = Set((spec.ports ?? []).compactMap(\.nodePort))
        for port in kept where !stillUsed.contains(port) { cluster.addresses.releaseNodePort(port) }
        if type == "ClusterIP" || type == "ExternalName" {
            spec.ports = spec.ports.map { $0.map { var port = $0; port.nodePort = nil; return port } }
        }
    }

    public func release(in cluster: Cluster) {
        if let ip = spec.clusterIP, ip != "None" { cluster.addresses.releaseClusterIP(ip) }
        for port in spec.ports ?? [] { if let nodePort = port.nodePort { cluster.addresses.releaseNodePort(nodePort) } }
    }
}
