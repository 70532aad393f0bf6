import KubeCluster

/// `kubectl rollout undo (TYPE NAME | TYPE/NAME) [--to-revision=N]`: kubectl's client-side rollback — the chosen
/// revision's pod template (without `pod-template-hash`) and annotations are written back into the Deployment;
/// the Deployment controller then reuses that ReplicaSet and gives it the next revision number.
enum RolloutUndoVerb {
    /// Annotations the Deployment keeps from itself rather than taking from the ReplicaSet (`annotationsToSkip`).
    static let keptAnnotations: Set<String> = [
        DeploymentAnnotations.lastApplied, DeploymentAnnotations.revision, DeploymentAnnotations.revisionHistory,
        DeploymentAnnotations.desiredReplicas, DeploymentAnnotations.maxReplicas, DeploymentAnnotations.rollbackTo,
    ]

    static func run(_ context: VerbContext) -> Int32 {
        if context.invocation.arguments.isEmpty, context.invocation.strings("filename").isEmpty {
            return ErrorReport.emit(.message("required resource not specified"), to: context)
        }
        let output: ChangeOutput
        switch ChangeOutput.fromFlags(context, order: .structJSON) {
        case .success(let made): output = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let dryRun = output.dryRun
        let selection: TargetSelection
        switch RolloutTargets.select(context) {
        case .success(let found): selection = found
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        var errors: [CommandError] = []
        let toRevision = Int64(context.invocation.int("to-revision"))
        for target in selection.targets {
            guard let deployment = target.object as? Deployment else {
                errors.append(target.object is DaemonSet ? RolloutTargets.daemonSetRevisions
                    : RolloutTargets.unsupported(target.resource, role: "rollbacker", verb: "rollbacker"))
                continue
            }
            switch rollback(deployment, to: toRevision, dryRun: dryRun, context: context) {
            case .success(let result):
                if let error = output.print(deployment, resource: target.resource, operation: result, context: context) { errors.append(error) }
            case .failure(let error):
                errors.append(error)
            }
        }
        return ErrorReport.emit(errors + selection.errors, to: context)
    }

    /// `DeploymentRollbacker.Rollback`: the operation text to print, or the error.
    static func rollback(_ deployment: Deployment, to revision: Int64, dryRun: DryRunMode, context: VerbContext) -> Result<String, CommandError> {
        if revision < 0 { return .failure(.message("unable to find specified revision \(revision) in history")) }
        let source: ReplicaSet
        switch DeploymentHistory(deployment, store: context.store).replicaSet(forRollbackTo: revision) {
        case .success(let found): source = found
        case .failure(let error): return .failure(error)
        }
        if dryRun == .client { return .success(RolloutHistoryVerb.templateText(source.spec.template)) }
        if deployment.spec.paused == true {
            return .failure(.message("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again"))
        }
        if DeploymentRolloutMath.equalIgnoringHash(source.spec.template, deployment.spec.template) {
            return .success("skipped rollback (current template already matches revision \(revision))")
        }
        var restored = deployment
        restored.spec.template = source.spec.template
        restored.spec.template.metadata.setLabel(PodTemplateHash.labelKey, nil)
        var annotations: [String: String] = [:]
        for key in keptAnnotations { if let value = deployment.metadata.annotations?[key] { annotations[key] = value } }
        for (key, value) in source.metadata.annotations ?? [:] where !keptAnnotations.contains(key) { annotations[key] = value }
        restored.metadata.annotations = annotations
        do {
            _ = try ObjectWriter.write(restored, dryRun: dryRun, in: context.cluster)
        } catch let error as APIError {
            return .failure(.message("failed restoring revision \(revision): \(error.message)"))
        } catch {
            return .failure(.message("failed restoring revision \(revision): \(error)"))
        }
        return .success("rolled back")
    }
}

/// `kubectl rollout restart|pause|resume`: each selected object is changed by the command's helper
/// (`objectrestarter`, `objectpauser`, `objectresumer`) and patched; helper refusals read
/// `error: deployments.apps "web" is already paused`.
enum RolloutControlVerbs {
    /// What a helper did with one object.
    enum Change {
        case changed(any APIObject), refused(String)
    }

    /// `kubectl rollout restart`: stamps `kubectl.kubernetes.io/restartedAt` (simulated time) on the pod template.
    static func restart(_ context: VerbContext) -> Int32 {
        let stamp = Timestamp(context.cluster.now).rfc3339
        return run(context, operation: "restarted", unchangedOperation: nil) { object in
            var changed = object
            if let deployment = object as? Deployment, deployment.spec.paused == true {
                return .refused("can't restart paused deployment (run rollout resume first)")
            }
            guard object is Deployment || object is DaemonSet,
                  PodTemplateAccess.updateTemplate(&changed, { $0.metadata.setAnnotation("kubectl.kubernetes.io/restartedAt", stamp) })
            else { return .refused("restarting is not supported") }
            return .changed(changed)
        }
    }

    /// `kubectl rollout pause`.
    static func pause(_ context: VerbContext) -> Int32 {
        run(context, operation: "paused", unchangedOperation: "already paused") { object in
            guard var deployment = object as? Deployment else { return .refused("pausing is not supported") }
            if deployment.spec.paused == true { return .refused("is already paused") }
            deployment.spec.paused = true
            return .changed(deployment)
        }
    }

    /// `kubectl rollout resume`.
    static func resume(_ context: VerbContext) -> Int32 {
        run(context, operation: "resumed", unchangedOperation: "already resumed") { object in
            guard var deployment = object as? Deployment else { return .refused("resuming is not supported") }
            if deployment.spec.paused != true { return .refused("is not paused") }
            deployment.spec.paused = nil
            return .changed(deployment)
        }
    }

    /// The shared flow: select, change, patch, print; errors after the successes.
    static func run(_ context: VerbContext, operation: String, unchangedOperation: String?, change: (any APIObject) -> Change) -> Int32 {
        let output: ChangeOutput
        switch ChangeOutput.make(context, dryRun: .none, order: .structJSON) {
        case .success(let made): output = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let selection: TargetSelection
        switch RolloutTargets.select(context) {
        case .success(let found): selection = found
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        var errors = selection.errors
        for target in selection.targets {
            let changed: any APIObject
            switch change(target.object) {
            case .refused(let reason):
                errors.append(.message("error: \(target.resource.qualifiedName) \(FieldError.quote(target.object.name)) \(reason)"))
                continue
            case .changed(let object): changed = object
            }
            var printed: any APIObject = target.object
            if ObjectWriter.sameContent(changed, target.object) {
                if let unchangedOperation {
                    if let error = output.print(target.object, resource: target.resource, operation: unchangedOperation, context: context) {
                        errors.append(error)
                    }
                    continue
                }
                errors.append(.message("failed to create patch for \(target.object.name): empty patch"))
            } else {
                do { printed = try ObjectWriter.update(changed, in: context.cluster) } catch let error as APIError {
                    errors.append(.message("failed to patch: \(error.message)"))
                    continue
                } catch {
                    errors.append(.message("failed to patch: \(error)"))
                    continue
                }
            }
            if let error = output.print(printed, resource: target.resource, operation: operation, context: context) { errors.append(error) }
        }
        return ErrorReport.emit(errors, to: context)
    }
}
