import KubeCluster

/// Which metadata map `kubectl label` / `kubectl annotate` edit, with the words each prints.
enum MetadataMap {
    case labels, annotations

    /// The command's pair type in messages (`label`, `annotation`).
    var pairType: String { self == .labels ? "label" : "annotation" }
    /// `Listing labels for …` / `Listing annotations for …`.
    var plural: String { self == .labels ? "labels" : "annotations" }
    /// The example file in local-mode errors.
    var exampleFile: String { self == .labels ? "pod" : "rsrc" }

    /// The map of `object`.
    func values(of object: any APIObject) -> [String: String]? {
        self == .labels ? object.metadata.labels : object.metadata.annotations
    }

    /// Replaces the map of `object`.
    func set(_ values: [String: String]?, on object: inout any APIObject) {
        if self == .labels { object.metadata.labels = values } else { object.metadata.annotations = values }
    }
}

/// The parsed `KEY=VALUE` / `KEY-` arguments of `label` and `annotate`.
struct MetadataChanges {
    var set: [(key: String, value: String)] = []
    var remove: [String] = []

    /// `parseLabels`: values checked as label values; `a=b=c` and bare words refused.
    static func labels(_ pairs: [String]) -> Result<MetadataChanges, CommandError> {
        var changes = MetadataChanges()
        for pair in pairs {
            if pair.contains("=") {
                let parts = pair.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2 else { return .failure(.message("invalid label spec: \(pair)")) }
                let errors = LabelValidation.labelValueErrors(parts[1])
                if !errors.isEmpty {
                    return .failure(.message("invalid label value: \(FieldError.quote(pair)): \(errors.joined(separator: ";"))"))
                }
                if let index = changes.set.firstIndex(where: { $0.key == parts[0] }) { changes.set[index].value = parts[1] } else {
                    changes.set.append((parts[0], parts[1]))
                }
            } else if pair.hasSuffix("-") {
                changes.remove.append(String(pair.dropLast()))
            } else {
                return .failure(.message("unknown label spec: \(pair)"))
            }
        }
        if changes.remove.contains(where: { key in changes.set.contains { $0.key == key } }) {
            return .failure(.message("can not both modify and remove a label in the same command"))
        }
        return .success(changes)
    }

    /// `parseAnnotations`: `ParsePairs` with removal.
    static func annotations(_ pairs: [String]) -> Result<MetadataChanges, CommandError> {
        PairArguments.parse(pairs, pairType: "annotation", supportRemove: true).map { MetadataChanges(set: $0.set, remove: $0.remove) }
    }

    /// The refusal to change existing keys without `--overwrite` (kubectl's per-command wording), if any.
    func overwriteError(_ map: MetadataMap, existing: [String: String]) -> CommandError? {
        switch map {
        case .labels:
            let errors = set.compactMap { pair in
                existing[pair.key].map { CommandError.message("'\(pair.key)' already has a value (\($0)), and --overwrite is false") }
            }
            guard !errors.isEmpty else { return nil }
            return .aggregate(errors)
        case .annotations:
            let found = set.filter { $0.key != ChangeCause.annotation }.compactMap { pair in
                existing[pair.key].map { "'\(pair.key)' already has a value (\($0))" }
            }
            guard !found.isEmpty else { return nil }
            return .message("--overwrite is false but found the following declared annotation(s): " + found.joined(separator: "; "))
        }
    }

    /// The map after the change; an empty map stays (as kubectl sends it) until the server drops it.
    func applied(to existing: [String: String]?) -> [String: String] {
        var values = existing ?? [:]
        for pair in set { values[pair.key] = pair.value }
        for key in remove { values[key] = nil }
        return values
    }
}

/// `kubectl label` and `kubectl annotate`: add, change (`--overwrite`) or remove (`key-`) labels and
/// annotations of objects named, selected (`-l`, `--field-selector`, `--all`, `-A`) or read from files
/// (`-f`, `--local`), honouring `--resource-version`, `--dry-run` and `--list`.
struct MetadataVerb {
    let context: VerbContext
    let map: MetadataMap

    /// `kubectl label`.
    static func label(_ context: VerbContext) -> Int32 { MetadataVerb(context: context, map: .labels).run() }
    /// `kubectl annotate`.
    static func annotate(_ context: VerbContext) -> Int32 { MetadataVerb(context: context, map: .annotations).run() }

    /// Complete, Validate and Run, in kubectl's order.
    func run() -> Int32 {
        let invocation = context.invocation
        let output: ChangeOutput
        switch ChangeOutput.fromFlags(context) {
        case .success(let made): output = made
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let dryRun = output.dryRun
        let listing = invocation.bool("list")
        if map == .annotations, listing, !invocation.string("output").isEmpty {
            return ErrorReport.emit(.message("--list and --output may not be specified together"), to: context)
        }
        let split: PairArguments
        let changes: MetadataChanges
        switch PairArguments.split(invocation.arguments, pairType: map.pairType).flatMap({ parsed in
            (map == .labels ? MetadataChanges.labels(parsed.pairs) : MetadataChanges.annotations(parsed.pairs)).map { (parsed, $0) }
        }) {
        case .success(let parsed): (split, changes) = parsed
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        if map == .labels, listing, !invocation.string("output").isEmpty {
            return ErrorReport.emit(.message("--list and --output may not be specified together"), to: context)
        }
        if let problem = validate(resources: split.resources, changes: changes, dryRun: dryRun) { return ErrorReport.emit(problem, to: context) }
        var request = TargetRequest.flags(context, arguments: split.resources)
        request.allowEmptySelector = invocation.bool("all")
        let selection: TargetSelection
        switch TargetResolver.resolve(request, context: context) {
        case .success(let found): selection = found
        case .failure(let error): return ErrorReport.emit(error, to: context)
        }
        let resourceVersion = invocation.string("resource-version")
        if !selection.singleItemImplied, !resourceVersion.isEmpty {
            return ErrorReport.emit(.message("--resource-version may only be used with a single resource"), to: context)
        }
        let edit = MetadataEdit(context: context, map: map, changes: changes, output: output, dryRun: dryRun, local: request.local,
                                listing: listing, single: selection.singleItemImplied, resourceVersion: resourceVersion)
        var errors = selection.errors
        for target in selection.targets { if let error = edit.apply(to: target) { errors.append(error) } }
        return ErrorReport.emit(errors, to: context)
    }

    /// `Validate`.
    func validate(resources: [String], changes: MetadataChanges, dryRun: DryRunMode) -> CommandError? {
        let invocation = context.invocation
        if invocation.bool("all"), !invocation.string("selector").isEmpty { return .message("cannot set --all and --selector at the same time") }
        if invocation.bool("all"), !invocation.string("field-selector").isEmpty {
            return .message("cannot set --all and --field-selector at the same time")
        }
        let files = invocation.strings("filename")
        if invocation.bool("local") {
            if dryRun == .server { return .message("cannot specify --local and --dry-run=server - did you mean --dry-run=client?") }
            if !resources.isEmpty {
                return .message("can only use local files by -f \(map.exampleFile).yaml or --filename=\(map.exampleFile).json when --local=true is set")
            }
            if files.isEmpty { return .message("one or more files must be specified as -f \(map.exampleFile).yaml or --filename=\(map.exampleFile).json") }
        } else if resources.isEmpty, files.isEmpty {
            return .message("one or more resources must be specified as <resource> <name> or <resource>/<name>")
        }
        if changes.set.isEmpty, changes.remove.isEmpty, !invocation.bool("list") {
            return .message("at least one \(map.pairType) update is required")
        }
        if map == .annotations {
            let both = changes.remove.filter { key in changes.set.contains { $0.key == key } }
            if !both.isEmpty {
                return .message("can not both modify and remove the following annotation(s) in the same command: \(both.joined(separator: ", "))")
            }
        }
        return nil
    }
}
