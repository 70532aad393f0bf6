/// What faults do inside the kubelet: kill a running container once, and make running containers
/// pick up changed behaviour annotations at once, as if the process itself started misbehaving.
extension KubeletController {
    /// Kills the running instance of `container` (the first running one when nil) with exit code 137;
    /// returns the container's name, or nil when nothing runs.
    func killRunningContainer(pod key: ObjectKey, container name: String?, in cluster: Cluster) -> String? {
        catchUp(key, in: cluster)
        guard let runtime = pods[key], runtime.terminatingSince == nil else { return nil }
        let candidates = runtime.appContainers.filter { name == nil || $0.name == name }
        guard let container = candidates.first(where: \.isRunning), let instance = container.current else { return nil }
        let now = cluster.now
        instance.exitPlan = PlannedExit(offset: now - instance.startedAt, exitCode: 137, reason: "Error")
        instance.exitAt = now
        instance.plan.removeAll()
        instance.probes.forEach { $0.finished = true }
        instance.plannedUntil = now
        cluster.enqueue(self, key)
        cluster.settle()
        return container.name
    }

    /// Re-derives the misbehaviour of the pod's running containers from its current annotations, keeping
    /// each process (same container ID, start time, logs, probe counters). Time-based annotations count
    /// from now: a `crash-after: 3s` added to a container running for an hour crashes it 3 s from now.
    func refreshBehaviour(pod key: ObjectKey, in cluster: Cluster) {
        catchUp(key, in: cluster)
        guard let runtime = pods[key], runtime.terminatingSince == nil, !runtime.finished,
              let pod = cluster.store.get(Pod.self, key) else { return }
        for container in runtime.appContainers where !container.restartForNewSpec {
            guard let old = container.current, old.finishedAt == nil, old.behaviour.startError == nil,
                  !isStopping(old) else { continue }
            let replacement = refreshed(old, container: container, pod: pod, runtime: runtime, in: cluster)
            container.current = replacement
        }
        cluster.enqueue(self, key)
        cluster.settle()
    }

    /// Runs the pod's due work up to now so a change starts from an up-to-date state.
    private func catchUp(_ key: ObjectKey, in cluster: Cluster) {
        cluster.enqueue(self, key)
        cluster.settle()
    }

    /// True when the instance was told to stop (probe kill, SIGTERM) before its own planned exit.
    private func isStopping(_ instance: ContainerInstance) -> Bool {
        guard instance.exitAt.isFinite else { return false }
        let planned = instance.behaviour.plannedExit.map { instance.startedAt + $0.offset } ?? .infinity
        return instance.exitAt < planned - 0.000_001
    }

    private func refreshed(_ old: ContainerInstance, container: ContainerRuntime, pod: Pod, runtime: PodRuntime,
                           in cluster: Cluster) -> ContainerInstance {
        let now = cluster.now
        let age = now - old.startedAt
        var behaviour = old.behaviour
        behaviour.crash = nil
        behaviour.readiness = .normal
        behaviour.hangsAfter = nil
        behaviour.memoryLeakBytesPerSecond = 0
        behaviour.applyAnnotations(Self.shifted(pod.metadata.annotationMap, by: age), container: container.name)
        if behaviour.memoryLeakBytesPerSecond > 0, let limit = behaviour.memoryLimitBytes {
            let headroom = Double(max(0, limit - behaviour.memoryBytes))
            let untilFull = headroom / behaviour.memoryLeakBytesPerSecond
            behaviour.memoryLeakBytesPerSecond = headroom / max(0.001, age + untilFull)
        }
        let instance = ContainerInstance(containerID: old.containerID, startedAt: old.startedAt, behaviour: behaviour)
        instance.ready = old.ready
        instance.started = old.started
        instance.extraLogs = old.extraLogs
        instance.requestsServed = old.requestsServed
        instance.probes = old.probes
        if let exit = behaviour.plannedExit {
            instance.exitPlan = exit
            instance.exitAt = max(now, old.startedAt + exit.offset)
        }
        for probe in instance.probes where !probe.finished {
            probe.nextTick = Self.nextProbeTick(probe, startedAt: old.startedAt, after: now)
            probe.successes = 0
            probe.failures = 0
            switch probe.kind {
            case .readiness: probe.succeeded = old.ready
            case .liveness: probe.succeeded = true
            case .startup: probe.finished = old.started
            }
        }
        instance.plannedUntil = now
        ProbePlanner.extend(instance, container: container.spec, podIP: runtime.podIP ?? "", until: now + 3600,
                            exitAt: instance.exitAt)
        return instance
    }

    /// The first probe tick after `instant` on the probe's schedule (a second after start, then every period).
    static func nextProbeTick(_ probe: ProbeSimulation, startedAt: Double, after instant: Double) -> Double {
        let first = startedAt + 1 + (max(0, probe.initialDelay - 1) / probe.period).rounded(.up) * probe.period
        guard instant >= first else { return first }
        let periods = ((instant - first) / probe.period).rounded(.down) + 1
        return first + periods * probe.period
    }

    /// The fault-relevant annotations with their delays moved `age` seconds later (they count from start).
    static func shifted(_ annotations: [String: String], by age: Double) -> [String: String] {
        let timed = [BehaviourAnnotation.crashAfter, BehaviourAnnotation.hangAfter]
        let kept = timed + [BehaviourAnnotation.exitCode, BehaviourAnnotation.crashMessage, BehaviourAnnotation.memoryLeak,
                            BehaviourAnnotation.readiness]
        var result: [String: String] = [:]
        for key in annotations.keys.sorted() {
            guard let value = annotations[key],
                  let base = kept.first(where: { key == $0 || key.hasPrefix($0 + ".") }) else { continue }
            if timed.contains(base), let seconds = BehaviourAnnotation.seconds(value) {
                result[key] = String(seconds + age)
            } else if base == BehaviourAnnotation.readiness, value.hasPrefix("fail-after:"),
                      let seconds = BehaviourAnnotation.seconds(String(value.dropFirst(11))) {
                result[key] = "fail-after:\(seconds + age)"
            } else {
                result[key] = value
            }
        }
        return result
    }
}
