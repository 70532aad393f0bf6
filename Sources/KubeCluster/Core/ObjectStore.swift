/// What happened to a stored object, as a watch reports it.
public enum WatchEventType: String, Sendable {
    case added = "ADDED", modified = "MODIFIED", deleted = "DELETED"
}

/// One change in the store: the kind of change and the object after it (before it, for deletions).
public struct StoreEvent {
    public let type: WatchEventType
    public let object: any APIObject
    /// The plural resource name of the object, e.g. `pods`.
    public var resource: String { Swift.type(of: object).resource }
    public var key: ObjectKey { object.key }
}

/// The cluster's etcd: every object by resource and key, a global resourceVersion, and watches.
///
/// The store only keeps objects and numbers their versions; defaulting, validation and admission happen
/// in `APIServer`, and controllers react to the events it publishes.
public final class ObjectStore {
    private var tables: [String: [ObjectKey: any APIObject]] = [:]
    /// The resourceVersion of the latest change.
    public private(set) var revision: Int64 = 1
    private var watchers: [(id: Int, handler: (StoreEvent) -> Void)] = []
    private var nextWatcherID = 0

    public init() {}

    /// The object of type `T` at `key`, if stored.
    public func get<T: APIObject>(_ type: T.Type, _ key: ObjectKey) -> T? {
        tables[T.resource]?[key] as? T
    }

    /// The object of type `T` named `name` in `namespace` ("" for cluster-scoped kinds).
    public func get<T: APIObject>(_ type: T.Type, namespace: String, name: String) -> T? {
        get(type, ObjectKey(namespace: namespace, name: name))
    }

    /// All objects of type `T` (in `namespace` when given), ordered by namespace then name like etcd keys.
    public func list<T: APIObject>(_ type: T.Type, namespace: String? = nil) -> [T] {
        guard let table = tables[T.resource] else { return [] }
        var items: [T] = []
        items.reserveCapacity(table.count)
        for (key, object) in table where namespace == nil || key.namespace == namespace {
            if let typed = object as? T { items.append(typed) }
        }
        return items.sorted { $0.key < $1.key }
    }

    /// All objects of a resource (type-erased), ordered by key.
    public func listAny(resource: String, namespace: String? = nil) -> [any APIObject] {
        guard let table = tables[resource] else { return [] }
        return table.filter { namespace == nil || $0.key.namespace == namespace }
            .sorted { $0.key < $1.key }.map(\.value)
    }

    /// The type-erased object of a resource at `key`.
    public func getAny(resource: String, _ key: ObjectKey) -> (any APIObject)? { tables[resource]?[key] }

    /// How many objects of a resource are stored.
    public func count(resource: String) -> Int { tables[resource]?.count ?? 0 }

    /// Stores `object` (new or replacing), stamping the next resourceVersion, and notifies watchers.
    @discardableResult
    public func put<T: APIObject>(_ object: T) -> T {
        var stored = object
        revision += 1
        stored.metadata.resourceVersion = String(revision)
        let existed = tables[T.resource]?[stored.key] != nil
        tables[T.resource, default: [:]][stored.key] = stored
        publish(StoreEvent(type: existed ? .modified : .added, object: stored))
        return stored
    }

    /// Removes the object of type `T` at `key`, notifying watchers; returns what was removed.
    @discardableResult
    public func remove<T: APIObject>(_ type: T.Type, _ key: ObjectKey) -> T? {
        guard let existing = tables[T.resource]?[key] as? T else { return nil }
        tables[T.resource]?[key] = nil
        revision += 1
        publish(StoreEvent(type: .deleted, object: existing))
        return existing
    }

    /// Removes a type-erased object; returns it.
    @discardableResult
    public func removeAny(resource: String, _ key: ObjectKey) -> (any APIObject)? {
        guard let existing = tables[resource]?[key] else { return nil }
        tables[resource]?[key] = nil
        revision += 1
        publish(StoreEvent(type: .deleted, object: existing))
        return existing
    }

    /// Stores a type-erased object (dispatching to its concrete type).
    @discardableResult
    public func putAny(_ object: any APIObject) -> any APIObject {
        func open<T: APIObject>(_ typed: T) -> any APIObject { put(typed) }
        return open(object)
    }

    /// Every resource name that has objects, sorted.
    public var resources: [String] { tables.keys.filter { !(tables[$0]?.isEmpty ?? true) }.sorted() }

    /// Calls `handler` for every later change; returns an id for `unwatch`.
    @discardableResult
    public func watch(_ handler: @escaping (StoreEvent) -> Void) -> Int {
        nextWatcherID += 1
        watchers.append((nextWatcherID, handler))
        return nextWatcherID
    }

    /// Stops a watch.
    public func unwatch(_ id: Int) { watchers.removeAll { $0.id == id } }

    private func publish(_ event: StoreEvent) {
        for watcher in watchers { watcher.handler(event) }
    }
}
