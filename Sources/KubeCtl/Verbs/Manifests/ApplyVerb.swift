import KubeCluster

/// `kubectl apply -f`: creates missing objects and updates existing ones with kubectl's client-side
/// three-way strategic merge (last applied configuration, new manifest, live object), reporting each
/// object as `created`, `configured` or `unchanged`; errors are printed after all objects were tried.
struct ApplyVerb {
    let context: VerbContext
    let dryRun: DryRunMode
    let output: ChangeOutput
    /// `--server-side`: every object reports `serverside-applied`, no last-applied annotation is kept (kubetutor
    /// approximates the field ownership of server-side apply with a two-way merge).
    let serverSide: Bool
    var errors: [CommandError] = []
    var printedObjects: [(object: JSONValue, kindPrefix: String)] = []
    var skippedNames: [String] = []

    /// Runs `kubectl apply`; returns the exit status.
    static func run(_ context: VerbContext) -> Int32 {
        if let status = ManifestInput.precheck(context) { return status }
        if context.invocation.bool("prune") {
            return context.fail("kubetutor does not simulate --prune; delete objects you no longer want with kubectl delete")
        }
        let output: ChangeOutput
        switch ChangeOutput.fromFlags(context, order: .asGiven) {
        case .success(let made): output = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let dryRun = output.dryRun
        let serverSide = context.invocation.bool("server-side")
        if serverSide, dryRun == .client {
            return context.fail("--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)")
        }
        let input = ManifestInput.load(context)
        if input.objects.isEmpty, input.errors.isEmpty { return context.fail("no objects passed to apply") }
        var verb = ApplyVerb(context: context, dryRun: dryRun, output: output, serverSide: serverSide)
        verb.errors = input.errors
        let appliedBefore = input.objects.contains { $0.kind != nil && context.store.getAny(resource: $0.resource.name, $0.key) != nil }
        for object in input.objects { verb.applyOne(object, acknowledgedExisted: appliedBefore) }
        verb.finish()
        return ErrorReport.emit(verb.errors, to: context)
    }

    /// Prints the collected objects (for `-o yaml|json`) and the note about acknowledged objects.
    mutating func finish() {
        if output.printsObject, let format = output.format, !printedObjects.isEmpty {
            if let error = ObjectPrinter.print(printedObjects, format: format, asList: printedObjects.count > 1,
                                               noHeaders: false, write: context.write) {
                errors.append(.message(error))
            }
        }
        if !skippedNames.isEmpty { context.errorLine(ManifestURLCatalogue.note(forSkipped: skippedNames)) }
    }

    /// Creates or updates one object (catalogue objects kubetutor does not store are only reported).
    mutating func applyOne(_ object: ManifestObject, acknowledgedExisted: Bool) {
        guard let kind = object.kind else {
            skippedNames.append("\(object.kindPrefix)/\(object.name)")
            report(object.value, object, acknowledgedExisted ? "unchanged" : "created")
            return
        }
        if object.name.isEmpty {
            if let generated = object.value.value(at: ["metadata", "generateName"])?.stringValue, !generated.isEmpty {
                errors.append(.message("from \(generated): cannot use generate name with apply"))
            } else {
                errors.append(.message("error when retrieving current configuration of:\n\(object.infoDescription)\n"
                    + "from server for: \"\(object.source)\": resource name may not be empty"))
            }
            return
        }
        let modified = serverSide ? object.value : LastAppliedAnnotation.annotated(object.value)
        if let live = context.store.getAny(resource: object.resource.name, object.key) {
            update(object, kind: kind, modified: modified, live: ObjectJSON.encode(live))
        } else {
            create(object, kind: kind, modified: modified)
        }
    }

    private mutating func create(_ object: ManifestObject, kind: ErasedAPI.Kind, modified: JSONValue) {
        if dryRun == .client {
            report(modified, object, "created")
            return
        }
        var request = modified
        request["status"] = Optional<JSONValue>.none
        switch ManifestObject.decode(request, as: kind, resource: object.resource, validation: .requested(by: context)) {
        case .failure(let error):
            errors.append(CommandError.withSource(error, verb: "creating", source: object.source))
        case .success(let (typed, warnings)):
            warnings.forEach(context.errorLine)
            do {
                let stored = dryRun == .server ? try ErasedAPI.dryRunCreate(typed, in: context.cluster)
                    : try ErasedAPI.create(typed, in: context.cluster)
                report(stored: stored, object, "created")
            } catch let error as APIError {
                errors.append(CommandError.withSource(error, verb: "creating", source: object.source))
            } catch {
                errors.append(.message("\(error)"))
            }
        }
    }

    private mutating func update(_ object: ManifestObject, kind: ErasedAPI.Kind, modified: JSONValue, live: JSONValue) {
        if dryRun == .client {
            report(modified, object, "configured")
            return
        }
        if !serverSide, live.value(at: ["metadata", "annotations", LastAppliedAnnotation.key]) == nil {
            context.errorLine("Warning: resource \(object.resource.name)/\(object.name) is missing the "
                + "\(LastAppliedAnnotation.key) annotation which is required by kubectl apply. kubectl apply should only "
                + "be used on resources created declaratively by either kubectl create --save-config or kubectl apply. "
                + "The missing annotation will be patched automatically.")
        }
        let merger = StrategicMergePatch(schema: StrategicMergeSchema(kind: object.resource.kind))
        let original = serverSide ? nil : LastAppliedAnnotation.parsed(from: live)
        let patch = merger.threeWay(original: original, modified: modified, current: live)
        if patch == .emptyObject {
            warnIfDeleting(live)
            report(live, object, "unchanged")
            return
        }
        var merged = merger.apply(patch, to: live)
        merged["status"] = live["status"]
        switch ManifestObject.decode(merged, as: kind, resource: object.resource, validation: .requested(by: context)) {
        case .failure(let error):
            let detail = error.message.components(separatedBy: "cannot be handled as a \(object.resource.kind): ").last ?? error.message
            let field = FieldError(.invalid, "patch", value: FieldError.quote(GoValueDescription.describe(patch)), detail)
            errors.append(.raw("The request is invalid: \(field.description)"))
        case .success(let (typed, warnings)):
            warnings.forEach(context.errorLine)
            do {
                let stored = dryRun == .server ? try ErasedAPI.dryRunUpdate(typed, in: context.cluster)
                    : try ErasedAPI.update(typed, in: context.cluster)
                let document = ObjectJSON.encode(stored)
                warnIfDeleting(document)
                report(document, object, "configured")
            } catch let error as APIError {
                let verb = "applying patch:\n\(patch.sortedKeys().compactJSON())\nto:\n\(object.infoDescription)\nfor:"
                errors.append(CommandError.withSource(error, verb: verb, source: object.source))
            } catch {
                errors.append(.message("\(error)"))
            }
        }
    }

    /// kubectl's warning when the applied object is being deleted.
    private func warnIfDeleting(_ document: JSONValue) {
        guard document.value(at: ["metadata", "deletionTimestamp"]).map({ $0 != .null }) == true else { return }
        let name = document.value(at: ["metadata", "name"])?.stringValue ?? ""
        context.errorLine("Warning: Detected changes to resource \(name) which is currently being deleted.")
    }

    /// Reports a stored object; its JSON form is built only when the output shows more than its name.
    private mutating func report(stored: any APIObject, _ object: ManifestObject, _ operation: String) {
        if output.printsObject {
            report(ObjectJSON.encode(stored), object, operation)
            return
        }
        let shown = serverSide ? "serverside-applied" : operation
        if let error = output.print(JSONValue.emptyObject, kindPrefix: object.kindPrefix, name: stored.name, operation: shown,
                                    context: context) {
            errors.append(error)
        }
    }

    /// Prints one result line (or keeps the object for `-o yaml|json`).
    private mutating func report(_ document: JSONValue, _ object: ManifestObject, _ operation: String) {
        let shown = serverSide ? "serverside-applied" : operation
        if output.printsObject {
            printedObjects.append((object: document, kindPrefix: object.kindPrefix))
            return
        }
        if let error = output.print(document, kindPrefix: object.kindPrefix, operation: shown, dryRun: dryRun, context: context) {
            errors.append(.message(error))
        }
    }
}
