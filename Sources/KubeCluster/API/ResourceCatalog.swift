/// One resource type the API server serves (a discovery `APIResource` with its group).
public struct APIResource: Hashable, Sendable {
    /// The plural resource name used in URLs, e.g. `deployments`.
    public let name: String
    /// The singular name, e.g. `deployment`.
    public let singularName: String
    /// Short names kubectl accepts, e.g. `["deploy"]`.
    public let shortNames: [String]
    /// The API group; empty for the core group.
    public let group: String
    /// The served versions, preferred first (`autoscaling` serves HPAs as `v2` and `v1`).
    public let versions: [String]
    /// True when objects live in a namespace.
    public let namespaced: Bool
    /// The kind, e.g. `Deployment`.
    public let kind: String
    /// The verbs discovery lists, in discovery order.
    public let verbs: [String]
    /// Categories such as `all`.
    public let categories: [String]
    /// True when kubetutor's cluster stores and reconciles this kind (the rest are discovery only).
    public let isSimulated: Bool

    /// The preferred version, e.g. `v2` for HorizontalPodAutoscalers.
    public var preferredVersion: String { versions.first ?? "v1" }

    /// `group/version` for the preferred version, or just `v1` in the core group.
    public var apiVersion: String { apiVersion(version: preferredVersion) }

    /// `group/version` for a given version, or the bare version in the core group.
    public func apiVersion(version: String) -> String {
        group.isEmpty ? version : "\(group)/\(version)"
    }

    /// `resource.group` as kubectl prints it in `NotFound` errors and `api-resources -o name`:
    /// `deployments.apps`, or just `pods` in the core group.
    public var qualifiedName: String { group.isEmpty ? name : "\(name).\(group)" }

    /// `kind.group` in lower case as kubectl prefixes names (`deployment.apps/web`, `pod/web`).
    public var qualifiedKind: String {
        group.isEmpty ? kind.lowercased() : "\(kind.lowercased()).\(group)"
    }
}

/// The outcome of resolving a resource argument such as `deploy`, `pods` or `hpa.v1.autoscaling`.
public struct ResourceResolution: Hashable, Sendable {
    /// The resource the argument names.
    public let resource: APIResource
    /// The version kubectl would use (the preferred one unless the argument fixed another).
    public let version: String
    /// Warnings kubectl prints to stderr with a `Warning: ` prefix, e.g. for the ambiguous `ev`.
    public let warnings: [String]
}

/// The discovery data of a fresh Kubernetes 1.32 cluster and kubectl's way of resolving a
/// resource argument against it (its shortcut expander and discovery REST mapper).
public struct ResourceCatalog: Sendable {
    /// A resource as served in one group version; discovery order is resolution priority.
    struct ServedResource: Sendable {
        let resource: APIResource
        let version: String
    }

    /// Every resource, once, in discovery order.
    public let resources: [APIResource]
    /// The groups with their versions (preferred first), in discovery order; core is `""`.
    public let groups: [(name: String, versions: [String])]
    /// One entry per resource per served version, in discovery order.
    let served: [ServedResource]

    /// The catalog of kubetutor's cluster: Kubernetes 1.32 with metrics-server.
    public static let standard = ResourceCatalog()

    init() {
        groups = Self.groupOrder.map { (name: $0.group, versions: $0.versions) }
        let rows = Self.parseTable()
        var byKey: [String: APIResource] = [:]
        var orderedKeys: [String] = []
        for row in rows where byKey[row.key] == nil {
            let versions = rows.filter { $0.key == row.key }.map(\.version)
            byKey[row.key] = row.makeResource(versions: versions)
            orderedKeys.append(row.key)
        }
        resources = orderedKeys.compactMap { byKey[$0] }
        served = rows.compactMap { row in byKey[row.key].map { ServedResource(resource: $0, version: row.version) } }
    }

    /// The rows of `kubectl api-resources`: preferred versions, sorted by group (core first) then name.
    public var apiResourcesListing: [APIResource] {
        resources.sorted { ($0.group, $0.name) < ($1.group, $1.name) }
    }

    /// The lines of `kubectl api-versions`: every `group/version` (and `v1`), sorted.
    public var apiVersions: [String] {
        groups.flatMap { group in group.versions.map { group.name.isEmpty ? $0 : "\(group.name)/\($0)" } }.sorted()
    }

    /// The resource of a kind in an `apiVersion` such as `apps/v1` (for manifests); nil when the
    /// server has no such kind in that version.
    public func resource(apiVersion: String, kind: String) -> APIResource? {
        let parts = apiVersion.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let (group, version) = parts.count == 2 ? (parts[0], parts[1]) : ("", apiVersion)
        return served.first { $0.resource.group == group && $0.version == version && $0.resource.kind == kind }?.resource
    }

    /// The resource of a kind in a group (`""` for core), whatever the version.
    public func resource(group: String, kind: String) -> APIResource? {
        resources.first { $0.group == group && $0.kind == kind }
    }

    /// The resources of a category (`all`, `api-extensions`) as kubectl expands it: discovery
    /// order, one entry per served version (so a resource served in two versions appears twice,
    /// as upstream). Nil when no resource has that category.
    public func expandCategory(_ category: String) -> [APIResource]? {
        let members = served.filter { $0.resource.categories.contains(category) }.map(\.resource)
        return members.isEmpty ? nil : members
    }

    /// Resolves a resource argument as kubectl's builder does (`mappingFor`): plural, singular or
    /// short name (short names are case-sensitive, the rest is not), `TYPE.GROUP` (a group prefix
    /// is enough: `deploy.app`), `TYPE.VERSION.GROUP`, or a kind. Nil means kubectl would say
    /// `the server doesn't have a resource type "<text before the first dot>"`.
    public func resolve(_ argument: String) -> ResourceResolution? {
        var warnings: [String] = []
        let dotted = argument.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        if dotted.count == 3,
           let found = kindFor(expand(group: dotted[2], version: dotted[1], resource: dotted[0], warnings: &warnings)) {
            return ResourceResolution(resource: found.resource, version: found.version, warnings: warnings)
        }
        let (group, resource) = Self.splitGroupResource(argument)
        if let found = kindFor(expand(group: group, version: "", resource: resource, warnings: &warnings)) {
            return ResourceResolution(resource: found.resource, version: found.version, warnings: warnings)
        }
        if dotted.count == 3, let found = restMapping(group: dotted[2], kind: dotted[0], version: dotted[1]) {
            return ResourceResolution(resource: found.resource, version: found.version, warnings: warnings)
        }
        if let found = restMapping(group: group, kind: resource, version: "") {
            return ResourceResolution(resource: found.resource, version: found.version, warnings: warnings)
        }
        return nil
    }

    /// `resource.group` split at the first dot (upstream `ParseGroupResource`).
    public static func splitGroupResource(_ argument: String) -> (group: String, resource: String) {
        guard let dot = argument.firstIndex(of: ".") else { return ("", argument) }
        return (String(argument[argument.index(after: dot)...]), String(argument[..<dot]))
    }

    /// A partially specified group/version/resource.
    struct PartialResource {
        var group: String
        var version: String
        var resource: String
    }

    /// Upstream's shortcut expander: leaves full names alone, expands short names (first in
    /// discovery order wins, later different matches produce a warning), then tries short names
    /// in groups that start with the given group.
    func expand(group: String, version: String, resource: String, warnings: inout [String]) -> PartialResource {
        let partial = PartialResource(group: group, version: version, resource: resource)
        let isFullName = served.contains { entry in
            (group.isEmpty || entry.resource.group == group)
                && (entry.resource.name == resource || entry.resource.singularName == resource)
        }
        if isFullName { return partial }
        var found: PartialResource?
        var warned: Set<String> = []
        for entry in served where group.isEmpty || entry.resource.group == group {
            guard entry.resource.shortNames.contains(resource) else { continue }
            guard let first = found else {
                found = PartialResource(group: entry.resource.group, version: "", resource: entry.resource.name)
                continue
            }
            if first.group == entry.resource.group && first.resource == entry.resource.name { continue }
            if warned.insert(entry.resource.qualifiedName).inserted {
                warnings.append("short name \"\(resource)\" could also match lower priority resource \(entry.resource.qualifiedName)")
            }
        }
        if let found { return found }
        if group.isEmpty { return partial }
        for entry in served where entry.resource.group.hasPrefix(group) && entry.resource.shortNames.contains(resource) {
            return PartialResource(group: entry.resource.group, version: version, resource: entry.resource.name)
        }
        return partial
    }

    /// Upstream's discovery REST mapper `KindFor`: matches plural or singular names case-insensitively;
    /// with a group but no exact match in a group version, groups starting with it count; the
    /// highest-priority (earliest in discovery) match wins.
    func kindFor(_ partial: PartialResource) -> ServedResource? {
        let name = partial.resource.lowercased()
        if name.isEmpty { return nil }
        func named(_ entry: ServedResource) -> Bool {
            entry.resource.name == name || entry.resource.singularName == name
        }
        let matches: [ServedResource]
        switch (partial.group.isEmpty, partial.version.isEmpty) {
        case (false, false):
            matches = served.filter { $0.resource.group == partial.group && $0.version == partial.version && named($0) }
        case (false, true):
            matches = groupVersions.flatMap { groupVersion -> [ServedResource] in
                let entries = served.filter { $0.resource.group == groupVersion.group && $0.version == groupVersion.version }
                let exact = entries.filter { $0.resource.group == partial.group && named($0) }
                return exact.isEmpty ? entries.filter { $0.resource.group.hasPrefix(partial.group) && named($0) } : exact
            }
        case (true, false):
            matches = served.filter { $0.version == partial.version && named($0) }
        case (true, true):
            matches = served.filter(named)
        }
        return matches.first
    }

    /// Upstream's `RESTMapping` for a kind: exact kind or its lower-case form, in exactly this
    /// group, in the given version or else any served version by priority.
    func restMapping(group: String, kind: String, version: String) -> ServedResource? {
        served.first { entry in
            entry.resource.group == group
                && (entry.resource.kind == kind || entry.resource.kind.lowercased() == kind)
                && (version.isEmpty || entry.version == version)
        }
    }

    /// Every group version in discovery order.
    var groupVersions: [(group: String, version: String)] {
        groups.flatMap { group in group.versions.map { (group: group.name, version: $0) } }
    }
}
