import Collections

/// Simulated time: a discrete-event clock.
///
/// Nothing ticks. Work that must happen later (a back-off expiring, a probe period, the HPA's sync, a
/// grace period ending) is scheduled as a timer; `advance(to:)` runs every timer that falls due, in time
/// order (ties in scheduling order), moving `now` to each one's instant as it runs.
public final class SimulationClock {
    /// The current simulated instant, in seconds since the Unix epoch.
    public private(set) var now: Double
    private var timers = Heap<ScheduledTimer>()
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

    /// The instant of the earliest pending timer, if any.
    public var nextDue: Double? { timers.min?.due }

    /// How many timers are pending.
    public var pendingCount: Int { timers.count }

    /// Pops and returns the earliest timer due at or before `limit`, moving `now` to its instant.
    public func popDue(notAfter limit: Double) -> (() -> Void)? {
        guard let first = timers.min, first.due <= limit else { return nil }
        _ = timers.removeMin()
        now = max(now, first.due)
        return first.action
    }

    /// Moves `now` forward to `instant` without running anything (callers run due timers first).
    public func move(to instant: Double) { now = max(now, instant) }
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
