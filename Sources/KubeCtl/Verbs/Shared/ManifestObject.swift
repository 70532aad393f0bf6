import KubeCluster

/// A manifest document matched to the API: its resource, its simulated kind and where it goes.
struct ManifestObject {
    /// The file, `STDIN` or URL it came from.
    let source: String
    /// The document as kubectl sends it: the namespace filled in for namespaced kinds.
    var value: JSONValue
    /// The resource its apiVersion and kind map to.
    let resource: APIResource
    /// The simulated kind; nil for catalogue objects kubetutor acknowledges without storing.
    let kind: ErasedAPI.Kind?
    /// Where it lives.
    let key: ObjectKey

    /// `deployment.apps`, `pod`: the prefix of success lines.
    var kindPrefix: String { resource.qualifiedKind }
    /// The object's name.
    var name: String { key.name }

    /// `Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"` and the name line,
    /// as kubectl describes an object in some errors (the core group prints as `/v1`, as Go's GroupVersion does).
    var infoDescription: String {
        let groupVersion = "\(resource.group)/\(resource.preferredVersion)"
        return "Resource: \"\(groupVersion), Resource=\(resource.name)\", GroupVersionKind: \"\(groupVersion), Kind=\(resource.kind)\"\n"
            + "Name: \"\(key.name)\", Namespace: \"\(key.namespace)\""
    }

    /// The typed object the API server would decode from `json`, with its field validation: under `.strict`
    /// (kubectl's default) a type error or an unknown field is the BadRequest
    /// `<Kind> in version "v1" cannot be handled as a <Kind>: …`; under `.warn` unknown fields are dropped with a
    /// `Warning: unknown field "…"` line; under `.ignore` they are dropped silently.
    /// Fields Kubernetes has but kubetutor does not simulate come back as warnings (except under `.ignore`).
    static func decode(_ json: JSONValue, as kind: ErasedAPI.Kind, resource: APIResource,
                       validation: FieldValidation = .strict) -> Result<(ErasedAPI.Object, [String]), APIError> {
        let prefix = "\(resource.kind) in version \"\(resource.preferredVersion)\" cannot be handled as a \(resource.kind): "
        let object: ErasedAPI.Object
        do { object = try KindRegistry.decode(json, as: kind) } catch {
            return .failure(.badRequest(prefix + "\(error)"))
        }
        var unknown: [String] = []
        var warnings: [String] = []
        for path in KindRegistry.unknownFields(of: json, decodedAs: object) {
            switch UpstreamFieldTable.verdict(kind: resource.kind, path: path) {
            case .unknown:
                switch validation {
                case .strict: unknown.append("unknown field \"\(path)\"")
                case .warn: warnings.append("Warning: unknown field \"\(path)\"")
                case .ignore: break
                }
            case .unsimulated where validation != .ignore:
                warnings.append("Warning: kubetutor does not simulate the field \"\(path)\" of \(resource.kind) objects; it is ignored")
            case .unsimulated: break
            }
        }
        if !unknown.isEmpty { return .failure(.badRequest(prefix + "strict decoding error: " + unknown.joined(separator: ", "))) }
        return .success((object, warnings))
    }
}

/// The API server's field validation of a write (its `fieldValidation` parameter), which kubectl's `--validate`
/// chooses: what happens to fields the kind does not have.
public enum FieldValidation: Sendable, Equatable {
    /// `Strict` (`--validate=strict`/`true`, the default): an unknown field fails the request.
    case strict
    /// `Warn` (`--validate=warn`): unknown fields are dropped, each with a warning.
    case warn
    /// `Ignore` (`--validate=ignore`/`false`): unknown fields are dropped silently.
    case ignore

    /// The mode a `--validate` value asks for (Go's boolean spellings or the three names, case as written);
    /// nil for a value kubectl rejects.
    public init?(flag: String) {
        switch flag {
        case "1", "t", "T", "true", "TRUE", "True", "strict": self = .strict
        case "0", "f", "F", "false", "FALSE", "False", "ignore": self = .ignore
        case "warn": self = .warn
        default: return nil
        }
    }

    /// kubectl's error for a `--validate` value it does not know.
    static func invalidFlagMessage(_ flag: String) -> String {
        "invalid - validate option \"\(flag)\"; must be one of: strict (or true), warn, ignore (or false)"
    }

    /// The mode of a `fieldValidation` query parameter (`Strict`, `Warn`, `Ignore`); nil for another value.
    public init?(parameter: String) {
        switch parameter {
        case "Strict": self = .strict
        case "Warn": self = .warn
        case "Ignore": self = .ignore
        default: return nil
        }
    }

    /// The mode the command's `--validate` flag asks for (strict when the command has no such flag or a bad value).
    static func requested(by context: VerbContext) -> FieldValidation {
        guard context.invocation.accepts("validate") else { return .strict }
        return FieldValidation(flag: context.invocation.string("validate")) ?? .strict
    }
}

/// Matches manifest documents to API resources like kubectl's builder: apiVersion and kind are
/// required, the kind must be served, the namespace comes from the object, `-n` or the context.
struct ManifestResolver {
    /// The namespace for objects that do not name one.
    let namespace: String
    /// True when `-n` was given: an object naming another namespace is then an error.
    let enforceNamespace: Bool
    /// False for `--validate=false`/`ignore` (kubectl then skips its client-side checks).
    let validate: Bool
    /// False for `--local` commands: the document keeps the namespace it was written with.
    var fillsNamespace = true

    /// The objects of `documents` in order, and the errors met.
    func resolve(_ documents: [ManifestDocument]) -> (objects: [ManifestObject], errors: [CommandError]) {
        var objects: [ManifestObject] = []
        var errors: [CommandError] = []
        for document in documents {
            switch resolve(document) {
            case .success(let object): objects.append(object)
            case .failure(let error): errors.append(error)
            }
        }
        return (objects, errors)
    }

    /// The object of one document, or why it cannot be used.
    func resolve(_ document: ManifestDocument) -> Result<ManifestObject, CommandError> {
        let value = document.value
        guard value.objectValue != nil else {
            return .failure(.message(validationError(document.source, "invalid object to validate")))
        }
        guard let apiVersion = value["apiVersion"]?.stringValue, !apiVersion.isEmpty else {
            return .failure(missing(document, "apiVersion"))
        }
        guard let kindName = value["kind"]?.stringValue, !kindName.isEmpty else { return .failure(missing(document, "kind")) }
        let name = value.value(at: ["metadata", "name"])?.stringValue ?? ""
        let givenNamespace = value.value(at: ["metadata", "namespace"])?.stringValue ?? ""
        guard let resource = ResourceCatalog.standard.resource(apiVersion: apiVersion, kind: kindName) else {
            return .failure(.message("resource mapping not found for name: \"\(name)\" namespace: \"\(givenNamespace)\" from "
                + "\"\(document.source)\": no matches for kind \"\(kindName)\" in version \"\(apiVersion)\"\nensure CRDs are installed first"))
        }
        var json = value
        var objectNamespace = ""
        if resource.namespaced {
            if enforceNamespace, !givenNamespace.isEmpty, givenNamespace != namespace {
                return .failure(.message("the namespace from the provided object \"\(givenNamespace)\" does not match the namespace "
                    + "\"\(namespace)\". You must pass '--namespace=\(givenNamespace)' to perform this operation."))
            }
            objectNamespace = givenNamespace.isEmpty ? namespace : givenNamespace
            if fillsNamespace {
                var metadata = json["metadata"]?.objectValue ?? [:]
                metadata["namespace"] = .string(objectNamespace)
                json["metadata"] = .object(metadata)
            }
        }
        let key = ObjectKey(namespace: objectNamespace, name: name)
        if apiVersion == "autoscaling/v1", kindName == "HorizontalPodAutoscaler" { json = HPAConversion.v1ToV2(json) }
        let simulated = KindRegistry.type(apiVersion: json["apiVersion"]?.stringValue ?? apiVersion, kind: kindName)
        if simulated == nil, !ManifestURLCatalogue.acknowledgesUnsimulated(source: document.source) {
            return .failure(.message("kubetutor does not simulate \(kindName) objects (\(apiVersion)), so "
                + "\(resource.qualifiedKind)/\(name) from \"\(document.source)\" was not applied. The simulated kinds are "
                + "Pods, Deployments, ReplicaSets, DaemonSets, Jobs, Services, ConfigMaps, Secrets, ServiceAccounts, "
                + "Namespaces and HorizontalPodAutoscalers"))
        }
        return .success(ManifestObject(source: document.source, value: json, resource: resource, kind: simulated, key: key))
    }

    private func missing(_ document: ManifestDocument, _ field: String) -> CommandError {
        if validate { return .message(validationError(document.source, "\(field) not set")) }
        let what = field == "kind" ? "Kind" : "apiVersion"
        return .message("unable to decode \"\(document.source)\": Object '\(what)' is missing in '\(document.value.sortedKeys().compactJSON())'")
    }

    private func validationError(_ source: String, _ detail: String) -> String {
        "error validating \"\(source)\": error validating data: \(detail); if you choose to ignore these errors, "
            + "turn validation off with --validate=false"
    }
}

/// autoscaling/v1 HorizontalPodAutoscalers (what `kubectl autoscale` sends) as the autoscaling/v2 objects
/// the simulated API server stores: the CPU target becomes a Resource metric.
enum HPAConversion {
    /// The v2 form of a v1 manifest.
    static func v1ToV2(_ value: JSONValue) -> JSONValue {
        var json = value
        json["apiVersion"] = "autoscaling/v2"
        guard var spec = json["spec"]?.objectValue else { return json }
        if let percent = spec.removeValue(forKey: "targetCPUUtilizationPercentage") {
            spec["metrics"] = [["type": "Resource",
                                "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": percent]]]]
        }
        json["spec"] = .object(spec)
        json["status"] = Optional<JSONValue>.none
        return json
    }
}
