import Foundation

/// Why a simulated connection failed (curl/wget wording is the caller's business).
public enum ConnectionFailure: Error, Equatable, Sendable {
    /// Nothing listens on the port (or the container is not running).
    case refused(host: String, port: Int32)
    /// The name does not resolve.
    case unknownHost(String)
    /// The app accepted the connection but never answered.
    case timedOut(host: String, port: Int32)
    /// A Service with no ready endpoints.
    case noEndpoints(service: String)
}

/// Where a request lands: a pod's container port.
struct TrafficTarget {
    var pod: Pod
    var port: Int32
}

/// Traffic between simulated pods: resolving hosts (Service names, ClusterIPs, pod IPs), picking a ready
/// endpoint, answering from the container's server, and the request rate load generators put on pods.
extension KubeletController {
    /// The ready pods behind `service` with the target port for service port `port` (first port when nil).
    func endpoints(of service: Service, port: Int32?, in cluster: Cluster) -> [TrafficTarget] {
        guard let selector = service.spec.selector, !selector.isEmpty else { return [] }
        let servicePort = service.spec.ports?.first { port == nil || $0.port == port } ?? service.spec.ports?.first
        let pods = cluster.store.list(Pod.self, namespace: service.namespace, labels: selector).filter { pod in
            selector.allSatisfy { pod.metadata.labelMap[$0.key] == $0.value } && !pod.metadata.isDeleting
                && pod.status.condition("Ready")?.status == "True"
        }
        return pods.compactMap { pod in
            guard let servicePort else { return nil }
            switch servicePort.targetPort {
            case .int(let number)?: return TrafficTarget(pod: pod, port: number)
            case .string(let name)?:
                let number = pod.spec.containers.compactMap { $0.ports?.first { $0.name == name }?.containerPort }.first
                return number.map { TrafficTarget(pod: pod, port: $0) }
            case nil: return TrafficTarget(pod: pod, port: servicePort.port)
            }
        }
    }

    /// Resolves `url` (as a pod in `namespace` would) to the pods that may answer it.
    func resolve(url: String, from namespace: String, in cluster: Cluster) -> Result<(targets: [TrafficTarget], path: String, host: String), ConnectionFailure> {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let hostPort = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(hostPort.count)
        let parts = hostPort.split(separator: ":", maxSplits: 1)
        let host = String(parts.first ?? "")
        let port = parts.count > 1 ? Int32(parts[1]) : nil
        if let pod = cluster.store.pods(withIP: host).first(where: { !($0.spec.hostNetwork ?? false) }) {
            return .success(([TrafficTarget(pod: pod, port: port ?? 80)], path.isEmpty ? "/" : String(path), String(hostPort)))
        }
        let services = cluster.store.list(Service.self)
        var service = services.first { $0.spec.clusterIP == host }
        if service == nil {
            let labels = host.split(separator: ".").map(String.init)
            let name = labels.first ?? host
            let serviceNamespace = labels.count > 1 ? labels[1] : namespace
            service = services.first { $0.name == name && $0.namespace == serviceNamespace }
        }
        guard let service else { return .failure(.unknownHost(host)) }
        let targets = endpoints(of: service, port: port ?? service.spec.ports?.first?.port, in: cluster)
        if targets.isEmpty { return .failure(.noEndpoints(service: service.name)) }
        return .success((targets, path.isEmpty ? "/" : String(path), String(hostPort)))
    }

    /// The running instance of `pod` that serves `port`, if any.
    func servingInstance(_ pod: Pod, port: Int32) -> (ContainerInstance, PodRuntime)? {
        guard let runtime = pods[pod.key] else { return nil }
        for container in runtime.appContainers {
            if let instance = container.current, instance.finishedAt == nil, instance.behaviour.server(on: port) != nil {
                return (instance, runtime)
            }
        }
        return nil
    }

    /// Sends `request` to `pod`'s `port`; the server's log line (if any) is appended to its log.
    func respond(pod: Pod, port: Int32, request: HTTPRequestSim, in cluster: Cluster) -> Result<HTTPResponseSim, ConnectionFailure> {
        let host = pod.status.podIP ?? pod.name
        guard let (instance, runtime) = servingInstance(pod, port: port),
              let server = instance.behaviour.server(on: port),
              instance.behaviour.isListening(on: port, at: cluster.now - instance.startedAt) else {
            return .failure(.refused(host: host, port: port))
        }
        guard instance.behaviour.isResponsive(at: cluster.now - instance.startedAt) else { return .failure(.timedOut(host: host, port: port)) }
        let context = ServeContext(podName: pod.name, podIP: runtime.podIP ?? host, now: cluster.now, startedAt: instance.startedAt,
                                   previousRequests: instance.requestsServed)
        let response = server.respond(to: request, context: context)
        instance.requestsServed += 1
        if let line = response.logLine {
            instance.extraLogs.append(LogLine(time: cluster.now, text: line))
            if instance.extraLogs.count > 5000 { instance.extraLogs.removeFirst(instance.extraLogs.count - 5000) }
        }
        return .success(response)
    }

    /// The body a GET of `url` returns from inside a pod of `namespace` (without logging), or nil on failure.
    func fetchBody(_ url: String, from namespace: String, in cluster: Cluster) -> String? {
        guard case .success(let resolved) = resolve(url: url, from: namespace, in: cluster),
              let target = resolved.targets.first,
              let (instance, runtime) = servingInstance(target.pod, port: target.port),
              let server = instance.behaviour.server(on: target.port) else { return nil }
        let context = ServeContext(podName: target.pod.name, podIP: runtime.podIP ?? "", now: cluster.now,
                                   startedAt: instance.startedAt, previousRequests: instance.requestsServed)
        let request = HTTPRequestSim(path: resolved.path, host: resolved.host, headers: [HTTPHeaderSim("User-Agent", "Wget")])
        return server.respond(to: request, context: context).body.trimmingCharacters(in: .newlines)
    }

    /// Requests per second that running load generators send to `pod`.
    func requestRate(to pod: Pod, in cluster: Cluster) -> Double {
        var rate = 0.0
        // Only pods running a load generator send traffic; summed in key order as before.
        for runtime in runningLoadGenerators() where runtime.terminatingSince == nil {
            for container in runtime.containers {
                guard let instance = container.current, instance.finishedAt == nil else { continue }
                for (url, perSecond) in instance.loadTargets {
                    guard case .success(let resolved) = resolve(url: url, from: runtime.key.namespace, in: cluster),
                          resolved.targets.contains(where: { $0.pod.key == pod.key }) else { continue }
                    rate += perSecond / Double(resolved.targets.count)
                }
            }
        }
        return rate
    }

    /// The pods with a running load-generating container, in key order (forgetting those without one).
    private func runningLoadGenerators() -> [PodRuntime] {
        func generating(_ runtime: PodRuntime) -> Bool {
            runtime.containers.contains { $0.current.map { $0.finishedAt == nil && !$0.loadTargets.isEmpty } ?? false }
        }
        var keys = loadGenerators ?? Set(pods.values.filter(generating).map(\.key))
        var running: [PodRuntime] = []
        for key in keys {
            if let runtime = pods[key], generating(runtime) {
                running.append(runtime)
            } else if pods[key]?.containers.contains(where: { !($0.current?.loadTargets.isEmpty ?? true) }) != true {
                keys.remove(key)
            }
        }
        loadGenerators = keys
        return running.sorted { $0.key < $1.key }
    }
}
