import Collections
import KubeCluster
import KubeCtl

/// The OpenAPI v3 documents kubectl reads before `apply`, `create -f` and `replace`, and for `kubectl explain`: the
/// root index of group versions and, per group version, the PATCH operations with their `fieldValidation` parameter
/// (how kubectl learns that the server validates fields itself, `--validate=strict`) and the schemas of the REPL's
/// explain catalogue, marked with the group/version/kind they describe.
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
        root["components"] = ["schemas": .object(schemas(kinds: resources.map { ($0.kind, group, version) }))]
        return .object(root)
    }

    /// The prefix of every schema name (kubectl shows only the part after the last dot).
    static let schemaPrefix = "io.k8s.kubetutor."

    /// Every catalogue schema as an OpenAPI schema; those named after a served kind carry its group/version/kind.
    static func schemas(kinds: [(kind: String, group: String, version: String)]) -> OrderedDictionary<String, JSONValue> {
        var catalogue = ServerSideSupport.explainSchemas
        let described = Set(catalogue.map(\.name))
        catalogue += Set(kinds.map(\.kind)).subtracting(described).sorted().map(ServerSideSupport.explainPlaceholder(kind:))
        let known = Set(catalogue.map(\.name))
        var result = OrderedDictionary<String, JSONValue>()
        var opaque = Set<String>()
        for schema in catalogue {
            var properties = OrderedDictionary<String, JSONValue>()
            for field in schema.fields {
                var member = fieldSchema(field.type, known: known, opaque: &opaque).objectValue ?? [:]
                member["description"] = .string(field.description)
                if !field.enumValues.isEmpty { member["enum"] = .array(field.enumValues.map { .string($0) }) }
                properties[field.name] = .object(member)
            }
            var object = OrderedDictionary<String, JSONValue>()
            object["description"] = .string(schema.description)
            object["type"] = "object"
            object["properties"] = .object(properties)
            let required = schema.fields.filter(\.required).map { JSONValue.string($0.name) }
            if !required.isEmpty { object["required"] = .array(required) }
            let gvks = kinds.filter { $0.kind == schema.name }.map { entry -> JSONValue in
                ["group": .string(entry.group), "kind": .string(entry.kind), "version": .string(entry.version)]
            }
            if !gvks.isEmpty { object["x-kubernetes-group-version-kind"] = .array(gvks) }
            result[schemaPrefix + schema.name] = .object(object)
        }
        for name in opaque.sorted() { result[schemaPrefix + name] = ["description": .string("")] }
        return result
    }

    /// The schema of a field type in explain notation; named types the catalogue lacks become opaque schemas.
    static func fieldSchema(_ type: String, known: Set<String>, opaque: inout Set<String>) -> JSONValue {
        if type.hasPrefix("[]") {
            return ["type": "array", "items": fieldSchema(String(type.dropFirst(2)), known: known, opaque: &opaque)]
        }
        if type.hasPrefix("map[string]") {
            return ["type": "object",
                    "additionalProperties": fieldSchema(String(type.dropFirst("map[string]".count)), known: known, opaque: &opaque)]
        }
        switch type {
        case "string", "integer", "boolean", "number": return ["type": .string(type)]
        case "Object": return ["type": "object"]
        default:
            if !known.contains(type) { opaque.insert(type) }
            return ["allOf": [["$ref": .string("#/components/schemas/\(schemaPrefix)\(type)")]]]
        }
    }
}
