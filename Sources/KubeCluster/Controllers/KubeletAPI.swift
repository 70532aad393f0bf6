
/// The kubelet-facing queries other layers use: logs, resource usage, HTTP answers, node power.
extension Cluster {
    /// The registered kubelet controller.
    public var kubelet: KubeletController? { controller(KubeletController.self) }

    /// Stops the kubelet of node `name` (it stops posting status; the node goes NotReady after the grace period).
    public func setNodeDown(_ name: String) {
        kubelet?.setNodeDown(name, in: self)
        settle()
    }

    /// Restarts the kubelet of node `name`.
    public func setNodeUp(_ name: String) {
        kubelet?.setNodeUp(name, in: self)
        settle()
    }

    /// Whether the kubelet of node `name` is running.
    public func isNodeUp(_ name: String) -> Bool { kubelet?.nodes[name]?.isUp ?? true }

    /// Publishes an image in the simulated registries (lessons with their own images).
    public func registerImage(_ entry: ImageEntry) { kubelet?.catalogue.register(entry) }

    /// The log of a container (the current instance, or the previous one with `previous`), oldest first.
    /// Throws the API server's errors with the kubelet's wording (`previous terminated container "x" in pod "y" not found`).
    public func logs(namespace: String, pod name: String, container: String? = nil, previous: Bool = false) throws -> [LogLine] {
        guard let pod = store.get(Pod.self, namespace: namespace, name: name) else { throw APIError.notFound("pods", name) }
        let all = pod.spec.allContainers
        guard let containerName = container ?? pod.spec.containers.first?.name,
              let spec = all.first(where: { $0.name == containerName }) else {
            throw APIError.badRequest("container \(container ?? "") is not valid for pod \(name)")
        }
        let statuses = (pod.status.initContainerStatuses ?? []) + (pod.status.containerStatuses ?? [])
        guard let status = statuses.first(where: { $0.name == spec.name }) else {
            throw APIError.badRequest("container \"\(spec.name)\" in pod \"\(name)\" is waiting to start: ContainerCreating")
        }
        let id: String?
        if previous {
            guard let last = status.lastState.terminated?.containerID, !last.isEmpty else {
                throw APIError.badRequest("previous terminated container \"\(spec.name)\" in pod \"\(name)\" not found")
            }
            id = last
        } else if status.state.running != nil {
            id = status.containerID
        } else if let terminated = status.state.terminated {
            id = terminated.containerID ?? status.lastState.terminated?.containerID
        } else if let last = status.lastState.terminated?.containerID {
            id = last
        } else if let waiting = status.state.waiting {
            switch waiting.reason {
            case "ErrImagePull": throw APIError.badRequest("container \"\(spec.name)\" in pod \"\(name)\" is waiting to start: image can't be pulled")
            case "ImagePullBackOff":
                throw APIError.badRequest("container \"\(spec.name)\" in pod \"\(name)\" is waiting to start: trying and failing to pull image")
            default:
                throw APIError.badRequest("container \"\(spec.name)\" in pod \"\(name)\" is waiting to start: \(waiting.reason ?? "")")
            }
        } else {
            throw APIError.badRequest("container \"\(spec.name)\" in pod \"\(name)\" is waiting to start - no logs yet")
        }
        guard let kubelet, let id, let instance = kubelet.instance(pod: pod, container: spec.name, containerID: id) else { return [] }
        return kubelet.logLines(of: instance, namespace: namespace, in: self)
    }

    /// What each running container of the pod uses now; empty when the pod runs nothing.
    public func podUsage(namespace: String, pod name: String) -> [ContainerUsage] {
        guard let kubelet, let pod = store.get(Pod.self, namespace: namespace, name: name),
              let runtime = kubelet.pods[pod.key] else { return [] }
        let rate = kubelet.requestRate(to: pod, in: self)
        let servers = runtime.appContainers.filter { !($0.current?.behaviour.program.servers.isEmpty ?? true) }.count
        return runtime.containers.compactMap { container in
            guard let instance = container.current, instance.finishedAt == nil else { return nil }
            let share = instance.behaviour.program.servers.isEmpty ? 0 : rate / Double(max(1, servers))
            let usage = instance.behaviour.usage(at: now - instance.startedAt, requestsPerSecond: share)
            return ContainerUsage(name: container.name, cpuMillicores: Int64(usage.milliCPU.rounded()), memoryBytes: usage.memoryBytes)
        }
    }

    /// Sends an HTTP request to `port` of a pod's container (curl to a pod IP, port-forward, exec curl).
    public func respond(namespace: String, pod name: String, port: Int32, request: HTTPRequestSim) -> Result<HTTPResponseSim, ConnectionFailure> {
        guard let kubelet, let pod = store.get(Pod.self, namespace: namespace, name: name) else {
            return .failure(.unknownHost(name))
        }
        return kubelet.respond(pod: pod, port: port, request: request, in: self)
    }

    /// Sends an HTTP request to a URL as a pod in `namespace` would (Service name or IP, pod IP); a Service
    /// picks one of its ready endpoints in turn.
    public func request(url: String, from namespace: String, request: HTTPRequestSim) -> Result<HTTPResponseSim, ConnectionFailure> {
        guard let kubelet else { return .failure(.unknownHost(url)) }
        switch kubelet.resolve(url: url, from: namespace, in: self) {
        case .failure(let failure): return .failure(failure)
        case .success(let resolved):
            let index = Int(random.next() % UInt64(resolved.targets.count))
            let target = resolved.targets[index]
            var sent = request
            sent.path = resolved.path
            return kubelet.respond(pod: target.pod, port: target.port, request: sent, in: self)
        }
    }
}

extension KubeletController {
    /// The instance with `containerID` among the container's current and previous runs.
    func instance(pod: Pod, container name: String, containerID: String) -> ContainerInstance? {
        guard let runtime = pods[pod.key], let container = runtime.containers.first(where: { $0.name == name }) else { return nil }
        return [container.current, container.previous].compactMap { $0 }.first { $0.containerID == containerID }
    }

    /// The lines an instance wrote up to now (or its exit), at most the newest 5000.
    func logLines(of instance: ContainerInstance, namespace: String, in cluster: Cluster) -> [LogLine] {
        let end = min(cluster.now, instance.finishedAt ?? cluster.now)
        let trace = instance.behaviour.program.trace(until: end - instance.startedAt, limit: 5000)
        let context = LogRenderContext(startedAt: instance.startedAt) { [weak self, unowned cluster] url in
            self?.fetchBody(url, from: namespace, in: cluster)
        }
        var lines = trace.outputs.flatMap { output in
            context.render(output.line, at: instance.startedAt + output.offset, iteration: output.iteration)
                .components(separatedBy: "\n").map { LogLine(time: instance.startedAt + output.offset, text: $0, stream: output.line.stream) }
        }
        lines += instance.extraLogs.filter { $0.time <= end }
        lines = lines.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
        return Array(lines.suffix(5000))
    }
}
