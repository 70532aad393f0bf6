import KubeCluster

/// What `why POD` says: the pod's state in a word, why it is so, the evidence, and the command to run next.
struct PodDiagnosis {
    /// How serious the state is, which picks the headline's colour.
    enum Severity { case fine, waiting, broken }

    var state: String
    var severity: Severity
    var explanation: [String] = []
    var evidence: [String] = []
    var next: [String] = []
}

/// Diagnoses a pod by walking the troubleshooting tree from seed 000: look at STATUS, and it tells the
/// next step — ImagePullBackOff → the image name (or `kind load`); Pending → describe's Events;
/// CrashLoopBackOff → `logs --previous`; Running but not ready → the probes; Running but not
/// working → `logs`; and when lost → the events sorted by time.
struct PodDiagnostician {
    let pod: Pod
    let cluster: Cluster
    /// The namespace commands default to (`-n` is added for other namespaces).
    let currentNamespace: String
    /// The cluster is a kind cluster (images built locally must be `kind load`ed).
    let isKind: Bool

    var ns: String { pod.namespace == currentNamespace ? "" : " -n \(pod.namespace)" }

    func diagnose() -> PodDiagnosis {
        if pod.metadata.isDeleting { return terminating() }
        if pod.status.phase == "Succeeded" { return succeeded() }
        if pod.status.phase == "Failed" { return failed() }
        if (pod.spec.nodeName ?? "").isEmpty { return unscheduled() }
        if let node = pod.spec.nodeName, let lost = nodeProblem(node) { return lost }
        let statuses = (pod.status.initContainerStatuses ?? []) + (pod.status.containerStatuses ?? [])
        for status in statuses {
            if let diagnosis = containerProblem(status) { return diagnosis }
        }
        if statuses.isEmpty || pod.status.phase == "Pending" { return starting(nil) }
        return runningButNotReady() ?? healthy()
    }

    // MARK: Pod-level states

    private func terminating() -> PodDiagnosis {
        let grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30
        return PodDiagnosis(state: "Terminating", severity: .waiting, explanation: [
            "the pod is being deleted: its containers got SIGTERM and have up to \(grace)s to stop before SIGKILL.",
            "if a controller owns it, a replacement pod is already on its way.",
        ], next: ["kubectl get pods\(ns) -w"])
    }

    private func succeeded() -> PodDiagnosis {
        PodDiagnosis(state: "Completed", severity: .fine, explanation: [
            "every container ran to the end and exited with code 0: the pod's work is done.",
        ], next: ["kubectl logs \(pod.name)\(ns)"])
    }

    private func failed() -> PodDiagnosis {
        var diagnosis = PodDiagnosis(state: pod.status.reason ?? "Failed", severity: .broken, explanation: [
            "the pod stopped for good and will not be restarted (its restartPolicy or the node gave up on it).",
        ], next: ["kubectl describe pod \(pod.name)\(ns)"])
        if let message = pod.status.message { diagnosis.evidence.append(message) }
        return diagnosis
    }

    private func unscheduled() -> PodDiagnosis {
        guard let condition = pod.status.condition("PodScheduled"), condition.status == "False" else {
            return PodDiagnosis(state: "Pending", severity: .waiting, explanation: [
                "the scheduler has not picked a node yet.",
            ], next: ["kubectl get pod \(pod.name)\(ns) -w"])
        }
        let message = condition.message ?? ""
        var diagnosis = PodDiagnosis(state: "Pending", severity: .broken, explanation: [
            "no node can run it, so the scheduler keeps it Pending (nothing starts until it fits somewhere).",
        ], evidence: [message], next: ["kubectl describe pod \(pod.name)\(ns)   (Events: FailedScheduling)"])
        if message.contains("Insufficient") {
            diagnosis.explanation.append("its resource requests are bigger than what any node has free: lower the requests "
                + "or free/add capacity (kubectl describe nodes shows \"Allocated resources\").")
        } else if message.contains("taint") {
            diagnosis.explanation.append("the nodes carry taints the pod does not tolerate (kubectl describe nodes | grep Taints).")
        } else if message.contains("affinity") || message.contains("selector") {
            diagnosis.explanation.append("its nodeSelector or affinity matches no node's labels (kubectl get nodes --show-labels).")
        }
        return diagnosis
    }

    private func nodeProblem(_ name: String) -> PodDiagnosis? {
        guard let node = cluster.store.get(Node.self, namespace: "", name: name),
              let ready = node.status.conditions?.first(where: { $0.type == "Ready" }), ready.status != "True" else { return nil }
        return PodDiagnosis(state: "on a NotReady node", severity: .broken, explanation: [
            "its node \(name) is NotReady: the kubelet there stopped reporting, so what you see is its last known state.",
            "after 5 minutes the pod is evicted and its controller starts a replacement elsewhere.",
        ], evidence: [ready.message].compactMap { $0 }, next: ["kubectl describe node \(name)"])
    }

    // MARK: Container states

    private func containerProblem(_ status: ContainerStatus) -> PodDiagnosis? {
        if let waiting = status.state.waiting {
            switch waiting.reason ?? "" {
            case "ErrImagePull", "ImagePullBackOff": return imagePull(status, reason: waiting.reason ?? "")
            case "InvalidImageName", "ErrImageNeverPull": return imagePull(status, reason: waiting.reason ?? "")
            case "CreateContainerConfigError", "CreateContainerError": return configError(status, message: waiting.message ?? "")
            case "CrashLoopBackOff": return crashLoop(status, backOff: waiting.message)
            case "ContainerCreating", "PodInitializing": return starting(status)
            default: return nil
            }
        }
        if let terminated = status.state.terminated, terminated.exitCode != 0 {
            return crashLoop(status, backOff: nil)
        }
        return nil
    }

    private func imagePull(_ status: ContainerStatus, reason: String) -> PodDiagnosis {
        let image = pod.spec.allContainers.first { $0.name == status.name }?.image ?? status.image
        var diagnosis = PodDiagnosis(state: reason, severity: .broken, explanation: [
            "container \(status.name) cannot start because its image \(image) cannot be pulled.",
            "usually the image name or tag is wrong" + (isKind ? ", or it was built locally and never loaded into kind." : "."),
        ])
        if let failure = lastEvent(containing: "Failed to pull image") ?? lastEvent(reason: "InspectFailed") {
            diagnosis.evidence.append(failure)
        } else if let message = status.state.waiting?.message {
            diagnosis.evidence.append(message)
        }
        diagnosis.next.append("kubectl describe pod \(pod.name)\(ns)   (Events: the pull error)")
        if let owner = deploymentName() {
            diagnosis.next.append("fix the name: kubectl set image deployment/\(owner) \(status.name)=IMAGE\(ns)")
        }
        if isKind { diagnosis.next.append("or, for a local image: kind load docker-image \(image)") }
        return diagnosis
    }

    private func configError(_ status: ContainerStatus, message: String) -> PodDiagnosis {
        var diagnosis = PodDiagnosis(state: "CreateContainerConfigError", severity: .broken, explanation: [
            "container \(status.name) cannot be created: something it references is missing.",
        ], evidence: [message])
        if let name = quoted(after: "configmap ", in: message) ?? quoted(after: "ConfigMap ", in: message) {
            diagnosis.next.append("kubectl get configmap \(name.split(separator: "/").last.map(String.init) ?? name)\(ns) -o yaml")
        } else if let name = quoted(after: "secret ", in: message) {
            diagnosis.next.append("kubectl get secret \(name)\(ns)")
        } else {
            diagnosis.next.append("kubectl describe pod \(pod.name)\(ns)")
        }
        return diagnosis
    }

    private func starting(_ status: ContainerStatus?) -> PodDiagnosis {
        var diagnosis = PodDiagnosis(state: status?.state.waiting?.reason ?? "Pending", severity: .waiting, explanation: [
            "the pod is on its node and its containers are being set up (pulling images, creating the sandbox).",
            "give it a few seconds.",
        ], next: ["kubectl get pod \(pod.name)\(ns) -w", "kubectl describe pod \(pod.name)\(ns)   (Events show each step)"])
        if let pulling = lastEvent(reason: "Pulling") { diagnosis.evidence.append(pulling) }
        return diagnosis
    }

    private func crashLoop(_ status: ContainerStatus, backOff: String?) -> PodDiagnosis {
        let last = status.lastState.terminated ?? status.state.terminated
        let code = last?.exitCode ?? 0
        let reason = last?.reason ?? "Error"
        var diagnosis = PodDiagnosis(state: status.state.waiting?.reason ?? reason, severity: .broken)
        if reason == "OOMKilled" {
            let limit = pod.spec.containers.first { $0.name == status.name }?.resources.limits?["memory"]?.description
            diagnosis.explanation = ["container \(status.name) used more memory than its limit\(limit.map { " (\($0))" } ?? "") "
                + "and the kernel killed it (OOMKilled, exit code 137); restarts: \(status.restartCount).",
                "raise the memory limit, or find what makes it grow (kubectl top pod \(pod.name)\(ns))."]
        } else {
            diagnosis.explanation = ["container \(status.name) keeps stopping: it exited with code \(code) (\(reason)) and has "
                + "restarted \(status.restartCount) time\(status.restartCount == 1 ? "" : "s")."]
        }
        if let backOff, let delay = backOffDelay(backOff) {
            diagnosis.explanation.append("the kubelet now waits \(delay) before the next try (10s, 20s, 40s … up to 5m).")
        }
        let previous = (try? cluster.logs(namespace: pod.namespace, pod: pod.name, container: status.name,
                                          previous: status.state.terminated == nil)) ?? []
        let tail = previous.suffix(3).map(\.text)
        if !tail.isEmpty { diagnosis.evidence = ["its last lines before it stopped:"] + tail.map { "  " + $0 } }
        let container = pod.spec.containers.count > 1 ? " -c \(status.name)" : ""
        diagnosis.next = ["kubectl logs \(pod.name)\(ns)\(container) --previous"]
        return diagnosis
    }

    private func runningButNotReady() -> PodDiagnosis? {
        guard pod.status.condition("Ready")?.status != "True" else { return nil }
        let statuses = pod.status.containerStatuses ?? []
        guard let unready = statuses.first(where: { !$0.ready }) else { return nil }
        let container = pod.spec.containers.first { $0.name == unready.name }
        var diagnosis = PodDiagnosis(state: "Running, not ready", severity: .broken, explanation: [
            "container \(unready.name) runs, but its readiness probe fails, so Services send it no traffic.",
        ])
        if let probe = container?.readinessProbe, let port = probePort(probe, container: container) {
            let open = cluster.listeningPorts(namespace: pod.namespace, pod: pod.name)
            if !open.isEmpty, !open.contains(port) {
                diagnosis.explanation.append("the probe checks port \(port), but the app listens on "
                    + open.map(String.init).joined(separator: ", ") + ".")
            }
        }
        if let unhealthy = lastEvent(reason: "Unhealthy") { diagnosis.evidence.append(unhealthy) }
        diagnosis.next = ["kubectl describe pod \(pod.name)\(ns)   (Readiness: the probe; Events: why it fails)"]
        return diagnosis
    }

    private func healthy() -> PodDiagnosis {
        let summary = PodStatusSummary(pod)
        var diagnosis = PodDiagnosis(state: "Running", severity: .fine, explanation: [
            summary.total == 1 ? "its container runs and is ready." : "all \(summary.total) containers run and are ready.",
        ])
        if summary.restarts > 0, let last = (pod.status.containerStatuses ?? []).compactMap(\.lastState.terminated).first {
            diagnosis.explanation.append("it restarted \(summary.restarts) time\(summary.restarts == 1 ? "" : "s") before; "
                + "the last run ended with \(last.reason ?? "exit") (exit code \(last.exitCode)).")
        }
        diagnosis.explanation.append("if it still does not work, read what the app says, and check the Service in front of it.")
        diagnosis.next = ["kubectl logs \(pod.name)\(ns)"]
        let services = cluster.store.list(Service.self, namespace: pod.namespace).filter { service in
            guard let selector = service.spec.selector, !selector.isEmpty else { return false }
            return selector.allSatisfy { pod.metadata.labelMap[$0.key] == $0.value }
        }
        for service in services.prefix(2) { diagnosis.next.append("draw service \(service.name)\(ns)") }
        return diagnosis
    }
}
