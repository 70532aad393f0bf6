import Collections
import KubeCluster

/// Builds JSON in a Go struct's field order (what kubectl prints for objects it generated itself:
/// `--dry-run=client -o json` is not sorted), leaving out omitted members.
enum GoJSON {
    /// An object with the given members in order; nil members are left out (Go's `omitempty`).
    static func object(_ members: [(String, JSONValue?)]) -> JSONValue {
        var result = OrderedDictionary<String, JSONValue>()
        for (key, value) in members { if let value { result[key] = value } }
        return .object(result)
    }

    /// A `map[string]string` as Go encodes it: keys sorted; nil when empty (omitempty).
    static func stringMap(_ pairs: [(String, String)]) -> JSONValue? {
        guard !pairs.isEmpty else { return nil }
        var result = OrderedDictionary<String, JSONValue>()
        for (key, value) in pairs.sorted(by: { $0.0 < $1.0 }) { result[key] = .string(value) }
        return .object(result)
    }

    /// `value` when `condition` holds, else nil (left out).
    static func when(_ condition: Bool, _ value: @autoclosure () -> JSONValue) -> JSONValue? {
        condition ? Optional.some(value()) : Optional.none
    }

    /// A list of strings, nil when empty.
    static func strings(_ items: [String]) -> JSONValue? {
        items.isEmpty ? nil : .array(items.map { .string($0) })
    }

    /// `metadata` of a generated object: name, namespace (only with `-n`), `creationTimestamp: null`,
    /// labels, annotations.
    static func metadata(name: String, namespace: String?, labels: [(String, String)] = [],
                         annotations: [(String, String)] = [], extra: [(String, JSONValue?)] = []) -> JSONValue {
        object([("name", .string(name)), ("namespace", namespace.map { .string($0) }), ("creationTimestamp", .null),
                ("labels", stringMap(labels)), ("annotations", stringMap(annotations))] + extra)
    }

    /// A container as generators build it (`resources: {}` is always printed).
    static func container(name: String, image: String, command: [String] = [], args: [String] = [],
                          ports: [Int64] = [], env: [(String, String)] = [], extra: [(String, JSONValue?)] = []) -> JSONValue {
        object([("name", .string(name)), ("image", .string(image)), ("command", strings(command)), ("args", strings(args)),
                ("ports", ports.isEmpty ? nil : .array(ports.map { object([("containerPort", .int($0))]) })),
                ("env", env.isEmpty ? nil : .array(env.map { object([("name", .string($0.0)), ("value", .string($0.1))]) })),
                ("resources", .emptyObject)] + extra)
    }
}

/// The end of every generator command (`create deployment`, `run`, `expose`, …): `--save-config`,
/// `--dry-run=client` printing the generated object, or creating it and printing what was stored.
struct GeneratedObject {
    /// The object in Go struct order, as kubectl built it.
    var json: JSONValue
    /// Its resource (for `deployment.apps/web` and the kind).
    let resource: APIResource

    /// The object with the last-applied annotation kubectl's `--save-config` adds (Go-order JSON).
    func savingConfig() -> JSONValue {
        let text = json.compactJSON() + "\n"
        var copy = json
        var metadata = copy["metadata"]?.objectValue ?? [:]
        var annotations = metadata["annotations"]?.objectValue ?? [:]
        annotations[LastAppliedAnnotation.key] = .string(text)
        metadata["annotations"] = .object(annotations)
        copy["metadata"] = .object(metadata)
        return copy
    }

    /// Sends (or prints, for a client dry run) the object; `failure` wraps API errors the way the command
    /// does (`failed to create deployment: %v`), nil prints them as they are. Returns the exit status.
    static func finish(_ generated: GeneratedObject, context: VerbContext, operation: String = "created",
                       failure: String? = nil, saveConfig: Bool = true) -> Int32 {
        switch send(generated, context: context, saveConfig: saveConfig) {
        case .success(let (document, dryRun, output)):
            if let error = output.print(document, kindPrefix: generated.resource.qualifiedKind, operation: operation,
                                        dryRun: dryRun, context: context) {
                return context.fail(error)
            }
            return 0
        case .failure(let problem):
            switch problem {
            case .message(let text): return context.fail(text)
            case .api(let error):
                if let failure { return context.fail("\(failure): \(error.message)") }
                return context.fail(error)
            case .raw, .aggregate:
                return ErrorReport.emit(problem, to: context)
            }
        }
    }

    /// Creates the object unless it is a client dry run; the document to print, the mode and the printer.
    static func send(_ generated: GeneratedObject, context: VerbContext,
                     saveConfig: Bool = true) -> Result<(JSONValue, DryRunMode, ChangeOutput), CommandError> {
        let output: ChangeOutput
        switch ChangeOutput.fromFlags(context, order: .asGiven) {
        case .success(let made): output = made
        case .failure(let error): return .failure(error)
        }
        let dryRun = output.dryRun
        let json = saveConfig && context.invocation.bool("save-config") ? generated.savingConfig() : generated.json
        if dryRun == .client { return .success((json, dryRun, output)) }
        guard let kind = KindRegistry.type(apiVersion: json["apiVersion"]?.stringValue ?? "", kind: generated.resource.kind) else {
            return .failure(.message("kubetutor does not simulate \(generated.resource.kind) objects yet; "
                + "use --dry-run=client -o yaml to see the manifest kubectl would send"))
        }
        var request = json
        if generated.resource.namespaced, request.value(at: ["metadata", "namespace"]) == nil {
            var metadata = request["metadata"]?.objectValue ?? [:]
            metadata["namespace"] = .string(context.namespace)
            request["metadata"] = .object(metadata)
        }
        do {
            let typed = try KindRegistry.decode(request, as: kind)
            let stored = dryRun == .server ? try ErasedAPI.dryRunCreate(typed, in: context.cluster)
                : try ErasedAPI.create(typed, in: context.cluster)
            return .success((ObjectJSON.encode(stored), dryRun, output))
        } catch let error as APIError {
            return .failure(.api(error))
        } catch {
            return .failure(.message("\(error)"))
        }
    }

    /// The namespace kubectl writes into generated objects: only an explicit `-n`.
    static func namespace(_ context: VerbContext) -> String? {
        context.namespaceWasSet ? context.namespace : nil
    }

    /// The one positional NAME of a `create <generator>` command, or kubectl's usage error.
    static func name(_ context: VerbContext) -> Result<String, ExitStatus> {
        let arguments = context.invocation.argumentsBeforeDash
        guard arguments.count == 1, let name = arguments.first else {
            return .failure(ExitStatus(context.usage("exactly one NAME is required, got \(arguments.count)")))
        }
        return .success(name)
    }

    /// The resource of a kind in the standard catalog.
    static func resource(group: String, kind: String) -> APIResource? {
        ResourceCatalog.standard.resource(group: group, kind: kind)
    }
}
