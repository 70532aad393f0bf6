import KubeCluster

/// An object read from a manifest given with `-f`: where it came from, its resource, and the typed object.
struct TargetManifest {
    /// The path as given (`-` for standard input).
    var source: String
    /// The resource the object's apiVersion and kind map to.
    var resource: APIResource
    /// The decoded object, as written in the file.
    var object: any APIObject
    /// The document as written (kubectl's unstructured view, used by `label`/`annotate --local`).
    var raw: JSONValue
}

/// Reads `-f` arguments the way kubectl's resource builder does for the workload verbs: files, directories
/// (with `-R` recursively; only `.json`, `.yaml` and `.yml` files), and `-` for standard input; YAML or JSON,
/// several documents per file, `List` objects flattened.
enum TargetManifests {
    /// Extensions a directory walk picks up.
    static let extensions = [".json", ".yaml", ".yml"]

    /// The objects of every file, in order; the first problem is an error worded as kubectl's.
    static func read(_ context: VerbContext, filenames: [String], recursive: Bool) -> Result<[TargetManifest], CommandError> {
        var objects: [TargetManifest] = []
        for name in filenames {
            let paths: [String]
            switch expand(name, files: context.session.files, recursive: recursive) {
            case .success(let found): paths = found
            case .failure(let error): return .failure(error)
            }
            for path in paths {
                let text: String
                if path == "-" {
                    text = context.stdin ?? ""
                } else {
                    do { text = try context.session.files.read(path) } catch {
                        return .failure(.message("the path \(FieldError.quote(path)) does not exist"))
                    }
                }
                switch decode(text, source: path) {
                case .success(let found): objects += found
                case .failure(let error): return .failure(error)
                }
            }
        }
        return .success(objects)
    }

    /// The files a `-f` argument names: itself, or the manifest files of a directory.
    static func expand(_ name: String, files: SessionFiles, recursive: Bool) -> Result<[String], CommandError> {
        if name == "-" { return .success(["-"]) }
        guard let kind = (try? files.kind(name)) ?? nil else {
            return .failure(.message("the path \(FieldError.quote(name)) does not exist"))
        }
        guard kind == .directory else { return .success([name]) }
        var found: [String] = []
        for entry in (try? files.list(name)) ?? [] {
            let path = name.hasSuffix("/") ? name + entry : name + "/" + entry
            let entryKind = (try? files.kind(path)) ?? nil
            if entryKind == .directory {
                if recursive, case .success(let nested) = expand(path, files: files, recursive: true) { found += nested }
            } else if extensions.contains(where: { entry.hasSuffix($0) }) {
                found.append(path)
            }
        }
        return .success(found)
    }

    /// The objects of one file's text.
    static func decode(_ text: String, source: String) -> Result<[TargetManifest], CommandError> {
        let documents: [JSONValue]
        do { documents = try JSONValue.parseYAMLDocuments(text) } catch let error as YAMLTextError {
            return .failure(.message("error parsing \(source): \(error.kubectlDetail)"))
        } catch {
            return .failure(.message("error parsing \(source): \(error)"))
        }
        var objects: [TargetManifest] = []
        for document in documents {
            let items = document["kind"]?.stringValue == "List" ? (document["items"]?.arrayValue ?? []) : [document]
            for item in items {
                switch typedObject(item, source: source) {
                case .success(let object): objects.append(object)
                case .failure(let error): return .failure(error)
                }
            }
        }
        return .success(objects)
    }

    /// One document as a typed object of a simulated kind.
    static func typedObject(_ json: JSONValue, source: String) -> Result<TargetManifest, CommandError> {
        let apiVersion = json["apiVersion"]?.stringValue ?? ""
        let kind = json["kind"]?.stringValue ?? ""
        let name = json.value(at: ["metadata", "name"])?.stringValue ?? ""
        let namespace = json.value(at: ["metadata", "namespace"])?.stringValue ?? ""
        guard !kind.isEmpty else {
            return .failure(.message("unable to decode \(FieldError.quote(source)): Object 'Kind' is missing in '\(json.compactJSON())'"))
        }
        guard let resource = ResourceCatalog.standard.resource(apiVersion: apiVersion, kind: kind) else {
            return .failure(.message("resource mapping not found for name: \(FieldError.quote(name)) namespace: \(FieldError.quote(namespace)) "
                + "from \(FieldError.quote(source)): no matches for kind \(FieldError.quote(kind)) in version \(FieldError.quote(apiVersion))\n"
                + "ensure CRDs are installed first"))
        }
        guard let type = KindRegistry.type(forKind: kind), type.resource == resource.name else {
            return .failure(.message("\(resource.qualifiedName) are not simulated by kubetutor yet"))
        }
        func decode<T: APIObject>(_ type: T.Type) throws -> any APIObject { try TreeDecoder().decode(T.self, from: json) }
        do {
            return .success(TargetManifest(source: source, resource: resource, object: try decode(type), raw: json))
        } catch {
            return .failure(.message("error parsing \(source): \(error)"))
        }
    }
}
