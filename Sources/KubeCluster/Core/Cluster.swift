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

    /// Asked between steps of `settle` and `advance`: when it returns true the cluster stops at the next
    /// boundary (between two reconciles, or between two timers), leaving every object whole, the remaining
    /// work queued and `now` at the last timer that ran. The front end passes "was Ctrl-C pressed?" here;
    /// the cluster knows nothing of terminals.
    public var shouldStop: () -> Bool = { false }
    /// The most reconciles one `settle` runs. The workloads kubetutor simulates need far fewer (see
    /// `standardSettleLimit`); reaching it means controllers keep waking each other (a loop), so the cluster
    /// stops there — consistent, with the rest still queued — and `takeStall()` says so.
    public var settleLimit = Cluster.standardSettleLimit
    /// The default `settleLimit`. Measured: no settle of the test suite runs more than 500 reconciles; the
    /// largest of the 10,000-pod scale benchmark (100 Deployments × 100 replicas created at once) runs 30,800.
    /// About four times that leaves room for bigger learner workloads and still ends a loop within seconds
    /// (the old guard, 2,000,000, took minutes). Work beyond it is not lost: it stays queued for the next settle.
    public static let standardSettleLimit = 120_000
    /// How many reconciles run between two polls of `shouldStop` inside `settle`.
    static let reconcilesPerPoll = 64
    /// Set when a settle reached `settleLimit`; cleared by `takeStall()`.
    public private(set) var stall: SettleStall?
    /// True once `shouldStop` answered true or a settle stalled, until the next `advance` starts: long-running
    /// callers check it to stop too.
    public private(set) var wasStopped = false

    /// Runs queued reconciles until nothing is left to do at the current instant (or `shouldStop` says
    /// stop, or `settleLimit` reconciles ran). Returns false when work is left queued.
    @discardableResult
    public func settle() -> Bool {
        guard !settling else { return true }
        settling = true
        defer { settling = false }
        var steps = 0
        while let item = queue.popFirst() {
            queued.remove(item)
            steps += 1
            controllers[item.controller].reconcile(item.key, in: self)
            if steps >= settleLimit, !queue.isEmpty {
                stall = SettleStall(reconciles: steps, stillQueued: queue.count, at: clock.now)
                wasStopped = true
                return false
            }
            if steps % Self.reconcilesPerPoll == 0, !queue.isEmpty, shouldStop() {
                wasStopped = true
                return false
            }
        }
        return true
    }

    /// Returns and forgets the report of a settle that reached `settleLimit`, if one did.
    public func takeStall() -> SettleStall? {
        defer { stall = nil }
        return stall
    }

    /// Moves simulated time forward by `seconds`, running every timer that falls due on the way.
    /// Returns false when it stopped early (`shouldStop`, or a stalled settle): `now` is then the instant
    /// of the last timer that ran.
    @discardableResult
    public func advance(by seconds: Double) -> Bool {
        advance(to: clock.now + max(0, seconds))
    }

    /// Moves simulated time forward to `instant`, running due timers in order and settling after each.
    /// Polls `shouldStop` between timers; returns false when it stopped before `instant`.
    @discardableResult
    public func advance(to instant: Double) -> Bool {
        wasStopped = false
        guard settle() else { return false }
        while let action = clock.popDue(notAfter: instant) {
            action()
            guard settle(), !pollStop() else { return false }
        }
        clock.move(to: instant)
        return settle()
    }

    /// Moves time forward until `condition` holds or `limit` seconds pass; returns whether it held.
    /// Stops at each timer so callers (rollout status, wait, watches) see every intermediate state.
    /// Stops early, as `advance(to:)` does, when `shouldStop` says so (check `wasStopped`).
    public func advance(upTo limit: Double, until condition: () -> Bool) -> Bool {
        wasStopped = false
        guard settle() else { return condition() }
        let deadline = clock.now + limit
        if condition() { return true }
        while let due = clock.nextDue, due <= deadline {
            if let action = clock.popDue(notAfter: deadline) { action() }
            guard settle() else { return condition() }
            if condition() { return true }
            if pollStop() { return false }
        }
        clock.move(to: deadline)
        settle()
        return condition()
    }

    /// Asks `shouldStop`, remembering a yes in `wasStopped`.
    private func pollStop() -> Bool {
        if shouldStop() { wasStopped = true }
        return wasStopped
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

/// A settle that reached `Cluster.settleLimit`: controllers kept queueing work (a loop). The cluster stopped
/// between two reconciles, so every object is whole; the rest of the work stays queued.
public struct SettleStall: Equatable {
    /// Reconciles run by that settle.
    public let reconciles: Int
    /// Keys still waiting to be reconciled.
    public let stillQueued: Int
    /// The simulated instant time stopped at.
    public let at: Double

    /// The message shown to the learner.
    public var message: String {
        "kubetutor: the simulated controllers did not settle after \(reconciles) reconciles (\(stillQueued) still queued): "
            + "a controller loop? Simulated time stopped here; the cluster is consistent but may lag behind."
    }
}
