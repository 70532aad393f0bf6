import Collections

/// Simulated time: a discrete-event clock.
///
/// Nothing ticks. Work that must happen later (a back-off expiring, a probe period, the HPA's sync, a
/// grace period ending) is scheduled as a timer; `advance(to:)` runs every timer that falls due, in time
/// order (ties in scheduling order), moving `now` to each one's instant as it runs.
///
/// Besides closures in a heap, the clock keeps first-in-first-out `TimerQueue`s: timers that all wait
/// the same delay and run the same action on a key (event expiry), stored as plain entries instead of
/// one closure each. They share the heap's sequence numbers, so the run order is the same either way.
public final class SimulationClock {
    /// The current simulated instant, in seconds since the Unix epoch.
    public private(set) var now: Double
    private var timers = Heap<ScheduledTimer>()
    private var queues: [TimerQueue] = []
    private var nextSequence: UInt64 = 0

    public init(start: Double) { now = start }

    /// Runs `action` at `instant` (or at once on the next advance if `instant` is already past).
    public func schedule(at instant: Double, _ action: @escaping () -> Void) {
        nextSequence += 1
        timers.insert(ScheduledTimer(due: max(instant, now), sequence: nextSequence, action: action))
    }

    /// Runs `action` after `delay` seconds.
    public func schedule(after delay: Double, _ action: @escaping () -> Void) {
        schedule(at: now + max(0, delay), action)
    }

    /// A new queue of timers that run `action` on their key `delay` seconds after being scheduled.
    func makeQueue(delay: Double, action: @escaping (ObjectKey) -> Void) -> TimerQueue {
        let queue = TimerQueue(delay: max(0, delay), action: action)
        queues.append(queue)
        return queue
    }

    /// Runs `queue`'s action on `key` after the queue's delay (as `schedule(after:)` would, in order).
    func schedule(_ key: ObjectKey, in queue: TimerQueue) {
        nextSequence += 1
        queue.entries.append(QueuedTimer(due: now + queue.delay, sequence: nextSequence, key: key))
    }

    /// The instant of the earliest pending timer, if any.
    public var nextDue: Double? { earliest()?.due }

    /// How many timers are pending.
    public var pendingCount: Int { queues.reduce(timers.count) { $0 + $1.entries.count } }

    /// Pops and returns the earliest timer due at or before `limit`, moving `now` to its instant.
    public func popDue(notAfter limit: Double) -> (() -> Void)? {
        guard let first = earliest(), first.due <= limit else { return nil }
        now = max(now, first.due)
        guard let queue = first.queue else { return timers.removeMin().action }
        guard let entry = queue.entries.popFirst() else { return nil }
        let action = queue.action
        return { action(entry.key) }
    }

    /// Moves `now` forward to `instant` without running anything (callers run due timers first).
    public func move(to instant: Double) { now = max(now, instant) }

    /// The earliest pending timer: its instant, and the queue it heads (nil: the heap's minimum).
    private func earliest() -> (due: Double, queue: TimerQueue?)? {
        var best: (due: Double, sequence: UInt64, queue: TimerQueue?)?
        if let first = timers.min { best = (first.due, first.sequence, nil) }
        for queue in queues {
            guard let head = queue.entries.first else { continue }
            if let current = best, (current.due, current.sequence) < (head.due, head.sequence) { continue }
            best = (head.due, head.sequence, queue)
        }
        return best.map { ($0.due, $0.queue) }
    }
}

/// A pending timer, ordered by due instant then by scheduling order.
struct ScheduledTimer: Comparable {
    let due: Double
    let sequence: UInt64
    let action: () -> Void
    static func < (lhs: ScheduledTimer, rhs: ScheduledTimer) -> Bool {
        (lhs.due, lhs.sequence) < (rhs.due, rhs.sequence)
    }
    static func == (lhs: ScheduledTimer, rhs: ScheduledTimer) -> Bool {
        lhs.due == rhs.due && lhs.sequence == rhs.sequence
    }
}

/// Timers with one fixed delay and one action on a key: since `now` never goes back, they fall due in
/// the order they were scheduled, so a first-in-first-out queue keeps them in run order.
final class TimerQueue {
    let delay: Double
    let action: (ObjectKey) -> Void
    var entries = Deque<QueuedTimer>()

    init(delay: Double, action: @escaping (ObjectKey) -> Void) {
        self.delay = delay
        self.action = action
    }
}

/// One pending timer of a `TimerQueue`.
struct QueuedTimer {
    let due: Double
    let sequence: UInt64
    let key: ObjectKey
}
