import Collections
import KubeCluster

/// The OpenAPI v3 documents kubectl reads before `apply`, `create -f` and `replace`: the root index of group
/// versions and, per group version, the PATCH operations with their `fieldValidation` parameter, which is how
/// kubectl learns that the server validates fields itself (`--validate=strict`). No schemas are served, so
/// `kubectl explain` is not available through `kubetutor serve`.
enum OpenAPIDocuments {
    /// The hash every document URL carries (documents change only with kubetutor itself).
    static let hash = "kubetutor-1"

    /// `GET /openapi/v3`: where each group version's document is.
    static func root(metricsServed: Bool) -> JSONValue {
        var paths = OrderedDictionary<String, JSONValue>()
        for group in ResourceCatalog.standard.groups where metricsServed || group.name != "metrics.k8s.io" {
            for version in group.versions {
                let key = group.name.isEmpty ? "api/\(version)" : "apis/\(group.name)/\(version)"
                paths[key] = ["serverRelativeURL": .string("/openapi/v3/\(key)?hash=\(hash)")]
            }
        }
        return ["paths": .object(paths)]
    }

    /// `GET /openapi/v3/api/v1`, `/openapi/v3/apis/GROUP/VERSION`: the PATCH operation of each resource.
    static func groupVersion(group: String, version: String, resources: [APIResource]) -> JSONValue {
        var paths = OrderedDictionary<String, JSONValue>()
        let prefix = group.isEmpty ? "/api/\(version)" : "/apis/\(group)/\(version)"
        for resource in resources where resource.verbs.contains("patch") {
            let scope = resource.namespaced ? "/namespaces/{namespace}" : ""
            var gvk = OrderedDictionary<String, JSONValue>()
            gvk["group"] = .string(group)
            gvk["kind"] = .string(resource.kind)
            gvk["version"] = .string(version)
            var operation = OrderedDictionary<String, JSONValue>()
            operation["operationId"] = .string("patch\(resource.kind)")
            operation["parameters"] = .array(["dryRun", "fieldManager", "fieldValidation", "force"].map { name in
                ["name": .string(name), "in": "query", "schema": ["type": "string", "uniqueItems": true]]
            })
            operation["responses"] = ["200": ["description": "OK"]]
            operation["x-kubernetes-action"] = "patch"
            operation["x-kubernetes-group-version-kind"] = .object(gvk)
            paths["\(prefix)\(scope)/\(resource.name)/{name}"] = ["patch": .object(operation)]
        }
        var info = OrderedDictionary<String, JSONValue>()
        info["title"] = "Kubernetes"
        info["version"] = .string(KubeClusterInfo.kubernetesVersion)
        var root = OrderedDictionary<String, JSONValue>()
        root["openapi"] = "3.0.0"
        root["info"] = .object(info)
        root["paths"] = .object(paths)
        root["components"] = ["schemas": .emptyObject]
        return .object(root)
    }
}
