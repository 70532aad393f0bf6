import Foundation
import KubeCluster

/// `kubectl edit (TYPE/NAME | TYPE NAME | -f FILE) [-o yaml|json]`: writes the live objects (with kubectl's
/// comment header) to `kubectl-edit-XXXXX.yaml` in the session folder, runs the learner's editor on it
/// (`EditorLauncher`), and sends back what was saved: `Edit cancelled, no changes made.` when nothing
/// changed, `deployment.apps/web edited` on success; an invalid edit reopens the editor with the reasons at
/// the top, and a failed one keeps the file (`A copy of your changes has been stored to …`).
enum EditVerb {
    static func run(_ context: VerbContext) -> Int32 {
        let format = context.invocation.accepts("output") ? context.invocation.string("output") : ""
        guard ["", "yaml", "json"].contains(format) else {
            return context.fail("unable to match a printer suitable for the output format \"\(format)\", allowed formats are: json,yaml")
        }
        var errors: [CommandError] = []
        let targets: [(resource: APIResource, key: ObjectKey)]
        switch PatchVerb.targets(context, errors: &errors) {
        case .success(let found): targets = found
        case .failure(let status): return status.code
        }
        if !errors.isEmpty { return ErrorReport.emit(errors, to: context) }
        var originals: [EditedObject] = []
        for target in targets {
            guard let stored = context.store.getAny(resource: target.resource.name, target.key) else {
                return context.fail(.notFound(target.resource.qualifiedName, target.key.name))
            }
            originals.append(EditedObject(resource: target.resource, json: editable(ObjectJSON.encode(stored), context: context)))
        }
        guard !originals.isEmpty else { return context.fail("edit cancelled, no objects found") }
        guard let folder = (context.session.files as? DirectorySessionFiles)?.root else {
            return context.fail("kubetutor cannot open an editor here: this session keeps its files in memory, so there is no file "
                + "to edit. Change the object with kubectl patch, kubectl set, kubectl scale or kubectl apply -f instead.")
        }
        let editor = EditorLauncher(shellEnvironment: context.session.commandEnvironment)
        var session = EditSession(context: context, originals: originals, json: format == "json", editor: editor, folder: folder)
        return session.run(printFormat: format)
    }

    /// The object as the editor shows it: without managed fields (unless `--show-managed-fields`).
    private static func editable(_ json: JSONValue, context: VerbContext) -> JSONValue {
        guard !context.invocation.bool("show-managed-fields"), var metadata = json["metadata"] else { return json }
        metadata["managedFields"] = nil
        var copy = json
        copy["metadata"] = metadata
        return copy
    }

    /// The explanation `create --edit` prints: kubetutor opens editors only for `kubectl edit`, so it shows how to
    /// make the same change with the tools it has.
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

/// One object being edited: its resource and its JSON as first shown.
struct EditedObject {
    let resource: APIResource
    let json: JSONValue
    var uid: String { json["metadata"]?["uid"]?.stringValue ?? "" }
    var name: String { json["metadata"]?["name"]?.stringValue ?? "" }
}

/// The edit loop of one `kubectl edit`: write the file, run the editor, read it back, apply, and reopen the
/// editor with the reasons while the result is invalid.
struct EditSession {
    let context: VerbContext
    let originals: [EditedObject]
    let json: Bool
    let editor: EditorLauncher
    let folder: URL
    /// Reasons shown in the header on the next pass.
    private var reasons: [(head: String, other: [String])] = []

    init(context: VerbContext, originals: [EditedObject], json: Bool, editor: EditorLauncher, folder: URL) {
        self.context = context
        self.originals = originals
        self.json = json
        self.editor = editor
        self.folder = folder
    }

    /// The document the editor first shows (a `List` for several objects).
    private var originalDocument: JSONValue {
        if originals.count == 1, let only = originals.first { return only.json }
        return .object(["apiVersion": .string("v1"), "items": .array(originals.map(\.json)), "kind": .string("List"),
                        "metadata": .emptyObject])
    }

    private func render(_ document: JSONValue) -> String { json ? document.jsonText() : document.yamlText() }

    private var header: String {
        guard !json else { return "" }
        var text = "# Please edit the object below. Lines beginning with a '#' will be ignored,\n"
            + "# and an empty file will abort the edit. If an error occurs while saving this file will be\n"
            + "# reopened with the relevant failures.\n#\n"
        for reason in reasons {
            text += "# \(Self.hashOnLineBreak(reason.head))\(reason.other.isEmpty ? "" : ":")\n"
            for other in reason.other { text += "# * \(Self.hashOnLineBreak(other))\n" }
            text += "#\n"
        }
        return text
    }

    mutating func run(printFormat: String) -> Int32 {
        let shown = render(originalDocument)
        let original = header + shown
        let path = folder.appendingPathComponent("kubectl-edit-\(fileSuffix())\(json ? ".json" : ".yaml")").path
        var edited = ""
        var containsError = false
        for _ in 0..<20 {
            let buffer = header + (containsError ? Self.manualStrip(edited) : shown)
            let previous = edited
            do {
                try buffer.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                return context.fail("cannot write \(path): \(error.localizedDescription)")
            }
            if let failure = editor.launch(path: path) {
                if !containsError { try? FileManager.default.removeItem(atPath: path) } else { preserved(path) }
                let status = context.fail(failure.message)
                if case .notFound = failure {
                    context.errorLine("(kubetutor runs your editor from KUBE_EDITOR or EDITOR, else vi. Set one, e.g. export EDITOR=nano, "
                        + "or change the object with kubectl patch, kubectl set or kubectl scale.)")
                }
                return status
            }
            edited = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            if containsError && Self.sameContent(previous, edited) {
                preserved(path)
                return context.fail("Edit cancelled, no valid changes were saved.")
            }
            if Self.sameContent(original, edited) {
                try? FileManager.default.removeItem(atPath: path)
                context.errorLine("Edit cancelled, no changes made.")
                return 0
            }
            if !Self.hasLines(edited) {
                try? FileManager.default.removeItem(atPath: path)
                context.errorLine("Edit cancelled, saved file was empty.")
                return 0
            }
            reasons = []
            let documents: [JSONValue]
            do {
                documents = try JSONValue.parseYAMLDocuments(Self.manualStrip(edited))
            } catch let error as YAMLTextError {
                containsError = true
                reasons = [("The edited file had a syntax error: \(error.kubectlDetail)", [])]
                continue
            } catch {
                containsError = true
                reasons = [("The edited file had a syntax error: \(error)", [])]
                continue
            }
            let items = documents.flatMap { $0["kind"]?.stringValue == "List" ? ($0["items"]?.arrayValue ?? []) : [$0] }
            switch apply(items, path: path, printFormat: printFormat) {
            case .done(let status): return status
            case .invalid: containsError = true
            }
        }
        preserved(path)
        return context.fail("Edit cancelled, no valid changes were saved.")
    }

    private enum ApplyOutcome { case done(Int32), invalid }

    /// Sends each edited object back; `invalid` when the API server refused one as invalid.
    private mutating func apply(_ items: [JSONValue], path: String, printFormat: String) -> ApplyOutcome {
        var invalid = false
        for item in items {
            let uid = item["metadata"]?["uid"]?.stringValue ?? ""
            guard let original = originals.first(where: { $0.uid == uid && !uid.isEmpty }) ?? (originals.count == 1 ? originals.first : nil) else {
                preserved(path)
                return .done(context.fail("no original object found for \(item["kind"]?.stringValue ?? "object") \(item["metadata"]?["name"]?.stringValue ?? "")"))
            }
            let resourceText = original.resource.qualifiedName
            if item == original.json {
                context.line("\(original.resource.qualifiedKind)/\(original.name) skipped")
                continue
            }
            guard item["apiVersion"] == original.json["apiVersion"], item["kind"] == original.json["kind"],
                  item["metadata"]?["name"] == original.json["metadata"]?["name"] else {
                preserved(path)
                return .done(context.fail("At least one of apiVersion, kind and name was changed"))
            }
            switch update(original, with: item) {
            case .success(let result):
                if printFormat.isEmpty {
                    context.line("\(original.resource.qualifiedKind)/\(original.name) edited")
                } else {
                    context.write(printFormat == "json" ? result.jsonText() : result.yamlText())
                }
            case .failure(let error) where error.reason == "Invalid" || error.reason == "BadRequest":
                invalid = true
                let causes = error.causes.isEmpty ? [error.message] : error.causes.map(\.description)
                reasons.append(("\(resourceText) \(FieldError.quote(original.name)) was not valid", causes))
                context.errorLine("error: \(resourceText) \(FieldError.quote(original.name)) is invalid")
            case .failure(let error) where error.reason == "NotFound":
                context.errorLine("error: \(resourceText) \(FieldError.quote(original.name)) could not be found on the server")
                context.errorLine("The edits you made on deleted resources have been saved to \(FieldError.quote(path))")
                return .done(1)
            case .failure(let error):
                context.errorLine("error: \(resourceText) \(FieldError.quote(original.name)) could not be patched: \(error.message)")
                context.errorLine("You can run `kubectl replace -f \(path)` to try this update again.")
                return .done(1)
            }
        }
        if invalid { return .invalid }
        try? FileManager.default.removeItem(atPath: path)
        return .done(0)
    }

    /// Stores the edited object: what the learner wrote, with the fields only the server sets kept as stored.
    private func update(_ original: EditedObject, with item: JSONValue) -> Result<JSONValue, APIError> {
        let resource = original.resource
        guard let stored = context.store.getAny(resource: resource.name, ObjectKey(namespace: resource.namespaced ? context.namespace : "",
                                                                                   name: original.name)),
              let kind = KindRegistry.type(forResource: resource.name) else {
            return .failure(.notFound(resource.qualifiedName, original.name))
        }
        let live = ObjectJSON.encode(stored)
        var merged = item
        merged["status"] = live["status"]
        var metadata = item["metadata"] ?? .emptyObject
        for key in ["name", "namespace", "uid", "resourceVersion", "creationTimestamp", "generation", "managedFields"] {
            metadata[key] = live["metadata"]?[key]
        }
        merged["metadata"] = metadata
        switch ManifestObject.decode(merged, as: kind, resource: resource, validation: .warn) {
        case .failure(let error):
            return .failure(error)
        case .success(let (object, warnings)):
            warnings.forEach(context.errorLine)
            do {
                return .success(ObjectJSON.encode(try ErasedAPI.update(object, in: context.cluster)))
            } catch let error as APIError {
                return .failure(error)
            } catch {
                return .failure(.badRequest("\(error)"))
            }
        }
    }

    private func preserved(_ path: String) {
        if FileManager.default.fileExists(atPath: path) {
            context.errorLine("A copy of your changes has been stored to \(FieldError.quote(path))")
        }
    }

    /// Five lowercase letters and digits, like kubectl's temporary names, but from the objects and the clock.
    private func fileSuffix() -> String {
        let seed = originals.map(\.uid).joined(separator: ",") + "@\(context.cluster.now)"
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String(StableHex.make(seed, length: 10).utf8.prefix(5).map { alphabet[Int($0) % alphabet.count] })
    }

    /// The text without its comment lines (lines starting with `#`).
    static func manualStrip(_ text: String) -> String {
        text.components(separatedBy: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n")
    }

    /// Whether two files hold the same content: the same parsed documents, else the same text without comments.
    static func sameContent(_ first: String, _ second: String) -> Bool {
        if let left = try? JSONValue.parseYAMLDocuments(manualStrip(first)), let right = try? JSONValue.parseYAMLDocuments(manualStrip(second)) {
            return left == right
        }
        return manualStrip(first) == manualStrip(second)
    }

    /// Whether any line has content that is not a comment.
    static func hasLines(_ text: String) -> Bool {
        text.components(separatedBy: "\n").contains { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }
    }

    /// Continues a multi-line reason as comment lines.
    static func hashOnLineBreak(_ text: String) -> String {
        text.components(separatedBy: "\n").enumerated().map { index, line in
            index == 0 || line.hasPrefix("#") ? line : "# " + line
        }.joined(separator: "\n")
    }
}
