/// Builds the pod status the kubelet reports: phase (`getPhase`), conditions with their transition
/// times, IPs, and container statuses with state, last state, readiness and restart counts.
extension KubeletController {
    func writeStatus(_ runtime: PodRuntime, pod: Pod, node: NodeRuntime, in cluster: Cluster) {
        var status = pod.status
        let hostIP = cluster.store.get(Node.self, namespace: "", name: runtime.nodeName)?
            .status.addresses?.first { $0.type == "InternalIP" }?.address
        status.hostIP = hostIP
        status.hostIPs = hostIP.map { sharedHostIPs.shared([PodIP(ip: $0)]) }
        status.startTime = Timestamp(runtime.admittedAt)
        if runtime.sandboxReady, let ip = runtime.podIP {
            status.podIP = ip
            status.podIPs = [PodIP(ip: ip)]
        }
        let hasInit = !runtime.initContainers.isEmpty
        let initStatuses = runtime.initContainers.map { containerStatus($0, hasInit: hasInit) }
        let appStatuses = runtime.appContainers.map { containerStatus($0, hasInit: hasInit) }
        status.initContainerStatuses = hasInit ? initStatuses : nil
        status.containerStatuses = appStatuses
        let previousPhase = pod.status.phase
        if previousPhase == "Succeeded" || previousPhase == "Failed" {
            status.phase = previousPhase
        } else {
            status.phase = phase(runtime, pod: pod, appStatuses: appStatuses)
        }
        status.conditions = sharedConditions.shared(conditions(runtime, pod: pod, phase: status.phase ?? "Pending", now: cluster.timestamp))
        if status.qosClass == nil { status.qosClass = Self.qosClass(pod.spec) }
        guard status != pod.status else { return }
        var updated = pod
        updated.status = status
        cluster.api.updateStatus(updated)
    }

    private func terminated(_ instance: ContainerInstance) -> ContainerStateTerminated {
        ContainerStateTerminated(exitCode: instance.exitCode, reason: instance.reason, message: instance.message,
                                 startedAt: Timestamp(instance.startedAt), finishedAt: Timestamp(instance.finishedAt ?? instance.startedAt),
                                 containerID: instance.containerID)
    }

    func containerStatus(_ container: ContainerRuntime, hasInit: Bool) -> ContainerStatus {
        var status = ContainerStatus(name: container.name, image: container.imageName ?? container.spec.image ?? "")
        status.imageID = container.imageID ?? ""
        status.restartCount = container.restartCount
        status.started = false
        if let instance = container.current {
            status.containerID = instance.containerID
            if instance.finishedAt == nil {
                status.state = .running(since: Timestamp(instance.startedAt))
                status.ready = instance.ready && instance.started
                status.started = instance.started
                if let previous = container.previous { status.lastState = .terminated(terminated(previous)) }
            } else if let waiting = container.waiting {
                status.state = .waiting(waiting.reason, waiting.message)
                status.lastState = .terminated(terminated(instance))
            } else {
                status.state = .terminated(terminated(instance))
                if let previous = container.previous { status.lastState = .terminated(terminated(previous)) }
            }
        } else {
            let waiting = container.waiting ?? (hasInit ? ("PodInitializing", nil) : ("ContainerCreating", nil))
            status.state = .waiting(waiting.reason, waiting.message)
        }
        return status
    }

    /// The pod phase as the kubelet's `getPhase` computes it.
    private func phase(_ runtime: PodRuntime, pod: Pod, appStatuses: [ContainerStatus]) -> String {
        let policy = pod.spec.restartPolicy ?? "Always"
        if runtime.initContainers.contains(where: { $0.current?.finishedAt != nil && $0.current?.exitCode != 0 && $0.nextAction == nil
            && !$0.isRunning }), policy == "Never" {
            return "Failed"
        }
        if !runtime.initialized { return "Pending" }
        var running = 0, waiting = 0, stopped = 0, succeeded = 0
        for status in appStatuses {
            if status.state.running != nil { running += 1 } else if let terminated = status.state.terminated {
                stopped += 1
                if terminated.exitCode == 0 { succeeded += 1 }
            } else if status.state.waiting != nil {
                if status.lastState.terminated != nil { stopped += 1 } else { waiting += 1 }
            }
        }
        if waiting > 0 { return "Pending" }
        if running > 0 { return "Running" }
        if stopped > 0 {
            if policy == "Always" { return "Running" }
            if stopped == succeeded { return "Succeeded" }
            return policy == "Never" ? "Failed" : "Running"
        }
        return "Pending"
    }

    private func conditions(_ runtime: PodRuntime, pod: Pod, phase: String, now: Timestamp) -> [PodCondition] {
        let old = pod.status.conditions ?? []
        func make(_ type: String, _ ok: Bool, reason: String? = nil, message: String? = nil) -> PodCondition {
            let status = ok ? "True" : "False"
            let previous = old.first { $0.type == type }
            let since = previous?.status == status ? (previous?.lastTransitionTime ?? now) : now
            return PodCondition(type: type, status: status, lastTransitionTime: since, reason: reason, message: message)
        }
        let completed = phase == "Succeeded"
        let incompleteInit = runtime.initContainers.filter { !($0.current?.finishedAt != nil && $0.current?.exitCode == 0) }.map(\.name)
        let unready = runtime.appContainers.filter { !($0.current.map { $0.finishedAt == nil && $0.ready && $0.started } ?? false) }.map(\.name)
        let sandbox = make("PodReadyToStartContainers", runtime.sandboxReady && !runtime.finished)
        let initialized = completed ? make("Initialized", true, reason: "PodCompleted")
            : incompleteInit.isEmpty || runtime.initialized ? make("Initialized", true)
            : make("Initialized", false, reason: "ContainersNotInitialized",
                   message: "containers with incomplete status: [\(incompleteInit.joined(separator: " "))]")
        let unreadyMessage = "containers with unready status: [\(unready.joined(separator: " "))]"
        let ready = completed ? make("Ready", false, reason: "PodCompleted")
            : unready.isEmpty ? make("Ready", true) : make("Ready", false, reason: "ContainersNotReady", message: unreadyMessage)
        let containersReady = completed ? make("ContainersReady", false, reason: "PodCompleted")
            : unready.isEmpty ? make("ContainersReady", true)
            : make("ContainersReady", false, reason: "ContainersNotReady", message: unreadyMessage)
        let scheduled = old.first { $0.type == "PodScheduled" } ?? make("PodScheduled", true)
        var result = [sandbox, initialized, ready, containersReady, scheduled]
        result += old.filter { !["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"].contains($0.type) }
        return result
    }

    /// Guaranteed when every container has equal CPU and memory requests and limits, BestEffort when none
    /// sets any, Burstable otherwise.
    static func qosClass(_ spec: PodSpec) -> String {
        let containers = spec.allContainers
        let anySet = containers.contains { !($0.resources.requests ?? [:]).isEmpty || !($0.resources.limits ?? [:]).isEmpty }
        guard anySet else { return "BestEffort" }
        let guaranteed = containers.allSatisfy { container in
            let limits = container.resources.limits ?? [:]
            let requests = container.resources.requests ?? limits
            return ["cpu", "memory"].allSatisfy { limits[$0] != nil && requests[$0]?.description == limits[$0]?.description }
        }
        return guaranteed ? "Guaranteed" : "Burstable"
    }
}
