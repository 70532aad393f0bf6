import KubeCluster

/// One object a workload verb acts on, with the resource it was reached through.
struct TargetObject {
    /// The resource (for `kind.group/name` lines and NotFound texts).
    var resource: APIResource
    /// The object: the stored one, or the one read from a file with `--local`.
    var object: any APIObject
    /// For `--local` objects, the document as written in the file.
    var raw: JSONValue? = nil
}

/// The objects a command line selects, plus the per-object lookup errors kubectl collects and reports
/// after visiting the rest (`ContinueOnError`).
struct TargetSelection {
    /// The objects found, in kubectl's visiting order.
    var targets: [TargetObject] = []
    /// NotFound and similar errors for objects named but not found.
    var errors: [CommandError] = []
    /// True when exactly one object was named (`IntoSingleItemImplied`).
    var singleItemImplied = false
}

/// What a verb's resource builder is configured with.
struct TargetRequest {
    /// Positional resource arguments (`TYPE NAME…`, `TYPE/NAME…`).
    var arguments: [String] = []
    /// True when a bare `TYPE` selects every object (`ResourceTypeOrNameArgs(true, …)` or `--all`).
    var allowEmptySelector = false
    /// `SelectAllParam` (`taint --all`), which conflicts with selectors.
    var selectAll = false
    /// `-l`, when the verb has it.
    var labelSelector = ""
    /// `--field-selector`, when the verb has it.
    var fieldSelector = ""
    /// `-A`.
    var allNamespaces = false
    /// `SingleResourceType()`.
    var singleResourceType = false
    /// `-f` values.
    var filenames: [String] = []
    /// `-R`.
    var recursive = false
    /// `--local`: use the file objects as they are, without the server.
    var local = false

    /// The request a verb's usual flags describe (`-l`, `--field-selector`, `-A`, `-f`, `-R`, `--local`).
    static func flags(_ context: VerbContext, arguments: [String]) -> TargetRequest {
        let invocation = context.invocation
        var request = TargetRequest()
        request.arguments = arguments
        if invocation.accepts("selector") { request.labelSelector = invocation.string("selector") }
        if invocation.accepts("field-selector") { request.fieldSelector = invocation.string("field-selector") }
        if invocation.accepts("all-namespaces") { request.allNamespaces = invocation.bool("all-namespaces") }
        if invocation.accepts("filename") { request.filenames = invocation.strings("filename") }
        if invocation.accepts("recursive") { request.recursive = invocation.bool("recursive") }
        if invocation.accepts("local") { request.local = invocation.bool("local") }
        return request
    }
}

/// Resolves a `TargetRequest` against the cluster (or the files) like kubectl's resource builder:
/// argument errors are fatal before anything happens; objects named but missing become collected errors.
enum TargetResolver {
    /// The selection, or the builder's fatal error.
    static func resolve(_ request: TargetRequest, context: VerbContext) -> Result<TargetSelection, CommandError> {
        if !request.filenames.isEmpty {
            if !request.local, !request.arguments.isEmpty {
                return .failure(.message("when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well"))
            }
            return fileTargets(request, context: context)
        }
        if request.local { return .success(TargetSelection()) }
        return argumentTargets(request, context: context)
    }

    /// Objects from `-f` files (read by the shared `ManifestInput`): as written with `--local`, else their
    /// current stored versions. The first read or resolve problem is fatal, as the builder reports it.
    static func fileTargets(_ request: TargetRequest, context: VerbContext) -> Result<TargetSelection, CommandError> {
        let input = ManifestInput.load(context, filenames: request.filenames, recursive: request.recursive,
                                       validate: false, local: request.local)
        if let first = input.errors.first { return .failure(first) }
        var selection = TargetSelection()
        selection.singleItemImplied = !request.recursive && request.filenames.contains { $0 != "-" }
        for item in input.objects {
            guard let kind = item.kind else { return .failure(notSimulated(item.resource)) }
            let object: any APIObject
            do { object = try KindRegistry.decode(item.value, as: kind) } catch {
                return .failure(.message("error parsing \(item.source): \(error)"))
            }
            if request.local {
                selection.targets.append(TargetObject(resource: item.resource, object: object, raw: item.value))
            } else if let stored = context.store.getAny(resource: item.resource.name, item.key) {
                selection.targets.append(TargetObject(resource: item.resource, object: stored))
            } else {
                selection.errors.append(.api(APIError.notFound(item.resource.qualifiedName, item.name)))
            }
        }
        return .success(selection)
    }

    /// Objects from `TYPE NAME…` / `TYPE/NAME…` / `TYPE -l …` arguments.
    static func argumentTargets(_ request: TargetRequest, context: VerbContext) -> Result<TargetSelection, CommandError> {
        var options = ResourceArgumentOptions()
        options.labelSelector = request.labelSelector.isEmpty ? nil : request.labelSelector
        options.fieldSelector = request.fieldSelector.isEmpty ? nil : request.fieldSelector
        options.selectAll = request.selectAll
        options.allowEmptySelector = request.allowEmptySelector
        options.singleResourceType = request.singleResourceType
        options.allNamespaces = request.allNamespaces
        let resolved: ResolvedResourceArguments
        switch ResourceArguments.resolve(request.arguments, options: options, catalog: .standard) {
        case .success(let result): resolved = result
        case .failure(let error): return .failure(.message(error.messages.count == 1 ? error.message : error.kubectlText))
        }
        for warning in resolved.warnings { context.errorLine("Warning: \(warning)") }
        var query = ObjectQuery(namespace: context.namespace, allNamespaces: request.allNamespaces)
        do {
            if !request.labelSelector.isEmpty { query.labelSelector = try LabelSelector(parsing: request.labelSelector) }
            if !request.fieldSelector.isEmpty { query.fieldSelector = try FieldSelector(parsing: request.fieldSelector) }
        } catch {
            return .failure(.message("\(error)"))
        }
        var selection = TargetSelection()
        selection.singleItemImplied = resolved.singleItemImplied
        for request in resolved.requests {
            guard request.resource.isSimulated else { return .failure(notSimulated(request.resource)) }
            if request.names.isEmpty {
                selection.targets += query.list(request.resource, in: context.store).map { TargetObject(resource: request.resource, object: $0) }
                continue
            }
            for name in request.names {
                switch query.get(request.resource, name: name, in: context.store) {
                case .success(let object): selection.targets.append(TargetObject(resource: request.resource, object: object))
                case .failure(let error): selection.errors.append(.api(error))
                }
            }
        }
        return .success(selection)
    }

    /// The error for a resource kubetutor's cluster does not store (StatefulSets, CronJobs, …).
    static func notSimulated(_ resource: APIResource) -> CommandError {
        .message("\(resource.qualifiedName) are not simulated by kubetutor yet")
    }
}
