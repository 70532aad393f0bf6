import Collections
import KubeCluster

/// Every store change since the server started, numbered by the store revision it produced, so a watch
/// can start at a resourceVersion a client listed at and miss nothing in between.
final class EventHistory {
    /// One change and the store revision after it.
    struct Entry {
        let revision: Int64
        let event: StoreEvent
    }

    private(set) var entries: Deque<Entry> = []
    /// The oldest revision a watch can still start from.
    private(set) var oldestRevision: Int64
    private let capacity: Int
    private var listeners: [(id: Int, handler: (Entry) -> Void)] = []
    private var nextListener = 0
    private var storeWatch: Int?
    private unowned let store: ObjectStore

    init(store: ObjectStore, capacity: Int = 20_000) {
        self.store = store
        self.capacity = capacity
        oldestRevision = store.revision
        storeWatch = store.watch { [unowned self] event in self.record(event) }
    }

    /// Stops recording.
    func detach() {
        if let storeWatch { store.unwatch(storeWatch) }
        storeWatch = nil
    }

    /// Calls `handler` for every later change; returns an id for `removeListener`.
    func addListener(_ handler: @escaping (Entry) -> Void) -> Int {
        nextListener += 1
        listeners.append((nextListener, handler))
        return nextListener
    }

    func removeListener(_ id: Int) { listeners.removeAll { $0.id == id } }

    private func record(_ event: StoreEvent) {
        let entry = Entry(revision: store.revision, event: event)
        entries.append(entry)
        if entries.count > capacity, let dropped = entries.popFirst() { oldestRevision = dropped.revision }
        for listener in listeners { listener.handler(entry) }
    }
}

/// Which objects a watch reports: one resource, optionally one namespace, one name and selectors.
struct WatchFilter {
    let resource: APIResource
    let namespace: String?
    let labelSelector: LabelSelector
    let fieldSelector: FieldSelector

    func matches(_ object: any APIObject) -> Bool {
        guard type(of: object).resource == resource.name else { return false }
        if let namespace, object.namespace != namespace { return false }
        guard labelSelector.matches(object.metadata.labelMap) else { return false }
        guard !fieldSelector.isEmpty else { return true }
        let json = ObjectSelection.json(object)
        return fieldSelector.matches { FieldSelectorSupport.selectableValue(of: $0, in: json, kind: resource.kind) }
    }
}

/// An open watch: `{"type":…,"object":…}` lines for every matching change, until the client leaves, the
/// timeout passes or (in a fast-forwarded test clock) the follow limit of simulated time runs out.
final class WatchStream: ResponseStream {
    let status = 200
    let contentType = "application/json"
    private let filter: WatchFilter
    private let render: (WatchEventType, any APIObject) -> JSONValue
    private let history: EventHistory
    private var listener: Int?
    private var pending: [UInt8] = []
    private let lifetime: StreamLifetime

    /// Starts a watch; `initial` objects are sent as ADDED first, then history after `revision` (when given) and
    /// every later change.
    init(filter: WatchFilter, history: EventHistory, initial: [any APIObject], after revision: Int64?,
         render: @escaping (WatchEventType, any APIObject) -> JSONValue, lifetime: StreamLifetime) {
        self.filter = filter
        self.history = history
        self.render = render
        self.lifetime = lifetime
        for object in initial { append(.added, object) }
        if let revision {
            for entry in history.entries where entry.revision > revision { consider(entry) }
        }
        listener = history.addListener { [weak self] entry in self?.consider(entry) }
    }

    func drain() -> (bytes: [UInt8], finished: Bool) {
        let bytes = pending
        pending = []
        return (bytes, lifetime.isExpired)
    }

    var simulatedDeadline: Double? { lifetime.simulatedDeadline }

    func close() {
        if let listener { history.removeListener(listener) }
        listener = nil
    }

    private func consider(_ entry: EventHistory.Entry) {
        guard filter.matches(entry.event.object) else { return }
        append(entry.event.type, entry.event.object)
    }

    private func append(_ type: WatchEventType, _ object: any APIObject) {
        var line = OrderedDictionary<String, JSONValue>()
        line["type"] = .string(type.rawValue)
        line["object"] = render(type, object)
        pending += Array((JSONValue.object(line).compactJSON() + "\n").utf8)
        lifetime.noteOutput()
    }
}

/// The JSON of a stored object, as field selectors read it.
enum ObjectSelection {
    static func json(_ object: any APIObject) -> JSONValue { (try? TreeEncoder().encode(object)) ?? .null }
}

/// How long a followed stream stays open when time is fast-forwarded, as the REPL's `get -w` and `logs -f` do in
/// batch mode: until `quiet` simulated seconds pass without output, or `limit` seconds after it started.
public struct FollowRule: Sendable {
    /// Simulated seconds without output after which the stream ends.
    public var quiet: Double
    /// Simulated seconds after the start at which the stream ends regardless.
    public var limit: Double
    /// The REPL's batch-mode rule by default: 30 s of quiet, 600 s at most.
    public init(quiet: Double = 30, limit: Double = 600) {
        self.quiet = quiet
        self.limit = limit
    }
}

/// When one stream ends: the client's `timeoutSeconds` (wall clock), or the follow rule in simulated time.
final class StreamLifetime {
    private let wallDeadline: Double?
    private let follow: FollowRule?
    private unowned let cluster: Cluster
    private let wallClock: () -> Double
    private let start: Double
    private var lastOutput: Double

    init(wallDeadline: Double?, follow: FollowRule?, cluster: Cluster, wallClock: @escaping () -> Double) {
        self.wallDeadline = wallDeadline
        self.follow = follow
        self.cluster = cluster
        self.wallClock = wallClock
        start = cluster.now
        lastOutput = cluster.now
    }

    /// Something was sent: the quiet period starts again.
    func noteOutput() { lastOutput = cluster.now }

    /// The simulated instant the stream ends at if nothing more is sent.
    var simulatedDeadline: Double? { follow.map { min(lastOutput + $0.quiet, start + $0.limit) } }

    var isExpired: Bool {
        if let wallDeadline, wallClock() >= wallDeadline { return true }
        if let simulatedDeadline, cluster.now >= simulatedDeadline { return true }
        return false
    }
}
