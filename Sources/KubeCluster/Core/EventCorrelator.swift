/// The two rules a component's event recorder applies before it writes an Event (client-go's
/// `EventCorrelator`, `tools/record/events_cache.go`), besides counting repeats of an identical event:
///
/// - **Aggregation.** Events from one source about one object with the same type and reason but
///   different messages are "similar". Once 10 distinct messages have been seen with no gap of more
///   than 10 minutes between similar events, each further one is written as a single combined event
///   whose message is `(combined from similar events): <latest message>`, counted up like a repeat.
///   A ReplicaSet that creates 100 pods shows nine `Created pod: …` events and one combined event.
/// - **Spam filter.** Each source may write a burst of 25 events about one object, then one more every
///   5 minutes (a token bucket). Events over the budget are dropped, but still counted: the next
///   event that gets through carries the full count.
///
/// Keys are stable 64-bit hashes of upstream's key fields, so the state stays small with tens of
/// thousands of events. Upstream keeps each cache in a 4,096-entry LRU per recorder; this one instead
/// forgets what can no longer change an outcome: similar-event groups quiet for over 10 minutes and
/// buckets that have refilled.
struct EventCorrelator {
    /// Distinct messages that turn similar events into a combined one (`defaultAggregateMaxEvents`).
    static let aggregateMaxEvents = 10
    /// Longest quiet gap, in seconds, before similar events start a fresh group (`defaultAggregateIntervalInSeconds`).
    static let aggregateInterval: Double = 600
    /// Events a source may write about one object at once (`defaultSpamBurst`).
    static let spamBurst: Double = 25
    /// Refill rate of that budget, per second: one event per 5 minutes (`defaultSpamQPS`, a float32 upstream).
    static let spamRate = Double(Float(1.0 / 300.0))
    /// The prefix of a combined event's message.
    static let combinedPrefix = "(combined from similar events): "

    /// What is known of one group of similar events.
    private struct SimilarGroup {
        /// When the last similar event was seen.
        var lastSeen: Double
        /// The hash of the first distinct message (kept inline: most groups only ever see one).
        var firstMessage: UInt64
        /// The hashes of the other distinct messages, fewer than `aggregateMaxEvents` in all.
        var otherMessages: [UInt64] = []

        var distinctCount: Int { 1 + otherMessages.count }

        /// Adds `message` to the group's distinct messages.
        mutating func insert(_ message: UInt64) {
            if message != firstMessage, !otherMessages.contains(message) { otherMessages.append(message) }
        }
    }

    /// One source's token bucket for one object (`golang.org/x/time/rate` semantics).
    private struct TokenBucket {
        var tokens: Double
        var updated: Double

        /// The tokens available at `now`, refilled since the last accepted event, capped at the burst.
        func available(at now: Double) -> Double {
            min(EventCorrelator.spamBurst, tokens + max(0, now - updated) * EventCorrelator.spamRate)
        }
    }

    private var groups: [UInt64: SimilarGroup] = [:]
    private var buckets: [UInt64: TokenBucket] = [:]
    /// Group and bucket counts after the last sweep: the next sweep waits until they double.
    private var sweptSizes = (groups: 0, buckets: 0)

    /// Notes a similar-event group's newest message; true when the event is to be written as the
    /// group's combined event instead of itself.
    mutating func isCombined(group: UInt64, message: UInt64, at now: Double) -> Bool {
        var record = groups[group]
        if let existing = record, now - existing.lastSeen > Self.aggregateInterval { record = nil }
        var updated = record ?? SimilarGroup(lastSeen: now, firstMessage: message)
        updated.insert(message)
        updated.lastSeen = now
        let combined = updated.distinctCount >= Self.aggregateMaxEvents
        // Upstream then drops one message ("PopAny") so the set stays below the threshold: the newest
        // here, so that repeats of the first nine messages keep counting on their own events.
        if combined { updated.otherMessages.removeAll { $0 == message } }
        groups[group] = updated
        sweepIfGrown(now)
        return combined
    }

    /// Takes one token from `source`'s budget for an object; false when the event is to be dropped.
    mutating func allows(_ source: UInt64, at now: Double) -> Bool {
        let available = buckets[source]?.available(at: now) ?? Self.spamBurst
        guard available >= 1 else { return false }
        buckets[source] = TokenBucket(tokens: available - 1, updated: now)
        sweepIfGrown(now)
        return true
    }

    /// Forgets groups quiet for longer than the interval and buckets that are full again, once either
    /// map has doubled since the last sweep (amortised constant time per event).
    private mutating func sweepIfGrown(_ now: Double) {
        guard groups.count > max(1024, sweptSizes.groups * 2) || buckets.count > max(1024, sweptSizes.buckets * 2)
        else { return }
        // Removed in place: a filtered copy would briefly double the maps at their largest.
        for key in groups.compactMap({ now - $0.value.lastSeen > Self.aggregateInterval ? $0.key : nil }) {
            groups.removeValue(forKey: key)
        }
        for key in buckets.compactMap({ $0.value.available(at: now) >= Self.spamBurst ? $0.key : nil }) {
            buckets.removeValue(forKey: key)
        }
        sweptSizes = (groups.count, buckets.count)
    }
}
