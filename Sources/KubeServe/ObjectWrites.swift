import Collections
import KubeCluster
import KubeCtl

/// POST, PUT, PATCH and DELETE on resources, through the cluster's API server (defaulting, validation,
/// admission, garbage collection), answering its errors as Status objects.
extension APIRouter {
    /// The simulated kind behind a resource, or the Status refusing a write to a kind kubetutor only lists.
    func simulatedKind(_ resource: APIResource) -> Result<TypedAPI.Kind, HTTPResponse> {
        guard let kind = KindRegistry.all.first(where: { $0.resource == resource.name && APIError.group(of: $0.apiVersion) == resource.group })
        else {
            return .failure(StatusDocuments.failure(code: 405, reason: "MethodNotAllowed",
                                                    message: "kubetutor's simulated cluster does not store \(resource.qualifiedName)"))
        }
        return .success(kind)
    }

    /// The request body as JSON (kubectl sends JSON, its typed clients protobuf; YAML is accepted too), or the server's BadRequest.
    func bodyJSON(_ request: HTTPRequest) -> Result<JSONValue, HTTPResponse> {
        if request.header("content-type")?.hasPrefix("application/vnd.kubernetes.protobuf") == true {
            do { return .success(try ProtobufBody.json(request.body)) } catch {
                return .failure(StatusDocuments.failure(code: 415, reason: "UnsupportedMediaType", message: "\(error)"))
            }
        }
        let text = request.bodyText
        if let parsed = try? JSONValue.parseJSON(text) { return .success(parsed) }
        if request.header("content-type")?.contains("yaml") == true, let document = try? JSONValue.parseYAMLDocuments(text).first {
            return .success(document)
        }
        return .failure(StatusDocuments.failure(code: 400, reason: "BadRequest", message: "the request body is not valid JSON"))
    }

    /// Decodes a body as `kind` with the request's field validation (`Strict` refuses unknown fields, `Ignore` drops them).
    func decode(_ body: JSONValue, kind: TypedAPI.Kind, resource: APIResource, _ request: HTTPRequest,
                strictByDefault: Bool = false) -> Result<(object: TypedAPI.Object, warnings: [String]), HTTPResponse> {
        var body = body
        // Like the API server's decoder, a body without apiVersion/kind takes them from the URL it was sent to
        // (client libraries such as the Python one leave them out).
        if case .object(var fields) = body, fields["kind"] == nil || fields["apiVersion"] == nil {
            if fields["kind"] == nil { fields.updateValue(.string(resource.kind), forKey: "kind", insertingAt: 0) }
            if fields["apiVersion"] == nil {
                fields.updateValue(.string(APIPath.parse(request.path)?.groupVersion ?? resource.apiVersion), forKey: "apiVersion", insertingAt: 0)
            }
            body = .object(fields)
        }
        if body["apiVersion"]?.stringValue == "autoscaling/v1", resource.kind == "HorizontalPodAutoscaler" {
            body = ServerSideSupport.hpaV1ToV2(body)
        }
        let validation = request.queryValue("fieldValidation").flatMap(FieldValidation.init(parameter:))
            ?? (strictByDefault ? .strict : .warn)
        switch ServerSideSupport.decode(body, as: kind, resource: resource, validation: validation) {
        case .success(let decoded): return .success((decoded.object, decoded.warnings))
        case .failure(let error): return .failure(StatusDocuments.failure(error, resource: resource))
        }
    }

    /// `POST` on a collection: create.
    func create(_ resource: APIResource, _ path: APIPath, _ request: HTTPRequest) -> HTTPResponse {
        let kind: TypedAPI.Kind
        var body: JSONValue
        switch (simulatedKind(resource), bodyJSON(request)) {
        case (.failure(let response), _), (_, .failure(let response)): return response
        case (.success(let found), .success(let parsed)): (kind, body) = (found, parsed)
        }
        if let refusal = checkScope(&body, resource: resource, path: path, name: nil) { return refusal }
        switch decode(body, kind: kind, resource: resource, request) {
        case .failure(let response): return response
        case .success(let (object, warnings)):
            do {
                let stored = request.queryValue("dryRun") == "All"
                    ? try ServerSideSupport.dryRunCreate(object, in: cluster) : try TypedAPI.create(object, in: cluster)
                return jsonResponse(201, ServedJSON.encode(stored, groupVersion: path.groupVersion), warnings: warnings)
            } catch {
                return failure(error, resource: resource, name: object.name)
            }
        }
    }

    /// `PUT` on an object: replace.
    func replace(_ resource: APIResource, _ path: APIPath, name: String, _ request: HTTPRequest) -> HTTPResponse {
        let kind: TypedAPI.Kind
        var body: JSONValue
        switch (simulatedKind(resource), bodyJSON(request)) {
        case (.failure(let response), _), (_, .failure(let response)): return response
        case (.success(let found), .success(let parsed)): (kind, body) = (found, parsed)
        }
        if let refusal = checkScope(&body, resource: resource, path: path, name: name) { return refusal }
        switch decode(body, kind: kind, resource: resource, request) {
        case .failure(let response): return response
        case .success(let (object, warnings)):
            return store(object, resource: resource, path: path, name: name, request: request, warnings: warnings)
        }
    }

    /// `PATCH` on an object: strategic merge, merge or JSON patch applied to the stored object, then an update.
    func patch(_ resource: APIResource, _ path: APIPath, name: String, _ request: HTTPRequest, statusOnly: Bool = false) -> HTTPResponse {
        let kind: TypedAPI.Kind
        let patchBody: JSONValue
        switch (simulatedKind(resource), bodyJSON(request)) {
        case (.failure(let response), _), (_, .failure(let response)): return response
        case (.success(let found), .success(let parsed)): (kind, patchBody) = (found, parsed)
        }
        let isApply = request.header("content-type")?.hasPrefix("application/apply-patch") == true
        guard let live = cluster.store.getAny(resource: resource.name, key(resource, path, name: name)) else {
            return isApply ? applyCreate(patchBody, kind: kind, resource: resource, path: path, name: name, request) : notFound(resource, name)
        }
        guard let format = isApply ? .strategicMerge : patchFormat(request.header("content-type")) else {
            return StatusDocuments.failure(code: 415, reason: "UnsupportedMediaType", message: "the body of the request was in an "
                + "unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, "
                + "application/strategic-merge-patch+json")
        }
        let document = ServedJSON.encode(live)
        var patched: JSONValue
        switch ServerSideSupport.patch(patchBody, format: format, kind: resource.kind, to: document) {
        case .success(let value): patched = value
        case .failure(let error): return failure(error, resource: resource, name: name)
        }
        for field in ["name", "namespace", "uid", "creationTimestamp", "generation"] {
            patched["metadata"]?[field] = document["metadata"]?[field]
        }
        if patchBody["metadata"]?["resourceVersion"] == nil { patched["metadata"]?["resourceVersion"] = document["metadata"]?["resourceVersion"] }
        if statusOnly, let status = patched["status"] {
            patched = document
            patched["status"] = status
        }
        switch decode(patched, kind: kind, resource: resource, request) {
        case .failure(let response): return response
        case .success(let (object, warnings)):
            if statusOnly { return jsonResponse(200, ServedJSON.encode(TypedAPI.updateStatus(object, in: cluster), groupVersion: path.groupVersion), warnings: warnings) }
            return store(object, resource: resource, path: path, name: name, request: request, warnings: warnings)
        }
    }

    /// Updates the stored object with `object` (or dry-runs it), answering the stored result or the error.
    func store(_ object: TypedAPI.Object, resource: APIResource, path: APIPath, name: String, request: HTTPRequest, warnings: [String]) -> HTTPResponse {
        do {
            // Like the API server, an update that changes nothing is not written (the resourceVersion stays).
            if let live = cluster.store.getAny(resource: resource.name, object.key),
               let candidate = try? ServerSideSupport.dryRunUpdate(object, in: cluster),
               comparable(ServedJSON.encode(candidate)) == comparable(ServedJSON.encode(live)) {
                return jsonResponse(200, ServedJSON.encode(live, groupVersion: path.groupVersion), warnings: warnings)
            }
            let stored = request.queryValue("dryRun") == "All"
                ? try ServerSideSupport.dryRunUpdate(object, in: cluster) : try TypedAPI.update(object, in: cluster)
            return jsonResponse(200, ServedJSON.encode(stored, groupVersion: path.groupVersion), warnings: warnings)
        } catch {
            return failure(error, resource: resource, name: name)
        }
    }

    /// Server-side apply of an object that does not exist yet: a create from the applied configuration. (For an
    /// existing object kubetutor approximates field ownership with a strategic merge of the configuration.)
    func applyCreate(_ body: JSONValue, kind: TypedAPI.Kind, resource: APIResource, path: APIPath, name: String,
                     _ request: HTTPRequest) -> HTTPResponse {
        var body = body
        body["status"] = nil
        if let refusal = checkScope(&body, resource: resource, path: path, name: name) { return refusal }
        switch decode(body, kind: kind, resource: resource, request) {
        case .failure(let response): return response
        case .success(let (object, warnings)):
            do {
                let stored = request.queryValue("dryRun") == "All"
                    ? try ServerSideSupport.dryRunCreate(object, in: cluster) : try TypedAPI.create(object, in: cluster)
                return jsonResponse(201, ServedJSON.encode(stored, groupVersion: path.groupVersion), warnings: warnings)
            } catch {
                return failure(error, resource: resource, name: name)
            }
        }
    }

    /// `DELETE` on an object, with the propagation policy and grace period of the query or the DeleteOptions body.
    func delete(_ resource: APIResource, _ path: APIPath, name: String, _ request: HTTPRequest) -> HTTPResponse {
        let kind: TypedAPI.Kind
        switch simulatedKind(resource) {
        case .failure(let response): return response
        case .success(let found): kind = found
        }
        let options = (try? JSONValue.parseJSON(request.bodyText)) ?? .emptyObject
        let policyText = request.queryValue("propagationPolicy") ?? options["propagationPolicy"]?.stringValue
        let grace = request.queryValue("gracePeriodSeconds").flatMap { Int64($0) } ?? options["gracePeriodSeconds"]?.intValue
        let objectKey = key(resource, path, name: name)
        guard let live = cluster.store.getAny(resource: resource.name, objectKey) else { return notFound(resource, name) }
        if request.queryValue("dryRun") == "All" || options["dryRun"]?.arrayValue?.isEmpty == false {
            return jsonResponse(200, ServedJSON.encode(live, groupVersion: path.groupVersion))
        }
        do {
            let removed = try TypedAPI.delete(kind, objectKey, gracePeriod: grace,
                                              propagation: policyText.flatMap(PropagationPolicy.init(rawValue:)) ?? .background, in: cluster)
            return jsonResponse(200, ServedJSON.encode(removed, groupVersion: path.groupVersion))
        } catch {
            return failure(error, resource: resource, name: name)
        }
    }

    /// `DELETE` on a collection: every selected object, answered as a list of what was deleted.
    func deleteCollection(_ resource: APIResource, _ path: APIPath, _ request: HTTPRequest) -> HTTPResponse {
        let objects: [any APIObject]
        switch (simulatedKind(resource), selected(resource, path, request)) {
        case (.failure(let response), _), (_, .failure(let response)): return response
        case (.success, .success(let found)): objects = found
        }
        var removed: [JSONValue] = []
        for object in objects {
            if let gone = try? cluster.api.deleteAny(object) { removed.append(ServedJSON.encode(gone)) }
        }
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = .string(resource.kind + "List")
        root["apiVersion"] = .string(path.groupVersion)
        root["metadata"] = ["resourceVersion": .string(String(cluster.store.revision))]
        root["items"] = .array(removed)
        return jsonResponse(200, .object(root))
    }

    /// Fills in the path's namespace and refuses a body whose namespace or name disagrees with the URL.
    func checkScope(_ body: inout JSONValue, resource: APIResource, path: APIPath, name: String?) -> HTTPResponse? {
        if resource.namespaced {
            let namespace = path.namespace ?? "default"
            let given = body["metadata"]?["namespace"]?.stringValue ?? ""
            if !given.isEmpty, given != namespace {
                return StatusDocuments.failure(code: 400, reason: "BadRequest",
                                               message: "the namespace of the provided object does not match the namespace sent on the request")
            }
            if body["metadata"] == nil { body["metadata"] = .emptyObject }
            body["metadata"]?["namespace"] = .string(namespace)
        }
        if let name, let given = body["metadata"]?["name"]?.stringValue, given != name {
            return StatusDocuments.failure(code: 400, reason: "BadRequest",
                                           message: "the name of the object (\(given)) does not match the name on the URL (\(name))")
        }
        return nil
    }

    /// An object's JSON without the fields every write changes, to tell whether an update changes anything.
    func comparable(_ json: JSONValue) -> JSONValue {
        var copy = json
        for field in ["resourceVersion", "generation", "managedFields"] { copy["metadata"]?[field] = nil }
        return copy
    }

    /// A thrown error as a Status (API errors keep their code and reason).
    func failure(_ error: Error, resource: APIResource, name: String) -> HTTPResponse {
        if let apiError = error as? APIError { return StatusDocuments.failure(apiError, resource: resource, name: name) }
        return StatusDocuments.failure(code: 500, reason: "InternalError", message: "\(error)")
    }

    /// The patch format a Content-Type names.
    func patchFormat(_ contentType: String?) -> ServerSideSupport.PatchFormat? {
        let type = contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        switch type {
        case "application/strategic-merge-patch+json": return .strategicMerge
        case "application/merge-patch+json": return .merge
        case "application/json-patch+json": return .json
        default: return nil
        }
    }
}
