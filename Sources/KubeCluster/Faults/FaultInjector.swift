/// Injects and undoes faults, and keeps deployment faults in force on pods created later.
///
/// It runs as a controller, like a mutating webhook would: each new pod of a faulted deployment gets
/// the fault's `kubetutor.io/*` behaviour annotations before its containers start. Pods already
/// running get the annotations too and their running containers change behaviour at once (no restart).
public final class FaultInjector: Controller {
    /// The controller's name in diagnostics.
    public let name = "fault-injector"
    unowned let cluster: Cluster
    /// The faults in effect, oldest first.
    public private(set) var active: [ActiveFault] = []
    /// The number the next fault's id gets (`f<number>`).
    public private(set) var nextNumber = 1

    init(cluster: Cluster) {
        self.cluster = cluster
        cluster.metricsProvider = LoadedMetricsProvider(base: cluster.metricsProvider, injector: self, cluster: cluster)
    }

    // MARK: Controller

    /// A new or changed pod of a faulted deployment that lacks the fault's annotations.
    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        guard event.type != .deleted, let pod = event.object as? Pod, !pod.metadata.isDeleting,
              active.contains(where: { $0.spec.deployment?.namespace == pod.namespace && !annotations(of: $0.spec).isEmpty }),
              let deployment = owningDeployment(of: pod) else { return [] }
        let wanted = desiredAnnotations(for: deployment)
        return wanted.contains { pod.metadata.annotationMap[$0.0] != $0.1 } ? [pod.key] : []
    }

    /// Puts the faults' annotations on the pod.
    public func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        guard let pod = cluster.store.get(Pod.self, key), !pod.metadata.isDeleting,
              let deployment = owningDeployment(of: pod) else { return }
        setAnnotations(desiredAnnotations(for: deployment), on: pod)
    }

    // MARK: Injecting and undoing

    /// Injects `spec`; returns what happened. Throws when the target does not exist or the fault
    /// cannot work on it (e.g. an OOM fault on containers without a memory limit).
    @discardableResult
    public func inject(_ spec: FaultSpec) throws -> FaultReport {
        cluster.settle()
        switch spec {
        case .kill(let namespace, let pod, let container):
            return try kill(namespace: namespace, pod: pod, container: container)
        case .nodeDown(let node):
            return try nodeDown(node)
        default:
            break
        }
        guard let key = spec.deployment, let deployment = cluster.store.get(Deployment.self, key) else {
            throw FaultError("Error from server (NotFound): deployments.apps \"\(spec.deployment?.name ?? "")\" not found"
                + (spec.deployment.map { $0.namespace == "default" ? "" : " in namespace \"\($0.namespace)\"" } ?? ""))
        }
        if let existing = active.first(where: { $0.spec.word == spec.word && $0.spec.deployment == key }) {
            if case .cpuLoad = spec { return try replaceLoad(existing, with: spec, deployment: deployment) }
            throw FaultError("\(existing.id) already does that to \(spec.target) (`fix \(existing.id)` undoes it)")
        }
        var fault = ActiveFault(id: "f\(nextNumber)", spec: spec, since: cluster.now, summary: "")
        switch spec {
        case .badImage:
            fault.originalImages = try breakImages(of: deployment)
        case .memoryLeak:
            guard !memoryLimits(of: deployment).isEmpty else {
                throw FaultError("deployment/\(key.name) has no memory limit, so it cannot be OOMKilled (it would just keep growing). "
                    + "Give it one first, e.g. kubectl set resources deployment \(key.name) --limits=memory=128Mi")
            }
        default:
            break
        }
        fault.summary = FaultDescriptions.summary(of: spec, deployment: deployment, fault: fault, in: cluster)
        nextNumber += 1
        active.append(fault)
        applyToRunningPods(of: deployment)
        cluster.settle()
        return FaultReport(fault: fault, lines: ["\(fault.id)  \(fault.summary)"]
            + FaultDescriptions.notes(for: spec, deployment: deployment, in: cluster))
    }

    /// Undoes the fault with `id` (`f2`); throws when there is none.
    @discardableResult
    public func undo(_ id: String) throws -> FaultReport {
        guard let index = active.firstIndex(where: { $0.id == id }) else {
            let known = active.map(\.id).joined(separator: ", ")
            throw FaultError("no active fault \"\(id)\"" + (known.isEmpty ? " (nothing is broken)" : "; active: \(known)"))
        }
        let fault = active.remove(at: index)
        var lines = ["fixed \(fault.id): \(fault.spec.word) on \(fault.spec.target)"]
        switch fault.spec {
        case .nodeDown(let node):
            cluster.setNodeUp(node)
            lines.append("the kubelet on \(node) is back: the node turns Ready at its next status report")
        case .badImage(let namespace, let name):
            lines.append(restoreImages(fault.originalImages, deployment: ObjectKey(namespace: namespace, name: name)))
        case .cpuLoad:
            lines.append("the extra CPU work stopped; metrics-server sees it at its next scrape (every 15s)")
        default:
            if let key = fault.spec.deployment, let deployment = cluster.store.get(Deployment.self, key) {
                removeAnnotations(of: fault.spec, deployment: deployment)
                lines.append("running containers behave normally again; crashed ones recover at their next restart")
            }
        }
        cluster.settle()
        return FaultReport(fault: nil, lines: lines)
    }

    /// Undoes every active fault, newest first.
    @discardableResult
    public func undoAll() -> [FaultReport] {
        active.reversed().compactMap { try? undo($0.id) }
    }

    /// Puts back faults read from a saved sandbox (their effects are already in the saved objects).
    public func restore(_ faults: [ActiveFault], nextNumber: Int) {
        active = faults
        self.nextNumber = max(nextNumber, (faults.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1)
    }

    /// The CPU work (millicores) a load fault puts on `deployment`, if any.
    public func cpuLoad(on deployment: ObjectKey) -> Int64? {
        for fault in active {
            if case .cpuLoad(let namespace, let name, let milli) = fault.spec, namespace == deployment.namespace,
               name == deployment.name { return milli }
        }
        return nil
    }

    // MARK: One-off and node faults

    private func kill(namespace: String, pod name: String, container: String?) throws -> FaultReport {
        guard let pod = cluster.store.get(Pod.self, namespace: namespace, name: name) else {
            throw FaultError("Error from server (NotFound): pods \"\(name)\" not found")
        }
        if let container, !pod.spec.containers.contains(where: { $0.name == container }) {
            throw FaultError("container \(container) is not valid for pod \(name)")
        }
        guard let killed = cluster.kubelet?.killRunningContainer(pod: pod.key, container: container, in: cluster) else {
            throw FaultError("pod/\(name) has no running container to kill (kubectl get pod \(name) shows its state)")
        }
        cluster.settle()
        return FaultReport(fault: nil, lines: [
            "killed container \(killed) of pod/\(name) once (exit code 137, like kill -9)",
            "the kubelet restarts it (RESTARTS goes up by one); the pod itself stays",
        ])
    }

    private func nodeDown(_ node: String) throws -> FaultReport {
        guard cluster.store.get(Node.self, namespace: "", name: node) != nil else {
            throw FaultError("Error from server (NotFound): nodes \"\(node)\" not found")
        }
        if let existing = active.first(where: { $0.spec == .nodeDown(node: node) }) {
            throw FaultError("\(existing.id) already stopped node/\(node) (`fix node \(node)` brings it back)")
        }
        let fault = ActiveFault(id: "f\(nextNumber)", spec: .nodeDown(node: node), since: cluster.now,
                                summary: FaultDescriptions.summary(of: .nodeDown(node: node), deployment: nil,
                                                                   fault: nil, in: cluster))
        nextNumber += 1
        active.append(fault)
        cluster.setNodeDown(node)
        return FaultReport(fault: fault, lines: ["\(fault.id)  \(fault.summary)"]
            + FaultDescriptions.notes(for: fault.spec, deployment: nil, in: cluster))
    }

    private func replaceLoad(_ existing: ActiveFault, with spec: FaultSpec, deployment: Deployment) throws -> FaultReport {
        guard let index = active.firstIndex(of: existing) else { return FaultReport(fault: nil, lines: []) }
        var fault = existing
        fault.spec = spec
        fault.summary = FaultDescriptions.summary(of: spec, deployment: deployment, fault: fault, in: cluster)
        active[index] = fault
        return FaultReport(fault: fault, lines: ["\(fault.id)  \(fault.summary)"]
            + FaultDescriptions.notes(for: spec, deployment: deployment, in: cluster).filter { $0.hasPrefix("note:") })
    }

    // MARK: Deployments and their pods

    /// The deployment that owns `pod` through a ReplicaSet, if any.
    func owningDeployment(of pod: Pod) -> Deployment? {
        guard let owner = pod.metadata.controllerReference, owner.kind == "ReplicaSet",
              let set = cluster.store.get(ReplicaSet.self, namespace: pod.namespace, name: owner.name),
              let top = set.metadata.controllerReference, top.kind == "Deployment" else { return nil }
        return cluster.store.get(Deployment.self, namespace: pod.namespace, name: top.name)
    }

    /// The live pods of `deployment`, by name.
    func pods(of deployment: Deployment) -> [Pod] {
        let sets = Set(cluster.store.list(ReplicaSet.self, namespace: deployment.namespace)
            .filter { $0.metadata.controllerReference?.uid == deployment.metadata.uid }.map(\.name))
        return cluster.store.list(Pod.self, namespace: deployment.namespace).filter { pod in
            guard let owner = pod.metadata.controllerReference, owner.kind == "ReplicaSet" else { return false }
            return sets.contains(owner.name) && !pod.metadata.isDeleting
        }
    }

    /// Memory limits in bytes of the deployment's containers that have one, by container name.
    func memoryLimits(of deployment: Deployment) -> [(String, Int64)] {
        deployment.spec.template.spec.containers.compactMap { container in
            guard let limit = container.resources.limits?["memory"],
                  case let bytes = limit.value, bytes > 0 else { return nil }
            return (container.name, bytes)
        }
    }

    /// The annotations one fault puts on the deployment's pods.
    func annotations(of spec: FaultSpec, deployment: Deployment? = nil) -> [(String, String)] {
        switch spec {
        case .crash(_, _, let message):
            return [(BehaviourAnnotation.crashAfter, "\(FaultTiming.crashAfter)s"), (BehaviourAnnotation.exitCode, "1"),
                    (BehaviourAnnotation.crashMessage, message)]
        case .memoryLeak:
            guard let deployment else { return [(BehaviourAnnotation.memoryLeak, "")] }
            return memoryLimits(of: deployment).map { name, bytes in
                let perSecond = Int64((Double(bytes) / FaultTiming.secondsToOOM).rounded(.up))
                return ("\(BehaviourAnnotation.memoryLeak).\(name)", "\(perSecond)")
            }
        case .readinessFailure:
            return [(BehaviourAnnotation.readiness, "fail")]
        case .livenessFailure:
            return [(BehaviourAnnotation.hangAfter, "0s")]
        case .badImage, .kill, .nodeDown, .cpuLoad:
            return []
        }
    }

    /// Every fault annotation the deployment's pods should carry now.
    func desiredAnnotations(for deployment: Deployment) -> [(String, String)] {
        active.filter { $0.spec.deployment == deployment.key }.flatMap { annotations(of: $0.spec, deployment: deployment) }
    }

    private func applyToRunningPods(of deployment: Deployment) {
        let wanted = desiredAnnotations(for: deployment)
        for pod in pods(of: deployment) { setAnnotations(wanted, on: pod) }
        cluster.settle()
        for pod in pods(of: deployment) { cluster.kubelet?.refreshBehaviour(pod: pod.key, in: cluster) }
    }

    private func removeAnnotations(of spec: FaultSpec, deployment: Deployment) {
        let remaining = desiredAnnotations(for: deployment)
        let template = deployment.spec.template.metadata.annotationMap
        for pod in pods(of: deployment) {
            var updated = pod
            for (key, _) in annotations(of: spec, deployment: deployment) where !remaining.contains(where: { $0.0 == key }) {
                updated.metadata.setAnnotation(key, template[key])
            }
            if updated.metadata.annotations != pod.metadata.annotations { _ = try? cluster.api.update(updated) }
        }
        cluster.settle()
        for pod in pods(of: deployment) { cluster.kubelet?.refreshBehaviour(pod: pod.key, in: cluster) }
    }

    private func setAnnotations(_ wanted: [(String, String)], on pod: Pod) {
        var updated = pod
        for (key, value) in wanted { updated.metadata.setAnnotation(key, value) }
        if updated.metadata.annotations != pod.metadata.annotations { _ = try? cluster.api.update(updated) }
    }
}

extension Cluster {
    /// The cluster's fault injector, registered on first use.
    public var faults: FaultInjector {
        if let injector = controller(FaultInjector.self) { return injector }
        let injector = FaultInjector(cluster: self)
        register(injector)
        return injector
    }
}
