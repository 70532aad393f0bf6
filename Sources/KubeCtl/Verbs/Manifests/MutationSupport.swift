import KubeCluster

/// What a mutating command prints for each object: its success line, `-o name`, or the object itself.
enum MutationOutput {
    /// `kind.group/name operation` (the NamePrinter with an operation).
    case success
    /// `kind.group/name` only.
    case name
    /// The object in a structured format (yaml, json, jsonpath, go-template).
    case object(OutputFormat)

    /// The printer `-o` selects for a command that prints the objects it changes.
    static func from(_ context: VerbContext) -> Result<MutationOutput, KubectlMessage> {
        let output = context.invocation.string("output")
        switch output {
        case "": return .success(.success)
        case "name": return .success(.name)
        case "wide":
            return .failure(KubectlMessage("unable to match a printer suitable for the output format \"wide\", allowed formats are: "
                + allowedFormats))
        default:
            switch OutputFormat.parse(output, template: context.invocation.string("template"),
                                      readFile: { try context.session.files.read($0) }) {
            case .success(let format): return .success(.object(format))
            case .failure(let message):
                if message.text.hasPrefix("unable to match a printer") {
                    return .failure(KubectlMessage("unable to match a printer suitable for the output format \"\(output)\", "
                        + "allowed formats are: " + allowedFormats))
                }
                return .failure(message)
            }
        }
    }

    /// The formats a mutating command accepts, as kubectl lists them.
    static let allowedFormats = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml"

    /// Prints one object: `document` is its JSON (struct order for client-side objects, as served otherwise).
    func print(_ document: JSONValue, kindPrefix: String, operation: String, dryRun: DryRunMode, context: VerbContext) -> String? {
        let name = document.value(at: ["metadata", "name"])?.stringValue ?? ""
        switch self {
        case .success:
            context.line("\(kindPrefix)/\(name) \(operation)\(dryRun.suffix)")
        case .name:
            context.line("\(kindPrefix)/\(name)")
        case .object(let format):
            switch format {
            case .json: context.write(document.jsonText() + "\n")
            case .yaml: context.write(document.yamlText())
            default:
                return ObjectPrinter.print([(object: document, kindPrefix: kindPrefix)], format: format, asList: false,
                                           noHeaders: false, write: context.write)
            }
        }
        return nil
    }

    /// True when `-o` asks for a structured format rather than a success line.
    var printsObjects: Bool {
        if case .object = self { return true }
        return false
    }
}

/// An error a command collects while it works and prints at the end, the way kubectl's `CheckErr`
/// prints one error or an aggregate of several.
enum CollectedError: Error, Equatable {
    /// A client-side error: `error: <text>` alone, `<text>` in an aggregate.
    case message(String)
    /// An API server error (its message may already carry `error when creating "x.yaml": `).
    case api(APIError)
    /// A line printed exactly as it is.
    case raw(String)

    /// Writes `errors` to stderr as kubectl does; returns the exit status (0 when there are none).
    @discardableResult
    /// Writes `errors` to stderr as kubectl does; returns the exit status (0 when there are none).
    static func report(_ errors: [CollectedError], to context: VerbContext) -> Int32 {
        guard !errors.isEmpty else { return 0 }
        if errors.count == 1, let only = errors.first {
            switch only {
            case .message(let text): context.fail(text)
            case .api(let error): context.fail(error)
            case .raw(let text): context.errorLine(text)
            }
            return 1
        }
        for error in errors {
            switch error {
            case .message(let text): context.errorLine(text)
            case .api(let error):
                context.errorLine(error.reason.isEmpty ? "Error from server: \(error.message)"
                                  : "Error from server (\(error.reason)): \(error.message)")
            case .raw(let text): context.errorLine(text)
            }
        }
        return 1
    }

    /// `error when <verb> "<source>": <message>` added to an API error (kubectl's `AddSourceToErr`).
    static func withSource(_ error: APIError, verb: String, source: String) -> CollectedError {
        guard !source.isEmpty else { return .api(error) }
        var framed = error
        framed.message = "error when \(verb) \"\(source)\": \(error.message)"
        return .api(framed)
    }
}

/// The `last-applied-configuration` annotation `kubectl apply` keeps on the objects it manages.
enum LastAppliedAnnotation {
    /// The annotation key.
    static let key = "kubectl.kubernetes.io/last-applied-configuration"

    /// The annotation's value for `manifest`: the object without that annotation (an empty `annotations`
    /// map when it has none, as kubectl leaves it), as compact JSON with sorted keys and a final newline.
    static func value(for manifest: JSONValue) -> String {
        var copy = manifest
        var metadata = copy["metadata"]?.objectValue ?? [:]
        var annotations = metadata["annotations"]?.objectValue ?? [:]
        annotations.removeValue(forKey: key)
        metadata["annotations"] = .object(annotations)
        copy["metadata"] = .object(metadata)
        return copy.sortedKeys().compactJSON() + "\n"
    }

    /// `manifest` with its annotation set to `value(for: manifest)`.
    static func annotated(_ manifest: JSONValue) -> JSONValue {
        let text = value(for: manifest)
        var copy = manifest
        var metadata = copy["metadata"]?.objectValue ?? [:]
        var annotations = metadata["annotations"]?.objectValue ?? [:]
        annotations[key] = .string(text)
        metadata["annotations"] = .object(annotations)
        copy["metadata"] = .object(metadata)
        return copy
    }

    /// The annotation of a stored object, parsed; nil when absent or not JSON.
    static func parsed(from live: JSONValue) -> JSONValue? {
        guard let text = live.value(at: ["metadata", "annotations", key])?.stringValue else { return nil }
        return try? JSONValue.parseJSON(text)
    }
}
