/// The kubelet's per-key exponential back-off (client-go `flowcontrol.Backoff` without jitter): used for
/// crash loops (key = pod uid + container) and image pulls (key = pod uid + image).
public struct BackoffTable: Sendable {
    /// The first delay (10 s for the kubelet).
    public let initial: Double
    /// The cap (300 s).
    public let maximum: Double
    private var entries: [String: BackoffEntry] = [:]

    public init(initial: Double, maximum: Double) {
        self.initial = initial
        self.maximum = maximum
    }

    /// The current delay for `id` (0 when unknown), like `Backoff.Get`.
    public func delay(_ id: String) -> Double { entries[id]?.backoff ?? 0 }

    /// The instant `id`'s delay was last extended.
    public func lastUpdate(_ id: String) -> Double? { entries[id]?.lastUpdate }

    /// Extends the delay for `id` (`Next`): starts at `initial`, or resets to it when `eventTime` is more
    /// than 2 × maximum after the last update; otherwise doubles up to `maximum`.
    public mutating func next(_ id: String, eventTime: Double, now: Double) {
        if let entry = entries[id], !hasExpired(eventTime, entry.lastUpdate) {
            entries[id] = BackoffEntry(backoff: min(entry.backoff * 2, maximum), lastUpdate: now)
        } else {
            entries[id] = BackoffEntry(backoff: initial, lastUpdate: now)
        }
    }

    /// True while less than the delay has passed since `eventTime` (`IsInBackOffSince`).
    public func isInBackOffSince(_ id: String, eventTime: Double, now: Double) -> Bool {
        guard let entry = entries[id], !hasExpired(now, entry.lastUpdate) else { return false }
        return now - eventTime < entry.backoff
    }

    /// True while `eventTime` is less than the delay after the last update (`IsInBackOffSinceUpdate`).
    public func isInBackOffSinceUpdate(_ id: String, eventTime: Double, now: Double) -> Bool {
        guard let entry = entries[id], !hasExpired(now, entry.lastUpdate) else { return false }
        return eventTime - entry.lastUpdate < entry.backoff
    }

    /// Forgets entries not updated for more than 2 × maximum (`GC`).
    public mutating func collectGarbage(now: Double) {
        entries = entries.filter { !hasExpired(now, $0.value.lastUpdate) }
    }

    /// Forgets `id`.
    public mutating func reset(_ id: String) { entries[id] = nil }

    private func hasExpired(_ eventTime: Double, _ lastUpdate: Double) -> Bool {
        eventTime - lastUpdate > maximum * 2
    }
}

/// One back-off entry: the current delay and when it was last extended.
struct BackoffEntry: Sendable {
    var backoff: Double
    var lastUpdate: Double
}
