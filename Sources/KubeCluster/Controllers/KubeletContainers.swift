import Foundation

/// Container lifecycle in the kubelet: sandbox, start attempts, image pulls, create/start, exits,
/// restarts with CrashLoopBackOff.
extension KubeletController {
    /// Records a kubelet event about the pod (about one container when given).
    func event(_ runtime: PodRuntime, _ container: ContainerRuntime?, type: String = "Normal", reason: String,
               message: String, in cluster: Cluster) {
        guard let pod = cluster.store.get(Pod.self, runtime.key) else { return }
        let fieldPath = container.map { $0.isInit ? "spec.initContainers{\($0.name)}" : "spec.containers{\($0.name)}" }
        cluster.events.record(pod, type: type, reason: reason, message: message,
                              component: "kubelet", host: runtime.nodeName, fieldPath: fieldPath)
    }

    func sandboxReady(_ runtime: PodRuntime, pod: Pod, at instant: Double, in cluster: Cluster) {
        runtime.sandboxReady = true
        let node = cluster.store.get(Node.self, namespace: "", name: runtime.nodeName)
        if pod.spec.hostNetwork == true {
            runtime.podIP = node?.status.addresses?.first { $0.type == "InternalIP" }?.address
        } else {
            let cidr = node?.spec.podCIDR ?? "10.244.0.0/24"
            runtime.podIP = cluster.addresses.allocatePodIP(cidr: cidr)
            runtime.ownsIP = runtime.podIP != nil
        }
        if let first = runtime.containers.first {
            first.nextAction = (instant, .startAttempt)
        }
    }

    func perform(_ action: ContainerAction, container: ContainerRuntime, runtime: PodRuntime, at instant: Double, in cluster: Cluster) {
        guard runtime.terminatingSince == nil else { return }
        switch action {
        case .startAttempt:
            startAttempt(container, runtime: runtime, at: instant, in: cluster)
        case .pullFinished(let succeeded, let error, let pullSeconds, let totalSeconds):
            pullFinished(container, runtime: runtime, succeeded: succeeded, error: error, pull: pullSeconds, total: totalSeconds,
                         at: instant, in: cluster)
        case .syncAfterExit:
            syncAfterExit(container, runtime: runtime, at: instant, in: cluster)
        }
    }

    /// Starts the next regular container that has not been tried yet (SyncPod starts them in order).
    func startNextInChain(after container: ContainerRuntime, runtime: PodRuntime, at instant: Double) {
        guard !container.isInit, let index = runtime.containers.firstIndex(where: { $0 === container }) else { return }
        if let next = runtime.containers[(index + 1)...].first(where: { !$0.attempted && $0.nextAction == nil }) {
            next.nextAction = (instant, .startAttempt)
        }
    }

    private func fail(_ container: ContainerRuntime, runtime: PodRuntime, reason: String, message: String, at instant: Double,
                      retryAt: Double, in cluster: Cluster) {
        container.waiting = (reason, message)
        container.nextAction = (retryAt, .startAttempt)
        startNextInChain(after: container, runtime: runtime, at: instant)
    }

    func startAttempt(_ container: ContainerRuntime, runtime: PodRuntime, at instant: Double, in cluster: Cluster) {
        container.attempted = true
        guard let pod = cluster.store.get(Pod.self, runtime.key) else { return }
        let imageText = container.spec.image ?? ""
        let reference: ImageReference
        switch ImageReference.parse(imageText) {
        case .failure(let error):
            event(runtime, container, type: "Warning", reason: "InspectFailed", message: error.message, in: cluster)
            event(runtime, container, type: "Warning", reason: "Failed", message: "Error: InvalidImageName", in: cluster)
            fail(container, runtime: runtime, reason: "InvalidImageName", message: error.message, at: instant,
                 retryAt: instant + Self.resyncAfterError, in: cluster)
            return
        case .success(let parsed):
            reference = parsed
        }
        if let problem = configurationError(for: container.spec, pod: pod, in: cluster) {
            event(runtime, container, type: "Warning", reason: "Failed", message: "Error: \(problem)", in: cluster)
            fail(container, runtime: runtime, reason: "CreateContainerConfigError", message: problem, at: instant,
                 retryAt: instant + Self.resyncAfterError, in: cluster)
            return
        }
        let node = nodeRuntime(runtime.nodeName, in: cluster)
        let policy = container.spec.imagePullPolicy ?? (reference.isLatest ? "Always" : "IfNotPresent")
        let present = node.images[reference.normalized] != nil
        if present, policy != "Always" {
            event(runtime, container, reason: "Pulled", message: "Container image \"\(imageText)\" already present on machine", in: cluster)
            if let image = node.images[reference.normalized] { container.imageName = image.normalized; container.imageID = image.digestName }
            createAndStart(container, runtime: runtime, at: instant, in: cluster)
            return
        }
        if policy == "Never" {
            let message = "Container image \"\(imageText)\" is not present with pull policy of Never"
            event(runtime, container, type: "Warning", reason: "ErrImageNeverPull", message: message, in: cluster)
            event(runtime, container, type: "Warning", reason: "Failed", message: "Error: ErrImageNeverPull", in: cluster)
            fail(container, runtime: runtime, reason: "ErrImageNeverPull", message: message, at: instant,
                 retryAt: instant + Self.resyncAfterError, in: cluster)
            return
        }
        let key = "\(runtime.uid)_\(imageText)"
        if imageBackoff.isInBackOffSinceUpdate(key, eventTime: instant, now: instant) {
            event(runtime, container, reason: "BackOff", message: "Back-off pulling image \"\(imageText)\"", in: cluster)
            event(runtime, container, type: "Warning", reason: "Failed", message: "Error: ImagePullBackOff", in: cluster)
            let expiry = (imageBackoff.lastUpdate(key) ?? instant) + imageBackoff.delay(key)
            fail(container, runtime: runtime, reason: "ImagePullBackOff", message: "Back-off pulling image \"\(imageText)\"",
                 at: instant, retryAt: max(instant + 0.001, min(instant + Self.resyncAfterError, expiry)), in: cluster)
            return
        }
        event(runtime, container, reason: "Pulling", message: "Pulling image \"\(imageText)\"", in: cluster)
        let wait = max(0, node.pullQueueFreeAt - instant)
        let pull: Double
        let outcome: ContainerAction
        switch catalogue.lookup(reference) {
        case .found(_, _, let size, _):
            pull = present ? 0.3 + 0.6 * cluster.random.fraction()
                : 0.6 + Double(size) / (28_000_000 + 12_000_000 * cluster.random.fraction())
            outcome = .pullFinished(succeeded: true, error: nil, pullSeconds: pull, totalSeconds: pull + wait)
        case .missing(let error):
            pull = 0.4 + 0.8 * cluster.random.fraction()
            outcome = .pullFinished(succeeded: false, error: error, pullSeconds: pull, totalSeconds: pull + wait)
        }
        node.pullQueueFreeAt = instant + wait + pull
        container.nextAction = (instant + wait + pull, outcome)
    }

    private func pullFinished(_ container: ContainerRuntime, runtime: PodRuntime, succeeded: Bool, error: String?,
                              pull: Double, total: Double, at instant: Double, in cluster: Cluster) {
        let imageText = container.spec.image ?? ""
        guard succeeded, case .success(let reference) = ImageReference.parse(imageText),
              case .found(_, _, let size, let digest) = catalogue.lookup(reference) else {
            let message = "Failed to pull image \"\(imageText)\": \(error ?? "unknown error")"
            event(runtime, container, type: "Warning", reason: "Failed", message: message, in: cluster)
            event(runtime, container, type: "Warning", reason: "Failed", message: "Error: ErrImagePull", in: cluster)
            let key = "\(runtime.uid)_\(imageText)"
            imageBackoff.next(key, eventTime: instant, now: instant)
            fail(container, runtime: runtime, reason: "ErrImagePull", message: error ?? message, at: instant,
                 retryAt: instant + Self.syncLatency, in: cluster)
            return
        }
        let node = nodeRuntime(runtime.nodeName, in: cluster)
        var image = NodeImage(normalized: reference.normalized, digestName: "\(reference.fullRepository)@\(digest)", sizeBytes: size)
        // Pods that pulled the same image on this node share its strings.
        if let present = node.images[image.normalized], present == image { image = present }
        node.images[image.normalized] = image
        container.imageName = image.normalized
        container.imageID = image.digestName
        event(runtime, container, reason: "Pulled", message: "Successfully pulled image \"\(imageText)\" in \(GoDuration(seconds: pull).description) "
              + "(\(GoDuration(seconds: total).description) including waiting). Image size: \(size) bytes.", in: cluster)
        updateNodeImages(node, in: cluster)
        createAndStart(container, runtime: runtime, at: instant, in: cluster)
    }

    private func createAndStart(_ container: ContainerRuntime, runtime: PodRuntime, at instant: Double, in cluster: Cluster) {
        guard let pod = cluster.store.get(Pod.self, runtime.key) else { return }
        if container.imageName == nil, case .success(let reference) = ImageReference.parse(container.spec.image ?? ""),
           let image = nodeRuntime(runtime.nodeName, in: cluster).images[reference.normalized] {
            container.imageName = image.normalized
            container.imageID = image.digestName
        }
        if let old = container.current {
            container.previous = old
            container.restartCount += 1
        }
        event(runtime, container, reason: "Created", message: "Created container: \(container.name)", in: cluster)
        let behaviour = ContainerBehaviour.derive(behaviourInputs(for: container, pod: pod, runtime: runtime, in: cluster))
        let instance = ContainerInstance(containerID: "containerd://" + cluster.random.hex(64), startedAt: instant, behaviour: behaviour)
        container.current = instance
        container.waiting = nil
        if !instance.loadTargets.isEmpty { loadGenerators?.insert(runtime.key) }
        startNextInChain(after: container, runtime: runtime, at: instant)
        if let startError = behaviour.startError {
            event(runtime, container, type: "Warning", reason: "Failed", message: "Error: \(startError)", in: cluster)
            instance.exitPlan = PlannedExit(offset: 0, exitCode: 128, reason: "StartError", message: startError)
            instance.exitAt = instant
            finish(instance, container: container, runtime: runtime, in: cluster)
            return
        }
        event(runtime, container, reason: "Started", message: "Started container \(container.name)", in: cluster)
        instance.probes = ProbePlanner.simulations(for: container.spec, startedAt: instant)
        instance.started = container.spec.startupProbe == nil
        if let exit = behaviour.plannedExit {
            instance.exitPlan = exit
            instance.exitAt = instant + exit.offset
        }
        ProbePlanner.extend(instance, container: container.spec, podIP: runtime.podIP ?? "", until: instant + 3600, exitAt: instance.exitAt)
    }

    /// When the instance next needs attention: its next planned event, its exit, or the end of the planned window.
    func nextInstanceTime(_ instance: ContainerInstance, container: ContainerRuntime, runtime: PodRuntime) -> Double? {
        var due = instance.exitAt
        if let first = instance.plan.first { due = min(due, first.time) }
        if instance.plannedUntil < instance.exitAt, instance.probes.contains(where: { !$0.finished && $0.nextTick.isFinite }) {
            due = min(due, max(instance.plannedUntil, instance.startedAt))
        }
        return due.isFinite ? due : nil
    }

    func advanceInstance(_ instance: ContainerInstance, container: ContainerRuntime, runtime: PodRuntime, at instant: Double,
                         in cluster: Cluster) {
        ProbePlanner.extend(instance, container: container.spec, podIP: runtime.podIP ?? "", until: instant + 3600, exitAt: instance.exitAt)
        while let next = instance.plan.first, next.time <= instant, next.time < instance.exitAt {
            instance.plan.removeFirst()
            apply(next, to: instance, container: container, runtime: runtime, in: cluster)
        }
        if instance.exitAt <= instant { finish(instance, container: container, runtime: runtime, in: cluster) }
    }

    private func apply(_ event: InstanceEvent, to instance: ContainerInstance, container: ContainerRuntime, runtime: PodRuntime,
                       in cluster: Cluster) {
        switch event.kind {
        case .ready(let ready): instance.ready = ready
        case .started: instance.started = true
        case .unhealthy(let message):
            self.event(runtime, container, type: "Warning", reason: "Unhealthy", message: message, in: cluster)
        case .kill(let message, let probeGrace):
            self.event(runtime, container, reason: "Killing", message: "Container \(container.name) \(message)", in: cluster)
            let podGrace = cluster.store.get(Pod.self, runtime.key)?.spec.terminationGracePeriodSeconds ?? 30
            stop(instance, at: event.time, grace: Double(probeGrace ?? podGrace))
        case .exit: break
        }
    }

    /// Sends SIGTERM at `instant`: the instance exits after its shutdown time, or is killed (137) at the grace period.
    func stop(_ instance: ContainerInstance, at instant: Double, grace: Double) {
        let minimumGrace = max(grace, 2)
        let program = instance.behaviour.program
        let exit: PlannedExit
        let delay: Double
        if program.handlesTermination, program.shutdownSeconds < minimumGrace {
            delay = program.shutdownSeconds
            exit = PlannedExit(offset: instant + delay - instance.startedAt, exitCode: 0, reason: "Completed")
        } else {
            delay = minimumGrace
            exit = PlannedExit(offset: instant + delay - instance.startedAt, exitCode: 137, reason: "Error")
        }
        if instant + delay < instance.exitAt {
            instance.exitAt = instant + delay
            instance.exitPlan = exit
        }
        instance.plan.removeAll()
        instance.probes.forEach { $0.finished = true }
        instance.plannedUntil = instance.exitAt
    }

    /// Ends the instance at its exit time and decides what follows (next init container, restart, nothing).
    func finish(_ instance: ContainerInstance, container: ContainerRuntime, runtime: PodRuntime, in cluster: Cluster) {
        let exit = instance.exitPlan ?? PlannedExit(offset: instance.exitAt - instance.startedAt, exitCode: 0, reason: "Completed")
        instance.finishedAt = instance.exitAt
        instance.exitCode = exit.exitCode
        instance.reason = exit.reason
        instance.message = exit.message
        instance.ready = false
        instance.plan.removeAll()
        for line in exit.finalLines { instance.extraLogs.append(LogLine(time: instance.exitAt, text: line, stream: .stderr)) }
        guard runtime.terminatingSince == nil, let pod = cluster.store.get(Pod.self, runtime.key) else { return }
        let policy = pod.spec.restartPolicy ?? "Always"
        let at = instance.exitAt
        if container.restartForNewSpec {
            container.restartForNewSpec = false
            container.nextAction = (at + Self.syncLatency, .startAttempt)
            return
        }
        if container.isInit {
            if exit.exitCode == 0 {
                guard let index = runtime.containers.firstIndex(where: { $0 === container }) else { return }
                let next = runtime.containers[index + 1..<runtime.containers.count].first
                if next?.isInit == false { runtime.initialized = true }
                next?.nextAction = (at, .startAttempt)
            } else if policy != "Never" {
                container.nextAction = (at + Self.syncLatency, .syncAfterExit)
            }
            return
        }
        if policy == "Always" || (policy == "OnFailure" && exit.exitCode != 0) {
            container.nextAction = (at + Self.syncLatency, .syncAfterExit)
        }
    }

    private func syncAfterExit(_ container: ContainerRuntime, runtime: PodRuntime, at instant: Double, in cluster: Cluster) {
        guard let instance = container.current, let finishedAt = instance.finishedAt,
              let pod = cluster.store.get(Pod.self, runtime.key) else { return }
        let key = backoffKey(runtime, container)
        if crashBackoff.isInBackOffSince(key, eventTime: finishedAt, now: instant) {
            let delay = crashBackoff.delay(key)
            let podName = "\(pod.name)_\(pod.namespace)(\(runtime.uid))"
            container.waiting = ("CrashLoopBackOff",
                                 "back-off \(GoDuration(seconds: delay).description) restarting failed container=\(container.name) pod=\(podName)")
            event(runtime, container, type: "Warning", reason: "BackOff",
                  message: "Back-off restarting failed container \(container.name) in pod \(podName)", in: cluster)
            container.nextAction = (max(instant + 0.001, min(instant + Self.resyncAfterError, finishedAt + delay)), .syncAfterExit)
            return
        }
        crashBackoff.next(key, eventTime: finishedAt, now: instant)
        startAttempt(container, runtime: runtime, at: instant, in: cluster)
    }

    /// Marks the pod finished once nothing runs and nothing will start again (Succeeded/Failed): the
    /// sandbox goes away and its IP returns to the pool.
    func checkCompletion(_ runtime: PodRuntime, in cluster: Cluster) {
        guard !runtime.finished, runtime.sandboxReady else { return }
        let idle = runtime.containers.allSatisfy { !$0.isRunning && $0.nextAction == nil }
        let ranSomething = runtime.containers.contains { $0.current != nil }
        let appsDone = runtime.appContainers.allSatisfy { $0.current?.finishedAt != nil }
        let initFailed = runtime.initContainers.contains { $0.current?.finishedAt != nil && $0.current?.exitCode != 0 }
        guard idle, ranSomething, appsDone || initFailed else { return }
        runtime.finished = true
        releaseIP(runtime, in: cluster)
    }
}
