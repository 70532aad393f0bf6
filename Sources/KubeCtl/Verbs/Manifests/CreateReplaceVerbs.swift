import KubeCluster

/// `kubectl create -f` and `kubectl replace -f`: every object of the manifests is created (POST) or
/// replaced as a whole (PUT); `--save-config` stores the last-applied annotation, and an annotation
/// already in the file is refreshed. Errors carry `error when creating "file": …` and come last.
struct ManifestWriteVerb {
    /// Which of the two commands runs.
    enum Mode { case create, replace }

    let context: VerbContext
    let mode: Mode
    let dryRun: DryRunMode
    let output: ChangeOutput
    var errors: [CommandError] = []
    var printed: [(object: JSONValue, kindPrefix: String)] = []

    /// Runs `kubectl create -f`.
    static func runCreate(_ context: VerbContext) -> Int32 { run(context, mode: .create) }
    /// Runs `kubectl replace -f`.
    static func runReplace(_ context: VerbContext) -> Int32 { run(context, mode: .replace) }

    /// Reads the manifests and creates or replaces every object; returns the exit status.
    static func run(_ context: VerbContext, mode: Mode) -> Int32 {
        if let status = ManifestInput.checkValidateFlag(context) { return status }
        if let status = ManifestInput.precheck(context) { return status }
        if mode == .create, context.invocation.bool("edit") {
            return context.fail(EditVerb.noEditorMessage(target: "the objects of " + context.invocation.strings("filename").joined(separator: ", ")))
        }
        if !context.invocation.string("raw").isEmpty {
            return context.fail("kubetutor does not simulate --raw requests")
        }
        let output: ChangeOutput
        switch ChangeOutput.fromFlags(context, order: .asGiven) {
        case .success(let made): output = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let dryRun = output.dryRun
        let input = ManifestInput.load(context)
        if input.objects.isEmpty, input.errors.isEmpty {
            return context.fail("no objects passed to \(mode == .create ? "create" : "replace")")
        }
        var verb = ManifestWriteVerb(context: context, mode: mode, dryRun: dryRun, output: output)
        verb.errors = input.errors
        for object in input.objects { verb.write(object) }
        if output.printsObject, let format = output.format, !verb.printed.isEmpty,
           let error = ObjectPrinter.print(verb.printed, format: format, asList: verb.printed.count > 1, noHeaders: false,
                                           write: context.write) {
            verb.errors.append(.message(error))
        }
        return ErrorReport.emit(verb.errors, to: context)
    }

    /// The object as sent: with the last-applied annotation when `--save-config` asks for it or the file has one.
    func request(_ object: ManifestObject) -> JSONValue {
        let hasAnnotation = object.value.value(at: ["metadata", "annotations", LastAppliedAnnotation.key]) != nil
        if context.invocation.bool("save-config") || hasAnnotation { return LastAppliedAnnotation.annotated(object.value) }
        return object.value
    }

    /// Creates or replaces one object.
    mutating func write(_ object: ManifestObject) {
        let verbText = mode == .create ? "creating" : "replacing"
        guard let kind = object.kind else {
            errors.append(.message("kubetutor does not simulate \(object.resource.kind) objects"))
            return
        }
        var json = request(object)
        if dryRun == .client {
            show(json, object, mode == .create ? "created" : "replaced")
            return
        }
        if mode == .replace {
            guard let live = context.store.getAny(resource: object.resource.name, object.key) else {
                errors.append(CommandError.withSource(.notFound(object.resource.qualifiedName, object.name), verb: verbText,
                                                        source: object.source))
                return
            }
            if context.invocation.bool("force") {
                forceReplace(object, kind: kind, json: json)
                return
            }
            json["status"] = ObjectJSON.encode(live)["status"]
        } else {
            json["status"] = Optional<JSONValue>.none
        }
        switch ManifestObject.decode(json, as: kind, resource: object.resource, validation: .requested(by: context)) {
        case .failure(let error):
            errors.append(CommandError.withSource(error, verb: verbText, source: object.source))
        case .success(let (typed, warnings)):
            warnings.forEach(context.errorLine)
            do {
                let stored: any APIObject
                switch (mode, dryRun) {
                case (.create, .server): stored = try ErasedAPI.dryRunCreate(typed, in: context.cluster)
                case (.create, _): stored = try ErasedAPI.create(typed, in: context.cluster)
                case (.replace, .server): stored = try ErasedAPI.dryRunUpdate(typed, in: context.cluster)
                case (.replace, _): stored = try ErasedAPI.update(typed, in: context.cluster)
                }
                show(ObjectJSON.encode(stored), object, mode == .create ? "created" : "replaced")
            } catch let error as APIError {
                errors.append(CommandError.withSource(error, verb: verbText, source: object.source))
            } catch {
                errors.append(.message("\(error)"))
            }
        }
    }

    /// `replace --force`: deletes the object, waits until it is gone, and creates it from the manifest.
    private mutating func forceReplace(_ object: ManifestObject, kind: ErasedAPI.Kind, json: JSONValue) {
        do {
            try ErasedAPI.delete(kind, object.key, gracePeriod: nil, propagation: .background, in: context.cluster)
            context.line("\(object.kindPrefix) \"\(object.name)\" deleted")
            let cluster = context.cluster
            _ = cluster.advance(upTo: 300) { cluster.store.getAny(resource: object.resource.name, object.key) == nil }
            var request = json
            request["status"] = Optional<JSONValue>.none
            switch ManifestObject.decode(request, as: kind, resource: object.resource, validation: .requested(by: context)) {
            case .failure(let error): errors.append(CommandError.withSource(error, verb: "replacing", source: object.source))
            case .success(let (typed, _)):
                let stored = try ErasedAPI.create(typed, in: cluster)
                show(ObjectJSON.encode(stored), object, "replaced")
            }
        } catch let error as APIError {
            errors.append(CommandError.withSource(error, verb: "replacing", source: object.source))
        } catch {
            errors.append(.message("\(error)"))
        }
    }

    private mutating func show(_ document: JSONValue, _ object: ManifestObject, _ operation: String) {
        if output.printsObject {
            printed.append((object: document, kindPrefix: object.kindPrefix))
        } else if let error = output.print(document, kindPrefix: object.kindPrefix, operation: operation, dryRun: dryRun, context: context) {
            errors.append(.message(error))
        }
    }
}
