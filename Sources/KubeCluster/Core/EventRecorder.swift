/// Records Events the way components do through the API server: an identical event (same object,
/// reason, message, source and type) seen again bumps `count` and `lastTimestamp` instead of adding a row.
/// Events expire after an hour, like the API server's default event TTL.
public final class EventRecorder {
    private unowned let cluster: Cluster
    /// The latest event of each identity, by the identity's hash: a hit is confirmed against the stored
    /// event, so the map need not keep the identity's six strings (tens of thousands of events at scale).
    private var recent: [Int: ObjectKey] = [:]
    /// Identities whose hash slot in `recent` belongs to another live identity.
    private var collided: [EventIdentity: ObjectKey] = [:]
    private var sequence: UInt64 = 0
    /// The last message recorded per reason (and the last field path), to share equal strings.
    private var lastTexts: [String: String] = [:]
    /// One expiry check per record, an hour later, in a queue instead of a closure each.
    private var expiries: TimerQueue!
    /// How long an event lives (the API server's `--event-ttl`, 1 h).
    public static let timeToLive: Double = 3600

    init(cluster: Cluster) {
        self.cluster = cluster
        expiries = cluster.clock.makeQueue(delay: EventRecorder.timeToLive) { [weak self] key in self?.expire(key) }
    }

    /// Records `reason`/`message` about `object`, from `component` (on `host` for kubelets).
    public func record<T: APIObject>(_ object: T, type: String = "Normal", reason: String, message: String,
                                     component: String, host: String? = nil, fieldPath: String? = nil) {
        let reference = ObjectReference(kind: T.kind, namespace: T.isNamespaced ? object.namespace : nil,
                                        name: object.name, uid: object.metadata.uid, apiVersion: T.apiVersion,
                                        resourceVersion: object.metadata.resourceVersion, fieldPath: fieldPath)
        record(about: reference, namespace: T.isNamespaced ? object.namespace : "default", type: type,
               reason: reason, message: message, component: component, host: host)
    }

    /// Records an event about any referenced object.
    public func record(about reference: ObjectReference, namespace: String, type: String, reason: String,
                       message: String, component: String, host: String?) {
        var reference = reference
        reference.fieldPath = reference.fieldPath.map { shared($0, slot: "\u{0}fieldPath") }
        let message = shared(message, slot: reason)
        let now = cluster.timestamp
        let identity = EventIdentity(uid: reference.uid ?? reference.name ?? "", fieldPath: reference.fieldPath ?? "",
                                     reason: reason, message: message, component: component, type: type)
        if var existing = latest(identity) {
            existing.count = (existing.count ?? 1) + 1
            existing.lastTimestamp = now
            let key = existing.key
            cluster.store.put(existing)
            scheduleExpiry(key)
            return
        }
        sequence += 1
        let suffix = String(UInt64(cluster.now * 1_000_000_000) &+ sequence, radix: 16)
        var event = Event(involvedObject: reference)
        event.metadata = ObjectMeta(name: "\(reference.name ?? "event").\(suffix)", namespace: namespace)
        event.metadata.uid = cluster.random.uuid()
        event.metadata.creationTimestamp = now
        event.reason = reason
        event.message = message
        event.source = EventSource(component: component, host: host)
        event.firstTimestamp = now
        event.lastTimestamp = now
        event.count = 1
        event.type = type
        event.reportingComponent = component
        event.reportingInstance = host ?? ""
        let stored = cluster.store.put(event)
        remember(identity, stored.key)
        scheduleExpiry(stored.key)
    }

    /// `text`, or the equal string last seen in `slot` (one per reason): components write the same
    /// message for pod after pod ("Created container: web"), and sharing one string saves a copy each.
    private func shared(_ text: String, slot: String) -> String {
        if let last = lastTexts[slot], last == text { return last }
        lastTexts[slot] = text
        return text
    }

    /// The stored event last recorded with `identity`, if it still exists.
    private func latest(_ identity: EventIdentity) -> Event? {
        if let key = recent[identity.hashValue], let event = cluster.store.get(Event.self, key), EventIdentity(event) == identity {
            return event
        }
        guard let key = collided[identity] else { return nil }
        return cluster.store.get(Event.self, key)
    }

    /// Makes `key` the latest event of `identity`.
    private func remember(_ identity: EventIdentity, _ key: ObjectKey) {
        let hash = identity.hashValue
        if let holder = recent[hash], holder != key, let event = cluster.store.get(Event.self, holder), EventIdentity(event) != identity {
            collided[identity] = key
        } else {
            recent[hash] = key
            collided[identity] = nil
        }
    }

    /// Forgets `key` as the latest event of `identity`.
    private func forget(_ identity: EventIdentity, _ key: ObjectKey) {
        let hash = identity.hashValue
        if recent[hash] == key { recent[hash] = nil }
        if collided[identity] == key { collided[identity] = nil }
    }

    private func scheduleExpiry(_ key: ObjectKey) {
        cluster.clock.schedule(key, in: expiries)
    }

    /// Deletes the event at `key` once it has not been seen again for the time to live.
    private func expire(_ key: ObjectKey) {
        guard let event = cluster.store.get(Event.self, key) else { return }
        if cluster.now - event.lastTimestamp.instant >= EventRecorder.timeToLive - 0.5 {
            cluster.store.remove(Event.self, key)
            // The identity is worked out again from the event, so expiry touches one entry.
            forget(EventIdentity(event), key)
        }
    }
}

/// What makes two events "the same" for aggregation.
struct EventIdentity: Hashable {
    let uid: String
    let fieldPath: String
    let reason: String
    let message: String
    let component: String
    let type: String

    init(uid: String, fieldPath: String, reason: String, message: String, component: String, type: String) {
        self.uid = uid
        self.fieldPath = fieldPath
        self.reason = reason
        self.message = message
        self.component = component
        self.type = type
    }

    /// The identity `record` gave `event` (read back from the fields it wrote).
    init(_ event: Event) {
        let reference = event.involvedObject
        self.init(uid: reference.uid ?? reference.name ?? "", fieldPath: reference.fieldPath ?? "", reason: event.reason ?? "",
                  message: event.message ?? "", component: event.source?.component ?? "", type: event.type ?? "")
    }
}
