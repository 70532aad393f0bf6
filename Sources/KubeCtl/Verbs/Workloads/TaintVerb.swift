import KubeCluster

/// `kubectl taint nodes NAME… KEY[=VALUE]:EFFECT… | KEY[:EFFECT]-…` (or `-l`/`--all`): adds, replaces
/// (`--overwrite`) and removes node taints, printing `node/NAME tainted|untainted|modified`.
enum TaintVerb {
    /// A parsed taint argument; `effect` is empty for `KEY-` removals.
    struct Spec: Equatable {
        var key: String
        var value: String
        var effect: String

        /// `Taint.ToString`.
        var text: String {
            if effect.isEmpty { return value.isEmpty ? key : "\(key)=\(value):" }
            return value.isEmpty ? "\(key):\(effect)" : "\(key)=\(value):\(effect)"
        }

        var taint: Taint { Taint(key: key, value: value.isEmpty ? nil : value, effect: effect) }
    }

    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        var resources: [String] = []
        var taintArguments: [String] = []
        for argument in invocation.arguments {
            let isTaint = argument.contains("=") || argument.contains(":") || argument.hasSuffix("-")
            if isTaint {
                taintArguments.append(argument)
            } else if taintArguments.isEmpty {
                resources.append(argument)
            } else {
                return ErrorReport.emit(.message("all resources must be specified before taint changes: \(argument)"), to: context)
            }
        }
        let output: ChangeOutput
        switch ChangeOutput.fromFlags(context, order: .structJSON) {
        case .success(let made): output = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let dryRun = output.dryRun
        guard let type = resources.first else {
            return ErrorReport.emit(.message("one or more resources must be specified as <resource> <name>"), to: context)
        }
        if taintArguments.isEmpty { return ErrorReport.emit(.message("at least one taint update is required"), to: context) }
        let add: [Spec]
        let remove: [Spec]
        switch TaintParsing.parse(taintArguments) {
        case .success(let parsed): (add, remove) = parsed
        case .failure(let error): return context.usage(error.plainText)
        }
        if let problem = validate(context, type: type, resources: resources, add: add, remove: remove) {
            return ErrorReport.emit(problem, to: context)
        }
        let nodes: [Node]
        var errors: [CommandError] = []
        if invocation.bool("all") || !invocation.string("selector").isEmpty {
            let selector = (try? LabelSelector(parsing: invocation.string("selector"))) ?? .everything
            nodes = context.store.list(Node.self).filter { selector.matches($0.metadata.labelMap) }
        } else {
            var found: [Node] = []
            for name in resources.dropFirst() {
                if let node = context.store.get(Node.self, namespace: "", name: name) { found.append(node) } else {
                    errors.append(.api(APIError.notFound("nodes", name)))
                }
            }
            nodes = found
        }
        for node in nodes {
            if let error = taint(node, add: add, remove: remove, dryRun: dryRun, output: output, context: context) { errors.append(error) }
        }
        return ErrorReport.emit(errors, to: context)
    }

    /// `Validate`: a node resource type, no taint both added and removed, names unless `--all`/`-l`.
    static func validate(_ context: VerbContext, type: String, resources: [String], add: [Spec], remove: [Spec]) -> CommandError? {
        let lowered = type.lowercased()
        guard let resolution = ResourceCatalog.standard.resolve(lowered) else {
            return .message("the server doesn't have a resource type \(FieldError.quote(ResourceCatalog.splitGroupResource(lowered).resource))")
        }
        if resolution.resource.kind != Node.kind { return .message("invalid resource type \(lowered), only node types are supported") }
        var conflicts: [String] = []
        for added in add {
            for removed in remove where removed.key == added.key && (removed.effect.isEmpty || removed.effect == added.effect) {
                conflicts.append("{\"\(removed.key)\":\"\(removed.effect)\"}")
            }
        }
        if !conflicts.isEmpty {
            return .message("can not both modify and remove the following taint(s) in the same command: \(conflicts.joined(separator: ", "))")
        }
        let all = context.invocation.bool("all")
        let selector = context.invocation.string("selector")
        if all, !selector.isEmpty { return .message("setting 'all' parameter with a non empty selector is prohibited") }
        if !all, selector.isEmpty, resources.count < 2 {
            return .message("at least one resource name must be specified since 'all' parameter is not set")
        }
        return nil
    }

    /// Updates one node's taints and prints the operation.
    static func taint(_ node: Node, add: [Spec], remove: [Spec], dryRun: DryRunMode, output: ChangeOutput, context: VerbContext) -> CommandError? {
        let overwrite = context.invocation.bool("overwrite")
        let old = node.spec.taints ?? []
        if !overwrite {
            let existing = add.flatMap { added in old.filter { $0.key == added.key && $0.effect == added.effect }.map { _ in added.key } }
            if !existing.isEmpty {
                return .message("node \(node.name) already has \(existing.joined(separator: ",")) taint(s) with same effect(s) and --overwrite is false")
            }
        }
        var taints = add.map(\.taint)
        for taint in old where !taints.contains(where: { $0.key == taint.key && $0.effect == taint.effect }) { taints.append(taint) }
        let added = old.count != taints.count
        var deleted = false
        var missing: [CommandError] = []
        for spec in remove {
            let before = taints.count
            taints.removeAll { $0.key == spec.key && (spec.effect.isEmpty || $0.effect == spec.effect) }
            deleted = taints.count != before
            if !deleted { missing.append(.message("taint \(FieldError.quote(spec.text)) not found")) }
        }
        if !missing.isEmpty { return .aggregate(missing) }
        let operation = (added && deleted) || overwrite ? "modified" : (added ? "tainted" : "untainted")
        var changed = node
        changed.spec.taints = taints.isEmpty ? nil : taints
        var printed: any APIObject = changed
        if dryRun != .client {
            do { printed = try ObjectWriter.write(changed, dryRun: dryRun, in: context.cluster) } catch let error as APIError {
                return .api(error)
            } catch {
                return .message("\(error)")
            }
        }
        return output.print(printed, resource: nodeResource, operation: operation, context: context)
    }

    /// The `nodes` resource.
    static var nodeResource: APIResource {
        ResourceCatalog.standard.resource(apiVersion: "v1", kind: "Node") ?? ResourceCatalog.standard.resources[0]
    }
}

/// `parseTaints` / `parseTaint`: `KEY=VALUE:EFFECT`, `KEY:EFFECT`, and for removal also `KEY`.
enum TaintParsing {
    /// The taint effects the API accepts.
    static let effects = ["NoSchedule", "PreferNoSchedule", "NoExecute"]

    /// Taints to add and to remove, or the first problem.
    static func parse(_ arguments: [String]) -> Result<(add: [TaintVerb.Spec], remove: [TaintVerb.Spec]), CommandError> {
        var add: [TaintVerb.Spec] = []
        var remove: [TaintVerb.Spec] = []
        for argument in arguments {
            if argument.hasSuffix("-") {
                switch parse(String(argument.dropLast())) {
                case .success(let spec): remove.append(TaintVerb.Spec(key: spec.key, value: "", effect: spec.effect))
                case .failure(let error): return .failure(error)
                }
                continue
            }
            switch parse(argument) {
            case .success(let spec):
                if spec.effect.isEmpty { return .failure(.message("invalid taint spec: \(argument)")) }
                if add.contains(where: { $0.key == spec.key && $0.effect == spec.effect }) {
                    return .failure(.message("duplicated taints with the same key and effect: {\(spec.key) \(spec.value) \(spec.effect) <nil>}"))
                }
                add.append(spec)
            case .failure(let error):
                return .failure(error)
            }
        }
        return .success((add, remove))
    }

    /// One taint.
    static func parse(_ text: String) -> Result<TaintVerb.Spec, CommandError> {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var spec = TaintVerb.Spec(key: "", value: "", effect: "")
        switch parts.count {
        case 1:
            spec.key = parts[0]
        case 2:
            spec.effect = parts[1]
            guard effects.contains(spec.effect) else {
                return .failure(.message("invalid taint effect: \(spec.effect), unsupported taint effect"))
            }
            let keyValue = parts[0].split(separator: "=", omittingEmptySubsequences: false).map(String.init)
            guard keyValue.count <= 2 else { return .failure(.message("invalid taint spec: \(text)")) }
            spec.key = keyValue[0]
            if keyValue.count == 2 {
                spec.value = keyValue[1]
                let errors = LabelValidation.labelValueErrors(spec.value)
                if !errors.isEmpty { return .failure(.message("invalid taint spec: \(text), \(errors.joined(separator: "; "))")) }
            }
        default:
            return .failure(.message("invalid taint spec: \(text)"))
        }
        let errors = LabelValidation.qualifiedNameErrors(spec.key)
        if !errors.isEmpty { return .failure(.message("invalid taint spec: \(text), \(errors.joined(separator: "; "))")) }
        return .success(spec)
    }
}
