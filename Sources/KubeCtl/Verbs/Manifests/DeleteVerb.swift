import KubeCluster

/// `kubectl delete`: objects by name, `TYPE/NAME`, `-l`, `--field-selector`, `--all` (with `-A`) or `-f`,
/// printed as `pod "web" deleted`; graceful termination (`--grace-period`, `--now`, `--force`), cascading
/// (`--cascade`), `--ignore-not-found`, and `--wait` (the default) fast-forwarding simulated time until
/// the objects are really gone.
struct DeleteVerb {
    /// One object to delete.
    struct Target {
        let resource: APIResource
        let key: ObjectKey
        /// The manifest it was named in, for `error when deleting "file": …`.
        let source: String
    }

    let context: VerbContext
    var gracePeriod: Int
    let force: Bool
    let propagation: PropagationPolicy
    let dryRun: DryRunMode
    let nameOnly: Bool
    var errors: [CommandError] = []

    /// Runs `kubectl delete`; returns the exit status.
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        if !invocation.string("kustomize").isEmpty { return context.fail("kubetutor does not simulate kustomize (-k)") }
        if invocation.bool("interactive") {
            return context.fail("kubetutor cannot ask for confirmation (-i); list what would go with --dry-run=client instead")
        }
        let propagation: PropagationPolicy
        switch cascade(invocation.string("cascade"), context: context) {
        case .success(let policy): propagation = policy
        case .failure(let message): return context.fail(message.text)
        }
        var grace = invocation.int("grace-period")
        if invocation.bool("now") {
            if grace != -1 { return context.fail("--now and --grace-period cannot be specified together") }
            grace = 1
        }
        let force = invocation.bool("force")
        if grace == 0, !force { grace = 1 }
        if force, grace < 0 { grace = 0 }
        let dryRun: DryRunMode
        switch DryRunMode.from(context) {
        case .success(let mode): dryRun = mode
        case .failure(let message): return context.fail(message.text)
        }
        var verb = DeleteVerb(context: context, gracePeriod: grace, force: force, propagation: propagation,
                              dryRun: dryRun, nameOnly: invocation.string("output") == "name")
        return verb.execute()
    }

    /// `--cascade`'s policy (booleans are accepted with kubectl's deprecation warning).
    static func cascade(_ value: String, context: VerbContext) -> Result<PropagationPolicy, KubectlMessage> {
        switch value {
        case "background", "": return .success(.background)
        case "foreground": return .success(.foreground)
        case "orphan": return .success(.orphan)
        case "true", "1", "t", "T", "TRUE", "True":
            context.errorLine("warning: --cascade=\(value) is deprecated (boolean value) and can be replaced with --cascade=background.")
            return .success(.background)
        case "false", "0", "f", "F", "FALSE", "False":
            context.errorLine("warning: --cascade=\(value) is deprecated (boolean value) and can be replaced with --cascade=orphan.")
            return .success(.orphan)
        default:
            return .failure(KubectlMessage("invalid cascade value (\(value)). Must be \"background\", \"foreground\", or \"orphan\"."))
        }
    }

    /// Resolves the targets, deletes them, waits, and reports errors last.
    mutating func execute() -> Int32 {
        let invocation = context.invocation
        let filenames = invocation.strings("filename")
        let ignoreNotFound = invocation.wasSet("ignore-not-found") ? invocation.bool("ignore-not-found")
            : (invocation.bool("all") || !invocation.string("selector").isEmpty || !invocation.string("field-selector").isEmpty)
        var targets: [Target] = []
        if !filenames.isEmpty {
            guard invocation.arguments.isEmpty else {
                return context.fail("when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well")
            }
            let input = ManifestInput.load(context)
            errors = input.errors
            targets = input.objects.map { Target(resource: $0.resource, key: $0.key, source: $0.source) }
        } else {
            switch resolveArguments() {
            case .success(let found): targets = found
            case .failure(let status): return status.code
            }
        }
        if let status = validate() { return status }
        if targets.isEmpty {
            if errors.isEmpty { context.line("No resources found") }
            return ErrorReport.emit(errors, to: context)
        }
        var deleted: [(target: Target, uid: String?)] = []
        var warnedClusterScope = false
        for target in targets {
            let live = context.store.getAny(resource: target.resource.name, target.key)
            if live == nil, dryRun != .client {
                if !ignoreNotFound {
                    errors.append(CommandError.withSource(.notFound(target.resource.qualifiedName, target.key.name),
                                                            verb: "deleting", source: target.source))
                }
                continue
            }
            if context.namespaceWasSet, !invocation.bool("all-namespaces"), !target.resource.namespaced, !warnedClusterScope {
                context.errorLine("warning: deleting cluster-scoped resources, not scoped to the provided namespace")
                warnedClusterScope = true
            }
            if delete(target) { deleted.append((target, live?.metadata.uid)) }
        }
        if invocation.bool("wait"), dryRun == .none, !deleted.isEmpty { waitUntilGone(deleted) }
        return ErrorReport.emit(errors, to: context)
    }

    /// kubectl's flag checks (after the objects were resolved, as upstream orders them).
    private func validate() -> Int32? {
        let invocation = context.invocation
        let output = invocation.string("output")
        if !output.isEmpty, output != "name" {
            return context.fail("unexpected -o output mode: \(output). We only support '-o name'")
        }
        if invocation.bool("all"), !invocation.string("selector").isEmpty {
            return context.fail("cannot set --all and --selector at the same time")
        }
        if invocation.bool("all"), !invocation.string("field-selector").isEmpty {
            return context.fail("cannot set --all and --field-selector at the same time")
        }
        if force, gracePeriod > 0 { return context.fail("--force and --grace-period greater than 0 cannot be specified together") }
        if force, gracePeriod == 0 {
            context.errorLine("Warning: Immediate deletion does not wait for confirmation that the running resource has been "
                + "terminated. The resource may continue to run on the cluster indefinitely.")
        }
        return nil
    }

    /// The objects the positional arguments and selectors name.
    private func resolveArguments() -> Result<[Target], ExitStatus> {
        let invocation = context.invocation
        let query: ObjectQuery
        switch ObjectQuery.from(context) {
        case .success(let parsed): query = parsed
        case .failure(let message): return .failure(ExitStatus(context.fail(message.text)))
        }
        var options = ResourceArgumentOptions()
        options.labelSelector = invocation.string("selector").isEmpty ? nil : invocation.string("selector")
        options.fieldSelector = invocation.string("field-selector").isEmpty ? nil : invocation.string("field-selector")
        options.selectAll = invocation.bool("all")
        options.allowEmptySelector = false
        options.allNamespaces = query.allNamespaces
        let resolved: ResolvedResourceArguments
        switch ResourceArguments.resolve(invocation.arguments, options: options, catalog: .standard) {
        case .success(let result): resolved = result
        case .failure(let error):
            context.io.stderr(error.kubectlText.hasSuffix("\n") ? error.kubectlText : error.kubectlText + "\n")
            return .failure(ExitStatus(1))
        }
        for warning in resolved.warnings { context.errorLine("Warning: \(warning)") }
        var targets: [Target] = []
        for request in resolved.requests {
            if request.names.isEmpty {
                targets += query.list(request.resource, in: context.store).map {
                    Target(resource: request.resource, key: $0.key, source: "")
                }
            } else {
                let namespace = request.resource.namespaced ? query.namespace : ""
                targets += request.names.map { Target(resource: request.resource, key: ObjectKey(namespace: namespace, name: $0), source: "") }
            }
        }
        return .success(targets)
    }

    /// Deletes (or pretends to, for dry runs) one object and prints its line; false when it failed.
    private mutating func delete(_ target: Target) -> Bool {
        if dryRun == .none {
            guard let kind = KindRegistry.type(forResource: target.resource.name) else {
                errors.append(.message("kubetutor does not simulate deleting \(target.resource.qualifiedName)"))
                return false
            }
            do {
                try ErasedAPI.delete(kind, target.key, gracePeriod: gracePeriod >= 0 ? Int64(gracePeriod) : nil,
                                     propagation: propagation, in: context.cluster)
            } catch let error as APIError {
                errors.append(CommandError.withSource(error, verb: "deleting", source: target.source))
                return false
            } catch {
                errors.append(.message("\(error)"))
                return false
            }
        }
        if nameOnly {
            context.line("\(target.resource.qualifiedKind)/\(target.key.name)")
        } else {
            let operation = gracePeriod == 0 ? "force deleted" : "deleted"
            context.line("\(target.resource.qualifiedKind) \"\(target.key.name)\" \(operation)\(dryRun.suffix)")
        }
        return true
    }

    /// How long `--wait` fast-forwards at most without `--timeout` (kubectl would wait a week; a learner
    /// would press Ctrl-C long before).
    static let defaultWaitLimit: Double = 600

    /// `--wait`: simulated time runs until every deleted object is gone (or replaced by a new one with another uid).
    private func waitUntilGone(_ deleted: [(target: Target, uid: String?)]) {
        let cluster = context.cluster
        let timeout = context.invocation.duration("timeout").seconds
        let limit = timeout > 0 ? timeout : Self.defaultWaitLimit
        _ = cluster.advance(upTo: limit) {
            deleted.allSatisfy { entry in
                guard let object = cluster.store.getAny(resource: entry.target.resource.name, entry.target.key) else { return true }
                return object.metadata.uid != entry.uid
            }
        }
    }
}
