import KubeCluster

/// A REST path of the Kubernetes API taken apart: `/api/v1/namespaces/NS/pods/NAME/log`,
/// `/apis/apps/v1/deployments`, `/api/v1/nodes/NAME/status`.
struct APIPath: Equatable {
    /// The API group ("" for the core group under `/api`).
    var group: String
    var version: String
    /// The namespace the path names (`namespaces/NS/…`), if any.
    var namespace: String?
    /// The plural resource name, e.g. `pods`.
    var resource: String
    /// The object name, if the path names one.
    var name: String?
    /// The subresource (`status`, `scale`, `log`, `exec`, …), if any.
    var subresource: String?

    /// `group/version`, or just the version in the core group.
    var groupVersion: String { group.isEmpty ? version : "\(group)/\(version)" }

    /// Parses a resource path; nil when the path is not `/api/v1/…` or `/apis/G/V/…` with a resource.
    static func parse(_ path: String) -> APIPath? {
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
