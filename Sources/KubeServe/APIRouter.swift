import Collections
import Foundation
import KubeCluster
import KubeCtl

/// Answers Kubernetes API requests from the simulated cluster: discovery, object reads and writes, watches,
/// subresources and metrics. Everything runs on the serving thread, the only one that touches the cluster.
final class APIRouter {
    let cluster: Cluster
    let history: EventHistory
    /// `host:port` clients reach the server at (for `/api`'s address list).
    var address: String
    /// Wall-clock seconds, for watch timeouts.
    let wallClock: () -> Double
    /// When time is fast-forwarded: how long watches without a timeout and followed logs stay open (nil: until the client leaves).
    let followRule: FollowRule?
    /// True: controllers run after every change (a live server). False: the owner settles the cluster when
    /// clients go quiet, so one kubectl command's requests land together as in the REPL.
    var settlesEachChange = true
    /// True when a change has not been followed by a settle yet.
    private(set) var hasUnsettledChanges = false

    init(cluster: Cluster, address: String, wallClock: @escaping () -> Double, followRule: FollowRule?) {
        self.cluster = cluster
        self.address = address
        self.wallClock = wallClock
        self.followRule = followRule
        history = EventHistory(store: cluster.store)
    }

    /// True while metrics-server serves `metrics.k8s.io`.
    var metricsServed: Bool { metricsAPIAvailable(in: cluster) }

    /// Answers one request; a change settles the cluster before the answer is sent (or is left for `settle`).
    func handle(_ request: HTTPRequest) -> ServeReply {
        let reply = route(request)
        if request.method != "GET" {
            if settlesEachChange { cluster.settle() } else { hasUnsettledChanges = true }
        }
        return reply
    }

    /// Lets the controllers react to the changes made so far.
    func settle() {
        cluster.settle()
        hasUnsettledChanges = false
    }

    private func route(_ request: HTTPRequest) -> ServeReply {
        let path = request.path.count > 1 && request.path.hasSuffix("/") ? String(request.path.dropLast()) : request.path
        switch path {
        case "/version": return json(200, DiscoveryDocuments.version)
        case "/healthz", "/livez", "/readyz": return .response(.text(200, "ok"))
        case "/api": return json(200, DiscoveryDocuments.coreVersions(address: address))
        case "/apis": return json(200, DiscoveryDocuments.groupList(metricsServed: metricsServed))
        case "/openapi/v3": return json(200, OpenAPIDocuments.root(metricsServed: metricsServed))
        case "/openapi/v2": return .response(StatusDocuments.notFoundPath)
        default: break
        }
        let segments = path.split(separator: "/").map(String.init)
        if segments.count >= 4, segments[0] == "openapi", segments[1] == "v3" {
            let group = segments[2] == "api" ? "" : segments[3]
            let version = segments[segments.count - 1]
            guard segments.count == (group.isEmpty ? 4 : 5),
                  let resources = DiscoveryDocuments.resources(group: group, version: version, metricsServed: metricsServed) else {
                return .response(StatusDocuments.notFoundPath)
            }
            return json(200, OpenAPIDocuments.groupVersion(group: group, version: version, resources: resources))
        }
        if segments.count == 2, segments[0] == "apis" {
            guard let group = ResourceCatalog.standard.groups.first(where: { $0.name == segments[1] }),
                  group.name != "metrics.k8s.io" || metricsServed else { return .response(StatusDocuments.notFoundPath) }
            return json(200, DiscoveryDocuments.group(name: group.name, versions: group.versions))
        }
        if (segments.count == 2 && segments[0] == "api") || (segments.count == 3 && segments[0] == "apis") {
            let group = segments[0] == "api" ? "" : segments[1]
            let version = segments[segments.count - 1]
            guard let resources = DiscoveryDocuments.resources(group: group, version: version, metricsServed: metricsServed) else {
                return .response(StatusDocuments.notFoundPath)
            }
            return json(200, DiscoveryDocuments.resourceList(group: group, version: version, resources: resources))
        }
        guard let apiPath = APIPath.parse(path) else { return .response(StatusDocuments.notFoundPath) }

        return resourceRequest(apiPath, request)
    }

    /// A request on a resource path: the resource must be served in that group version.
    private func resourceRequest(_ path: APIPath, _ request: HTTPRequest) -> ServeReply {
        guard let served = DiscoveryDocuments.resources(group: path.group, version: path.version, metricsServed: metricsServed),
              let resource = served.first(where: { $0.name == path.resource }) else {
            return .response(StatusDocuments.notFoundPath)
        }
        if path.group == "metrics.k8s.io" { return .response(metrics(resource, path, request)) }
        if request.method == "POST", let review = reviews(resource, request) { return .response(review) }
        if resource.qualifiedName == "leases.coordination.k8s.io", !request.queryFlag("watch") {
            return .response(nodeLeases(resource, path, request))
        }
        if let subresource = path.subresource, let name = path.name {
            return subresourceRequest(resource, path, name: name, subresource: subresource, request)
        }
        switch (request.method, path.name) {
        case ("GET", nil):
            return request.queryFlag("watch") ? watch(resource, path, request) : .response(list(resource, path, request))
        case ("GET", let name?):
            if request.queryFlag("watch") { return watch(resource, path, request) }
            return .response(get(resource, path, name: name, request))
        case ("POST", nil): return .response(create(resource, path, request))
        case ("PUT", let name?): return .response(replace(resource, path, name: name, request))
        case ("PATCH", let name?): return .response(patch(resource, path, name: name, request))
        case ("DELETE", let name?): return .response(delete(resource, path, name: name, request))
        case ("DELETE", nil): return .response(deleteCollection(resource, path, request))
        default: return .response(StatusDocuments.methodNotAllowed(request.method, resource.name))
        }
    }

    /// `kubectl auth can-i` and `auth whoami`: the single user of the simulated cluster is its administrator.
    func reviews(_ resource: APIResource, _ request: HTTPRequest) -> HTTPResponse? {
        var review: JSONValue = ["kind": .string(resource.kind), "apiVersion": .string(resource.apiVersion)]
        if case .success(let body) = bodyJSON(request), let spec = body["spec"] { review["spec"] = spec }
        switch resource.qualifiedName {
        case "selfsubjectaccessreviews.authorization.k8s.io", "selfsubjectrulesreviews.authorization.k8s.io":
            review["status"] = resource.name == "selfsubjectaccessreviews" ? ["allowed": true]
                : ["resourceRules": [["verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]]],
                   "nonResourceRules": [["verbs": ["*"], "nonResourceURLs": ["*"]]], "incomplete": false]
        case "selfsubjectreviews.authentication.k8s.io":
            review["status"] = ["userInfo": ["username": "kubernetes-admin", "groups": ["kubeadm:cluster-admins", "system:authenticated"]]]
        default:
            return nil
        }
        review["metadata"] = ["creationTimestamp": nil]
        return jsonResponse(201, review)
    }

    /// The key of the object a path names (cluster-scoped kinds ignore the namespace).
    func key(_ resource: APIResource, _ path: APIPath, name: String) -> ObjectKey {
        ObjectKey(namespace: resource.namespaced ? (path.namespace ?? "default") : "", name: name)
    }

    /// A JSON reply.
    func json(_ status: Int, _ value: JSONValue, warnings: [String] = []) -> ServeReply {
        .response(jsonResponse(status, value, warnings: warnings))
    }

    /// A JSON response, with `Warning: 299 - "…"` headers for each warning.
    func jsonResponse(_ status: Int, _ value: JSONValue, warnings: [String] = []) -> HTTPResponse {
        var response = HTTPResponse.json(status, value.compactJSON())
        for warning in warnings {
            let text = warning.hasPrefix("Warning: ") ? String(warning.dropFirst("Warning: ".count)) : warning
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            response.headers.append((name: "Warning", value: "299 - \"\(escaped)\""))
        }
        return response
    }

    /// The NotFound of a named object.
    func notFound(_ resource: APIResource, _ name: String) -> HTTPResponse {
        StatusDocuments.failure(APIError.notFound(resource.qualifiedName, name), resource: resource, name: name)
    }
}
