import Collections

/// The embedded simulated cluster: the store, the clock, the seeded randomness and the controllers
/// that react to changes, wired like a real control plane.
///
/// Everything that changes the cluster goes through `api` (the API server) or a controller; time moves
/// only through `advance(by:)`, which runs due timers in order and lets controllers settle after each.
public final class Cluster {
    /// Every stored object.
    public let store: ObjectStore
    /// Simulated time.
    public let clock: SimulationClock
    /// The one source of randomness.
    public var random: SeededRandom
    /// The seed the cluster was built from.
    public let seed: UInt64
    /// The API server: defaulting, validation and admission in front of the store.
    public private(set) var api: APIServer!
    /// Records events with the API server's aggregation rules.
    public private(set) var events: EventRecorder!
    /// Addresses handed out to pods, services and node ports.
    public var addresses = AddressAllocator()
    /// Where container CPU/memory usage comes from (the kubelet's model); metrics-server serves it.
    public var metricsProvider: PodMetricsProvider?
    private var controllers: [Controller] = []
    /// Keys waiting to be reconciled, first in first out; `queued` holds the same keys so a key already
    /// waiting is not added twice (a work queue's dirty set).
    private var queue = Deque<QueuedKey>()
    private var queued = Set<QueuedKey>()
    private var settling = false

    public init(seed: UInt64, start: Double) {
        self.seed = seed
        store = ObjectStore()
        clock = SimulationClock(start: start)
        random = SeededRandom(seed: seed)
        api = APIServer(cluster: self)
        events = EventRecorder(cluster: self)
        store.watch { [unowned self] event in self.enqueue(for: event) }
    }

    /// The current simulated instant.
    public var now: Double { clock.now }
    /// The current simulated instant as an API timestamp.
    public var timestamp: Timestamp { Timestamp(clock.now) }

    /// Adds a controller; it sees every later change.
    public func register(_ controller: Controller) { controllers.append(controller) }

    /// The registered controller of type `T`, if any.
    public func controller<T: Controller>(_ type: T.Type) -> T? {
        controllers.lazy.compactMap { $0 as? T }.first
    }

    /// Asks `controller` to reconcile `key` now (at the next settle).
    public func enqueue(_ controller: Controller, _ key: ObjectKey) {
        guard let index = controllers.firstIndex(where: { $0 === controller }) else { return }
        add(QueuedKey(controller: index, key: key))
    }

    /// Asks `controller` to reconcile `key` after `delay` simulated seconds (upstream's AddAfter).
    public func requeue(_ controller: Controller, _ key: ObjectKey, after delay: Double) {
        clock.schedule(after: delay) { [unowned self, weak controller] in
            if let controller { self.enqueue(controller, key) }
        }
    }

    /// Runs queued reconciles until nothing is left to do at the current instant.
    public func settle() {
        guard !settling else { return }
        settling = true
        defer { settling = false }
        var budget = 2_000_000
        while budget > 0, let item = queue.popFirst() {
            queued.remove(item)
            budget -= 1
            controllers[item.controller].reconcile(item.key, in: self)
        }
    }

    /// Moves simulated time forward by `seconds`, running every timer that falls due on the way.
    public func advance(by seconds: Double) {
        advance(to: clock.now + max(0, seconds))
    }

    /// Moves simulated time forward to `instant`, running due timers in order and settling after each.
    public func advance(to instant: Double) {
        settle()
        while let action = clock.popDue(notAfter: instant) {
            action()
            settle()
        }
        clock.move(to: instant)
        settle()
    }

    /// Moves time forward until `condition` holds or `limit` seconds pass; returns whether it held.
    /// Stops at each timer so callers (rollout status, wait, watches) see every intermediate state.
    public func advance(upTo limit: Double, until condition: () -> Bool) -> Bool {
        settle()
        let deadline = clock.now + limit
        if condition() { return true }
        while let due = clock.nextDue, due <= deadline {
            if let action = clock.popDue(notAfter: deadline) { action() }
            settle()
            if condition() { return true }
        }
        clock.move(to: deadline)
        settle()
        return condition()
    }

    private func enqueue(for event: StoreEvent) {
        for (index, controller) in controllers.enumerated() {
            for key in controller.keys(for: event, in: self) {
                add(QueuedKey(controller: index, key: key))
            }
        }
    }

    private func add(_ item: QueuedKey) {
        if queued.insert(item).inserted { queue.append(item) }
    }
}

/// A (controller, object key) pair waiting to be reconciled; duplicates collapse like a work queue.
struct QueuedKey: Hashable {
    let controller: Int
    let key: ObjectKey
}
