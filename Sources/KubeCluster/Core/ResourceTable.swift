/// One resource's objects in the store, with its keys kept in etcd order and the indexes controllers
/// and printers read (like an informer's indexer), so they need not scan every object.
///
/// Each object sits in a slot of one array, found by key through a dictionary of slot numbers; the
/// slots in key order are a list of slot numbers, so a listing walks that list and reads the slots, with
/// no hashing per object. The order is brought up to date lazily: slots added or emptied since the last
/// listing are merged in (or dropped) when a listing asks for the order, so a burst of creations costs one
/// merge. An emptied slot keeps its key until then (storing that key again takes it back), and is then
/// freed for reuse.
final class ResourceTable {
    /// A stored object and its key; `object` is nil while the slot waits to be freed or reused.
    fileprivate struct Slot {
        var key: ObjectKey
        var object: (any APIObject)?
    }

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
    private var slots: [Slot] = []
    /// Slots free for reuse.
    private var freeSlots: [Int32] = []
    /// The slot of every key in `slots`, emptied slots not yet freed included.
    private var slotByKey: SlotDirectory
    /// The slots in key order, as of the last merge.
    private var orderedSlots: [Int32] = []
    /// Slots filled since the last merge (not in `orderedSlots` yet).
    private var pendingAdditions: Set<Int32> = []
    /// How many slots of `orderedSlots` were emptied since the last merge.
    private var pendingRemovals = 0

    init(resource: String, keyHash: @escaping (ObjectKey) -> Int = { $0.hashValue }) {
        self.resource = resource
        slotByKey = SlotDirectory(hash: keyHash)
        indexesOrphans = resource != Event.resource
        hasAttributes = resource == Pod.resource || resource == Event.resource
    }

    /// How many objects are stored.
    var count: Int { slotByKey.count - pendingRemovals }

    /// The object stored at `key`.
    func object(at key: ObjectKey) -> (any APIObject)? {
        guard let slot = slotByKey.slot(of: key, in: slots) else { return nil }
        return slots[Int(slot)].object
    }

    /// Stores `object` at its key; returns the object it replaced.
    @discardableResult
    func store(_ object: any APIObject) -> (any APIObject)? {
        let key = object.key
        if let slot = slotByKey.slot(of: key, in: slots) {
            let old = slots[Int(slot)].object
            slots[Int(slot)].object = object
            if old == nil { pendingRemovals -= 1 } // emptied and filled again before a merge: still in order
            reindex(slot, from: old, to: object)
            return old
        }
        let slot: Int32
        if let free = freeSlots.popLast() {
            slot = free
            slots[Int(free)] = Slot(key: key, object: object)
        } else {
            slot = Int32(slots.count)
            slots.append(Slot(key: key, object: object))
        }
        slotByKey.add(key, at: slot)
        pendingAdditions.insert(slot)
        // A resource nobody lists (events) would otherwise gather every new slot in the set: merge them in
        // every few thousand.
        reindex(slot, from: nil, to: object)
        if pendingAdditions.count >= Self.pendingMergeThreshold { flushPending() }
        return nil
    }

    /// How many pending additions (or removals) are merged into the order without waiting for a listing.
    private static let pendingMergeThreshold = 4096

    /// Removes the object at `key`; returns it.
    @discardableResult
    func remove(_ key: ObjectKey) -> (any APIObject)? {
        guard let slot = slotByKey.slot(of: key, in: slots), let old = slots[Int(slot)].object else { return nil }
        reindex(slot, from: old, to: nil) // while the slot still holds its key, which places it in the indexes
        slots[Int(slot)].object = nil
        if pendingAdditions.remove(slot) != nil {
            slotByKey.remove(key, in: slots)
            free(slot)
        } else {
            pendingRemovals += 1
            if pendingRemovals >= Self.pendingMergeThreshold { flushPending() }
        }
        return old
    }

    /// Calls `body` with every object in key order (namespace, then name), only those in `namespace` when given.
    func forEachObject(namespace: String?, _ body: (any APIObject) -> Void) {
        flushPending()
        for position in orderedRange(namespace: namespace) {
            if let object = slots[Int(orderedSlots[position])].object { body(object) }
        }
    }

    /// The positions in `orderedSlots` of the keys in `namespace` (all when nil); the order must be merged.
    private func orderedRange(namespace: String?) -> Range<Int> {
        guard let namespace else { return orderedSlots.indices }
        var low = 0, high = orderedSlots.count
        while low < high {
            let middle = (low + high) / 2
            if slots[Int(orderedSlots[middle])].key.namespace < namespace { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < orderedSlots.count, slots[Int(orderedSlots[end])].key.namespace == namespace { end += 1 }
        return low..<end
    }

    /// The objects whose keys are in `keys` (in key order), only those in `namespace` when given.
    func objects(at keys: [ObjectKey], namespace: String?) -> [any APIObject] {
        var found: [any APIObject] = []
        found.reserveCapacity(keys.count)
        for key in keys where namespace == nil || key.namespace == namespace {
            if let object = object(at: key) { found.append(object) }
        }
        return found
    }

    /// The keys of objects whose controller has `uid` (`""`: none), in key order.
    func keys(controlledBy uid: String) -> [ObjectKey] { ordered(&byController, uid) }
    /// The keys of objects with an owner reference to `uid`, in key order.
    func keys(ownedBy uid: String) -> [ObjectKey] { ordered(&byOwner, uid) }
    /// The keys of objects labelled `pair`, in key order.
    func keys(labelled pair: LabelPair) -> [ObjectKey] { ordered(&byLabel, pair) }
    /// The keys of objects with `attribute`, in key order.
    func keys(with attribute: IndexAttribute) -> [ObjectKey] { ordered(&byAttribute, attribute) }

    /// The keys under `value` in an index, in key order.
    private func ordered<Value: Hashable>(_ index: inout [Value: IndexEntry], _ value: Value) -> [ObjectKey] {
        index[value]?.slots.map { slots[Int($0)].key } ?? []
    }

    /// Frees an emptied slot for reuse (its key's strings are let go).
    private func free(_ slot: Int32) {
        slots[Int(slot)].key = ObjectKey(namespace: "", name: "")
        freeSlots.append(slot)
    }

    /// Brings `orderedSlots` up to date: emptied slots are dropped (and freed), filled ones merged in.
    private func flushPending() {
        guard !pendingAdditions.isEmpty || pendingRemovals > 0 else { return }
        var kept = orderedSlots
        orderedSlots = [] // `kept` must not share its buffer when it is filtered or merged below
        if pendingRemovals > 0 {
            kept.removeAll { slot in
                guard slots[Int(slot)].object == nil else { return false }
                slotByKey.remove(slots[Int(slot)].key, in: slots)
                free(slot)
                return true
            }
            pendingRemovals = 0
        }
        let added = pendingAdditions.sorted { slots[Int($0)].key < slots[Int($1)].key }
        pendingAdditions.removeAll(keepingCapacity: true)
        orderedSlots = .merging(kept, added) { slots[Int($0)].key < slots[Int($1)].key }
    }

    private func reindex(_ slot: Int32, from old: (any APIObject)?, to new: (any APIObject)?) {
        let oldMeta = old?.metadata, newMeta = new?.metadata
        let oldReferences = oldMeta?.ownerReferences, newReferences = newMeta?.ownerReferences
        if old == nil || new == nil || oldReferences != newReferences {
            let previous = old.map { _ in Self.controller(of: oldReferences) }
            let current = new.map { _ in Self.controller(of: newReferences) }
            if previous != current {
                if let previous, indexesOrphans || !previous.isEmpty { remove(slot, from: &byController, at: previous) }
                if let current, indexesOrphans || !current.isEmpty { insert(slot, into: &byController, at: current) }
            }
            for reference in oldReferences ?? [] { remove(slot, from: &byOwner, at: reference.uid) }
            for reference in newReferences ?? [] { insert(slot, into: &byOwner, at: reference.uid) }
        }
        let oldLabels = oldMeta?.labels, newLabels = newMeta?.labels
        if old == nil || new == nil || oldLabels != newLabels {
            for (name, value) in oldLabels ?? [:] { remove(slot, from: &byLabel, at: LabelPair(name: name, value: value)) }
            for (name, value) in newLabels ?? [:] { insert(slot, into: &byLabel, at: LabelPair(name: name, value: value)) }
        }
        guard hasAttributes else { return }
        let oldAttributes = old.map(IndexAttribute.attributes(of:)) ?? []
        let newAttributes = new.map(IndexAttribute.attributes(of:)) ?? []
        if oldAttributes != newAttributes {
            for attribute in oldAttributes { remove(slot, from: &byAttribute, at: attribute) }
            for attribute in newAttributes { insert(slot, into: &byAttribute, at: attribute) }
        }
    }

    private static func controller(of references: [OwnerReference]?) -> String {
        references?.first { $0.controller == true }?.uid ?? ""
    }

    private func remove<Value: Hashable>(_ slot: Int32, from index: inout [Value: IndexEntry], at value: Value) {
        guard var entry = index.removeValue(forKey: value) else { return }
        entry.remove(slot, in: slots)
        if !entry.slots.isEmpty { index[value] = entry }
    }

    private func insert<Value: Hashable>(_ slot: Int32, into index: inout [Value: IndexEntry], at value: Value) {
        var entry = index.removeValue(forKey: value) ?? IndexEntry()
        entry.insert(slot, in: slots)
        index[value] = entry
    }
}

/// The slot of every key in a table, stored by the key's hash: 12 bytes an entry instead of a key's 36,
/// which counts with tens of thousands of events. A hit is confirmed against the key the slot holds; the
/// rare key whose hash another key already holds is kept by key in `collided`.
struct SlotDirectory {
    private var byHash: [Int: Int32] = [:]
    private var collided: [ObjectKey: Int32] = [:]
    /// The hash a key is filed under (its `hashValue`; tests force collisions with another).
    let hash: (ObjectKey) -> Int

    init(hash: @escaping (ObjectKey) -> Int = { $0.hashValue }) { self.hash = hash }

    /// How many keys have a slot.
    var count: Int { byHash.count + collided.count }

    /// The slot of `key`, if it has one; `table` holds each slot's key.
    fileprivate func slot(of key: ObjectKey, in table: [ResourceTable.Slot]) -> Int32? {
        if let slot = byHash[hash(key)], table[Int(slot)].key == key { return slot }
        return collided.isEmpty ? nil : collided[key]
    }

    /// Records `slot` as the slot of `key`, which has none yet.
    mutating func add(_ key: ObjectKey, at slot: Int32) {
        let filed = self.hash(key)
        if byHash[filed] == nil { byHash[filed] = slot } else { collided[key] = slot }
    }

    /// Forgets the slot of `key` (which must still hold `key`).
    fileprivate mutating func remove(_ key: ObjectKey, in table: [ResourceTable.Slot]) {
        let filed = self.hash(key)
        if let slot = byHash[filed], table[Int(slot)].key == key {
            byHash[filed] = nil
        } else {
            collided[key] = nil
        }
    }
}

/// The slots of one index value, kept in their keys' order: slot numbers are an eighth of a key's
/// size, and a sorted array is a fraction of a hash set's (most entries hold a handful: an event's
/// object, a pod's IP) and needs no sorting to list.
struct IndexEntry {
    private(set) var slots: [Int32] = []

    /// Adds `slot` in order (no-op when present); `table` holds each slot's key.
    fileprivate mutating func insert(_ slot: Int32, in table: [ResourceTable.Slot]) {
        let key = table[Int(slot)].key
        if let last = slots.last, table[Int(last)].key < key { slots.append(slot); return }
        let position = lowerBound(of: key, in: table)
        if position < slots.count, slots[position] == slot { return }
        slots.insert(slot, at: position)
    }

    /// Removes `slot` when present; `table` holds each slot's key.
    fileprivate mutating func remove(_ slot: Int32, in table: [ResourceTable.Slot]) {
        let position = lowerBound(of: table[Int(slot)].key, in: table)
        if position < slots.count, slots[position] == slot { slots.remove(at: position) }
    }

    /// The first position whose slot's key is not before `key`.
    private func lowerBound(of key: ObjectKey, in table: [ResourceTable.Slot]) -> Int {
        var low = 0, high = slots.count
        while low < high {
            let middle = (low + high) / 2
            if table[Int(slots[middle])].key < key { low = middle + 1 } else { high = middle }
        }
        return low
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

extension Array {
    /// Two lists, each in the order `isBefore` gives and without common elements, merged in that order.
    static func merging(_ left: [Element], _ right: [Element], by isBefore: (Element, Element) -> Bool) -> [Element] {
        guard !left.isEmpty else { return right }
        guard !right.isEmpty else { return left }
        var result: [Element] = []
        result.reserveCapacity(left.count + right.count)
        var i = 0, j = 0
        while i < left.count, j < right.count {
            if isBefore(right[j], left[i]) { result.append(right[j]); j += 1 } else { result.append(left[i]); i += 1 }
        }
        result.append(contentsOf: left[i...])
        result.append(contentsOf: right[j...])
        return result
    }
}
