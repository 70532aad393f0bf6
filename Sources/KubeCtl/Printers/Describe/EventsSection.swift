import KubeCluster

/// The `Events:` section every describer ends with: the object's events, oldest first, as a table
/// aligned on its own (`3m11s (x6 over 25m)` for repeated ones), or `Events:  <none>`.
public enum EventsSection {
    /// Appends the events about the object with `uid` (or, for nodes, `name`) to `writer`.
    public static func write(_ writer: inout DescribeWriter, store: ObjectStore, now: Double, namespace: String,
                             kind: String?, name: String, uid: String?) {
        let events = store.events(involving: name, namespace: namespace.isEmpty ? nil : namespace).filter { event in
            let involved = event.involvedObject
            guard involved.name == name else { return false }
            if let kind, involved.kind != kind { return false }
            return uid == nil || involved.uid == uid || involved.uid == name
        }
        write(&writer, events: events, now: now)
    }

    /// Appends `events` as the Events section.
    public static func write(_ writer: inout DescribeWriter, events: [Event], now: Double) {
        guard !events.isEmpty else { return writer.field(0, "Events", "<none>") }
        func last(_ event: Event) -> Timestamp { event.lastTimestamp.isZero ? event.eventTime : event.lastTimestamp }
        // kubectl sorts with sort.Sort (pdqsort, not stable) on lastTimestamp alone: same-second events
        // keep the order Go's algorithm leaves them in, starting from the API's name order.
        var sorted = events
        try? GoSort.sort(count: sorted.count, less: { last(sorted[$0]).instant < last(sorted[$1]).instant },
                         swap: { sorted.swapAt($0, $1) })
        writer.flush()
        writer.line(0, "Events:")
        writer.line(1, "Type\tReason\tAge\tFrom\tMessage")
        writer.line(1, "----\t------\t----\t----\t-------")
        for event in sorted {
            let first = event.firstTimestamp.isZero ? event.eventTime : event.firstTimestamp
            var interval = HumanDuration.format(seconds: now - first.instant)
            if let count = event.count, count > 1 {
                interval = "\(HumanDuration.format(seconds: now - last(event).instant)) (x\(count) over \(interval))"
            }
            let source = event.source?.component ?? event.reportingComponent
            let message = (event.message ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            writer.line(1, "\(event.type ?? "")\t\(event.reason ?? "")\t\(interval)\t\(source)\t\(message)")
        }
    }
}
