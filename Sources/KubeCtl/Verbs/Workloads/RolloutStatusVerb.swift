import KubeCluster

/// `kubectl rollout status (TYPE NAME | TYPE/NAME)`: prints the rollout's state, then — while simulated time
/// moves on — a line for every change of the object, as kubectl's watch loop does (one line per watch
/// event, so a status text repeats when something it does not show changed), until the rollout is
/// done, fails (`exceeded its progress deadline`), `--timeout` passes, or (without a timeout) a generous
/// simulated limit is reached, which kubetutor says on stderr.
enum RolloutStatusVerb {
    /// How long kubetutor watches without `--timeout` before it stops on its own.
    static let batchLimit: Double = 600

    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        if invocation.arguments.isEmpty, invocation.strings("filename").isEmpty {
            return ErrorReport.emit(.message("required resource not specified"), to: context)
        }
        let revision = invocation.int("revision")
        if revision < 0 { return ErrorReport.emit(.message("revision must be a positive integer: \(revision)"), to: context) }
        var request = TargetRequest.flags(context, arguments: invocation.arguments)
        request.allowEmptySelector = true
        request.singleResourceType = true
        let selection: TargetSelection
        switch TargetResolver.resolve(request, context: context) {
        case .success(let found): selection = found
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        if !selection.errors.isEmpty { return ErrorReport.emit(selection.errors, to: context) }
        guard selection.targets.count == 1, let target = selection.targets.first else {
            return ErrorReport.emit(.message("rollout status is only supported on individual resources and resource collections - "
                + "\(selection.targets.count) resources were found"), to: context)
        }
        guard RolloutStatusViewer.supports(target.object) else {
            return ErrorReport.emit(.message("no status viewer has been implemented for \(RolloutStatusViewer.groupKind(target.resource))"),
                                    to: context)
        }
        return RolloutWatch(context: context, target: target, revision: Int64(revision)).run()
    }
}

/// The watch loop of `rollout status`: the object's status now, then on every stored change.
struct RolloutWatch {
    let context: VerbContext
    let target: TargetObject
    let revision: Int64

    /// How the watch ended.
    enum Ending: Equatable {
        case done, failed(CommandError), deleted
    }

    /// Watches until done, failed, timed out or interrupted; returns the exit status.
    func run() -> Int32 {
        var ending: Ending?
        var last: (any APIObject)?
        func observe(_ object: any APIObject) {
            guard ending == nil else { return }
            // The API server stores a write that changes nothing without a new resourceVersion or a
            // watch event; kubectl prints one line per event, so only real changes print.
            if let last, Self.unchanged(last, object) { return }
            last = object
            switch RolloutStatusViewer.status(object, revision: revision) {
            case .success(let status):
                context.write(status.text)
                if status.done || !context.invocation.bool("watch") { ending = .done }
            case .failure(let error):
                ending = .failed(error)
            }
        }
        observe(target.object)
        let resource = target.resource.name
        let key = target.object.key
        let watchID = context.store.watch { event in
            guard ending == nil, event.resource == resource, event.key == key else { return }
            if event.type == .deleted { ending = .deleted } else { observe(event.object) }
        }
        defer { context.store.unwatch(watchID) }
        let timeout = context.invocation.duration("timeout").seconds
        let limit = timeout > 0 ? timeout : batchLimit(for: target.object)
        _ = context.cluster.advance(upTo: limit) { ending != nil || context.session.isInterrupted() }
        switch ending {
        case .done?: return 0
        case .failed(let error)?: return ErrorReport.emit(error, to: context)
        case .deleted?: return ErrorReport.emit(.message("object has been deleted"), to: context)
        case nil:
            if context.session.isInterrupted() { return 130 }
            if timeout > 0 { return ErrorReport.emit(.message("timed out waiting for the condition"), to: context) }
            context.errorLine("kubetutor: stopped watching after \(GoDuration(nanoseconds: Int64(limit * 1e9))) of simulated time; "
                + "the rollout has not finished (give --timeout to choose how long to wait)")
            return 1
        }
    }

    /// True when `new` differs from `old` only in its resourceVersion (a no-op write).
    static func unchanged(_ old: any APIObject, _ new: any APIObject) -> Bool {
        switch (old, new) {
        case (var before as Deployment, var after as Deployment):
            before.metadata.resourceVersion = nil
            after.metadata.resourceVersion = nil
            return before == after
        case (var before as DaemonSet, var after as DaemonSet):
            before.metadata.resourceVersion = nil
            after.metadata.resourceVersion = nil
            return before == after
        default:
            return false
        }
    }

    /// The limit without `--timeout`: ten minutes, or long enough to see a Deployment's progress deadline pass.
    func batchLimit(for object: any APIObject) -> Double {
        guard let deployment = object as? Deployment, let deadline = deployment.spec.progressDeadlineSeconds,
              deadline < Int32.max else { return RolloutStatusVerb.batchLimit }
        return max(RolloutStatusVerb.batchLimit, Double(deadline) + 60)
    }
}

/// kubectl's rollout status viewers (`polymorphichelpers/rollout_status.go`, 1.32 wording, no pod warnings).
enum RolloutStatusViewer {
    /// One status report: the text (ending in a newline) and whether the rollout is complete.
    struct Status: Equatable {
        var text: String
        var done: Bool
    }

    /// True for the kinds with a viewer that kubetutor simulates.
    static func supports(_ object: any APIObject) -> Bool {
        object is Deployment || object is DaemonSet
    }

    /// `Kind` or `Kind.group`, as kubectl prints a GroupKind.
    static func groupKind(_ resource: APIResource) -> String {
        resource.group.isEmpty ? resource.kind : "\(resource.kind).\(resource.group)"
    }

    /// The status text for `object`, or the viewer's error.
    static func status(_ object: any APIObject, revision: Int64) -> Result<Status, CommandError> {
        switch object {
        case let deployment as Deployment: return status(deployment, revision: revision)
        case let daemonSet as DaemonSet: return status(daemonSet)
        default: return .failure(.message("no status viewer has been implemented for \(type(of: object).kind)"))
        }
    }

    /// `DeploymentStatusViewer.Status`.
    static func status(_ deployment: Deployment, revision: Int64) -> Result<Status, CommandError> {
        let name = FieldError.quote(deployment.name)
        if revision > 0 {
            let text = deployment.metadata.annotations?[DeploymentAnnotations.revision]
            guard let running = text.map({ Int64($0) }) ?? 0 else {
                return .failure(.message("cannot get the revision of deployment \(name): strconv.ParseInt: parsing "
                    + "\(FieldError.quote(text ?? "")): invalid syntax"))
            }
            if running != revision {
                return .failure(.message("desired revision (\(revision)) is different from the running revision (\(running))"))
            }
        }
        let status = deployment.status
        guard (deployment.metadata.generation ?? 0) <= (status.observedGeneration ?? 0) else {
            return .success(Status(text: "Waiting for deployment spec update to be observed...\n", done: false))
        }
        if status.condition(DeploymentConditionReason.progressing)?.reason == DeploymentConditionReason.timedOut {
            return .failure(.message("deployment \(name) exceeded its progress deadline"))
        }
        let updated = status.updatedReplicas ?? 0
        let total = status.replicas ?? 0
        let available = status.availableReplicas ?? 0
        let prefix = "Waiting for deployment \(name) rollout to finish: "
        if let desired = deployment.spec.replicas, updated < desired {
            return .success(Status(text: prefix + "\(updated) out of \(desired) new replicas have been updated...\n", done: false))
        }
        if total > updated {
            return .success(Status(text: prefix + "\(total - updated) old replicas are pending termination...\n", done: false))
        }
        if available < updated {
            return .success(Status(text: prefix + "\(available) of \(updated) updated replicas are available...\n", done: false))
        }
        return .success(Status(text: "deployment \(name) successfully rolled out\n", done: true))
    }

    /// `DaemonSetStatusViewer.Status`.
    static func status(_ daemonSet: DaemonSet) -> Result<Status, CommandError> {
        let strategy = daemonSet.spec.updateStrategy?["type"]?.stringValue ?? "RollingUpdate"
        guard strategy == "RollingUpdate" else {
            return .failure(.message("rollout status is only available for RollingUpdate strategy type"))
        }
        let name = FieldError.quote(daemonSet.name)
        let status = daemonSet.status
        guard (daemonSet.metadata.generation ?? 0) <= (status.observedGeneration ?? 0) else {
            return .success(Status(text: "Waiting for daemon set spec update to be observed...\n", done: false))
        }
        let prefix = "Waiting for daemon set \(name) rollout to finish: "
        if (status.updatedNumberScheduled ?? 0) < status.desiredNumberScheduled {
            return .success(Status(text: prefix + "\(status.updatedNumberScheduled ?? 0) out of \(status.desiredNumberScheduled) "
                + "new pods have been updated...\n", done: false))
        }
        if (status.numberAvailable ?? 0) < status.desiredNumberScheduled {
            return .success(Status(text: prefix + "\(status.numberAvailable ?? 0) of \(status.desiredNumberScheduled) "
                + "updated pods are available...\n", done: false))
        }
        return .success(Status(text: "daemon set \(name) successfully rolled out\n", done: true))
    }
}
