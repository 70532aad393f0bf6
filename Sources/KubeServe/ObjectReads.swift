import Collections
import KubeCluster
import KubeCtl

/// GET and watch on resources: lists with selectors, single objects, server-side tables and watch streams.
extension APIRouter {
    /// The selectors of a request, or the server's BadRequest for one that does not parse or names an unsupported field.
    func selectors(_ resource: APIResource, _ request: HTTPRequest) -> Result<(LabelSelector, FieldSelector), HTTPResponse> {
        var labels = LabelSelector.everything
        var fields = FieldSelector.everything
        if let text = request.queryValue("labelSelector"), !text.isEmpty {
            do { labels = try LabelSelector(parsing: text) } catch {
                return .failure(StatusDocuments.failure(code: 400, reason: "BadRequest", message: "\(error)"))
            }
        }
        if let text = request.queryValue("fieldSelector"), !text.isEmpty {
            do { fields = try FieldSelector(parsing: text) } catch {
                return .failure(StatusDocuments.failure(code: 400, reason: "BadRequest", message: "\(error)"))
            }
            switch FieldSelectorSupport.validate(fields, group: resource.group, kind: resource.kind) {
            case .success(let converted): fields = converted
            case .failure(let error): return .failure(StatusDocuments.failure(code: 400, reason: "BadRequest", message: error.message))
            }
        }
        return .success((labels, fields))
    }

    /// The stored objects a collection request selects, in key order.
    func selected(_ resource: APIResource, _ path: APIPath, _ request: HTTPRequest) -> Result<[any APIObject], HTTPResponse> {
        selectors(resource, request).map { labels, fields in
            let filter = WatchFilter(resource: resource, namespace: resource.namespaced ? path.namespace : nil,
                                     labelSelector: labels, fieldSelector: fields)
            let scope = resource.namespaced ? path.namespace : nil
            return cluster.store.listAny(resource: resource.name, namespace: scope).filter(filter.matches)
        }
    }

    /// `GET` on a collection: a `<Kind>List`, or a Table.
    func list(_ resource: APIResource, _ path: APIPath, _ request: HTTPRequest) -> HTTPResponse {
        let objects: [any APIObject]
        switch selected(resource, path, request) {
        case .success(let found): objects = found
        case .failure(let response): return response
        }
        let revision = String(cluster.store.revision)
        if ServerTable.isRequested(accept: request.header("accept")) {
            return jsonResponse(200, ServerTable.table(objects, resource: resource, embedding: embedding(request),
                                                       cluster: cluster, resourceVersion: revision))
        }
        return jsonResponse(200, ServedJSON.list(objects, resource: resource, groupVersion: path.groupVersion, resourceVersion: revision))
    }

    /// `GET` on one object: its JSON, or a one-row Table.
    func get(_ resource: APIResource, _ path: APIPath, name: String, _ request: HTTPRequest) -> HTTPResponse {
        guard let object = cluster.store.getAny(resource: resource.name, key(resource, path, name: name)) else {
            return notFound(resource, name)
        }
        if ServerTable.isRequested(accept: request.header("accept")) {
            return jsonResponse(200, ServerTable.table([object], resource: resource, embedding: embedding(request), cluster: cluster,
                                                       resourceVersion: object.metadata.resourceVersion ?? ""))
        }
        return jsonResponse(200, ServedJSON.encode(object, groupVersion: path.groupVersion))
    }

    /// `?watch=1`: a stream of changes from the requested resourceVersion (or the current objects as ADDED first).
    func watch(_ resource: APIResource, _ path: APIPath, _ request: HTTPRequest) -> ServeReply {
        var (labels, fields): (LabelSelector, FieldSelector)
        switch selectors(resource, request) {
        case .success(let pair): (labels, fields) = pair
        case .failure(let response): return .response(response)
        }
        if let name = path.name { fields = FieldSelector(terms: fields.terms + [.init(field: "metadata.name", isNegated: false, value: name)]) }
        let filter = WatchFilter(resource: resource, namespace: resource.namespaced ? path.namespace : nil,
                                 labelSelector: labels, fieldSelector: fields)
        let requested = request.queryValue("resourceVersion").flatMap { Int64($0) }
        var initial: [any APIObject] = []
        var after: Int64?
        if let requested, requested > 0 {
            guard requested + 1 >= history.oldestRevision else {
                return .response(StatusDocuments.failure(code: 410, reason: "Expired",
                                                         message: "too old resource version: \(requested) (\(history.oldestRevision))"))
            }
            after = requested
        } else {
            let scope = resource.namespaced ? path.namespace : nil
            initial = cluster.store.listAny(resource: resource.name, namespace: scope).filter(filter.matches)
        }
        let asTable = ServerTable.isRequested(accept: request.header("accept"))
        let embedding = embedding(request)
        let render: (WatchEventType, any APIObject) -> JSONValue = { [unowned self] _, object in
            asTable ? ServerTable.table([object], resource: resource, embedding: embedding, cluster: self.cluster,
                                        resourceVersion: object.metadata.resourceVersion ?? "")
                : ServedJSON.encode(object, groupVersion: path.groupVersion)
        }
        let stream = WatchStream(filter: filter, history: history, initial: initial, after: after, render: render,
                                 lifetime: lifetime(request))
        return .stream(stream)
    }

    /// When a stream started by `request` ends: its `timeoutSeconds` of wall time (informers), else, when time is
    /// fast-forwarded, the REPL's follow rule (`get -w`, `logs -f`).
    func lifetime(_ request: HTTPRequest) -> StreamLifetime {
        let wallDeadline = request.queryValue("timeoutSeconds").flatMap(Double.init).map { wallClock() + $0 }
        return StreamLifetime(wallDeadline: wallDeadline, follow: wallDeadline == nil ? followRule : nil, cluster: cluster,
                              wallClock: wallClock)
    }

    /// The `includeObject` of a Table request (metadata by default).
    func embedding(_ request: HTTPRequest) -> ServerTable.Embedding {
        request.queryValue("includeObject").flatMap(ServerTable.Embedding.init(rawValue:)) ?? .metadata
    }
}
