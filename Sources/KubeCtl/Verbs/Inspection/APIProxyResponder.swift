import Collections
import Foundation
import KubeCluster

/// What `kubectl proxy` answers: the API server's REST paths (`/version`, `/api/v1/namespaces/NS/pods/NAME`,
/// lists, `…/log`) as pretty JSON (the API server indents for curl), and the `…/pods/NAME:PORT/proxy/` and
/// `…/services/NAME:PORT/proxy/` paths that reach the workloads.
struct APIProxyResponder {
    let session: KubectlSession
    let proxy: LocalListeners.APIProxy

    var cluster: Cluster { session.cluster }

    func respond(url: RequestURL, request: HTTPRequestSim) -> HTTPResponseSim {
        var path = url.path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url.path
        if proxy.apiPrefix != "/" {
            let prefix = proxy.apiPrefix.hasSuffix("/") ? String(proxy.apiPrefix.dropLast()) : proxy.apiPrefix
            guard path.hasPrefix(prefix) else { return text(404, "404 page not found\n") }
            path = String(path.dropFirst(prefix.count))
        }
        let segments = path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        switch segments.first {
        case nil: return json(200, rootPaths)
        case "version": return json(200, DiscoveryVerbs.serverVersion.json)
        case "healthz", "livez", "readyz": return text(200, "ok")
        case "api":
            if segments.count == 1 { return json(200, apiVersions) }
            guard segments.count >= 3, segments[1] == "v1" else { return notFoundPath() }
            return resourcePath(group: "", version: "v1", Array(segments.dropFirst(2)), request: request)
        case "apis":
            guard segments.count >= 4 else { return segments.count == 1 ? json(200, groupList) : notFoundPath() }
            return resourcePath(group: segments[1], version: segments[2], Array(segments.dropFirst(3)), request: request)
        default:
            return text(404, "404 page not found\n")
        }
    }

    /// `[namespaces/NS/]RESOURCE[/NAME[/SUBRESOURCE…]]` of a group version.
    func resourcePath(group: String, version: String, _ segments: [String], request: HTTPRequestSim) -> HTTPResponseSim {
        var rest = segments
        var namespace: String?
        if rest.count >= 3, rest[0] == "namespaces" {
            namespace = rest[1]
            rest.removeFirst(2)
        }
        guard let resourceName = rest.first,
              let resource = ResourceCatalog.standard.resources.first(where: { $0.group == group && $0.name == resourceName
                  && $0.versions.contains(version) }) else {
            if rest.isEmpty, namespace == nil, segments.count == 2, segments[0] == "namespaces" {
                return object("namespaces", segments[1], namespace: nil)
            }
            return notFoundPath()
        }
        if rest.count == 1 {
            let objects = cluster.store.listAny(resource: resource.name, namespace: resource.namespaced ? namespace : nil)
            return json(200, list(resource, objects))
        }
        let nameAndPort = rest[1]
        if rest.count >= 3, rest[2] == "proxy" {
            let tail = "/" + rest.dropFirst(3).joined(separator: "/") + (request.path.hasSuffix("/") && rest.count > 3 ? "/" : "")
            return proxied(resource, nameAndPort, namespace: namespace ?? "default", path: tail, request: request)
        }
        if rest.count == 3, rest[2] == "log", resource.name == "pods" {
            guard let lines = try? cluster.logs(namespace: namespace ?? "default", pod: nameAndPort) else {
                return status(404, reason: "NotFound", message: "pods \"\(nameAndPort)\" not found", name: nameAndPort, kind: "pods")
            }
            return text(200, lines.map { $0.text + "\n" }.joined())
        }
        guard rest.count == 2 else { return notFoundPath() }
        return object(resource.name, nameAndPort, namespace: resource.namespaced ? namespace : nil)
    }

    /// One stored object, or the API's NotFound status.
    func object(_ resourceName: String, _ name: String, namespace: String?) -> HTTPResponseSim {
        guard let found = cluster.store.getAny(resource: resourceName, ObjectKey(namespace: namespace ?? "", name: name)) else {
            return status(404, reason: "NotFound", message: "\(resourceName) \"\(name)\" not found", name: name, kind: resourceName)
        }
        return json(200, ObjectJSON.encode(found))
    }

    /// `…/pods/NAME[:PORT]/proxy/PATH` and `…/services/[SCHEME:]NAME[:PORT]/proxy/PATH`.
    func proxied(_ resource: APIResource, _ target: String, namespace: String, path: String, request: HTTPRequestSim) -> HTTPResponseSim {
        var parts = target.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3 { parts.removeFirst() }
        let name = parts.first ?? target
        let portText = parts.count > 1 ? parts[1] : ""
        var sent = request
        sent.path = path
        switch resource.name {
        case "pods":
            guard let pod = cluster.store.get(Pod.self, namespace: namespace, name: name) else {
                return status(404, reason: "NotFound", message: "pods \"\(name)\" not found", name: name, kind: "pods")
            }
            let port = Int32(portText) ?? pod.spec.containers.first?.ports?.first?.containerPort ?? 80
            return answer(cluster.respond(namespace: namespace, pod: pod.name, port: port, request: sent), target: "\(name):\(port)")
        case "services":
            guard let service = cluster.store.get(Service.self, namespace: namespace, name: name) else {
                return status(404, reason: "NotFound", message: "services \"\(name)\" not found", name: name, kind: "services")
            }
            let port = service.spec.ports?.first { portText.isEmpty || $0.name == portText || String($0.port) == portText }
            guard let port, let clusterIP = service.spec.clusterIP else {
                return status(503, reason: "ServiceUnavailable", message: "no endpoints available for service \"\(name)\"", name: nil, kind: nil)
            }
            let result = cluster.request(url: "http://\(clusterIP):\(port.port)\(path)", from: namespace, request: sent)
            if case .failure(.noEndpoints) = result {
                return status(503, reason: "ServiceUnavailable", message: "no endpoints available for service \"\(name)\"", name: nil, kind: nil)
            }
            return answer(result, target: "\(name):\(port.port)")
        default:
            return notFoundPath()
        }
    }

    func answer(_ result: Result<HTTPResponseSim, ConnectionFailure>, target: String) -> HTTPResponseSim {
        switch result {
        case .success(let response): return response
        case .failure:
            return status(503, reason: "ServiceUnavailable",
                          message: "error trying to reach service: dial tcp \(target): connect: connection refused", name: nil, kind: nil)
        }
    }

    /// A list as the API server serves it: items without their own kind and apiVersion.
    func list(_ resource: APIResource, _ objects: [any APIObject]) -> JSONValue {
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = .string(resource.kind + "List")
        root["apiVersion"] = .string(resource.apiVersion)
        root["metadata"] = ["resourceVersion": .string(String(cluster.store.revision))]
        root["items"] = .array(objects.map { object in
            guard case .object(var members) = ObjectJSON.encode(object) else { return .null }
            members.removeValue(forKey: "kind")
            members.removeValue(forKey: "apiVersion")
            return .object(members)
        })
        return .object(root)
    }

    var apiVersions: JSONValue {
        let server = session.config.clusters.first?.server ?? ""
        let address = server.components(separatedBy: "://").last ?? server
        return ["kind": "APIVersions", "versions": ["v1"],
                "serverAddressByClientCIDRs": [["clientCIDR": "0.0.0.0/0", "serverAddress": .string(address)]]]
    }

    var groupList: JSONValue {
        let groups = ResourceCatalog.standard.groups.filter { !$0.name.isEmpty }.map { group -> JSONValue in
            let versions = group.versions.map { JSONValue.object(["groupVersion": .string("\(group.name)/\($0)"), "version": .string($0)]) }
            return ["name": .string(group.name), "versions": .array(versions), "preferredVersion": versions.first ?? .null]
        }
        return ["kind": "APIGroupList", "apiVersion": "v1", "groups": .array(groups)]
    }

    var rootPaths: JSONValue {
        let versions = ResourceCatalog.standard.apiVersions.filter { $0 != "v1" }
        var paths = ["/api", "/api/v1", "/apis"] + versions.map { "/apis/\($0)" }
        paths += ["/healthz", "/livez", "/readyz", "/version"]
        return ["paths": .array(paths.sorted().map { .string($0) })]
    }

    func notFoundPath() -> HTTPResponseSim {
        status(404, reason: "NotFound", message: "the server could not find the requested resource", name: nil, kind: nil)
    }

    /// A `Status` failure object.
    func status(_ code: Int, reason: String, message: String, name: String?, kind: String?) -> HTTPResponseSim {
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = "Status"
        root["apiVersion"] = "v1"
        root["metadata"] = .object([:])
        root["status"] = "Failure"
        root["message"] = .string(message)
        root["reason"] = .string(reason)
        var details = OrderedDictionary<String, JSONValue>()
        if let name { details["name"] = .string(name) }
        if let kind { details["kind"] = .string(kind) }
        root["details"] = .object(details)
        root["code"] = .int(Int64(code))
        return json(code, .object(root))
    }

    func json(_ code: Int, _ value: JSONValue) -> HTTPResponseSim {
        HTTPResponseSim(status: code, reason: HTTPStatusText.reason(code), contentType: "application/json",
                        body: JSONIndentation.twoSpaces(value) + "\n")
    }

    func text(_ code: Int, _ body: String) -> HTTPResponseSim {
        HTTPResponseSim(status: code, reason: HTTPStatusText.reason(code), contentType: "text/plain; charset=utf-8", body: body)
    }
}

/// The reason phrases of the status codes the simulation produces.
enum HTTPStatusText {
    static func reason(_ code: Int) -> String {
        [200: "OK", 201: "Created", 301: "Moved Permanently", 302: "Found", 400: "Bad Request", 401: "Unauthorized",
         403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error", 502: "Bad Gateway",
         503: "Service Unavailable", 504: "Gateway Timeout"][code] ?? "Unknown"
    }
}
