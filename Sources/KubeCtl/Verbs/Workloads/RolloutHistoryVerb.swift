import KubeCluster

/// The resource selection the `rollout` subcommands share (`ResourceTypeOrNameArgs(true, …)`, `-l`, `-f`,
/// `ContinueOnError`): a bare type selects every object of it; missing objects are reported at the end.
enum RolloutTargets {
    /// The selection, or the fatal error (missing resource, bad arguments).
    static func select(_ context: VerbContext) -> Result<TargetSelection, CommandError> {
        if context.invocation.arguments.isEmpty, context.invocation.strings("filename").isEmpty {
            return .failure(.message("required resource not specified"))
        }
        var request = TargetRequest.flags(context, arguments: context.invocation.arguments)
        request.allowEmptySelector = true
        return TargetResolver.resolve(request, context: context)
    }

    /// Daemon set revisions live in ControllerRevisions, which kubetutor does not keep.
    static let daemonSetRevisions = CommandError.message("controllerrevisions.apps are not simulated by kubetutor yet, "
        + "so daemon set revisions cannot be listed or rolled back")

    /// kubectl's `apps.GroupKindElement.Accept` failure for kinds outside the workload visitor, or the
    /// "not implemented" error for workload kinds without the helper (`role` is `history viewer`, `rollbacker`…).
    static func unsupported(_ resource: APIResource, role: String, verb: String) -> CommandError {
        let groupKind = RolloutStatusViewer.groupKind(resource)
        let visited = ["Pod", "ReplicaSet", "Job", "ReplicationController", "CronJob"]
        if visited.contains(resource.kind) {
            return .message("no \(role) has been implemented for \(FieldError.quote(groupKind))")
        }
        return .message("error retrieving \(verb) for \(FieldError.quote(groupKind)), no visitor method exists for {\(resource.group) \(resource.kind)}")
    }
}

/// `kubectl rollout history (TYPE NAME | TYPE/NAME) [--revision=N]`: the `REVISION  CHANGE-CAUSE` table of a
/// Deployment, or with `--revision` that revision's pod template (tabs kept, as kubectl prints it);
/// with `-o` the ReplicaSets themselves.
enum RolloutHistoryVerb {
    static func run(_ context: VerbContext) -> Int32 {
        let revision = Int64(context.invocation.int("revision"))
        let output: ChangeOutput
        switch ChangeOutput.make(context, dryRun: .none, order: .structJSON) {
        case .success(let made): output = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        if revision < 0, !context.invocation.arguments.isEmpty || !context.invocation.strings("filename").isEmpty {
            return ErrorReport.emit(.message("revision must be a positive integer: \(revision)"), to: context)
        }
        let selection: TargetSelection
        switch RolloutTargets.select(context) {
        case .success(let found): selection = found
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        var errors: [CommandError] = []
        for target in selection.targets {
            guard let deployment = target.object as? Deployment else {
                errors.append(target.object is DaemonSet ? RolloutTargets.daemonSetRevisions
                    : RolloutTargets.unsupported(target.resource, role: "history viewer", verb: "history"))
                continue
            }
            let history = DeploymentHistory(deployment, store: context.store)
            if output.format != nil {
                if let error = printReplicaSets(history, revision: revision, output: output, context: context) { errors.append(error) }
                continue
            }
            let templates = history.templatesByRevision
            var text = history.table()
            if revision > 0, !templates.isEmpty {
                guard let template = templates[revision] else {
                    errors.append(.message("unable to find the specified revision"))
                    continue
                }
                text = templateText(template)
            }
            let heading = revision > 0 ? "with revision #\(revision)" : ""
            context.line("\(target.resource.qualifiedKind)/\(deployment.name) \(heading)\n\(text)")
        }
        return ErrorReport.emit(errors + selection.errors, to: context)
    }

    /// `-o`: the ReplicaSets by ascending revision, or the one of `--revision`.
    static func printReplicaSets(_ history: DeploymentHistory, revision: Int64, output: ChangeOutput, context: VerbContext) -> CommandError? {
        var byRevision: [Int64: ReplicaSet] = [:]
        for rs in history.replicaSets { if let value = DeploymentHistory.revision(rs) { byRevision[value] = rs } }
        let resource = ResourceCatalog.standard.resource(apiVersion: ReplicaSet.apiVersion, kind: ReplicaSet.kind)
        let kindPrefix = resource?.qualifiedKind ?? "replicaset.apps"
        let chosen: [ReplicaSet]
        if revision > 0 {
            guard let rs = byRevision[revision] else { return .message("unable to find the specified revision") }
            chosen = [rs]
        } else {
            chosen = byRevision.keys.sorted().compactMap { byRevision[$0] }
        }
        for rs in chosen {
            if let error = output.print(ObjectJSON.encode(rs), kindPrefix: kindPrefix, name: rs.name, operation: "", context: context) {
                return error
            }
        }
        return nil
    }

    /// `printTemplate`: the pod template as `DescribePodTemplate` writes it through a plain prefix writer.
    static func templateText(_ template: PodTemplateSpec) -> String {
        var writer = DescribeWriter()
        PodTemplateDescriber.write(&writer, template)
        let lines = writer.unalignedText().split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.hasPrefix("  \t") ? line.dropFirst(2) : line
        }
        return lines.joined(separator: "\n")
    }
}
