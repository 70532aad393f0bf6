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
/// in `APIServer`, and controllers react to the events it publishes. Like an informer's indexer it keeps
/// each resource's keys in order and indexes objects by owner, controller, label and (pods) node and IP,
/// (events) involved object, so readers can ask for what they need without scanning every object.
public final class ObjectStore {
    private var tables: [String: ResourceTable] = [:]
    /// The resourceVersion of the latest change.
    public private(set) var revision: Int64 = 1
    private var watchers: [(id: Int, handler: (StoreEvent) -> Void)] = []
    private var nextWatcherID = 0

    public init() {}

    /// The object of type `T` at `key`, if stored.
    public func get<T: APIObject>(_ type: T.Type, _ key: ObjectKey) -> T? {
        tables[T.resource]?.object(at: key) as? T
    }

    /// The object of type `T` named `name` in `namespace` ("" for cluster-scoped kinds).
    public func get<T: APIObject>(_ type: T.Type, namespace: String, name: String) -> T? {
        get(type, ObjectKey(namespace: namespace, name: name))
    }

    /// All objects of type `T` (in `namespace` when given), ordered by namespace then name like etcd keys.
    public func list<T: APIObject>(_ type: T.Type, namespace: String? = nil) -> [T] {
        guard let table = tables[T.resource] else { return [] }
        var items: [T] = []
        if namespace == nil { items.reserveCapacity(table.count) }
        table.forEachObject(namespace: namespace) { if let typed = $0 as? T { items.append(typed) } }
        return items
    }

    /// The objects of type `T` (in `namespace` when given) whose controller owner reference has `uid`,
    /// in key order; `uid` `""` lists those without a controller (not kept for events).
    public func list<T: APIObject>(_ type: T.Type, namespace: String? = nil, controlledBy uid: String) -> [T] {
        guard let table = tables[T.resource] else { return [] }
        return table.objects(at: table.keys(controlledBy: uid), namespace: namespace).compactMap { $0 as? T }
    }

    /// The objects of type `T` in `namespace` a controller with `uid` may claim: those it controls and
    /// those without a controller, in key order (what a controller's claim loop does not pass over).
    public func claimCandidates<T: APIObject>(_ type: T.Type, namespace: String, controller uid: String) -> [T] {
        guard let table = tables[T.resource] else { return [] }
        var keys = table.keys(controlledBy: uid)
        if !uid.isEmpty {
            let orphans = table.keys(controlledBy: "")
            if !orphans.isEmpty { keys = .merging(keys, orphans, by: <) }
        }
        return table.objects(at: keys, namespace: namespace).compactMap { $0 as? T }
    }

    /// The objects of type `T` (in `namespace` when given) carrying every label in `labels`, in key order.
    /// With no labels, every object.
    public func list<T: APIObject>(_ type: T.Type, namespace: String? = nil, labels: [String: String]) -> [T] {
        guard let table = tables[T.resource] else { return [] }
        guard !labels.isEmpty else { return list(type, namespace: namespace) }
        var smallest: (pair: LabelPair, count: Int)?
        for (name, value) in labels {
            let pair = LabelPair(name: name, value: value)
            guard let entry = table.byLabel[pair] else { return [] }
            if entry.slots.count < (smallest?.count ?? .max) { smallest = (pair, entry.slots.count) }
        }
        guard let smallest else { return [] }
        return table.objects(at: table.keys(labelled: smallest.pair), namespace: namespace).compactMap { object in
            guard let typed = object as? T else { return nil }
            let own = typed.metadata.labels ?? [:]
            return labels.allSatisfy { own[$0.key] == $0.value } ? typed : nil
        }
    }

    /// The objects of type `T` (in `namespace` when given) that `selector` matches, in key order; the
    /// label index narrows the scan to objects carrying the selector's equality requirements.
    public func list<T: APIObject>(_ type: T.Type, namespace: String? = nil, selector: LabelSelector) -> [T] {
        guard !selector.selectsNothing else { return [] }
        var required: [String: String] = [:]
        for requirement in selector.requirements where requirement.values.count == 1 {
            switch requirement.operator {
            case .equals, .doubleEquals, .in: required[requirement.key] = requirement.values.first
            default: break
            }
        }
        return list(type, namespace: namespace, labels: required).filter { selector.matches($0.metadata.labelMap) }
    }

    /// The pods bound to node `name` (`spec.nodeName`), in key order.
    public func pods(onNode name: String) -> [Pod] {
        attributed(Pod.self, .podNode(name))
    }

    /// The pods whose `status.podIP` is `ip`, in key order.
    public func pods(withIP ip: String) -> [Pod] {
        attributed(Pod.self, .podIP(ip))
    }

    /// The events whose `involvedObject.name` is `name` (in `namespace` when given), in key order.
    public func events(involving name: String, namespace: String? = nil) -> [Event] {
        guard let table = tables[Event.resource] else { return [] }
        return table.objects(at: table.keys(with: .involvedName(name)), namespace: namespace).compactMap { $0 as? Event }
    }

    /// The objects of `resource` with an owner reference (controller or not) to `uid`, in key order.
    public func dependents(of uid: String, resource: String) -> [any APIObject] {
        guard let table = tables[resource] else { return [] }
        return table.objects(at: table.keys(ownedBy: uid), namespace: nil)
    }

    private func attributed<T: APIObject>(_ type: T.Type, _ attribute: IndexAttribute) -> [T] {
        guard let table = tables[T.resource] else { return [] }
        return table.objects(at: table.keys(with: attribute), namespace: nil).compactMap { $0 as? T }
    }

    /// All objects of a resource (type-erased), ordered by key.
    public func listAny(resource: String, namespace: String? = nil) -> [any APIObject] {
        guard let table = tables[resource] else { return [] }
        var objects: [any APIObject] = []
        if namespace == nil { objects.reserveCapacity(table.count) }
        table.forEachObject(namespace: namespace) { objects.append($0) }
        return objects
    }

    /// The type-erased object of a resource at `key`.
    public func getAny(resource: String, _ key: ObjectKey) -> (any APIObject)? { tables[resource]?.object(at: key) }

    /// How many objects of a resource are stored.
    public func count(resource: String) -> Int { tables[resource]?.count ?? 0 }

    /// Stores `object` (new or replacing), stamping the next resourceVersion, and notifies watchers.
    @discardableResult
    public func put<T: APIObject>(_ object: T) -> T {
        var stored = object
        revision += 1
        stored.metadata.resourceVersion = String(revision)
        let old = table(T.resource).store(stored)
        publish(StoreEvent(type: old != nil ? .modified : .added, object: stored))
        return stored
    }

    /// Removes the object of type `T` at `key`, notifying watchers; returns what was removed.
    @discardableResult
    public func remove<T: APIObject>(_ type: T.Type, _ key: ObjectKey) -> T? {
        guard let table = tables[T.resource], let existing = table.object(at: key) as? T else { return nil }
        table.remove(key)
        revision += 1
        publish(StoreEvent(type: .deleted, object: existing))
        return existing
    }

    /// Removes a type-erased object; returns it.
    @discardableResult
    public func removeAny(resource: String, _ key: ObjectKey) -> (any APIObject)? {
        guard let table = tables[resource], let existing = table.remove(key) else { return nil }
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
    public var resources: [String] { tables.filter { $0.value.count > 0 }.keys.sorted() }

    /// Calls `handler` for every later change; returns an id for `unwatch`.
    @discardableResult
    public func watch(_ handler: @escaping (StoreEvent) -> Void) -> Int {
        nextWatcherID += 1
        watchers.append((nextWatcherID, handler))
        return nextWatcherID
    }

    /// Stops a watch.
    public func unwatch(_ id: Int) { watchers.removeAll { $0.id == id } }

    private func table(_ resource: String) -> ResourceTable {
        if let existing = tables[resource] { return existing }
        let created = ResourceTable(resource: resource)
        tables[resource] = created
        return created
    }

    private func publish(_ event: StoreEvent) {
        for watcher in watchers { watcher.handler(event) }
    }
}
