import KubeCluster

/// A URL as curl and wget read it: an optional scheme (http by default), a host, a port, a path.
struct RequestURL: Equatable {
    var scheme: String
    var host: String
    var port: Int
    var path: String
    /// True when the text named a port (it then appears in the Host header).
    var explicitPort: Bool

    /// Reads `text`; nil when it has no host.
    init?(_ text: String) {
        var rest = Substring(text)
        scheme = "http"
        if let range = rest.range(of: "://") {
            scheme = rest[..<range.lowerBound].lowercased()
            rest = rest[range.upperBound...]
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let remainder = rest.dropFirst(authority.count)
        path = remainder.isEmpty ? "/" : (remainder.first == "/" ? String(remainder) : "/" + remainder)
        if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        var hostPart = String(authority)
        if let at = hostPart.lastIndex(of: "@") { hostPart = String(hostPart[hostPart.index(after: at)...]) }
        var portText: String?
        if hostPart.hasPrefix("["), let close = hostPart.firstIndex(of: "]") {
            host = String(hostPart[hostPart.index(after: hostPart.startIndex)..<close])
            let after = hostPart[hostPart.index(after: close)...]
            if after.hasPrefix(":") { portText = String(after.dropFirst()) }
        } else if let colon = hostPart.lastIndex(of: ":") {
            host = String(hostPart[..<colon])
            portText = String(hostPart[hostPart.index(after: colon)...])
        } else {
            host = hostPart
        }
        guard !host.isEmpty else { return nil }
        explicitPort = portText.map { !$0.isEmpty } ?? false
        if let portText, !portText.isEmpty {
            guard let number = Int(portText), (0...65535).contains(number) else { return nil }
            port = number
        } else {
            port = scheme == "https" ? 443 : 80
        }
    }

    /// The Host header: `host` or `host:port`.
    var hostHeader: String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return explicitPort ? "\(shown):\(port)" : shown
    }

    /// True for the loopback names and addresses.
    var isLoopback: Bool { ["localhost", "127.0.0.1", "::1", "0.0.0.0"].contains(host.lowercased()) }
}

/// What a simulated connection produced.
enum HTTPOutcome {
    /// An answer; `address` is the IP connected to.
    case response(HTTPResponseSim, address: String)
    /// Nothing listens (or kube-proxy rejects): curl error 7.
    case refused(address: String)
    /// The name does not resolve: curl error 6.
    case unresolved
    /// Packets go nowhere (unroutable address) or the server never answers: the client waits for its timeout.
    case hangs(address: String, connected: Bool)
    /// The server closed without answering (a TCP service spoken to in HTTP): curl error 52.
    case emptyReply(address: String)
}

/// Where an HTTP client runs: the learner's machine or a container. It routes a request to its target.
protocol HTTPNetwork {
    /// Sends `request` to `url`; `note` receives lines other programs print meanwhile (port-forward's
    /// `Handling connection for 8080`).
    func send(_ url: RequestURL, _ request: HTTPRequestSim, note: (String) -> Void) -> HTTPOutcome
}

/// Routes both networks share: node ports, Services, and the cluster's answers as outcomes.
extension HTTPNetwork {
    /// The answer of the Service behind a node port, if `port` is one.
    func viaNodePort(_ cluster: Cluster, port: Int, url: RequestURL, request: HTTPRequestSim, address: String) -> HTTPOutcome? {
        for service in cluster.store.list(Service.self) {
            guard let servicePort = service.spec.ports?.first(where: { $0.nodePort.map(Int.init) == port }) else { continue }
            return viaService(cluster, service: service, port: servicePort.port, url: url, request: request, address: address)
        }
        return nil
    }

    /// The answer of a Service's endpoints on service port `port`.
    func viaService(_ cluster: Cluster, service: Service, port: Int32, url: RequestURL, request: HTTPRequestSim,
                    address: String) -> HTTPOutcome {
        guard let clusterIP = service.spec.clusterIP, clusterIP != "None" else { return .refused(address: address) }
        let target = "http://\(clusterIP):\(port)\(url.path)"
        return outcome(cluster.request(url: target, from: service.namespace, request: request), address: address)
    }

    /// Turns the cluster's answer into an outcome.
    func outcome(_ result: Result<HTTPResponseSim, ConnectionFailure>, address: String) -> HTTPOutcome {
        switch result {
        case .success(let response):
            return response.status == 0 ? .emptyReply(address: address) : .response(response, address: address)
        case .failure(.refused), .failure(.noEndpoints): return .refused(address: address)
        case .failure(.unknownHost): return .unresolved
        case .failure(.timedOut): return .hangs(address: address, connected: true)
        }
    }
}

/// The learner's machine: node IPs (NodePorts), LoadBalancer IPs once assigned, and `localhost` ports opened by
/// `kubectl port-forward` and `kubectl proxy`. Cluster-internal addresses are not routed there.
struct HostNetwork: HTTPNetwork {
    let session: KubectlSession

    func send(_ url: RequestURL, _ request: HTTPRequestSim, note: (String) -> Void) -> HTTPOutcome {
        let cluster = session.cluster
        var request = request
        if url.isLoopback {
            let address = url.host == "::1" ? "::1" : "127.0.0.1"
            if let forward = session.localListeners.forwards[url.port] {
                return PortForwarding.connect(session, localPort: url.port, forward: forward, url: url, request: request, note: note)
            }
            if let proxy = session.localListeners.proxies[url.port] {
                let response = APIProxyResponder(session: session, proxy: proxy).respond(url: url, request: request)
                return .response(response, address: address)
            }
            return .refused(address: address)
        }
        let nodes = cluster.store.list(Node.self)
        if let node = nodes.first(where: { node in (node.status.addresses ?? []).contains { $0.address == url.host } }) {
            guard cluster.isNodeUp(node.name) else { return .hangs(address: url.host, connected: false) }
            request.clientIP = "10.244.0.1"
            return viaNodePort(cluster, port: url.port, url: url, request: request, address: url.host) ?? .refused(address: url.host)
        }
        for service in cluster.store.list(Service.self) {
            guard (service.status.loadBalancer.ingress ?? []).contains(where: { $0.ip == url.host }) else { continue }
            guard let port = service.spec.ports?.first(where: { Int($0.port) == url.port }) else { return .refused(address: url.host) }
            request.clientIP = "10.244.0.1"
            return viaService(cluster, service: service, port: port.port, url: url, request: request, address: url.host)
        }
        if HostNetwork.isIPAddress(url.host) { return .hangs(address: url.host, connected: false) }
        return .unresolved
    }

    /// True for dotted IPv4 and bracket-free IPv6 literals.
    static func isIPAddress(_ host: String) -> Bool {
        if host.contains(":") { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in Int(part).map { (0...255).contains($0) } ?? false }
    }
}

/// A container's view: `localhost` is the pod itself; Service names (`web`, `web.shop`,
/// `web.shop.svc.cluster.local`), ClusterIPs, pod IPs and node ports are reachable.
struct PodNetwork: HTTPNetwork {
    let cluster: Cluster
    let pod: Pod

    func send(_ url: RequestURL, _ request: HTTPRequestSim, note: (String) -> Void) -> HTTPOutcome {
        var request = request
        request.clientIP = pod.status.podIP ?? request.clientIP
        if url.isLoopback {
            request.clientIP = "127.0.0.1"
            return outcome(cluster.respond(namespace: pod.namespace, pod: pod.name, port: Int32(url.port), request: request),
                           address: "127.0.0.1")
        }
        let nodes = cluster.store.list(Node.self)
        if nodes.contains(where: { node in (node.status.addresses ?? []).contains { $0.address == url.host } }) {
            return viaNodePort(cluster, port: url.port, url: url, request: request, address: url.host) ?? .refused(address: url.host)
        }
        let address = resolvedAddress(url.host)
        guard let address else { return .unresolved }
        let target = "http://\(url.host):\(url.port)\(url.path)"
        return outcome(cluster.request(url: target, from: pod.namespace, request: request), address: address)
    }

    /// The IP a name resolves to inside the cluster (a Service's ClusterIP), or the address itself.
    func resolvedAddress(_ host: String) -> String? {
        if HostNetwork.isIPAddress(host) { return host }
        let labels = host.split(separator: ".").map(String.init)
        guard let name = labels.first else { return nil }
        if labels.count > 2, labels[2] != "svc" { return nil }
        let namespace = labels.count > 1 ? labels[1] : pod.namespace
        return cluster.store.get(Service.self, namespace: namespace, name: name)?.spec.clusterIP
    }
}
