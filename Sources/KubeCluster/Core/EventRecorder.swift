/// Records Events the way components do through the API server: an identical event (same object,
/// reason, message, source and type) seen again bumps `count` and `lastTimestamp` instead of adding a row.
/// Events expire after an hour, like the API server's default event TTL.
public final class EventRecorder {
    private unowned let cluster: Cluster
    private var sequence: UInt64 = 0
    /// Aggregation of similar events and the spam budget.
    private var correlator = EventCorrelator()
    /// Identities whose newest occurrences the spam filter dropped: the count and first time they have
    /// reached, and the name their event will have (upstream's recorder remembers these the same way).
    private var skipped: [EventIdentity: Observation] = [:]
    /// Messages and field paths recorded lately, so equal ones share one string.
    private let recentTexts = RecentValues<String>(limit: 1024)
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

    /// Records an event about any referenced object, through the recorder's correlator (aggregation of
    /// similar events and the per-object spam budget) as client-go's recorder does. The scheduler writes
    /// through the newer events API, which has neither, so its events are only counted when repeated.
    public func record(about reference: ObjectReference, namespace: String, type: String, reason: String,
                       message: String, component: String, host: String?) {
        var reference = reference
        reference.fieldPath = reference.fieldPath.map(shared)
        let message = shared(message)
        var identity = EventIdentity(uid: reference.uid ?? reference.name ?? "", fieldPath: reference.fieldPath ?? "",
                                     reason: reason, message: message, component: component, type: type)
        var draft = EventDraft(reference: reference, namespace: namespace, type: type, reason: reason, message: message,
                               component: component, host: host)
        if component != Self.schedulerComponent {
            var source = StableHash()
            for field in [component, host ?? "", reference.kind ?? "", reference.namespace ?? "", reference.name ?? "",
                          reference.uid ?? "", reference.apiVersion ?? ""] { source.combine(field) }
            var group = source
            for field in [type, reason, component, host ?? ""] { group.combine(field) }
            if correlator.isCombined(group: group.value, message: StableHash.of(message), at: cluster.now) {
                identity = EventIdentity(combining: identity)
                draft.combine()
            }
            guard correlator.allows(source.value, at: cluster.now) else {
                let previous = observation(identity, draft)
                skipped[identity] = Observation(name: previous?.name ?? newName(for: reference),
                                                count: Observation.next(after: previous?.count ?? 0), first: previous?.first ?? cluster.timestamp)
                return
            }
        }
        write(draft, as: identity)
    }

    /// The scheduler's component name: its events bypass the correlator.
    static let schedulerComponent = "default-scheduler"

    /// Writes `draft`: a repeat of `identity` bumps its count (and takes the newest message, which only
    /// differs for combined events); a new one is created under a fresh name, or under the name its
    /// dropped first occurrences were given.
    private func write(_ draft: EventDraft, as identity: EventIdentity) {
        let now = cluster.timestamp
        let pending = skipped.removeValue(forKey: identity)
        if var existing = latest(identity, draft) {
            existing.count = Observation.next(after: pending?.count ?? existing.count ?? 1)
            existing.lastTimestamp = now
            existing.message = draft.message
            let key = existing.key
            cluster.store.put(existing)
            scheduleExpiry(key)
            return
        }
        var event = Event(involvedObject: draft.reference)
        event.metadata = ObjectMeta(name: pending?.name ?? newName(for: draft.reference), namespace: draft.namespace)
        event.metadata.uid = cluster.random.uuid()
        event.metadata.creationTimestamp = now
        event.reason = draft.reason
        event.message = draft.message
        event.source = EventSource(component: draft.component, host: draft.host)
        event.firstTimestamp = pending?.first ?? now
        event.lastTimestamp = now
        event.count = Observation.next(after: pending?.count ?? 0)
        event.type = draft.type
        event.reportingComponent = draft.reportingComponent
        event.reportingInstance = draft.reportingInstance
        let stored = cluster.store.put(event)
        scheduleExpiry(stored.key)
    }

    /// A new event name: the object's name and a unique hexadecimal suffix, as recorders name events.
    private func newName(for reference: ObjectReference) -> String {
        sequence += 1
        let suffix = String(UInt64(cluster.now * 1_000_000_000) &+ sequence, radix: 16)
        return "\(reference.name ?? "event").\(suffix)"
    }

    /// What the recorder last observed of `identity`: its dropped occurrences if the newest ones were
    /// dropped, else the stored event.
    private func observation(_ identity: EventIdentity, _ draft: EventDraft) -> Observation? {
        if let pending = skipped[identity] { return pending }
        guard let event = latest(identity, draft) else { return nil }
        return Observation(name: event.name, count: event.count ?? 1, first: event.firstTimestamp)
    }

    /// `text`, or the equal text recorded lately: components write the same message and field path for
    /// pod after pod ("Created container: web"), so events share one copy, kept at its exact size.
    private func shared(_ text: String) -> String {
        recentTexts.shared(text) { $0.compacted() }
    }

    /// The stored event of `identity` about the draft's object, the newest if there are several: found
    /// through the store's index of events by object (a handful each), so the recorder keeps no map of
    /// its own over tens of thousands of events.
    private func latest(_ identity: EventIdentity, _ draft: EventDraft) -> Event? {
        guard let name = draft.reference.name else { return nil }
        var newest: (event: Event, revision: Int64)?
        for event in cluster.store.events(involving: name, namespace: draft.namespace) where EventIdentity(event) == identity {
            let revision = Int64(event.metadata.resourceVersion ?? "") ?? 0
            if newest.map({ revision > $0.revision }) ?? true { newest = (event, revision) }
        }
        return newest?.event
    }

    private func scheduleExpiry(_ key: ObjectKey) {
        cluster.clock.schedule(key, in: expiries)
    }

    /// Deletes the event at `key` once it has not been seen again for the time to live.
    private func expire(_ key: ObjectKey) {
        guard let event = cluster.store.get(Event.self, key) else { return }
        if cluster.now - event.lastTimestamp.instant >= EventRecorder.timeToLive - 0.5 {
            cluster.store.remove(Event.self, key)
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

    /// The identity of the combined event that similar events to `identity` are written as: the same
    /// object, source, type and reason, whatever the message or container.
    init(combining identity: EventIdentity) {
        self.init(uid: identity.uid, fieldPath: "", reason: identity.reason, message: EventIdentity.combinedMessage,
                  component: identity.component, type: identity.type)
    }

    /// Stands for the message in a combined event's identity (its stored message changes every time).
    static let combinedMessage = "\u{0}combined"

    /// The identity `record` gave `event` (read back from the fields it wrote).
    init(_ event: Event) {
        let reference = event.involvedObject
        self.init(uid: reference.uid ?? reference.name ?? "", fieldPath: reference.fieldPath ?? "", reason: event.reason ?? "",
                  message: event.message ?? "", component: event.source?.component ?? "", type: event.type ?? "")
        if event.isCombined { self.init(combining: self) }
    }
}

extension Event {
    /// Whether this is a recorder's combined event, standing for many similar ones.
    var isCombined: Bool {
        reportingComponent.isEmpty && (message ?? "").hasPrefix(EventCorrelator.combinedPrefix)
    }
}

/// An event about to be written: what a component reported, or the combined event it stands in.
struct EventDraft {
    var reference: ObjectReference
    var namespace: String
    var type: String
    var reason: String
    var message: String
    var component: String
    var host: String?
    /// Whether this is the combined event of similar ones.
    var isCombined = false

    /// The recorder's `reportingController`: its component, but none on a combined event, as upstream.
    var reportingComponent: String { isCombined ? "" : component }
    /// The recorder's `reportingInstance`: its host, but none on a combined event.
    var reportingInstance: String { isCombined ? "" : host ?? "" }

    /// Turns the draft into the combined event of its similar events.
    mutating func combine() {
        message = EventCorrelator.combinedPrefix + message
        isCombined = true
    }
}

/// What a recorder remembers of an event identity: the event's name, how many times it occurred and when first.
struct Observation {
    var name: String
    var count: Int32

    /// The count after `count` (an edited event may hold any count: it stops at the largest instead of overflowing).
    static func next(after count: Int32) -> Int32 { count == .max ? count : count + 1 }
    var first: Timestamp
}
