import KubeCluster

/// `kubectl events`: the namespace's (or every namespace's) events sorted by time, with `LAST SEEN` as
/// `3m29s (x6 over 25m)` for repeated ones and the involved object as `Kind/name`; `--for TYPE/NAME`,
/// `--types`, `--no-headers`, `-o` formats and `-w` to print new events while simulated time passes.
enum EventsVerb {
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        var forKind: String?
        var forName: String?
        let target = invocation.string("for")
        if !target.isEmpty {
            guard target.contains("/") else { return context.fail("--for must be in resource/name form") }
            let parts = target.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { return context.fail("arguments in resource/name form may not have more than one slash") }
            guard let resolution = ResourceCatalog.standard.resolve(parts[0]) else {
                return context.fail("the server doesn't have a resource type \"\(parts[0])\"")
            }
            forKind = resolution.resource.kind
            forName = parts[1]
        }
        let types = invocation.strings("types").map { $0.trimmingCharacters(in: .whitespaces) }
        for type in types where type.lowercased() != "normal" && type.lowercased() != "warning" {
            return context.fail("valid --types are Normal or Warning")
        }
        let format: OutputFormat?
        if invocation.string("output").isEmpty {
            format = nil
        } else {
            switch OutputFormat.parse(invocation.string("output"), template: invocation.string("template"),
                                      readFile: { try context.session.files.read($0) }) {
            case .success(let parsed): format = parsed
            case .failure(let message): return context.fail(message.text)
            }
        }
        let filter = EventFilter(namespace: invocation.bool("all-namespaces") ? nil : context.namespace, kind: forKind,
                                 name: forName, types: types)
        if invocation.bool("watch") { return EventsWatch(context: context, filter: filter).run() }
        let events = EventsVerb.sorted(filter.events(in: context.store))
        guard !events.isEmpty else {
            context.errorLine(filter.namespace.map { "No events found in \($0) namespace." } ?? "No events found.")
            return 0
        }
        if let format, format != .table(wide: false), format != .table(wide: true) {
            let items = events.map { (object: ObjectJSON.encode($0), kindPrefix: "event") }
            if let error = ObjectPrinter.print(items, format: format, asList: true, noHeaders: invocation.bool("no-headers"),
                                               write: context.write) {
                return context.fail(error)
            }
            return 0
        }
        var writer = TabWriter(settings: .kubectlGet)
        if !invocation.bool("no-headers") { writer.write(row: header(allNamespaces: filter.namespace == nil)) }
        for event in events { writer.write(row: row(event, now: context.cluster.now, allNamespaces: filter.namespace == nil)) }
        context.write(writer.flush())
        return 0
    }

    /// The header row of the events table.
    static func header(allNamespaces: Bool) -> [String] {
        (allNamespaces ? ["NAMESPACE"] : []) + ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]
    }

    /// One event's row (`EventPrinter.printOneEvent`).
    static func row(_ event: Event, now: Double, allNamespaces: Bool) -> [String] {
        let involved = event.involvedObject
        let message = (event.message ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return (allNamespaces ? [event.namespace] : [])
            + [interval(event, now: now), escape(event.type ?? ""), escape(event.reason ?? ""),
               "\(escape(involved.kind ?? ""))/\(escape(involved.name ?? ""))", escape(message)]
    }

    /// `LAST SEEN`: the age of the first sighting, or `LAST (xN over FIRST)` for a repeated event.
    static func interval(_ event: Event, now: Double) -> String {
        func since(_ stamp: Timestamp) -> String {
            stamp.isZero ? "<unknown>" : HumanDuration.format(seconds: now - stamp.instant)
        }
        let first = event.eventTime.isZero ? since(event.firstTimestamp) : since(event.eventTime)
        if let count = event.count, count > 1 { return "\(since(event.lastTimestamp)) (x\(count) over \(first))" }
        return first
    }

    /// A cell cut at the first line break (`escapeCell`).
    static func escape(_ text: String) -> String {
        guard let index = text.firstIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }) else { return text }
        return String(text[..<index]) + "..."
    }

    /// Events in time order (last sighting, else event time), sorted from the list order with Go's unstable
    /// `sort.Sort` as kubectl does, so events of the same second come out in kubectl's order.
    static func sorted(_ events: [Event]) -> [Event] {
        func time(_ event: Event) -> Timestamp { event.lastTimestamp.isZero ? event.eventTime : event.lastTimestamp }
        var ordered = events
        try? GoSort.sort(count: ordered.count, less: { time(ordered[$0]) < time(ordered[$1]) },
                         swap: { ordered.swapAt($0, $1) })
        return ordered
    }
}

/// Which events `kubectl events` shows: a namespace (nil for all), an involved kind and name, and types.
struct EventFilter {
    var namespace: String?
    var kind: String?
    var name: String?
    var types: [String]

    func accepts(_ event: Event) -> Bool {
        if let namespace, event.namespace != namespace { return false }
        if let kind, event.involvedObject.kind != kind { return false }
        if let name, event.involvedObject.name != name { return false }
        if !types.isEmpty, !types.contains(where: { $0.lowercased() == (event.type ?? "").lowercased() }) { return false }
        return true
    }

    func events(in store: ObjectStore) -> [Event] { store.list(Event.self, namespace: namespace).filter(accepts) }
}

/// `kubectl events -w`: every new or repeated event as it is recorded, while simulated time passes, with the
/// table's column widths remembered; ends like `get -w` (quiet period, `--request-timeout`, Ctrl-C).
struct EventsWatch {
    let context: VerbContext
    let filter: EventFilter

    func run() -> Int32 {
        var writer = TabWriter(settings: .kubectlGet)
        let allNamespaces = filter.namespace == nil
        var headerPending = !context.invocation.bool("no-headers")
        var changed: [Event] = []
        let watchID = context.store.watch { event in
            guard event.type != .deleted, let recorded = event.object as? Event, filter.accepts(recorded) else { return }
            changed.append(recorded)
        }
        defer { context.store.unwatch(watchID) }
        let now = { context.cluster.now }
        let flush = {
            guard !changed.isEmpty else { return }
            if headerPending {
                writer.write(row: EventsVerb.header(allNamespaces: allNamespaces))
                headerPending = false
            }
            for event in changed { writer.write(row: EventsVerb.row(event, now: now(), allNamespaces: allNamespaces)) }
            changed.removeAll()
            context.write(writer.flush())
        }
        changed = filter.events(in: context.store)
        flush()
        SimulatedFollow(context: context).run {
            let printed = !changed.isEmpty
            flush()
            return printed
        }
        return 0
    }
}
