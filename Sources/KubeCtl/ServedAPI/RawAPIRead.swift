import KubeCluster

/// `kubectl get --raw PATH`: what the API server answers a GET on PATH with — discovery documents, health checks,
/// collections and single objects — from the same documents `kubetutor serve` sends.
public enum RawAPIRead {
    /// A successful answer's body text, or the API server's failure.
    public static func get(_ rawPath: String, in cluster: Cluster, serverAddress: String) -> Result<String, APIError> {
        let withoutQuery = String(rawPath.prefix { $0 != "?" })
        let path = withoutQuery.count > 1 && withoutQuery.hasSuffix("/") ? String(withoutQuery.dropLast()) : withoutQuery
        let metricsServed = metricsAPIAvailable(in: cluster)
        switch path {
        case "/version": return .success(DiscoveryDocuments.version.compactJSON())
        case "/healthz", "/livez", "/readyz": return .success("ok")
        case "/api": return .success(DiscoveryDocuments.coreVersions(address: serverAddress).compactJSON())
        case "/apis": return .success(DiscoveryDocuments.groupList(metricsServed: metricsServed).compactJSON())
        default: break
        }
        let segments = path.split(separator: "/").map(String.init)
        if segments.count == 2, segments[0] == "apis" {
            guard let group = ResourceCatalog.standard.groups.first(where: { $0.name == segments[1] }),
                  group.name != "metrics.k8s.io" || metricsServed else { return .failure(notFoundPath) }
            return .success(DiscoveryDocuments.group(name: group.name, versions: group.versions).compactJSON())
        }
        if (segments.count == 2 && segments[0] == "api") || (segments.count == 3 && segments[0] == "apis") {
            let group = segments[0] == "api" ? "" : segments[1]
            let version = segments[segments.count - 1]
            guard let resources = DiscoveryDocuments.resources(group: group, version: version, metricsServed: metricsServed) else {
                return .failure(notFoundPath)
            }
            return .success(DiscoveryDocuments.resourceList(group: group, version: version, resources: resources).compactJSON())
        }
        guard let apiPath = APIPath.parse(path), apiPath.group != "metrics.k8s.io",
              let resource = DiscoveryDocuments.resources(group: apiPath.group, version: apiPath.version, metricsServed: metricsServed)?
                .first(where: { $0.name == apiPath.resource }) else {
            return .failure(notFoundPath)
        }
        return read(resource, apiPath, in: cluster)
    }

    /// A collection or one object (its `status` subresource reads the same object).
    static func read(_ resource: APIResource, _ path: APIPath, in cluster: Cluster) -> Result<String, APIError> {
        guard let name = path.name else {
            let scope = resource.namespaced ? path.namespace : nil
            let objects = cluster.store.listAny(resource: resource.name, namespace: scope)
            return .success(ServedJSON.list(objects, resource: resource, groupVersion: path.groupVersion,
                                             resourceVersion: String(cluster.store.revision)).compactJSON())
        }
        guard path.subresource == nil || path.subresource == "status" else { return .failure(notFoundPath) }
        let key = ObjectKey(namespace: resource.namespaced ? (path.namespace ?? "default") : "", name: name)
        guard let object = cluster.store.getAny(resource: resource.name, key) else {
            return .failure(.notFound(resource.qualifiedName, name))
        }
        return .success(ServedJSON.encode(object, groupVersion: path.groupVersion).compactJSON())
    }

    /// The API server's answer to a path it does not serve.
    static var notFoundPath: APIError {
        APIError(code: 404, reason: "NotFound", message: "the server could not find the requested resource")
    }
}
