import Collections
import KubeCluster

/// The discovery documents kubectl reads before anything else: `/version`, `/api`, `/apis`, and the
/// resource list of each group version (verbs, short names, categories, subresources).
public enum DiscoveryDocuments {
    /// `/version`: the simulated control plane's build.
    public static var version: JSONValue {
        var root = OrderedDictionary<String, JSONValue>()
        let parts = KubeClusterInfo.kubernetesVersion.dropFirst().split(separator: ".")
        root["major"] = .string(parts.first.map(String.init) ?? "1")
        root["minor"] = .string(parts.count > 1 ? String(parts[1]) : "32")
        root["gitVersion"] = .string(KubeClusterInfo.kubernetesVersion)
        root["gitCommit"] = "70d3cc986aa8221cd1dfb1121852688902d3bf53"
        root["gitTreeState"] = "clean"
        root["buildDate"] = "2024-12-11T17:59:15Z"
        root["goVersion"] = "go1.23.3"
        root["compiler"] = "gc"
        root["platform"] = "linux/amd64"
        return .object(root)
    }

    /// `/api`: the core group's versions and where clients reach the server.
    public static func coreVersions(address: String) -> JSONValue {
        ["kind": "APIVersions", "versions": ["v1"],
         "serverAddressByClientCIDRs": [["clientCIDR": "0.0.0.0/0", "serverAddress": .string(address)]]]
    }

    /// `/apis`: every named group with its versions, preferred first (metrics.k8s.io only while served).
    public static func groupList(metricsServed: Bool) -> JSONValue {
        let groups = ResourceCatalog.standard.groups.filter { !$0.name.isEmpty && (metricsServed || $0.name != "metrics.k8s.io") }
        return ["kind": "APIGroupList", "apiVersion": "v1", "groups": .array(groups.map { group(name: $0.name, versions: $0.versions) })]
    }

    /// `/apis/GROUP`: one group.
    public static func group(name: String, versions: [String]) -> JSONValue {
        let entries = versions.map { JSONValue.object(["groupVersion": .string("\(name)/\($0)"), "version": .string($0)]) }
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = "APIGroup"
        root["apiVersion"] = "v1"
        root["name"] = .string(name)
        root["versions"] = .array(entries)
        root["preferredVersion"] = entries.first ?? .null
        return .object(root)
    }

    /// The resources served in `group`/`version`, in discovery order; nil when the group version is not served.
    public static func resources(group: String, version: String, metricsServed: Bool) -> [APIResource]? {
        if group == "metrics.k8s.io", !metricsServed { return nil }
        guard ResourceCatalog.standard.groups.contains(where: { $0.name == group && $0.versions.contains(version) }) else { return nil }
        return ResourceCatalog.standard.resources.filter { $0.group == group && $0.versions.contains(version) }
            .sorted { $0.name < $1.name }
    }

    /// The `APIResourceList` of a group version, subresources included.
    public static func resourceList(group: String, version: String, resources: [APIResource]) -> JSONValue {
        var items: [JSONValue] = []
        for resource in resources {
            items.append(entry(name: resource.name, singular: resource.singularName, resource: resource, verbs: resource.verbs,
                               shortNames: resource.shortNames, categories: resource.categories))
            for (sub, verbs) in subresources[resource.qualifiedName] ?? [] {
                items.append(entry(name: "\(resource.name)/\(sub.name)", singular: "", resource: resource, verbs: verbs,
                                   shortNames: [], categories: [], kind: sub.kind, group: sub.group, version: sub.version))
            }
        }
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = "APIResourceList"
        root["apiVersion"] = "v1"
        root["groupVersion"] = .string(group.isEmpty ? version : "\(group)/\(version)")
        root["resources"] = .array(items)
        return .object(root)
    }

    /// A subresource: its name and, when it differs from the parent's, the kind it serves.
    public struct Subresource: Sendable {
        /// The subresource name, e.g. `status`.
        public let name: String
        /// The kind it serves, when not the parent's.
        public var kind: String?
        /// The group of that kind, when not the parent's.
        public var group: String?
        /// The version of that kind, when not the parent's.
        public var version: String?
    }

    /// The subresources of the simulated kinds, with their verbs.
    public static let subresources: [String: [(Subresource, [String])]] = {
        let scale = Subresource(name: "scale", kind: "Scale", group: "autoscaling", version: "v1")
        let status = Subresource(name: "status")
        return [
            "pods": [(Subresource(name: "attach", kind: "PodAttachOptions"), ["create", "get"]),
                     (Subresource(name: "binding", kind: "Binding"), ["create"]),
                     (Subresource(name: "eviction", kind: "Eviction", group: "policy", version: "v1"), ["create"]),
                     (Subresource(name: "exec", kind: "PodExecOptions"), ["create", "get"]),
                     (Subresource(name: "log"), ["get"]),
                     (Subresource(name: "portforward", kind: "PodPortForwardOptions"), ["create", "get"]),
                     (Subresource(name: "proxy", kind: "PodProxyOptions"), ["create", "delete", "get", "patch", "update"]),
                     (status, ["get", "patch", "update"])],
            "nodes": [(Subresource(name: "proxy", kind: "NodeProxyOptions"), ["create", "delete", "get", "patch", "update"]),
                      (status, ["get", "patch", "update"])],
            "namespaces": [(Subresource(name: "finalize"), ["update"]), (status, ["get", "patch", "update"])],
            "services": [(Subresource(name: "proxy", kind: "ServiceProxyOptions"), ["create", "delete", "get", "patch", "update"]),
                         (status, ["get", "patch", "update"])],
            "deployments.apps": [(scale, ["get", "patch", "update"]), (status, ["get", "patch", "update"])],
            "replicasets.apps": [(scale, ["get", "patch", "update"]), (status, ["get", "patch", "update"])],
            "statefulsets.apps": [(scale, ["get", "patch", "update"]), (status, ["get", "patch", "update"])],
            "daemonsets.apps": [(status, ["get", "patch", "update"])],
            "jobs.batch": [(status, ["get", "patch", "update"])],
            "cronjobs.batch": [(status, ["get", "patch", "update"])],
            "horizontalpodautoscalers.autoscaling": [(status, ["get", "patch", "update"])],
        ]
    }()

    private static func entry(name: String, singular: String, resource: APIResource, verbs: [String], shortNames: [String],
                              categories: [String], kind: String? = nil, group: String? = nil, version: String? = nil) -> JSONValue {
        var member = OrderedDictionary<String, JSONValue>()
        member["name"] = .string(name)
        member["singularName"] = .string(singular)
        member["namespaced"] = .bool(resource.namespaced)
        if let group { member["group"] = .string(group) }
        if let version { member["version"] = .string(version) }
        member["kind"] = .string(kind ?? resource.kind)
        member["verbs"] = .array(verbs.map { .string($0) })
        if !shortNames.isEmpty { member["shortNames"] = .array(shortNames.map { .string($0) }) }
        if !categories.isEmpty { member["categories"] = .array(categories.map { .string($0) }) }
        return .object(member)
    }
}
