import KubeCluster

/// `kubectl get -w`: the current table, then one row for every later change of a watched object, with the
/// column widths of the first table kept (kubectl's remembered tab widths).
///
/// Simulated time moves while watching. With the real clock it follows the wall clock until Ctrl-C; with
/// the manual clock (batch mode) it runs until `--request-timeout`, else until the cluster has been quiet
/// for 30 simulated seconds (at most 10 minutes), and says so in `kubectl get --help`-style terms on stop.
struct GetWatch {
    let context: VerbContext
    let requests: [ResourceRequest]
    let query: ObjectQuery
    let format: OutputFormat

    /// How long a batch watch waits for the next change before it ends.
    static let quietPeriod = 30.0
    /// The longest a batch watch runs without `--request-timeout`.
    static let batchLimit = 600.0

    func run() -> Int32 {
        guard requests.count == 1, let request = requests.first else {
            return context.fail("you may only specify a single resource type")
        }
        var options = TableOptions()
        if case .table(let wide) = format { options.wide = wide }
        options.allNamespaces = query.allNamespaces
        options.showLabels = context.invocation.bool("show-labels")
        options.labelColumns = context.invocation.strings("label-columns")
        options.noHeaders = context.invocation.bool("no-headers")
        var writer = TabWriter(settings: .kubectlGet)
        let initial = request.names.isEmpty ? query.list(request.resource, in: context.store)
            : request.names.compactMap { try? query.get(request.resource, name: $0, in: context.store).get() }
        let group = TableGroup(resource: request.resource.name, kindPrefix: request.resource.qualifiedKind, objects: initial)
        if !context.invocation.bool("watch-only") {
            if !options.noHeaders, !initial.isEmpty || true { writer.write(row: TableOutput.header(group, options: options)) }
            for object in initial { writer.write(row: TableOutput.row(object, group: group, options: options, context: context.tableContext)) }
            context.write(writer.flush())
        }
        var changed: [any APIObject] = []
        let watchID = context.store.watch { event in
            guard event.resource == request.resource.name else { return }
            guard request.names.isEmpty || request.names.contains(event.object.name) else { return }
            guard query.matches(event.object, resource: request.resource),
                  !request.resource.namespaced || query.allNamespaces || event.object.namespace == query.namespace else { return }
            changed.append(event.object)
        }
        defer { context.store.unwatch(watchID) }
        let flush = {
            for object in changed {
                writer.write(row: TableOutput.row(object, group: group, options: options, context: context.tableContext))
            }
            changed.removeAll()
            let text = writer.flush()
            if !text.isEmpty { context.write(text) }
        }
        let limit = context.invocation.wasSet("request-timeout")
            ? max(0, (try? GoDuration.parse(context.invocation.string("request-timeout")).get())?.seconds ?? GetWatch.batchLimit)
            : GetWatch.batchLimit
        let cluster = context.cluster
        let deadline = cluster.now + limit
        var lastChange = cluster.now
        while cluster.now < deadline, !context.session.isInterrupted() {
            guard let due = cluster.clock.nextDue else { break }
            if !context.invocation.wasSet("request-timeout"), due - lastChange > GetWatch.quietPeriod {
                cluster.advance(to: min(deadline, lastChange + GetWatch.quietPeriod))
                break
            }
            if due > deadline { break }
            cluster.advance(to: due)
            if !changed.isEmpty {
                lastChange = cluster.now
                flush()
            }
        }
        if context.invocation.wasSet("request-timeout"), cluster.now < deadline { cluster.advance(to: deadline) }
        flush()
        return 0
    }
}
