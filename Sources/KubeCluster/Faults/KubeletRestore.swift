/// Reading the kubelets' state back: runtimes are rebuilt from the records, container behaviour is
/// derived again from the (already restored) pods, probes are replayed up to now, and the back-off
/// tables are refilled. Timers are not stored: the first sync of each pod schedules them again.
extension KubeletController {
    /// Rebuilds node and pod runtimes from `snapshot`; the pods must already be in the store.
    func importSnapshot(_ snapshot: KubeletSnapshot, in cluster: Cluster) {
        for record in snapshot.nodes {
            let node = nodeRuntime(record.name, in: cluster)
            node.lastHeartbeat = record.lastHeartbeat
            node.pullQueueFreeAt = record.pullQueueFreeAt
            for image in record.images {
                node.images[image.name] = NodeImage(normalized: image.name, digestName: image.digestName, sizeBytes: image.sizeBytes)
            }
            if !record.up {
                node.isUp = false
                node.downSince = record.downSince ?? cluster.now
                cluster.controller(NodeLifecycleController.self)?
                    .nodeStoppedReporting(record.name, lastRenewal: record.downSince ?? cluster.now, in: cluster)
            }
        }
        for record in snapshot.pods {
            guard let pod = cluster.store.get(Pod.self, namespace: record.namespace, name: record.name),
                  (pod.metadata.uid ?? pod.name) == record.uid else { continue }
            pods[pod.key] = runtime(from: record, pod: pod, in: cluster)
            cluster.enqueue(self, pod.key)
        }
        for record in snapshot.crashBackoff { Self.refill(&crashBackoff, record) }
        for record in snapshot.imageBackoff { Self.refill(&imageBackoff, record) }
    }

    /// Extends the table's delay for the record's id until it matches the saved one.
    private static func refill(_ table: inout BackoffTable, _ record: KubeletSnapshot.BackoffRecord) {
        var steps = 0
        repeat {
            table.next(record.id, eventTime: record.lastUpdate, now: record.lastUpdate)
            steps += 1
        } while table.delay(record.id) < record.delay && steps < 64
    }

    private func runtime(from record: KubeletSnapshot.PodRecord, pod: Pod, in cluster: Cluster) -> PodRuntime {
        let runtime = PodRuntime(pod: pod, nodeName: record.node, now: record.admittedAt)
        runtime.sandboxReadyAt = record.sandboxReadyAt
        runtime.sandboxReady = record.sandboxReady
        runtime.podIP = record.podIP
        runtime.ownsIP = record.ownsIP
        runtime.initialized = record.initialized
        runtime.terminatingSince = record.terminatingSince
        runtime.finished = record.finished
        runtime.containers = record.containers.compactMap { saved in
            guard var spec = pod.spec.allContainers.first(where: { $0.name == saved.name }) else { return nil }
            spec.image = saved.image
            let container = ContainerRuntime(spec: spec, isInit: saved.isInit)
            container.restartCount = saved.restartCount
            container.waiting = saved.waitingReason.map { ($0, saved.waitingMessage) }
            container.nextAction = saved.next.flatMap(Self.action(from:))
            container.restartForNewSpec = saved.restartForNewSpec
            container.attempted = saved.attempted
            container.imageName = saved.imageName
            container.imageID = saved.imageID
            container.current = saved.current.map {
                instance(from: $0, container: container, restarts: saved.restartCount, pod: pod, runtime: runtime, in: cluster)
            }
            container.previous = saved.previous.map {
                instance(from: $0, container: container, restarts: max(0, saved.restartCount - 1), pod: pod, runtime: runtime, in: cluster)
            }
            return container
        }
        return runtime
    }

    private static func action(from record: KubeletSnapshot.ActionRecord) -> (at: Double, action: ContainerAction)? {
        switch record.action {
        case "startAttempt": return (record.at, .startAttempt)
        case "syncAfterExit": return (record.at, .syncAfterExit)
        case "pullFinished":
            return (record.at, .pullFinished(succeeded: record.succeeded ?? false, error: record.error,
                                             pullSeconds: record.pullSeconds ?? 0, totalSeconds: record.totalSeconds ?? 0))
        default: return nil
        }
    }

    private func instance(from record: KubeletSnapshot.InstanceRecord, container: ContainerRuntime, restarts: Int32, pod: Pod,
                          runtime: PodRuntime, in cluster: Cluster) -> ContainerInstance {
        var inputs = behaviourInputs(for: container, pod: pod, runtime: runtime, in: cluster)
        inputs.restartCount = Int(restarts)
        var behaviour = ContainerBehaviour.derive(inputs)
        behaviour.crash = record.crashAfter.map { ($0, record.crashCode ?? 1, record.crashMessage ?? []) }
        behaviour.readiness = Self.readiness(record.readiness)
        behaviour.hangsAfter = record.hangsAfter
        behaviour.memoryLeakBytesPerSecond = record.memoryLeakBytesPerSecond ?? 0
        let instance = ContainerInstance(containerID: record.containerID, startedAt: record.startedAt, behaviour: behaviour)
        instance.finishedAt = record.finishedAt
        instance.exitCode = record.exitCode
        instance.reason = record.reason
        instance.message = record.message
        instance.exitAt = record.exitAt ?? .infinity
        instance.exitPlan = record.exit.map {
            var exit = PlannedExit(offset: $0.offset, exitCode: $0.exitCode, reason: $0.reason, message: $0.message)
            exit.finalLines = $0.finalLines
            return exit
        }
        instance.requestsServed = record.requestsServed
        instance.extraLogs = record.extraLogs.map { LogLine(time: $0.time, text: $0.text, stream: LogStream(rawValue: $0.stream) ?? .stdout) }
        if record.finishedAt == nil, behaviour.startError == nil {
            replayProbes(instance, container: container, podIP: runtime.podIP ?? "", now: cluster.now)
        } else {
            instance.plannedUntil = instance.exitAt.isFinite ? instance.exitAt : record.startedAt
        }
        instance.ready = record.ready
        instance.started = record.started
        return instance
    }

    /// Simulates the instance's probes from its start to now (keeping their counters), dropping the
    /// events already past, then plans the next hour.
    private func replayProbes(_ instance: ContainerInstance, container: ContainerRuntime, podIP: String, now: Double) {
        instance.probes = ProbePlanner.simulations(for: container.spec, startedAt: instance.startedAt)
        ProbePlanner.extend(instance, container: container.spec, podIP: podIP, until: now, exitAt: instance.exitAt)
        instance.plan.removeAll { $0.time <= now }
        ProbePlanner.extend(instance, container: container.spec, podIP: podIP, until: now + 3600, exitAt: instance.exitAt)
    }

    private static func readiness(_ text: String?) -> ReadinessOverride {
        guard let text else { return .normal }
        if text == "fail" { return .fail }
        if text.hasPrefix("fail-after:"), let after = Double(text.dropFirst("fail-after:".count)) { return .failAfter(after) }
        return .normal
    }
}
