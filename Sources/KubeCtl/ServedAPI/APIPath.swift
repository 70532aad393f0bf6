import KubeCluster

/// A REST path of the Kubernetes API taken apart: `/api/v1/namespaces/NS/pods/NAME/log`,
/// `/apis/apps/v1/deployments`, `/api/v1/nodes/NAME/status`.
public struct APIPath: Equatable, Sendable {
    /// The API group ("" for the core group under `/api`).
    public var group: String
    /// The API version, e.g. `v1`.
    public var version: String
    /// The namespace the path names (`namespaces/NS/…`), if any.
    public var namespace: String?
    /// The plural resource name, e.g. `pods`.
    public var resource: String
    /// The object name, if the path names one.
    public var name: String?
    /// The subresource (`status`, `scale`, `log`, `exec`, …), if any.
    public var subresource: String?

    /// A path from its parts.
    public init(group: String, version: String, namespace: String?, resource: String, name: String?, subresource: String?) {
        self.group = group
        self.version = version
        self.namespace = namespace
        self.resource = resource
        self.name = name
        self.subresource = subresource
    }

    /// `group/version`, or just the version in the core group.
    public var groupVersion: String { group.isEmpty ? version : "\(group)/\(version)" }

    /// Parses a resource path; nil when the path is not `/api/v1/…` or `/apis/G/V/…` with a resource.
    public static func parse(_ path: String) -> APIPath? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let rest: ArraySlice<String>
        let group: String
        let version: String
        switch segments.first {
        case "api":
            guard segments.count >= 3 else { return nil }
            group = ""
            version = segments[1]
            rest = segments.dropFirst(2)
        case "apis":
            guard segments.count >= 4 else { return nil }
            group = segments[1]
            version = segments[2]
            rest = segments.dropFirst(3)
        default:
            return nil
        }
        var parts = Array(rest)
        var namespace: String?
        // `namespaces/NS/RESOURCE…` scopes a namespaced resource; `namespaces/NS[/status|/finalize]` is the namespace itself.
        if parts.count >= 3, parts[0] == "namespaces", !["status", "finalize"].contains(parts[2]) {
            namespace = parts[1]
            parts.removeFirst(2)
        }
        guard let resource = parts.first, parts.count <= 3 else { return nil }
        return APIPath(group: group, version: version, namespace: namespace, resource: resource,
                       name: parts.count > 1 ? parts[1] : nil, subresource: parts.count > 2 ? parts[2] : nil)
    }
}
