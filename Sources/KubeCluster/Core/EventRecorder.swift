/// Records Events the way components do through the API server: an identical event (same object,
/// reason, message, source and type) seen again bumps `count` and `lastTimestamp` instead of adding a row.
/// Events expire after an hour, like the API server's default event TTL.
public final class EventRecorder {
    private unowned let cluster: Cluster
    private var recent: [EventIdentity: ObjectKey] = [:]
    private var sequence: UInt64 = 0
    /// How long an event lives (the API server's `--event-ttl`, 1 h).
    public static let timeToLive: Double = 3600

    init(cluster: Cluster) { self.cluster = cluster }

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
        let now = cluster.timestamp
        let identity = EventIdentity(uid: reference.uid ?? reference.name ?? "", fieldPath: reference.fieldPath ?? "",
                                     reason: reason, message: message, component: component, type: type)
        if let key = recent[identity], var existing = cluster.store.get(Event.self, key) {
            existing.count = (existing.count ?? 1) + 1
            existing.lastTimestamp = now
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
        recent[identity] = stored.key
        scheduleExpiry(stored.key)
    }

    private func scheduleExpiry(_ key: ObjectKey) {
        cluster.clock.schedule(after: EventRecorder.timeToLive) { [weak self] in
            guard let self, let event = self.cluster.store.get(Event.self, key) else { return }
            if self.cluster.now - event.lastTimestamp.instant >= EventRecorder.timeToLive - 0.5 {
                self.cluster.store.remove(Event.self, key)
                // The identity is worked out again from the event, so expiry touches one entry.
                let identity = EventIdentity(event)
                if self.recent[identity] == key { self.recent[identity] = nil }
            }
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
