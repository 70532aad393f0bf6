import KubeCluster

/// `kubectl drain NODE`: cordons the node, then evicts its pods (kubectl's filters: DaemonSet pods need
/// `--ignore-daemonsets`, emptyDir pods `--delete-emptydir-data`, unmanaged pods `--force`; mirror pods are
/// left alone) and waits — advancing simulated time a second at a time — until each has terminated.
enum DrainVerb {
    /// How long kubetutor waits for evicted pods without `--timeout`.
    static let batchLimit: Double = 600

    static func run(_ context: VerbContext) -> Int32 {
        let selection: NodeSelection
        switch NodeSelection.make(context) {
        case .success(let made): selection = made
        case .failure(let status): return status.code
        }
        selection.setUnschedulable(true, context: context)
        var failures: [CommandError] = []
        var pending: [String] = []
        for node in selection.nodes {
            let error = drain(node, dryRun: selection.dryRun, context: context)
            // Ctrl-C: kubectl dies where it is (the node stays cordoned), without a word.
            if context.session.isInterrupted() { return ShellInterpreter.interruptedStatus }
            if let error {
                context.errorLine("error: unable to drain node \(FieldError.quote(node.name)) due to error: \(error.plainText), continuing command...")
                failures.append(error)
                pending.append(node.name)
                continue
            }
            ChangeOutput(format: nil, dryRun: selection.dryRun).print(ObjectJSON.encode(node), kindPrefix: "node", name: node.name,
                                                                     operation: "drained", context: context)
        }
        if !pending.isEmpty {
            context.io.stderr("There are pending nodes to be drained:\n" + pending.map { " \($0)\n" }.joined())
        }
        return ErrorReport.emitAggregate(failures, to: context)
    }

    /// `deleteOrEvictPodsSimple` for one node: the filter verdicts, warnings, evictions and the wait.
    static func drain(_ node: Node, dryRun: DryRunMode, context: VerbContext) -> CommandError? {
        let verdicts = DrainFilters(context: context).verdicts(on: node.name)
        let errors = DrainFilters.grouped(verdicts, reason: .error).map { message, pods in
            CommandError.message(message.lowercased().hasPrefix("cannot delete") ? "\(message): \(pods)" : "cannot delete \(message): \(pods)")
        }
        if !errors.isEmpty { return .aggregate(errors) }
        let warnings = DrainFilters.grouped(verdicts, reason: .warning).map { "\($0.message): \($0.pods)" }
        if !warnings.isEmpty { context.errorLine("Warning: " + warnings.joined(separator: "; ")) }
        let pods = verdicts.filter(\.delete).map(\.pod)
        if dryRun == .client {
            for pod in pods { context.line("evicting pod \(pod.namespace)/\(pod.name) (dry run)") }
            return nil
        }
        let eviction = !context.invocation.bool("disable-eviction")
        let grace = context.invocation.int("grace-period")
        for pod in pods {
            if eviction { context.line("evicting pod \(pod.namespace)/\(pod.name)\(dryRun == .server ? " (server dry run)" : "")") }
            guard dryRun == .none else { continue }
            do { _ = try context.cluster.api.delete(Pod.self, pod.key, gracePeriod: grace >= 0 ? Int64(grace) : nil) } catch let error as APIError {
                if error.reason != "NotFound" { return .message("error when evicting pods/\(FieldError.quote(pod.name)) -n \(FieldError.quote(pod.namespace)): \(error.message)") }
            } catch {
                return .message("\(error)")
            }
        }
        guard dryRun == .none else { return nil }
        return waitForDeletion(pods, verb: eviction ? "evicted" : "deleted", context: context)
    }

    /// `waitForDelete`: polls every simulated second, printing `pod/NAME evicted` as each pod disappears.
    static func waitForDeletion(_ pods: [Pod], verb: String, context: VerbContext) -> CommandError? {
        var remaining = pods
        func sweep() {
            remaining.removeAll { pod in
                let current = context.store.get(Pod.self, pod.key)
                guard current == nil || current?.metadata.uid != pod.metadata.uid else { return false }
                context.line("pod/\(pod.name) \(verb)")
                return true
            }
        }
        sweep()
        let timeout = context.invocation.duration("timeout").seconds
        let limit = timeout > 0 ? timeout : batchLimit
        var waited = 0.0
        while !remaining.isEmpty, waited < limit, !context.session.isInterrupted() {
            context.cluster.advance(by: 1)
            waited += 1
            sweep()
        }
        guard let first = remaining.first else { return nil }
        if timeout <= 0, !context.session.isInterrupted() {
            context.errorLine("kubetutor: stopped waiting after \(GoDuration(nanoseconds: Int64(limit * 1e9))) of simulated time")
        }
        return .message("error when waiting for pod \(FieldError.quote(first.name)) in namespace \(FieldError.quote(first.namespace)) "
            + "to terminate: global timeout reached: \(GoDuration(nanoseconds: Int64(limit * 1e9)))")
    }
}

/// kubectl drain's pod filters (`pkg/drain/filters.go`), applied in order until one refuses the pod.
struct DrainFilters {
    let context: VerbContext

    /// The kind of a verdict.
    enum Reason: Equatable {
        case okay, skip, warning, error
    }

    /// What the filters decided for one pod.
    struct Verdict {
        var pod: Pod
        var delete: Bool
        var reason: Reason
        var message: String
    }

    /// The verdict for every pod on `nodeName` (matching `--pod-selector`), in list order.
    func verdicts(on nodeName: String) -> [Verdict] {
        let selector = (try? LabelSelector(parsing: context.invocation.string("pod-selector"))) ?? .everything
        let pods = context.store.list(Pod.self).filter { $0.spec.nodeName == nodeName && selector.matches($0.metadata.labelMap) }
        return pods.map { pod in
            var verdict = Verdict(pod: pod, delete: true, reason: .okay, message: "")
            for filter in [skipDeleted, daemonSet, mirror, localStorage, unreplicated] {
                verdict = filter(pod)
                if !verdict.delete { break }
            }
            return verdict
        }
    }

    /// Messages of `reason` with the `namespace/name` of their pods, in order of first appearance.
    static func grouped(_ verdicts: [Verdict], reason: Reason) -> [(message: String, pods: String)] {
        var order: [String] = []
        var pods: [String: [String]] = [:]
        for verdict in verdicts where verdict.reason == reason {
            let message = verdict.message.isEmpty && reason == .error ? "unexpected error" : verdict.message
            if pods[message] == nil { order.append(message) }
            pods[message, default: []].append("\(verdict.pod.namespace)/\(verdict.pod.name)")
        }
        return order.map { ($0, pods[$0, default: []].joined(separator: ", ")) }
    }

    private func okay(_ pod: Pod) -> Verdict { Verdict(pod: pod, delete: true, reason: .okay, message: "") }
    private func finished(_ pod: Pod) -> Bool { pod.status.phase == "Succeeded" || pod.status.phase == "Failed" }

    /// `skipDeletedFilter`: pods deleted longer ago than `--skip-wait-for-delete-timeout` are skipped.
    func skipDeleted(_ pod: Pod) -> Verdict {
        let limit = context.invocation.int("skip-wait-for-delete-timeout")
        if limit > 0, let deleting = pod.metadata.deletionTimestamp, Int(context.cluster.now - deleting.instant) > limit {
            return Verdict(pod: pod, delete: false, reason: .skip, message: "")
        }
        return okay(pod)
    }

    /// `daemonSetFilter`: DaemonSet pods are refused, or skipped with a warning under `--ignore-daemonsets`.
    func daemonSet(_ pod: Pod) -> Verdict {
        guard let owner = pod.metadata.controllerReference, owner.kind == DaemonSet.kind, !finished(pod) else { return okay(pod) }
        guard context.store.get(DaemonSet.self, namespace: pod.namespace, name: owner.name) != nil else {
            let message = APIError.notFound("daemonsets.apps", owner.name).message
            if context.invocation.bool("force") { return Verdict(pod: pod, delete: true, reason: .warning, message: message) }
            return Verdict(pod: pod, delete: false, reason: .error, message: message)
        }
        if !context.invocation.bool("ignore-daemonsets") {
            return Verdict(pod: pod, delete: false, reason: .error, message: "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)")
        }
        return Verdict(pod: pod, delete: false, reason: .warning, message: "ignoring DaemonSet-managed Pods")
    }

    /// `mirrorPodFilter`: static pods' mirrors are skipped silently.
    func mirror(_ pod: Pod) -> Verdict {
        pod.metadata.annotations?["kubernetes.io/config.mirror"] != nil ? Verdict(pod: pod, delete: false, reason: .skip, message: "") : okay(pod)
    }

    /// `localStorageFilter`: emptyDir pods need `--delete-emptydir-data`.
    func localStorage(_ pod: Pod) -> Verdict {
        guard (pod.spec.volumes ?? []).contains(where: { $0.emptyDir != nil }), !finished(pod) else { return okay(pod) }
        if !context.invocation.bool("delete-emptydir-data") {
            return Verdict(pod: pod, delete: false, reason: .error, message: "Pods with local storage (use --delete-emptydir-data to override)")
        }
        return Verdict(pod: pod, delete: true, reason: .warning, message: "deleting Pods with local storage")
    }

    /// `unreplicatedFilter`: pods without a controller need `--force`.
    func unreplicated(_ pod: Pod) -> Verdict {
        if finished(pod) || pod.metadata.controllerReference != nil { return okay(pod) }
        if context.invocation.bool("force") {
            return Verdict(pod: pod, delete: true, reason: .warning, message: "deleting Pods that declare no controller")
        }
        return Verdict(pod: pod, delete: false, reason: .error, message: "cannot delete Pods that declare no controller (use --force to override)")
    }
}
