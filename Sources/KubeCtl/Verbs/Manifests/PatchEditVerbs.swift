import KubeCluster

/// `kubectl patch (TYPE NAME | TYPE/NAME | -f FILE) -p PATCH|--patch-file FILE [--type strategic|merge|json]`:
/// the patch (JSON or YAML) is applied the way the API server applies it; `patched` or `patched (no change)`.
enum PatchVerb {
    static let types = ["json", "merge", "strategic"]

    /// Runs the command; returns the exit status.
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let patchText = invocation.string("patch")
        let patchFile = invocation.string("patch-file")
        if patchText.isEmpty, patchFile.isEmpty {
            return context.fail("must specify --patch or --patch-file containing the contents of the patch")
        }
        if !patchText.isEmpty, !patchFile.isEmpty { return context.fail("cannot specify --patch and --patch-file together") }
        let type = invocation.string("type").lowercased()
        guard types.contains(type) else {
            return context.fail("--type must be one of [json merge strategic], not \(FieldError.quote(invocation.string("type")))")
        }
        if !invocation.string("subresource").isEmpty { return context.fail("kubetutor does not simulate patching subresources") }
        var text = patchText
        if !patchFile.isEmpty {
            do { text = try context.session.files.read(patchFile) } catch {
                return context.fail("unable to read patch file: open \(patchFile): no such file or directory")
            }
        }
        let patch: JSONValue
        do {
            guard let first = try JSONValue.parseYAMLDocuments(text).first else {
                return context.fail("unable to parse \(FieldError.quote(text)): the patch is empty")
            }
            patch = first
        } catch let error as YAMLTextError {
            return context.fail("unable to parse \(FieldError.quote(text)): \(error.kubectlDetail)")
        } catch {
            return context.fail("unable to parse \(FieldError.quote(text)): \(error)")
        }
        let dryRun: DryRunMode
        switch DryRunMode.from(context) {
        case .success(let mode): dryRun = mode
        case .failure(let message): return context.fail(message.text)
        }
        let output: MutationOutput
        switch MutationOutput.from(context) {
        case .success(let mode): output = mode
        case .failure(let message): return context.fail(message.text)
        }
        var targets: [(resource: APIResource, key: ObjectKey)] = []
        var errors: [CollectedError] = []
        if !invocation.strings("filename").isEmpty {
            if invocation.bool("local"), !invocation.arguments.isEmpty { return context.fail("cannot specify --local and server resources") }
            let input = ManifestInput.load(context)
            errors = input.errors
            targets = input.objects.map { ($0.resource, $0.key) }
        } else {
            if invocation.bool("local") { return context.fail("kubetutor needs -f with --local") }
            var options = ResourceArgumentOptions()
            options.allowEmptySelector = false
            switch ResourceArguments.resolve(invocation.arguments, options: options, catalog: .standard) {
            case .success(let resolved):
                for request in resolved.requests {
                    let namespace = request.resource.namespaced ? context.namespace : ""
                    targets += request.names.map { (request.resource, ObjectKey(namespace: namespace, name: $0)) }
                }
            case .failure(let error):
                context.io.stderr(error.kubectlText.hasSuffix("\n") ? error.kubectlText : error.kubectlText + "\n")
                return 1
            }
        }
        let patcher = ObjectPatcher(context: context, patch: patch, type: type, dryRun: dryRun, output: output)
        for target in targets {
            if let error = patcher.patch(target.resource, target.key) { errors.append(error) }
        }
        return CollectedError.report(errors, to: context)
    }
}

/// Applies one patch to one stored object and reports it.
struct ObjectPatcher {
    let context: VerbContext
    let patch: JSONValue
    let type: String
    let dryRun: DryRunMode
    let output: MutationOutput

    /// Patches the object at `key`; the error to report, if any.
    func patch(_ resource: APIResource, _ key: ObjectKey) -> CollectedError? {
        guard let stored = context.store.getAny(resource: resource.name, key),
              let kind = KindRegistry.type(forResource: resource.name) else {
            return .api(.notFound(resource.qualifiedName, key.name))
        }
        let live = ObjectJSON.encode(stored)
        var merged: JSONValue
        switch type {
        case "json":
            do { merged = try JSONPatch.apply(patch, to: live) } catch let failure as JSONPatch.Failure {
                if failure.message.hasPrefix("json: cannot unmarshal") {
                    return .api(.badRequest(failure.message))
                }
                return .raw("The request is invalid: the server rejected our request due to an error in our request")
            } catch {
                return .message("\(error)")
            }
        case "merge":
            merged = MergePatch.apply(patch, to: live)
        default:
            guard patch.objectValue != nil else {
                return .api(.badRequest("json: cannot unmarshal \(patch.typeName) into Go value of type map[string]interface {}"))
            }
            merged = StrategicMergePatch(schema: StrategicMergeSchema(kind: resource.kind)).apply(patch, to: live)
        }
        merged["status"] = live["status"]
        merged["metadata"] = keepingServerFields(merged["metadata"], from: live["metadata"])
        let typed: ErasedAPI.Object
        switch ManifestObject.decode(merged, as: kind, resource: resource, strict: false) {
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
        if case .object(let format) = output {
            return ObjectPrinter.print([(object: result, kindPrefix: resource.qualifiedKind)], format: format, asList: false,
                                       noHeaders: false, write: context.write).map { CollectedError.message($0) }
        }
        let operation = changed ? "patched" : "patched (no change)"
        return output.print(result, kindPrefix: resource.qualifiedKind, operation: operation, dryRun: dryRun, context: context)
            .map { CollectedError.message($0) }
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

/// `kubectl edit`: kubetutor has no text editor, so it explains how to make the same change with the tools it has.
enum EditVerb {
    /// Runs the command; returns the exit status.
    static func run(_ context: VerbContext) -> Int32 {
        let arguments = context.invocation.arguments
        let target: String
        if let first = arguments.first {
            target = first.contains("/") ? first : ([first] + arguments.dropFirst().prefix(1)).joined(separator: "/")
        } else if let file = context.invocation.strings("filename").first {
            target = "the objects of " + file
        } else {
            target = "TYPE/NAME"
        }
        return context.fail(noEditorMessage(target: target))
    }

    /// The explanation printed instead of opening an editor.
    static func noEditorMessage(target: String) -> String {
        let parts = target.split(separator: "/", maxSplits: 1).map(String.init)
        let get = parts.count == 2 ? "kubectl get \(parts[0]) \(parts[1]) -o yaml > \(parts[1]).yaml" : "kubectl get TYPE NAME -o yaml > NAME.yaml"
        let file = parts.count == 2 ? "\(parts[1]).yaml" : "NAME.yaml"
        return "kubetutor has no text editor, so it cannot open \(target) for editing (kubectl edit would start $KUBE_EDITOR or vi). "
            + "Make the change in three steps instead: save the object with \"\(get)\", change the file (write it again with "
            + "cat > \(file) <<EOF ... EOF, or rewrite it with awk), then send it back with \"kubectl apply -f \(file)\". "
            + "For one field, \"kubectl patch\", \"kubectl set image\" or \"kubectl scale\" do it directly."
    }
}
