/// One resource's objects in the store, with its keys kept in etcd order and the indexes controllers
/// and printers read (like an informer's indexer), so they need not scan every object.
///
/// The ordered key list is brought up to date lazily: keys added or removed since the last listing are
/// merged in when a listing asks for the order, so a burst of creations costs one merge.
final class ResourceTable {
    /// Every object of the resource by key.
    private(set) var objects: [ObjectKey: any APIObject] = [:]
    /// The plural resource name, e.g. `pods`.
    let resource: String
    /// Whether objects without a controller are indexed too (under `""`): not for events, which are
    /// very many and never claimed.
    let indexesOrphans: Bool
    /// Whether the resource has attributes beyond metadata to index (pods and events).
    private let hasAttributes: Bool
    /// Keys by the uid of the controller owner reference (`""`: no controller, when `indexesOrphans`).
    private(set) var byController: [String: IndexEntry] = [:]
    /// Keys by the uid of every owner reference.
    private(set) var byOwner: [String: IndexEntry] = [:]
    /// Keys by label (name and value).
    private(set) var byLabel: [LabelPair: IndexEntry] = [:]
    /// Keys by an extra, resource-specific value (pods: node and IP; events: the involved object).
    private(set) var byAttribute: [IndexAttribute: IndexEntry] = [:]
    private var sortedKeys: [ObjectKey] = []
    private var pendingAdditions: Set<ObjectKey> = []
    private var pendingRemovals: Set<ObjectKey> = []

    init(resource: String) {
        self.resource = resource
        indexesOrphans = resource != Event.resource
        hasAttributes = resource == Pod.resource || resource == Event.resource
    }

    /// How many objects are stored.
    var count: Int { objects.count }

    /// Stores `object` at its key; returns the object it replaced.
    @discardableResult
    func store(_ object: any APIObject) -> (any APIObject)? {
        let key = object.key
        let old = objects.updateValue(object, forKey: key)
        if old == nil, pendingRemovals.remove(key) == nil {
            pendingAdditions.insert(key)
            // A resource nobody lists (events) would otherwise gather every key in the set (a hash table
            // twice the size of the ordered array): merge them in every few thousand.
            if pendingAdditions.count >= Self.pendingMergeThreshold { flushPending() }
        }
        reindex(key, from: old, to: object)
        return old
    }

    /// How many pending additions (or removals) are merged into the ordered keys without waiting for a listing.
    private static let pendingMergeThreshold = 4096

    /// Removes the object at `key`; returns it.
    @discardableResult
    func remove(_ key: ObjectKey) -> (any APIObject)? {
        guard let old = objects.removeValue(forKey: key) else { return nil }
        if pendingAdditions.remove(key) == nil {
            pendingRemovals.insert(key)
            if pendingRemovals.count >= Self.pendingMergeThreshold { flushPending() }
        }
        reindex(key, from: old, to: nil)
        return old
    }

    /// The keys in order (namespace, then name), only those in `namespace` when given.
    func orderedKeys(namespace: String?) -> ArraySlice<ObjectKey> {
        flushPending()
        guard let namespace else { return sortedKeys[...] }
        let start = sortedKeys.lowerBound(of: ObjectKey(namespace: namespace, name: ""))
        var end = start
        while end < sortedKeys.count, sortedKeys[end].namespace == namespace { end += 1 }
        return sortedKeys[start..<end]
    }

    /// The objects whose keys are in `keys` (in key order), only those in `namespace` when given.
    func objects(at keys: [ObjectKey], namespace: String?) -> [any APIObject] {
        var found: [any APIObject] = []
        found.reserveCapacity(keys.count)
        for key in keys where namespace == nil || key.namespace == namespace {
            if let object = objects[key] { found.append(object) }
        }
        return found
    }

    /// The keys of objects whose controller has `uid` (`""`: none), in key order.
    func keys(controlledBy uid: String) -> [ObjectKey] { Self.ordered(&byController, uid) }
    /// The keys of objects with an owner reference to `uid`, in key order.
    func keys(ownedBy uid: String) -> [ObjectKey] { Self.ordered(&byOwner, uid) }
    /// The keys of objects labelled `pair`, in key order.
    func keys(labelled pair: LabelPair) -> [ObjectKey] { Self.ordered(&byLabel, pair) }
    /// The keys of objects with `attribute`, in key order.
    func keys(with attribute: IndexAttribute) -> [ObjectKey] { Self.ordered(&byAttribute, attribute) }

    /// The keys under `value` in an index, in key order.
    private static func ordered<Value: Hashable>(_ index: inout [Value: IndexEntry], _ value: Value) -> [ObjectKey] {
        index[value]?.keys ?? []
    }

    private func flushPending() {
        guard !pendingAdditions.isEmpty || !pendingRemovals.isEmpty else { return }
        let kept = pendingRemovals.isEmpty ? sortedKeys : sortedKeys.filter { !pendingRemovals.contains($0) }
        let added = pendingAdditions.sorted()
        pendingAdditions.removeAll(keepingCapacity: true)
        pendingRemovals.removeAll(keepingCapacity: true)
        sortedKeys = [] // `kept` may share this buffer: let go of it before the merged copy is made
        sortedKeys = [ObjectKey].merging(kept, added)
    }

    private func reindex(_ key: ObjectKey, from old: (any APIObject)?, to new: (any APIObject)?) {
        let oldMeta = old?.metadata, newMeta = new?.metadata
        let oldReferences = oldMeta?.ownerReferences, newReferences = newMeta?.ownerReferences
        if old == nil || new == nil || oldReferences != newReferences {
            let previous = old.map { _ in Self.controller(of: oldReferences) }
            let current = new.map { _ in Self.controller(of: newReferences) }
            if previous != current {
                if let previous, indexesOrphans || !previous.isEmpty { Self.remove(key, from: &byController, at: previous) }
                if let current, indexesOrphans || !current.isEmpty { Self.insert(key, into: &byController, at: current) }
            }
            for reference in oldReferences ?? [] { Self.remove(key, from: &byOwner, at: reference.uid) }
            for reference in newReferences ?? [] { Self.insert(key, into: &byOwner, at: reference.uid) }
        }
        let oldLabels = oldMeta?.labels, newLabels = newMeta?.labels
        if old == nil || new == nil || oldLabels != newLabels {
            for (name, value) in oldLabels ?? [:] { Self.remove(key, from: &byLabel, at: LabelPair(name: name, value: value)) }
            for (name, value) in newLabels ?? [:] { Self.insert(key, into: &byLabel, at: LabelPair(name: name, value: value)) }
        }
        guard hasAttributes else { return }
        let oldAttributes = old.map(IndexAttribute.attributes(of:)) ?? []
        let newAttributes = new.map(IndexAttribute.attributes(of:)) ?? []
        if oldAttributes != newAttributes {
            for attribute in oldAttributes { Self.remove(key, from: &byAttribute, at: attribute) }
            for attribute in newAttributes { Self.insert(key, into: &byAttribute, at: attribute) }
        }
    }

    private static func controller(of references: [OwnerReference]?) -> String {
        references?.first { $0.controller == true }?.uid ?? ""
    }

    private static func remove<Value: Hashable>(_ key: ObjectKey, from index: inout [Value: IndexEntry], at value: Value) {
        guard var entry = index.removeValue(forKey: value) else { return }
        entry.remove(key)
        if !entry.keys.isEmpty { index[value] = entry }
    }

    private static func insert<Value: Hashable>(_ key: ObjectKey, into index: inout [Value: IndexEntry], at value: Value) {
        var entry = index.removeValue(forKey: value) ?? IndexEntry()
        entry.insert(key)
        index[value] = entry
    }
}

/// The keys of one index value, kept in key order: a sorted array is a fraction of a hash set's size
/// (most entries hold a handful of keys: an event's object, a pod's IP) and needs no sorting to list.
struct IndexEntry {
    private(set) var keys: [ObjectKey] = []

    /// Adds `key` in order (no-op when present).
    mutating func insert(_ key: ObjectKey) {
        if let last = keys.last, last < key { keys.append(key); return }
        let position = keys.lowerBound(of: key)
        if position < keys.count, keys[position] == key { return }
        keys.insert(key, at: position)
    }

    /// Removes `key` when present.
    mutating func remove(_ key: ObjectKey) {
        let position = keys.lowerBound(of: key)
        if position < keys.count, keys[position] == key { keys.remove(at: position) }
    }
}

/// One label of an object, as the label index keys it.
struct LabelPair: Hashable {
    let name: String
    let value: String
}

/// A resource-specific indexed value: where a pod runs and its IP, the object an event is about.
enum IndexAttribute: Hashable {
    /// A pod's `spec.nodeName` (bound pods only).
    case podNode(String)
    /// A pod's `status.podIP`.
    case podIP(String)
    /// An event's `involvedObject.name`.
    case involvedName(String)

    /// The attributes `object` is indexed under.
    static func attributes(of object: any APIObject) -> [IndexAttribute] {
        if let pod = object as? Pod {
            var attributes: [IndexAttribute] = []
            if let node = pod.spec.nodeName, !node.isEmpty { attributes.append(.podNode(node)) }
            if let ip = pod.status.podIP, !ip.isEmpty { attributes.append(.podIP(ip)) }
            return attributes
        }
        if let event = object as? Event, let name = event.involvedObject.name { return [.involvedName(name)] }
        return []
    }
}

extension Array where Element == ObjectKey {
    /// The first position whose key is not before `key`, in a list in key order (where `key` goes).
    func lowerBound(of key: ObjectKey) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Two key lists in key order, without common keys, merged in key order.
    static func merging(_ left: [ObjectKey], _ right: [ObjectKey]) -> [ObjectKey] {
        guard !left.isEmpty else { return right }
        guard !right.isEmpty else { return left }
        var result: [ObjectKey] = []
        result.reserveCapacity(left.count + right.count)
        var i = 0, j = 0
        while i < left.count, j < right.count {
            if right[j] < left[i] { result.append(right[j]); j += 1 } else { result.append(left[i]); i += 1 }
        }
        result.append(contentsOf: left[i...])
        result.append(contentsOf: right[j...])
        return result
    }
}
