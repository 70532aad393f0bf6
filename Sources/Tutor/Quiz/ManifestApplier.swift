import KubeCluster

/// Why a manifest could not be applied, in words for the learner.
public struct ManifestApplyError: Error, Equatable, CustomStringConvertible {
    /// What went wrong (English; kubectl's own texts are English too).
    public let description: String
}

/// Applies YAML manifests straight to a cluster's API server (create, or replace when the object exists),
/// the way `kubectl apply` would leave the state, without depending on the kubectl verb.
public enum ManifestApplier {
    /// Applies every document of `yaml`; objects without a namespace go to `namespace`.
    /// Returns kubectl-style lines (`deployment.apps/web created`) or the first error.
    @discardableResult
    public static func apply(_ yaml: String, to cluster: Cluster, namespace: String = "default")
        -> Result<[String], ManifestApplyError> {
        documents(yaml).flatMap { apply(documents: $0, to: cluster, namespace: namespace) }
    }

    /// The non-empty documents of a manifest.
    public static func documents(_ yaml: String) -> Result<[JSONValue], ManifestApplyError> {
        do {
            let objects = try JSONValue.parseYAMLDocuments(yaml).filter { !$0.isNull }
            if objects.isEmpty { return .failure(ManifestApplyError(description: "no objects passed to apply")) }
            return .success(objects)
        } catch {
            return .failure(ManifestApplyError(description: "the YAML cannot be read: \(error)"))
        }
    }

    /// Applies parsed documents in order, stopping at the first error.
    public static func apply(documents: [JSONValue], to cluster: Cluster, namespace: String = "default")
        -> Result<[String], ManifestApplyError> {
        var lines: [String] = []
        for document in documents {
            switch applyDocument(document, cluster: cluster, namespace: namespace) {
            case .success(let line): lines.append(line)
            case .failure(let error): return .failure(error)
            }
        }
        cluster.settle()
        return .success(lines)
    }

    private static func applyDocument(_ document: JSONValue, cluster: Cluster, namespace: String)
        -> Result<String, ManifestApplyError> {
        guard document.objectValue != nil else {
            return .failure(ManifestApplyError(description: "a document is not a mapping of fields"))
        }
        let apiVersion = document["apiVersion"]?.stringValue ?? ""
        let kind = document["kind"]?.stringValue ?? ""
        if apiVersion.isEmpty || kind.isEmpty {
            let missing = apiVersion.isEmpty ? "apiVersion" : "kind"
            return .failure(ManifestApplyError(description: "error validating data: \(missing) not set"))
        }
        guard let resource = ResourceCatalog.standard.resource(apiVersion: apiVersion, kind: kind) else {
            return .failure(ManifestApplyError(
                description: "no matches for kind \"\(kind)\" in version \"\(apiVersion)\""))
        }
        guard let type = KindRegistry.type(forResource: resource.name) else {
            return .failure(ManifestApplyError(description: "kind \(kind) is not simulated by kubetutor"))
        }
        do {
            return .success(try applyTyped(type, document, resource: resource, cluster: cluster, namespace: namespace))
        } catch let error as APIError {
            return .failure(ManifestApplyError(description: error.message))
        } catch let error as ManifestApplyError {
            return .failure(error)
        } catch {
            return .failure(ManifestApplyError(description: "\(error)"))
        }
    }

    private static func applyTyped<T: APIObject & APIObjectRules>(_ type: T.Type, _ document: JSONValue,
                                                                 resource: APIResource, cluster: Cluster,
                                                                 namespace: String) throws -> String {
        var object = try TreeDecoder().decode(T.self, from: document)
        let unknown = unknownFieldPaths(input: document.sortedKeys(), decodedReencoded: try TreeEncoder().encode(object))
        if let first = unknown.first {
            throw ManifestApplyError(description: "strict decoding error: unknown field \"\(first)\"")
        }
        if T.isNamespaced, object.metadata.namespace?.isEmpty ?? true { object.metadata.namespace = namespace }
        let label = "\(resource.qualifiedKind)/\(object.name)"
        if cluster.store.get(T.self, object.key) != nil {
            object.metadata.resourceVersion = nil
            try cluster.api.update(object)
            return "\(label) configured"
        }
        try cluster.api.create(object)
        return "\(label) created"
    }
}
