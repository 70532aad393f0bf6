import KubeCluster

/// The node selection `cordon`, `uncordon` and `drain` share: node names, or `-l` (never both).
struct NodeSelection {
    let nodes: [Node]
    let dryRun: DryRunMode

    /// Reads the arguments and flags; the error is already printed (its exit status returned instead).
    static func make(_ context: VerbContext) -> Result<NodeSelection, ExitStatus> {
        let invocation = context.invocation
        let name = invocation.commandPath.last ?? "cordon"
        if invocation.arguments.isEmpty, !invocation.wasSet("selector") {
            return .failure(ExitStatus(context.usage("USAGE: \(name) NODE [flags]")))
        }
        if !invocation.arguments.isEmpty, !invocation.string("selector").isEmpty {
            context.io.stderr("error: cannot specify both a node name and a --selector option\nSee '\(invocation.commandPathText) -h' for help and examples\n")
            return .failure(ExitStatus(1))
        }
        let dryRun: DryRunMode
        switch DryRunMode.from(context) {
        case .success(let mode): dryRun = mode
        case .failure(let message): return .failure(ExitStatus(ErrorReport.emit(.message(message.text), to: context)))
        }
        if invocation.accepts("pod-selector"), !invocation.string("pod-selector").isEmpty,
           (try? LabelSelector(parsing: invocation.string("pod-selector"))) == nil {
            return .failure(ExitStatus(ErrorReport.emit(.message("--pod-selector=<pod_selector> must be a valid label selector"), to: context)))
        }
        var nodes: [Node] = []
        if invocation.arguments.isEmpty {
            let selector: LabelSelector
            do { selector = try LabelSelector(parsing: invocation.string("selector")) } catch {
                return .failure(ExitStatus(ErrorReport.emit(.message("\(error)"), to: context)))
            }
            nodes = context.store.list(Node.self).filter { selector.matches($0.metadata.labelMap) }
        }
        for argument in invocation.arguments {
            let name = argument.split(separator: "/", maxSplits: 1).last.map(String.init) ?? argument
            guard let node = context.store.get(Node.self, namespace: "", name: name) else {
                return .failure(ExitStatus(ErrorReport.emit(.api(APIError.notFound("nodes", name)), to: context)))
            }
            nodes.append(node)
        }
        return .success(NodeSelection(nodes: nodes, dryRun: dryRun))
    }

    /// `RunCordonOrUncordon`: marks each node (un)schedulable and prints what happened.
    func setUnschedulable(_ desired: Bool, context: VerbContext) {
        let output = ChangeOutput(format: nil, dryRun: dryRun)
        let resource = ResourceCatalog.standard.resource(apiVersion: "v1", kind: "Node")
        let kindPrefix = resource?.qualifiedKind ?? "node"
        for node in nodes {
            let current = context.store.get(Node.self, namespace: "", name: node.name) ?? node
            guard (current.spec.unschedulable ?? false) != desired else {
                output.print(ObjectJSON.encode(current), kindPrefix: kindPrefix, name: current.name,
                             operation: desired ? "already cordoned" : "already uncordoned", context: context)
                continue
            }
            if dryRun != .client {
                var changed = current
                changed.spec.unschedulable = desired ? true : nil
                do { _ = try ObjectWriter.write(changed, dryRun: dryRun, in: context.cluster) } catch {
                    let text = (error as? APIError)?.message ?? "\(error)"
                    context.errorLine("error: unable to \(desired ? "cordon" : "uncordon") node \(FieldError.quote(node.name)): \(text)")
                    continue
                }
            }
            output.print(ObjectJSON.encode(current), kindPrefix: kindPrefix, name: current.name,
                         operation: desired ? "cordoned" : "uncordoned", context: context)
        }
    }
}

/// `kubectl cordon NODE` / `kubectl uncordon NODE`: mark nodes unschedulable or schedulable again.
enum CordonVerbs {
    /// `kubectl cordon`.
    static func cordon(_ context: VerbContext) -> Int32 { run(context, desired: true) }
    /// `kubectl uncordon`.
    static func uncordon(_ context: VerbContext) -> Int32 { run(context, desired: false) }

    static func run(_ context: VerbContext, desired: Bool) -> Int32 {
        switch NodeSelection.make(context) {
        case .success(let selection):
            selection.setUnschedulable(desired, context: context)
            return 0
        case .failure(let status):
            return status.code
        }
    }
}
