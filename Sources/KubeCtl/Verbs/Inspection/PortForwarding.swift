import KubeCluster

/// `kubectl port-forward TYPE/NAME [LOCAL:]REMOTE…` and `kubectl proxy`. The real commands keep running
/// until Ctrl-C; here they print their `Forwarding from …` / `Starting to serve on …` lines, register the
/// listener in the session, say so in a note on stderr, and return, so `curl localhost:PORT` works afterwards.
enum PortForwarding {
    /// A requested `[LOCAL_PORT:]REMOTE_PORT` pair; the remote side may be a port name.
    struct PortPair {
        var local: Int?
        var remote: String
    }

    static func run(_ context: VerbContext) -> Int32 {
        let arguments = context.invocation.arguments
        guard arguments.count >= 2, let target = arguments.first else {
            return context.usage("TYPE/NAME and list of ports are required for port-forward")
        }
        var pairs: [PortPair] = []
        for text in arguments.dropFirst() {
            guard let pair = parsePair(text) else { return context.fail("Error parsing local port '\(text)': invalid syntax") }
            pairs.append(pair)
        }
        let timeout = context.invocation.duration("pod-running-timeout").seconds
        let pod: Pod
        switch PodSelection.pod(for: target, namespace: context.namespace, cluster: context.cluster, preference: .active,
                                timeout: timeout, selectorFailure: { "cannot attach to \($0): \($1)" }) {
        case .pod(let found, _): pod = found
        case .message(let text): return context.fail(text)
        case .apiError(let error): return context.fail(error)
        }
        var service: Service?
        if target.contains("/"), case .success(let found) = PodSelection.resolveObject(target, namespace: context.namespace,
                                                                                         store: context.store) {
            service = found.object as? Service
        }
        guard pod.status.phase == "Running" else {
            return context.fail("unable to forward port because pod is not running. Current status=\(pod.status.phase ?? "Pending")")
        }
        var resolved: [(local: Int, remote: Int32)] = []
        for pair in pairs {
            switch remotePort(pair.remote, pod: pod, service: service) {
            case .success(let port): resolved.append((pair.local ?? Int(port), port))
            case .failure(let message): return context.fail(message.text)
            }
        }
        let addresses = listenAddresses(context.invocation.strings("address"))
        var listeners = context.session.localListeners
        for index in resolved.indices where resolved[index].local == 0 {
            resolved[index].local = freePort(listeners, cluster: context.cluster)
        }
        for (local, remote) in resolved {
            let forward = LocalListeners.PortForward(namespace: pod.namespace, pod: pod.name, remotePort: remote, addresses: addresses)
            if listeners.proxies[local] != nil || (listeners.forwards[local].map { $0 != forward } ?? false) {
                let errors = addresses.map { address in
                    "unable to create listener: Error listen \(address.hasPrefix("[") ? "tcp6" : "tcp4") \(address):\(local): bind: address already in use"
                }
                context.errorLine("Unable to listen on port \(local): Listeners failed to create with the following errors: [\(errors.joined(separator: " "))]")
                return context.fail("unable to listen on any of the requested ports: [{\(local) \(remote)}]")
            }
            listeners.forwards[local] = forward
        }
        context.session.localListeners = listeners
        for (local, remote) in resolved {
            for address in addresses { context.line("Forwarding from \(address):\(local) -> \(remote)") }
        }
        let ports = resolved.map { "localhost:\($0.local)" }.joined(separator: ", ")
        context.errorLine("(kubetutor: the forward stays open in the background for this session instead of holding the prompt; "
            + "try curl \(ports))")
        return 0
    }

    /// `8080`, `7080:8080`, `:80` (a free local port), or a port name on the remote side.
    static func parsePair(_ text: String) -> PortPair? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            guard !parts[0].isEmpty else { return nil }
            if let number = Int(parts[0]) { return (1...65535).contains(number) ? PortPair(local: number, remote: parts[0]) : nil }
            return PortPair(local: nil, remote: parts[0])
        case 2:
            guard !parts[1].isEmpty else { return nil }
            if parts[0].isEmpty { return PortPair(local: 0, remote: parts[1]) }
            guard let local = Int(parts[0]), (0...65535).contains(local) else { return nil }
            return PortPair(local: local, remote: parts[1])
        default:
            return nil
        }
    }

    /// The pod port a requested remote port means: a number, a container port name, or — through a
    /// Service — the service port's target port.
    static func remotePort(_ text: String, pod: Pod, service: Service?) -> Result<Int32, KubectlMessage> {
        if let service {
            let port = service.spec.ports?.first { port in
                (Int32(text).map { port.port == $0 } ?? false) || port.name == text
            }
            guard let port else {
                return .failure(KubectlMessage("Service \(service.name) does not have a service port \(text)"))
            }
            switch port.targetPort ?? .int(port.port) {
            case .int(let number): return .success(number)
            case .string(let name): return containerPort(named: name, in: pod)
            }
        }
        if let number = Int32(text) { return .success(number) }
        return containerPort(named: text, in: pod)
    }

    static func containerPort(named name: String, in pod: Pod) -> Result<Int32, KubectlMessage> {
        for container in pod.spec.containers {
            if let port = container.ports?.first(where: { $0.name == name }) { return .success(port.containerPort) }
        }
        return .failure(KubectlMessage("Pod '\(pod.name)' does not have a named port '\(name)'"))
    }

    /// `--address`: `localhost` listens on both loopback addresses.
    static func listenAddresses(_ given: [String]) -> [String] {
        let requested = given.isEmpty ? ["localhost"] : given
        var addresses: [String] = []
        for address in requested {
            if address == "localhost" { addresses += ["127.0.0.1", "[::1]"] } else { addresses.append(address) }
        }
        return addresses
    }

    /// A free ephemeral port, chosen with the cluster's seeded randomness.
    static func freePort(_ listeners: LocalListeners, cluster: Cluster) -> Int {
        var port = cluster.random.int(in: 32768...60999)
        while listeners.isListening(on: port) { port += 1 }
        return port
    }

    /// A connection to a forwarded local port: kubectl notes it, the pod answers on the remote port.
    static func connect(_ session: KubectlSession, localPort: Int, forward: LocalListeners.PortForward, url: RequestURL,
                        request: HTTPRequestSim, note: (String) -> Void) -> HTTPOutcome {
        let address = url.host == "::1" ? "::1" : "127.0.0.1"
        guard let pod = session.cluster.store.get(Pod.self, namespace: forward.namespace, name: forward.pod),
              pod.status.phase == "Running", !pod.metadata.isDeleting else {
            session.localListeners.forwards[localPort] = nil
            note("error: lost connection to pod")
            return .refused(address: address)
        }
        note("Handling connection for \(localPort)")
        var sent = request
        sent.clientIP = "127.0.0.1"
        let result = session.cluster.respond(namespace: forward.namespace, pod: forward.pod, port: forward.remotePort, request: sent)
        switch result {
        case .failure(.refused):
            note("E0105 portforward.go:424] \"Unhandled Error\" err=\"an error occurred forwarding \(localPort) -> \(forward.remotePort): "
                + "error forwarding port \(forward.remotePort) to pod \(pod.metadata.uid ?? ""), uid : failed to execute portforward in "
                + "network namespace: failed to connect to localhost:\(forward.remotePort) inside namespace: connection refused\"")
            return .emptyReply(address: address)
        default:
            return HostNetwork(session: session).outcome(result, address: address)
        }
    }

    static func proxy(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        var port = invocation.int("port")
        let address = invocation.string("address")
        var prefix = invocation.string("api-prefix")
        if !prefix.hasPrefix("/") { prefix = "/" + prefix }
        var listeners = context.session.localListeners
        if port == 0 { port = freePort(listeners, cluster: context.cluster) }
        let proxy = LocalListeners.APIProxy(address: address, port: port, apiPrefix: prefix)
        if listeners.forwards[port] != nil || (listeners.proxies[port].map { $0 != proxy } ?? false) {
            return context.fail("listen tcp \(address):\(port): bind: address already in use")
        }
        listeners.proxies[port] = proxy
        context.session.localListeners = listeners
        context.line("Starting to serve on \(address):\(port)")
        context.errorLine("(kubetutor: the proxy stays open in the background for this session instead of holding the prompt; "
            + "try curl localhost:\(port)/version)")
        return 0
    }
}
