/// The sentences that tell a learner what an injected fault does and how to watch it unfold.
enum FaultDescriptions {
    /// One sentence: what the fault does to its target.
    static func summary(of spec: FaultSpec, deployment: Deployment?, fault: ActiveFault?, in cluster: Cluster) -> String {
        let target = spec.target
        switch spec {
        case .badImage:
            let pairs = (fault?.originalImages ?? []).map { "\(FaultInjector.missingImage($0.image)) (was \($0.image))" }
            return "image: \(target) now runs \(pairs.joined(separator: ", ")), a tag no registry has: "
                + "its new pods can't pull it and the rollout stalls"
        case .crash(_, _, let message):
            return "crash: the containers of \(target) crash \(FaultTiming.crashAfter)s after every start (exit code 1), "
                + "logging \"\(message)\""
        case .kill(_, _, let container):
            return "kill: container \(container ?? "(first)") of \(target) is killed once"
        case .nodeDown(let node):
            return "node: the kubelet on node/\(node) stopped: the node turns NotReady after "
                + "\(Int(NodeLifecycleController.monitorGracePeriod))s without a heartbeat, and its pods are evicted 5 minutes later"
        case .cpuLoad(_, let name, let milli):
            let running = deployment.map { FaultLoad.runningPods(of: $0, in: cluster).count } ?? 0
            let share = running > 0 ? " (\(running) running → about \(milli / Int64(running))m each)" : ""
            return "load: the pods of deployment/\(name) share \(milli)m of CPU work\(share)"
        case .memoryLeak:
            let limits = deployment.map { cluster.faults.memoryLimits(of: $0) } ?? []
            let text = limits.map { "\($0.0): \(ByteText.binary($0.1))" }.joined(separator: ", ")
            return "oom: the containers of \(target) leak memory until they reach their limit (\(text)) about "
                + "\(Int(FaultTiming.secondsToOOM))s after each start, and are OOMKilled"
        case .readinessFailure:
            return "readiness: the readiness probes of \(target)'s pods fail from now on: after failureThreshold "
                + "failures each pod turns not ready and leaves its Services' endpoints"
        case .livenessFailure:
            return "liveness: the app in \(target)'s pods stops answering (requests time out): liveness probes fail "
                + "and the kubelet restarts the containers"
        }
    }

    /// Follow-up lines: caveats about the target and what to run to watch the fault work.
    static func notes(for spec: FaultSpec, deployment: Deployment?, in cluster: Cluster) -> [String] {
        let containers = deployment?.spec.template.spec.containers ?? []
        var notes: [String] = []
        switch spec {
        case .readinessFailure where !containers.contains(where: { $0.readinessProbe != nil }):
            notes.append("note: \(spec.target) has no readiness probe, so Kubernetes cannot notice: its pods stay READY. "
                + "Add a readinessProbe to the pod template to see the effect.")
        case .livenessFailure where !containers.contains(where: { $0.livenessProbe != nil }):
            notes.append("note: \(spec.target) has no liveness probe, so nothing restarts the hung containers — "
                + "which is exactly what liveness probes are for.")
        case .cpuLoad where ResourceMetricsAPI.availability(in: cluster) != .available:
            notes.append("note: this cluster has no ready metrics-server, so nobody measures the load: kubectl top "
                + "and autoscalers need one (kube-system/metrics-server).")
        default:
            break
        }
        switch spec {
        case .badImage(_, let name): notes.append("watch: kubectl rollout status deployment/\(name)   or   draw rollout \(name)")
        case .crash, .memoryLeak, .livenessFailure: notes.append("watch: kubectl get pods -w   (then: why POD)")
        case .readinessFailure(_, let name): notes.append("watch: kubectl get pods -w   or   draw service \(name)")
        case .nodeDown: notes.append("watch: kubectl get nodes -w   or   draw nodes")
        case .cpuLoad: notes.append("watch: kubectl top pods   or   draw hpa NAME")
        case .kill: break
        }
        return notes
    }
}

/// Byte counts as Kubernetes-style binary quantities (`128Mi`, `1Gi`, `1536Ki`).
enum ByteText {
    static func binary(_ bytes: Int64) -> String {
        let units = [("Ei", 60), ("Pi", 50), ("Ti", 40), ("Gi", 30), ("Mi", 20), ("Ki", 10)]
        for (suffix, power) in units where bytes >= Int64(1) << power && bytes % (Int64(1) << power) == 0 {
            return "\(bytes >> power)\(suffix)"
        }
        return "\(bytes)"
    }
}
