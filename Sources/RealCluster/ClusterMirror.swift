import Foundation
import KubeCluster

/// A read-only copy of part of a real cluster in a local `Cluster` store without controllers: the nodes,
/// the namespaces, and the objects of a few namespaces, read with `kubectl get … -o json`. Lesson checks
/// read it exactly as they read the simulated cluster. Each refresh stores what changed and removes what is
/// gone, so store watchers (the lesson's event log) see the changes.
public final class ClusterMirror {
    /// The local copy.
    public let cluster: Cluster
    /// The resources read from each mirrored namespace.
    public static let namespacedResources = ["pods", "deployments.apps", "replicasets.apps", "daemonsets.apps", "services", "endpoints",
                                             "events", "horizontalpodautoscalers.autoscaling", "configmaps", "secrets", "jobs.batch"]
    /// The cluster-scoped resources read.
    public static let clusterResources = ["nodes", "namespaces"]
    /// The real resourceVersion each stored object was copied at (the local store numbers its own).
    private var copiedVersions: [String: String] = [:]

    /// An empty mirror whose clock starts at `start`.
    public init(start: Double) {
        cluster = Cluster(seed: 0, start: start)
    }

    /// Reads the cluster-scoped resources and every namespace in `namespaces` through `kubectl`, and brings
    /// the copy up to date. Returns kubectl's complaint when a read failed (the copy then keeps what it had).
    @discardableResult
    public func refresh(namespaces: [String], kubectl: HostKubectl) -> String? {
        var lists: [(scope: String?, items: [JSONValue])] = []
        let global = kubectl.capture(["get", ClusterMirror.clusterResources.joined(separator: ","), "-o", "json"])
        guard global.status == 0, let items = ClusterMirror.items(global.out) else { return global.err }
        lists.append((nil, items))
        for namespace in namespaces {
            let result = kubectl.capture(["get", ClusterMirror.namespacedResources.joined(separator: ","), "-n", namespace, "-o", "json"])
            guard result.status == 0, let items = ClusterMirror.items(result.out) else { return result.err }
            lists.append((namespace, items))
        }
        for list in lists { apply(list.items, scope: list.scope) }
        return nil
    }

    /// The items of a `kubectl get -o json` answer (a List, or one object).
    static func items(_ text: String) -> [JSONValue]? {
        guard let value = try? JSONValue.parseJSON(text) else { return nil }
        if let items = value["items"]?.arrayValue { return items }
        return value["kind"] == nil ? nil : [value]
    }

    /// Stores `items` and removes the objects of the same resources that are gone: in namespace `scope`,
    /// or (nil) the cluster-scoped kinds.
    public func apply(_ items: [JSONValue], scope: String?) {
        var seen: Set<String> = []
        for item in items {
            guard let kind = item["kind"]?.stringValue, let type = KindRegistry.type(forKind: kind),
                  let object = try? KindRegistry.decode(item, as: type) else { continue }
            let id = ClusterMirror.identity(type.resource, object.key)
            seen.insert(id)
            let version = object.metadata.resourceVersion ?? ""
            if copiedVersions[id] == version, !version.isEmpty { continue }
            copiedVersions[id] = version
            cluster.store.putAny(object)
        }
        let names = scope == nil ? ClusterMirror.clusterResources : ClusterMirror.namespacedResources
        let resources = names.map { $0.split(separator: ".").first.map(String.init) ?? $0 }
        for resource in resources {
            for object in cluster.store.listAny(resource: resource, namespace: scope) {
                let id = ClusterMirror.identity(resource, object.key)
                guard !seen.contains(id) else { continue }
                copiedVersions[id] = nil
                cluster.store.removeAny(resource: resource, object.key)
            }
        }
    }

    private static func identity(_ resource: String, _ key: ObjectKey) -> String {
        resource + "/" + key.namespace + "/" + key.name
    }
}
