import KubeCluster
import KubeCtl

/// Read-only questions a lesson asks the cluster: which objects a reference means, their JSON, what a
/// selection picks. Never changes the cluster (checks run in the middle of simulated time).
struct ClusterReader {
    let cluster: Cluster
    /// The namespace references mean when they name none.
    let namespace: String

    /// The namespace a reference lives in ("" for cluster-scoped kinds).
    func namespace(of ref: ObjectRef) -> String {
        guard let type = KindRegistry.type(forResource: ref.resource), type.isNamespaced else { return "" }
        return ref.namespace ?? namespace
    }

    /// The objects a reference means, newest first for selections (name order for `every`).
    func objects(_ ref: ObjectRef, includeTerminating: Bool = true) -> [any APIObject] {
        let space = namespace(of: ref)
        let found: [any APIObject]
        switch ref.target {
        case .named(let name):
            found = cluster.store.getAny(resource: ref.resource, ObjectKey(namespace: space, name: name)).map { [$0] } ?? []
        case .every:
            found = cluster.store.listAny(resource: ref.resource, namespace: space)
        case .selected(let selection):
            guard let selector = selector(for: selection, namespace: space) else { return [] }
            found = cluster.store.listAny(resource: ref.resource, namespace: space)
                .filter { selector.matches($0.metadata.labelMap) }
                .sorted(by: ClusterReader.newestFirst)
        }
        return includeTerminating ? found : found.filter { !$0.metadata.isDeleting }
    }

    /// The one object a reference means: the named one, or the newest live one a selection picks.
    func object(_ ref: ObjectRef) -> (any APIObject)? {
        let all = objects(ref)
        if case .named = ref.target { return all.first }
        return all.first { !$0.metadata.isDeleting } ?? all.first
    }

    /// The names a reference stands for right now (for command bindings).
    func names(_ ref: ObjectRef) -> Set<String> {
        Set(objects(ref).map(\.name))
    }

    /// The label selector a selection means, or nil when its owner is missing or selects nothing.
    func selector(for selection: RefSelection, namespace space: String) -> LabelSelector? {
        switch selection {
        case .labels(let text):
            return try? LabelSelector(parsing: text)
        case .selectedBy(let resource, let name):
            guard let owner = cluster.store.getAny(resource: resource, ObjectKey(namespace: space, name: name)) else { return nil }
            let json = ObjectJSON.encode(owner)
            if resource == "services" {
                guard let members = json["spec"]?["selector"]?.objectValue, !members.isEmpty else { return nil }
                var labels: [String: String] = [:]
                for (key, value) in members { labels[key] = value.stringValue ?? "" }
                return LabelSelector(matchLabels: labels)
            }
            guard let spec = json["spec"]?["selector"],
                  let decoded = try? TreeDecoder().decode(LabelSelectorSpec.self, from: spec) else { return nil }
            return try? decoded.selector()
        }
    }

    /// The object as the API serves it.
    func json(_ object: any APIObject) -> JSONValue { ObjectJSON.encode(object) }

    /// The values at a jsonpath of an object: a missing path gives none.
    func values(at path: String, in object: any APIObject) throws -> [JSONValue] {
        let template = try JSONPathTemplate(path)
        return try template.findResults(in: json(object)).flatMap { $0 }.filter { $0 != .null }
    }

    /// The text kubectl's `-o jsonpath` would print for the path.
    func text(at path: String, in object: any APIObject) throws -> String {
        try JSONPathTemplate(path).execute(on: json(object))
    }

    static func newestFirst(_ a: any APIObject, _ b: any APIObject) -> Bool {
        let left = a.metadata.creationTimestamp.instant
        let right = b.metadata.creationTimestamp.instant
        return left != right ? left > right : a.name < b.name
    }
}
