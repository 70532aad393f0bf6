import Collections
import KubeCluster

/// One `label`/`annotate` visit: change the map of one object, send it (unless local, client dry run or
/// `--list`), and print what kubectl prints for it.
struct MetadataEdit {
    let context: VerbContext
    let map: MetadataMap
    let changes: MetadataChanges
    let output: ChangeOutput
    let dryRun: DryRunMode
    let local: Bool
    let listing: Bool
    /// True when exactly one object was named (no `Listing … for` header).
    let single: Bool
    /// `--resource-version`, sent as a precondition.
    let resourceVersion: String

    /// Applies the change to `target`; returns the error for this object, if any.
    func apply(to target: TargetObject) -> CommandError? {
        if let raw = target.raw { return applyLocally(to: raw, target: target) }
        var object = target.object
        if !resourceVersion.isEmpty { object.metadata.resourceVersion = nil }
        let before = ObjectJSON.encode(object).compactJSON()
        let clientOnly = local || dryRun == .client || listing
        if map == .annotations, !clientOnly { ChangeCause.record(&object, invocation: context.invocation) }
        let existing = map.values(of: object)
        if !context.invocation.bool("overwrite"), let error = changes.overwriteError(map, existing: existing ?? [:]) { return error }
        if map == .labels, !clientOnly {
            for key in changes.remove where existing?[key] == nil { context.line("label \(FieldError.quote(key)) not found.") }
        }
        map.set(changes.applied(to: existing), on: &object)
        if !resourceVersion.isEmpty { object.metadata.resourceVersion = resourceVersion }
        if map == .labels, !clientOnly { ChangeCause.record(&object, invocation: context.invocation) }
        let after = ObjectJSON.encode(object).compactJSON()
        var printed = object
        if !clientOnly {
            var sent = object
            if map.values(of: sent)?.isEmpty == true { map.set(nil, on: &sent) }
            if let invalid = keyErrors(sent, resource: target.resource) { return .api(invalid) }
            do {
                let stored = try ObjectWriter.write(sent, dryRun: dryRun, in: context.cluster)
                if map == .annotations { printed = stored }
            } catch let error as APIError {
                return .api(error)
            } catch {
                return .message("\(error)")
            }
        }
        if listing {
            list(printed, resource: target.resource)
            return nil
        }
        let operation = map == .labels ? labelMessage(before: before, after: after) : "annotated"
        return output.print(printed, resource: target.resource, operation: operation, context: context)
    }

    /// `--local`: the change made to the document as written (kubectl edits it unstructured).
    func applyLocally(to raw: JSONValue, target: TargetObject) -> CommandError? {
        let key = map == .labels ? "labels" : "annotations"
        var metadata = raw["metadata"]?.objectValue ?? [:]
        if !resourceVersion.isEmpty { metadata["resourceVersion"] = nil }
        var document = raw.objectValue ?? [:]
        document["metadata"] = .object(metadata)
        let before = JSONValue.object(document).sortedKeys().compactJSON()
        var existing: [String: String] = [:]
        for (name, value) in metadata[key]?.objectValue ?? [:] { existing[name] = value.stringValue ?? "" }
        if !context.invocation.bool("overwrite"), let error = changes.overwriteError(map, existing: existing) { return error }
        let values = changes.applied(to: existing)
        metadata[key] = .object(OrderedDictionary(uniqueKeysWithValues: values.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) }))
        if !resourceVersion.isEmpty { metadata["resourceVersion"] = .string(resourceVersion) }
        document["metadata"] = .object(metadata)
        let changed = JSONValue.object(document)
        if listing {
            if !single { context.line("Listing \(map.plural) for \(target.resource.kind).\(target.resource.group)/\(target.object.name):") }
            for (name, value) in values.sorted(by: { $0.key < $1.key }) { context.line("\(single ? "" : " ")\(name)=\(value)") }
            return nil
        }
        let operation = map == .labels ? labelMessage(before: before, after: changed.sortedKeys().compactJSON()) : "annotated"
        return output.print(changed, kindPrefix: target.resource.qualifiedKind, name: target.object.name, operation: operation, context: context)
    }

    /// `updateDataChangeMsg`: `not labeled` when nothing changed, `unlabeled` when the object shrank
    /// (without `--overwrite`), else `labeled`.
    func labelMessage(before: String, after: String) -> String {
        guard before != after else { return "not labeled" }
        if !context.invocation.bool("overwrite"), after.utf8.count < before.utf8.count { return "unlabeled" }
        return "labeled"
    }

    /// `--list`: `key=value` lines, under `Listing labels for Kind.group/name:` when several objects are visited.
    func list(_ object: any APIObject, resource: APIResource) {
        var indent = ""
        if !single {
            indent = " "
            context.line("Listing \(map.plural) for \(resource.kind).\(resource.group)/\(object.name):")
        }
        for (key, value) in (map.values(of: object) ?? [:]).sorted(by: { $0.key < $1.key }) {
            context.line("\(indent)\(key)=\(value)")
        }
    }

    /// The API server's metadata validation of label and annotation keys (`ValidateObjectMeta`).
    func keyErrors(_ object: any APIObject, resource: APIResource) -> APIError? {
        var errors: [FieldError] = []
        for key in (object.metadata.labels ?? [:]).keys.sorted() {
            errors += LabelValidation.qualifiedNameErrors(key).map { FieldError(.invalid, "metadata.labels", value: FieldError.quote(key), $0) }
        }
        for key in (object.metadata.annotations ?? [:]).keys.sorted() {
            errors += LabelValidation.qualifiedNameErrors(key.lowercased())
                .map { FieldError(.invalid, "metadata.annotations", value: FieldError.quote(key), $0) }
        }
        guard !errors.isEmpty else { return nil }
        return APIError.invalid(kind: resource.kind, group: resource.group, name: object.name, errors)
    }
}
