import KubeCluster

/// `kubectl scale --replicas=N (TYPE NAME… | TYPE/NAME… | TYPE -l SEL | TYPE --all | -f FILE)`: sets the replica
/// count through the scale subresource of Deployments and ReplicaSets, with the `--current-replicas` and
/// `--resource-version` preconditions and an optional `--timeout` wait for the new size.
enum ScaleVerb {
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let output: ChangeOutput
        switch ChangeOutput.fromFlags(context) {
        case .success(let made): output = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let dryRun = output.dryRun
        let replicas = invocation.int("replicas")
        let current = invocation.int("current-replicas")
        if replicas < 0 {
            return ErrorReport.emit(.message("The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0"), to: context)
        }
        if current < -1 { return ErrorReport.emit(.message("The --current-replicas must specify an integer of -1 or greater"), to: context) }
        var request = TargetRequest.flags(context, arguments: invocation.arguments)
        request.allowEmptySelector = invocation.bool("all")
        let selection: TargetSelection
        switch TargetResolver.resolve(request, context: context) {
        case .success(let found): selection = found
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let resourceVersion = invocation.string("resource-version")
        if !resourceVersion.isEmpty, selection.targets.count > 1 {
            return ErrorReport.emit(.message("cannot use --resource-version with multiple resources"), to: context)
        }
        guard !selection.targets.isEmpty else {
            let detail = selection.errors.first.map { " " + $0.plainText } ?? ""
            return ErrorReport.emit(.message("no objects passed to scale" + detail), to: context)
        }
        let preconditions = ScalePreconditions(replicas: current, resourceVersion: resourceVersion)
        for target in selection.targets {
            if let error = scale(target, to: replicas, preconditions: preconditions, dryRun: dryRun, output: output, context: context) {
                return ErrorReport.emit(error, to: context)
            }
        }
        return ErrorReport.emit(selection.errors, to: context)
    }

    /// Scales one object and prints the result; returns the error that stops the command.
    static func scale(_ target: TargetObject, to replicas: Int, preconditions: ScalePreconditions, dryRun: DryRunMode,
                      output: ChangeOutput, context: VerbContext) -> CommandError? {
        var object = target.object
        guard setReplicas(&object, Int32(clamping: replicas)) else {
            if dryRun == .client { return output.print(object, resource: target.resource, operation: "scaled", context: context) }
            return .api(APIError(code: 404, reason: "NotFound", message: "the server could not find the requested resource"))
        }
        if dryRun == .client { return output.print(object, resource: target.resource, operation: "scaled", context: context) }
        if let failure = preconditions.check(target.object) { return failure }
        ChangeCause.record(&object, invocation: context.invocation)
        let stored: any APIObject
        do {
            stored = try ObjectWriter.write(object, dryRun: dryRun, in: context.cluster)
        } catch let error as APIError {
            return .api(error)
        } catch {
            return .message("\(error)")
        }
        let timeout = context.invocation.duration("timeout").seconds
        if timeout > 0, dryRun == .none, !waitForReplicas(stored, replicas: Int32(clamping: replicas), timeout: timeout, context: context) {
            return .message("timed out waiting for \(FieldError.quote(stored.name)) to be synced")
        }
        return output.print(stored, resource: target.resource, operation: "scaled", context: context)
    }

    /// Sets `spec.replicas` of a kind with a scale subresource; false for other kinds.
    static func setReplicas(_ object: inout any APIObject, _ replicas: Int32) -> Bool {
        switch object {
        case var deployment as Deployment:
            deployment.spec.replicas = replicas
            object = deployment
        case var set as ReplicaSet:
            set.spec.replicas = replicas
            object = set
        default:
            return false
        }
        return true
    }

    /// The replica counts a scale subresource reports: `spec.replicas` and `status.replicas`.
    static func scaleCounts(_ object: any APIObject) -> (spec: Int32, status: Int32, observed: Bool)? {
        switch object {
        case let deployment as Deployment:
            return (deployment.spec.replicas ?? 1, deployment.status.replicas ?? 0,
                    (deployment.status.observedGeneration ?? 0) >= (deployment.metadata.generation ?? 0))
        case let set as ReplicaSet:
            return (set.spec.replicas ?? 1, set.status.replicas, (set.status.observedGeneration ?? 0) >= (set.metadata.generation ?? 0))
        default:
            return nil
        }
    }

    /// `WaitForScaleHasDesiredReplicas`: advances simulated time (polling each second) until the status
    /// reports the new size; false when `timeout` passes first.
    static func waitForReplicas(_ object: any APIObject, replicas: Int32, timeout: Double, context: VerbContext) -> Bool {
        let resource = type(of: object).resource
        let key = object.key
        return context.cluster.advance(upTo: timeout) {
            guard let current = context.store.getAny(resource: resource, key), let counts = scaleCounts(current) else { return false }
            return counts.observed && counts.status == replicas
        }
    }
}

/// `ScalePrecondition`: the size and resource version the object must have before it is scaled.
struct ScalePreconditions {
    /// `--current-replicas`; -1 checks nothing.
    var replicas: Int
    /// `--resource-version`; empty checks nothing.
    var resourceVersion: String

    /// The precondition failure for `object`, if any (`Expected replicas to be 3, was 5`).
    func check(_ object: any APIObject) -> CommandError? {
        if replicas != -1, let counts = ScaleVerb.scaleCounts(object), Int(counts.spec) != replicas {
            return .message("Expected replicas to be \(replicas), was \(counts.spec)")
        }
        if !resourceVersion.isEmpty, object.metadata.resourceVersion != resourceVersion {
            return .message("Expected resource version to be \(resourceVersion), was \(object.metadata.resourceVersion ?? "")")
        }
        return nil
    }
}
