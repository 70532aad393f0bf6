import Collections
import Foundation
import KubeCluster
import KubeCtl

/// Subresources: `scale`, `status`, `log`, `eviction`, and the streaming ones (`exec`, `attach`,
/// `portforward`) that need a protocol upgrade kubetutor does not speak.
extension APIRouter {
    func subresourceRequest(_ resource: APIResource, _ path: APIPath, name: String, subresource: String,
                            _ request: HTTPRequest) -> ServeReply {
        let served = DiscoveryDocuments.subresources[resource.qualifiedName]?.first { $0.0.name == subresource }
        guard let served else { return .response(StatusDocuments.notFoundPath) }
        let verb = request.method == "GET" ? "get" : request.method == "POST" ? "create" : request.method.lowercased() == "put" ? "update"
            : request.method.lowercased()
        guard served.1.contains(verb) else { return .response(StatusDocuments.methodNotAllowed(request.method, resource.name)) }
        switch subresource {
        case "scale": return .response(scale(resource, path, name: name, request))
        case "status":
            switch request.method {
            case "GET": return .response(get(resource, path, name: name, request))
            case "PATCH": return .response(patch(resource, path, name: name, request, statusOnly: true))
            default: return .response(replaceStatus(resource, path, name: name, request))
            }
        case "log": return log(path, name: name, request)
        case "eviction": return .response(evict(resource, path, name: name))
        case "exec": return exec(path, name: name, request)
        case "attach", "portforward":
            return .response(StatusDocuments.failure(code: 400, reason: "BadRequest", message: "Upgrade request required"))
        default:
            return .response(StatusDocuments.failure(code: 405, reason: "MethodNotAllowed",
                                                      message: "kubetutor's simulated cluster does not serve \(resource.name)/\(subresource)"))
        }
    }

    /// `…/scale`: the autoscaling/v1 Scale of a Deployment or ReplicaSet; PUT and PATCH change its replicas.
    func scale(_ resource: APIResource, _ path: APIPath, name: String, _ request: HTTPRequest) -> HTTPResponse {
        guard case .success(let kind) = simulatedKind(resource) else { return notFound(resource, name) }
        guard let live = cluster.store.getAny(resource: resource.name, key(resource, path, name: name)) else {
            return notFound(resource, name)
        }
        let current = scaleDocument(live)
        if request.method == "GET" { return jsonResponse(200, current) }
        let body: JSONValue
        switch bodyJSON(request) {
        case .failure(let response): return response
        case .success(let parsed): body = parsed
        }
        var wanted = body
        if request.method == "PATCH" {
            guard let format = patchFormat(request.header("content-type")) else { return StatusDocuments.notFoundPath }
            switch ServerSideSupport.patch(body, format: format, kind: "Scale", to: current) {
            case .success(let value): wanted = value
            case .failure(let error): return failure(error, resource: resource, name: name)
            }
        }
        guard let replicas = wanted["spec"]?["replicas"]?.intValue else {
            return StatusDocuments.failure(code: 422, reason: "Invalid", message: "Scale.autoscaling \"\(name)\" is invalid: spec.replicas: Required value")
        }
        var document = ServedJSON.encode(live)
        document["spec"]?["replicas"] = .int(replicas)
        switch decode(document, kind: kind, resource: resource, request) {
        case .failure(let response): return response
        case .success(let (object, _)):
            do {
                return jsonResponse(200, scaleDocument(try TypedAPI.update(object, in: cluster)))
            } catch {
                if var apiError = error as? APIError, apiError.reason == "Invalid" {
                    apiError.invalidKind = "Scale"
                    return StatusDocuments.failure(apiError, resource: resource, name: name)
                }
                return failure(error, resource: resource, name: name)
            }
        }
    }

    /// The Scale view of an object with `spec.replicas` and a label selector.
    func scaleDocument(_ object: any APIObject) -> JSONValue {
        let json = ServedJSON.encode(object)
        var metadata = OrderedDictionary<String, JSONValue>()
        for field in ["name", "namespace", "uid", "resourceVersion", "creationTimestamp"] {
            if let value = json["metadata"]?[field] { metadata[field] = value }
        }
        let matchLabels = json["spec"]?["selector"]?["matchLabels"]?.objectValue ?? [:]
        let selector = matchLabels.keys.sorted().map { "\($0)=\(matchLabels[$0]?.stringValue ?? "")" }.joined(separator: ",")
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = "Scale"
        root["apiVersion"] = "autoscaling/v1"
        root["metadata"] = .object(metadata)
        root["spec"] = ["replicas": json["spec"]?["replicas"] ?? .int(1)]
        root["status"] = ["replicas": json["status"]?["replicas"] ?? .int(0), "selector": .string(selector)]
        return .object(root)
    }

    /// `PUT …/status`: only the body's status is stored.
    func replaceStatus(_ resource: APIResource, _ path: APIPath, name: String, _ request: HTTPRequest) -> HTTPResponse {
        guard case .success(let kind) = simulatedKind(resource) else { return notFound(resource, name) }
        guard let live = cluster.store.getAny(resource: resource.name, key(resource, path, name: name)) else {
            return notFound(resource, name)
        }
        guard case .success(let body) = bodyJSON(request) else { return StatusDocuments.notFoundPath }
        var document = ServedJSON.encode(live)
        document["status"] = body["status"]
        switch decode(document, kind: kind, resource: resource, request) {
        case .failure(let response): return response
        case .success(let (object, _)): return jsonResponse(200, ServedJSON.encode(TypedAPI.updateStatus(object, in: cluster)))
        }
    }

    /// `POST pods/NAME/eviction`: deletes the pod as the eviction API does (no disruption budgets are simulated).
    func evict(_ resource: APIResource, _ path: APIPath, name: String) -> HTTPResponse {
        let podKey = key(resource, path, name: name)
        guard cluster.store.get(Pod.self, podKey) != nil else { return notFound(resource, name) }
        do {
            _ = try cluster.api.delete(Pod.self, podKey)
        } catch {
            return failure(error, resource: resource, name: name)
        }
        var details = OrderedDictionary<String, JSONValue>()
        details["name"] = .string(name)
        details["kind"] = "pods"
        return StatusDocuments.success(details: .object(details))
    }

    /// `GET pods/NAME/log`: the container's log (`container`, `previous`, `tailLines`, `sinceSeconds`, `timestamps`,
    /// `limitBytes`), followed as simulated time runs with `follow=true`.
    func log(_ path: APIPath, name: String, _ request: HTTPRequest) -> ServeReply {
        let namespace = path.namespace ?? "default"
        let container = request.queryValue("container").flatMap { $0.isEmpty ? nil : $0 }
        let previous = request.queryFlag("previous")
        let lines: [LogLine]
        do {
            lines = try cluster.logs(namespace: namespace, pod: name, container: container, previous: previous)
        } catch {
            guard let resource = ResourceCatalog.standard.resources.first(where: { $0.name == "pods" }) else {
                return .response(StatusDocuments.notFoundPath)
            }
            return .response(failure(error, resource: resource, name: name))
        }
        let format = LogFormat(request: request, now: cluster.now)
        let shown = format.select(lines)
        guard request.queryFlag("follow") else {
            return .response(HTTPResponse.text(200, format.text(shown)))
        }
        let stream = LogStream(initial: format.text(shown), sent: lines.count, format: format, lifetime: lifetime(request)) { [unowned self] in
            guard let lines = try? self.cluster.logs(namespace: namespace, pod: name, container: container, previous: previous) else {
                return nil
            }
            return (lines, previous || !self.hasTerminated(namespace: namespace, pod: name, container: container))
        }
        return .stream(stream)
    }
}

extension APIRouter {
    /// True when the container (the pod's first one by default) has stopped: a followed log ends there.
    func hasTerminated(namespace: String, pod name: String, container: String?) -> Bool {
        guard let pod = cluster.store.get(Pod.self, namespace: namespace, name: name) else { return true }
        let statuses = (pod.status.initContainerStatuses ?? []) + (pod.status.containerStatuses ?? [])
        guard let wanted = container ?? pod.spec.containers.first?.name,
              let status = statuses.first(where: { $0.name == wanted }) else { return false }
        return status.state.terminated != nil
    }
}

/// How a log request wants its lines: tail, since, timestamps and a byte limit.
struct LogFormat {
    var tail: Int?
    var since: Double?
    var timestamps: Bool
    var limitBytes: Int?

    init(request: HTTPRequest, now: Double) {
        tail = request.queryValue("tailLines").flatMap { Int($0) }
        if let seconds = request.queryValue("sinceSeconds").flatMap(Double.init) { since = now - seconds }
        if let time = request.queryValue("sinceTime").flatMap(Timestamp.parse) { since = time.instant }
        timestamps = request.queryFlag("timestamps")
        limitBytes = request.queryValue("limitBytes").flatMap { Int($0) }
    }

    /// The lines the request selects (since, then tail).
    func select(_ lines: [LogLine]) -> [LogLine] {
        var selected = lines
        if let since { selected = selected.filter { $0.time >= since } }
        if let tail, tail >= 0 { selected = Array(selected.suffix(tail)) }
        return selected
    }

    /// The lines as the kubelet sends them.
    func text(_ lines: [LogLine]) -> String {
        var text = lines.map { (timestamps ? ServerSideSupport.logTimestamp($0.time) + " " : "") + $0.text + "\n" }.joined()
        if let limitBytes, limitBytes >= 0, text.utf8.count > limitBytes { text = String(decoding: Array(text.utf8).prefix(limitBytes), as: UTF8.self) }
        return text
    }
}

/// A followed log (`follow=true`): what was there, then each new line as the container writes it, until the
/// container stops, the pod goes or the stream expires.
final class LogStream: ResponseStream {
    let status = 200
    let contentType = "text/plain"
    private var pending: [UInt8]
    private var sent: Int
    private let format: LogFormat
    private let lifetime: StreamLifetime
    /// The container's log so far and whether it may still write more; nil once the pod is gone.
    private let read: () -> (lines: [LogLine], running: Bool)?

    init(initial: String, sent: Int, format: LogFormat, lifetime: StreamLifetime,
         read: @escaping () -> (lines: [LogLine], running: Bool)?) {
        pending = Array(initial.utf8)
        self.sent = sent
        self.format = format
        self.lifetime = lifetime
        self.read = read
    }

    func drain() -> (bytes: [UInt8], finished: Bool) {
        guard let (lines, running) = read() else {
            defer { pending = [] }
            return (pending, true)
        }
        if lines.count > sent {
            var fresh = format
            fresh.tail = nil
            fresh.since = nil
            pending += Array(fresh.text(Array(lines[sent...])).utf8)
            sent = lines.count
            lifetime.noteOutput()
        } else if lines.count < sent {
            sent = lines.count
        }
        defer { pending = [] }
        return (pending, !running || lifetime.isExpired)
    }

    var simulatedDeadline: Double? { lifetime.simulatedDeadline }

    func close() {}
}
