import KubeCluster

/// `kubectl get pods`: NAME READY STATUS RESTARTS AGE, wide IP NODE NOMINATED NODE READINESS GATES
/// (upstream `printPod`, including init and sidecar containers).
public enum PodTablePrinter: TablePrinter {
    public static let columns = [
        TableColumn("NAME", isName: true), TableColumn("READY"), TableColumn("STATUS"), TableColumn("RESTARTS"),
        TableColumn("AGE"), TableColumn("IP", wide: true), TableColumn("NODE", wide: true),
        TableColumn("NOMINATED NODE", wide: true), TableColumn("READINESS GATES", wide: true),
    ]

    public static func cells(_ pod: Pod, _ context: TableContext) -> [String] {
        let summary = PodStatusSummary(pod)
        var restarts = String(summary.restarts)
        if summary.restarts != 0, let last = summary.lastRestart {
            restarts += " (\(context.since(last)) ago)"
        }
        let gates = pod.spec.readinessGatesCount
        let gatesCell = gates.total == 0 ? "<none>" : "\(gates.ready)/\(gates.total)"
        return [
            pod.metadata.nameValue, "\(summary.ready)/\(summary.total)", summary.reason, restarts,
            context.age(pod.metadata.creationTimestamp),
            pod.status.podIPs?.first?.ip ?? pod.status.podIP.flatMap { $0.isEmpty ? nil : $0 } ?? "<none>",
            pod.spec.nodeName.flatMap { $0.isEmpty ? nil : $0 } ?? "<none>",
            pod.status.nominatedNodeName.flatMap { $0.isEmpty ? nil : $0 } ?? "<none>",
            gatesCell,
        ]
    }
}

extension PodSpec {
    /// Readiness gates are not modelled; a pod has none.
    var readinessGatesCount: (ready: Int, total: Int) { (0, 0) }
}

/// The READY, STATUS and RESTARTS of a pod, computed exactly as kubectl's pod printer does.
public struct PodStatusSummary {
    public private(set) var ready = 0
    public private(set) var total = 0
    public private(set) var reason = ""
    public private(set) var restarts: Int32 = 0
    public private(set) var lastRestart: Timestamp?

    /// The summary of `pod` (borrowed: an initializer would otherwise take its own copy of the whole pod).
    public init(_ pod: borrowing Pod) {
        let initContainers = pod.spec.initContainers ?? []
        let sidecars = Set(initContainers.filter { $0.restartPolicyIsAlways }.map(\.name))
        total = pod.spec.containers.count + sidecars.count
        reason = pod.status.phase ?? ""
        if let podReason = pod.status.reason, !podReason.isEmpty { reason = podReason }
        if let conditions = pod.status.conditions, let scheduled = conditions.firstIndex(where: { $0.type == "PodScheduled" }),
           conditions[scheduled].reason == "SchedulingGated" {
            reason = "SchedulingGated"
        }

        var initializing = false
        var sidecarRestarts: Int32 = 0
        for (index, status) in (pod.status.initContainerStatuses ?? []).enumerated() {
            restarts += status.restartCount
            noteRestart(status)
            let isSidecar = sidecars.contains(status.name)
            if isSidecar { sidecarRestarts += status.restartCount }
            if let terminated = status.state.terminated, terminated.exitCode == 0 { continue }
            if isSidecar, status.started == true {
                if status.ready { ready += 1 }
                continue
            }
            if let terminated = status.state.terminated {
                if let why = terminated.reason, !why.isEmpty { reason = "Init:" + why }
                else if let signal = terminated.signal, signal != 0 { reason = "Init:Signal:\(signal)" }
                else { reason = "Init:ExitCode:\(terminated.exitCode)" }
            } else if let why = status.state.waiting?.reason, !why.isEmpty, why != "PodInitializing" {
                reason = "Init:" + why
            } else {
                reason = "Init:\(index)/\(initContainers.count)"
            }
            initializing = true
            break
        }

        if !initializing || pod.status.condition("Initialized")?.status == "True" {
            restarts = sidecarRestarts
            var hasRunning = false
            let statuses = pod.status.containerStatuses ?? []
            // Read in place, last to first: copying each status out would retain all its fields.
            for index in statuses.indices.reversed() {
                restarts += statuses[index].restartCount
                noteRestart(statuses[index])
                if let why = statuses[index].state.waiting?.reason, !why.isEmpty {
                    reason = why
                } else if let terminated = statuses[index].state.terminated, let why = terminated.reason, !why.isEmpty {
                    reason = why
                } else if let terminated = statuses[index].state.terminated {
                    reason = (terminated.signal ?? 0) != 0 ? "Signal:\(terminated.signal ?? 0)" : "ExitCode:\(terminated.exitCode)"
                } else if statuses[index].ready, statuses[index].state.running != nil {
                    hasRunning = true
                    ready += 1
                }
            }
            if reason == "Completed", hasRunning {
                reason = pod.status.condition("Ready")?.status == "True" ? "Running" : "NotReady"
            }
        }

        if pod.metadata.deletionTimestamp != nil, pod.status.reason == "NodeLost" {
            reason = "Unknown"
        } else if pod.metadata.deletionTimestamp != nil, pod.status.phase != "Succeeded", pod.status.phase != "Failed" {
            reason = "Terminating"
        }
    }

    private mutating func noteRestart(_ status: ContainerStatus) {
        guard let finished = status.lastState.terminated?.finishedAt, !finished.isZero else { return }
        if lastRestart.map({ finished > $0 }) ?? true { lastRestart = finished }
    }
}

extension Container {
    /// True for a sidecar: an init container with `restartPolicy: Always` (not modelled on Container yet).
    var restartPolicyIsAlways: Bool { false }
}
