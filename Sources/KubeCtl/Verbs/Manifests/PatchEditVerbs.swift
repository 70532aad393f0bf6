import KubeCluster

/// `kubectl patch (TYPE NAME | TYPE/NAME | -f FILE) -p PATCH|--patch-file FILE [--type strategic|merge|json]`:
/// the patch (JSON or YAML) is applied the way the API server applies it; `patched` or `patched (no change)`.
enum PatchVerb {
    static let types = ["json", "merge", "strategic"]

    /// Runs the command; returns the exit status.
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let type = invocation.string("type").lowercased()
        let patch: JSONValue
        switch readPatch(context) {
        case .success(let value): patch = value
        case .failure(let status): return status.code
        }
        let output: ChangeOutput
        switch ChangeOutput.fromFlags(context, order: .asGiven) {
        case .success(let made): output = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let dryRun = output.dryRun
        let patcher = ObjectPatcher(context: context, patch: patch, type: type, dryRun: dryRun, output: output)
        if invocation.bool("local") {
            if !invocation.arguments.isEmpty { return context.fail("cannot specify --local and server resources") }
            let input = ManifestInput.load(context, local: true)
            var errors = input.errors
            for object in input.objects {
                if let error = patcher.patchLocally(object) { errors.append(error) }
            }
            return ErrorReport.emit(errors, to: context)
        }
        var errors: [CommandError] = []
        let targets: [(resource: APIResource, key: ObjectKey)]
        switch self.targets(context, errors: &errors) {
        case .success(let found): targets = found
        case .failure(let status): return status.code
        }
        for target in targets {
            if let error = patcher.patch(target.resource, target.key) { errors.append(error) }
        }
        return ErrorReport.emit(errors, to: context)
    }

    /// The patch of `-p` or `--patch-file`, JSON or YAML, after kubectl's flag checks.
    static func readPatch(_ context: VerbContext) -> Result<JSONValue, ExitStatus> {
        let invocation = context.invocation
        let patchText = invocation.string("patch")
        let patchFile = invocation.string("patch-file")
        if patchText.isEmpty, patchFile.isEmpty {
            return .failure(ExitStatus(context.fail("must specify --patch or --patch-file containing the contents of the patch")))
        }
        if !patchText.isEmpty, !patchFile.isEmpty {
            return .failure(ExitStatus(context.fail("cannot specify --patch and --patch-file together")))
        }
        guard types.contains(invocation.string("type").lowercased()) else {
            return .failure(ExitStatus(context.fail("--type must be one of [json merge strategic], not "
                + FieldError.quote(invocation.string("type")))))
        }
        if !invocation.string("subresource").isEmpty {
            return .failure(ExitStatus(context.fail("kubetutor does not simulate patching subresources")))
        }
        var text = patchText
        if !patchFile.isEmpty {
            do { text = try context.session.files.read(patchFile) } catch {
                return .failure(ExitStatus(context.fail("unable to read patch file: open \(patchFile): no such file or directory")))
            }
        }
        do {
            guard let first = try JSONValue.parseYAMLDocuments(text).first else {
                return .failure(ExitStatus(context.fail("unable to parse \(FieldError.quote(text)): the patch is empty")))
            }
            return .success(first)
        } catch let error as YAMLTextError {
            return .failure(ExitStatus(context.fail("unable to parse \(FieldError.quote(text)): \(error.kubectlDetail)")))
        } catch {
            return .failure(ExitStatus(context.fail("unable to parse \(FieldError.quote(text)): \(error)")))
        }
    }

    /// The objects named by `-f` or the resource arguments.
    static func targets(_ context: VerbContext, errors: inout [CommandError]) -> Result<[(resource: APIResource, key: ObjectKey)], ExitStatus> {
        if !context.invocation.strings("filename").isEmpty {
            let input = ManifestInput.load(context)
            errors = input.errors
            return .success(input.objects.map { ($0.resource, $0.key) })
        }
        var options = ResourceArgumentOptions()
        options.allowEmptySelector = false
        switch ResourceArguments.resolve(context.invocation.arguments, options: options, catalog: .standard) {
        case .success(let resolved):
            return .success(resolved.requests.flatMap { request in
                let namespace = request.resource.namespaced ? context.namespace : ""
                return request.names.map { (request.resource, ObjectKey(namespace: namespace, name: $0)) }
            })
        case .failure(let error):
            context.io.stderr(error.kubectlText.hasSuffix("\n") ? error.kubectlText : error.kubectlText + "\n")
            return .failure(ExitStatus(1))
        }
    }
}

/// Applies one patch to one stored object and reports it.
struct ObjectPatcher {
    let context: VerbContext
    let patch: JSONValue
    let type: String
    let dryRun: DryRunMode
    let output: ChangeOutput

    /// Patches the object at `key`; the error to report, if any.
    func patch(_ resource: APIResource, _ key: ObjectKey) -> CommandError? {
        guard let stored = context.store.getAny(resource: resource.name, key),
              let kind = KindRegistry.type(forResource: resource.name) else {
            return .api(.notFound(resource.qualifiedName, key.name))
        }
        let live = ObjectJSON.encode(stored)
        var merged: JSONValue
        switch patched(live, kind: resource.kind) {
        case .success(let value): merged = value
        case .failure(let error): return error
        }
        merged["status"] = live["status"]
        merged["metadata"] = keepingServerFields(merged["metadata"], from: live["metadata"])
        let typed: ErasedAPI.Object
        switch ManifestObject.decode(merged, as: kind, resource: resource, validation: .warn) {
        case .failure(let error):
            let detail = error.message.components(separatedBy: "cannot be handled as a \(resource.kind): ").last ?? error.message
            let field = FieldError(.invalid, "patch", value: FieldError.quote(GoValueDescription.describe(patch)), detail)
            return .raw("The request is invalid: \(field.description)")
        case .success(let (object, warnings)):
            warnings.forEach(context.errorLine)
            typed = object
        }
        let changed = ((try? TreeEncoder().encode(typed)) ?? .null) != live
        var result = live
        if changed, dryRun != .client {
            do {
                let updated = dryRun == .server ? try ErasedAPI.dryRunUpdate(typed, in: context.cluster)
                    : try ErasedAPI.update(typed, in: context.cluster)
                result = ObjectJSON.encode(updated)
            } catch let error as APIError {
                return .api(error)
            } catch {
                return .message("\(error)")
            }
        }
        if output.printsObject, let format = output.format {
            return ObjectPrinter.print([(object: result, kindPrefix: resource.qualifiedKind)], format: format, asList: false,
                                       noHeaders: false, write: context.write).map { CommandError.message($0) }
        }
        let operation = changed ? "patched" : "patched (no change)"
        return output.print(result, kindPrefix: resource.qualifiedKind, operation: operation, dryRun: dryRun, context: context)
            .map { CommandError.message($0) }
    }

    /// `--local`: the manifest object patched and printed, nothing sent.
    func patchLocally(_ object: ManifestObject) -> CommandError? {
        let merged: JSONValue
        switch patched(object.value, kind: object.resource.kind, local: true) {
        case .success(let value): merged = value
        case .failure(let error): return error
        }
        if output.printsObject, let format = output.format {
            return ObjectPrinter.print([(object: merged, kindPrefix: object.kindPrefix)], format: format, asList: false,
                                       noHeaders: false, write: context.write).map { CommandError.message($0) }
        }
        return output.print(merged, kindPrefix: object.kindPrefix, operation: "patched", dryRun: dryRun, context: context)
            .map { CommandError.message($0) }
    }

    /// `document` with the patch applied by its type; a JSON patch that does not apply is the library's error
    /// locally, and the API server's generic 422 text otherwise.
    func patched(_ document: JSONValue, kind: String, local: Bool = false) -> Result<JSONValue, CommandError> {
        switch type {
        case "json":
            do { return .success(try JSONPatch.apply(patch, to: document)) } catch let failure as JSONPatch.Failure {
                if local { return .failure(.message(failure.message)) }
                if failure.message.hasPrefix("json: cannot unmarshal") { return .failure(.api(.badRequest(failure.message))) }
                return .failure(.raw("The request is invalid: the server rejected our request due to an error in our request"))
            } catch {
                return .failure(.message("\(error)"))
            }
        case "merge":
            return .success(MergePatch.apply(patch, to: document))
        default:
            guard patch.objectValue != nil else {
                return .failure(.api(.badRequest("json: cannot unmarshal \(patch.typeName) into Go value of type map[string]interface {}")))
            }
            return .success(StrategicMergePatch(schema: StrategicMergeSchema(kind: kind)).apply(patch, to: document))
        }
    }

    /// The object's identity fields as stored: a patch cannot change them.
    private func keepingServerFields(_ metadata: JSONValue?, from live: JSONValue?) -> JSONValue {
        var result = metadata ?? .emptyObject
        for key in ["name", "namespace", "uid", "resourceVersion", "creationTimestamp", "generation"] {
            result[key] = live?[key]
        }
        return result
    }
}
