import KubeCluster

/// Narrates a fast-forward: while simulated time passes, every notable change — pods starting, crashing
/// and restarting, ReplicaSets and Deployments scaling, rollouts finishing, autoscalers deciding, nodes
/// going NotReady — becomes one line stamped with the time since the start, e.g.
/// `[+0:42] deployment/web scaled 3 → 5`. The same input always gives the same lines.
public final class FastForwardLog {
    /// One change seen during the fast-forward.
    struct Change {
        var time: Double
        var subject: String
        var kind: String
        var verb: String
        var role: PictureStyle.Role?
    }

    private let cluster: Cluster
    private let start: Double
    private var states: [String: ObservedState] = [:]
    private(set) var changes: [Change] = []
    /// True when the last `run` stopped before its end (Ctrl-C through `Cluster.shouldStop`, or a stalled settle).
    public private(set) var stoppedEarly = false

    /// Prepares to narrate `cluster` from its current state.
    public init(cluster: Cluster) {
        self.cluster = cluster
        start = cluster.now
        for pod in cluster.store.list(Pod.self) { states[Self.id(pod)] = .pod(PodObservation(pod)) }
        for set in cluster.store.list(ReplicaSet.self) { states[Self.id(set)] = .replicaSet(set.spec.replicas ?? 0) }
        for deployment in cluster.store.list(Deployment.self) { states[Self.id(deployment)] = .deployment(DeploymentObservation(deployment)) }
        for hpa in cluster.store.list(HorizontalPodAutoscaler.self) { states[Self.id(hpa)] = .autoscaler(hpa.status.desiredReplicas) }
        for node in cluster.store.list(Node.self) { states[Self.id(node)] = .node(NodeObservation.ready(node)) }
    }

    /// Advances the cluster by `seconds` and returns the narration lines (at most `limit` changes).
    /// With `closing`, a last line says how far time moved (or that nothing changed).
    public func run(seconds: Double, limit: Int = 40, closing: Bool, style: PictureStyle) -> [String] {
        let watch = cluster.store.watch { [weak self] event in self?.observe(event) }
        stoppedEarly = !cluster.advance(by: seconds)
        cluster.store.unwatch(watch)
        var lines = render(limit: limit, style: style)
        let stamp = style.paint("[\(PictureText.elapsed(cluster.now - start))]", .dim)
        if stoppedEarly {
            let moved = GoDuration(seconds: cluster.now - start, resolution: 1).description
            lines.append("\(stamp) stopped after \(moved) of \(GoDuration(seconds: seconds, resolution: 1).description), now \(PictureText.clock(cluster.now))")
        } else if closing {
            let what = changes.isEmpty ? "no changes; " : ""
            lines.append("\(stamp) \(what)fast-forwarded \(GoDuration(seconds: seconds, resolution: 1).description), now \(PictureText.clock(cluster.now))")
        }
        return lines
    }

    private static func id(_ object: any APIObject) -> String {
        "\(type(of: object).resource)/\(object.namespace)/\(object.name)"
    }

    private func observe(_ event: StoreEvent) {
        let key = Self.id(event.object)
        let before = states[key]
        switch event.object {
        case let pod as Pod:
            let now = PodObservation(pod)
            states[key] = event.type == .deleted ? nil : .pod(now)
            let old: PodObservation? = { if case .pod(let value)? = before { return value }; return nil }()
            for (verb, role) in PodObservation.changes(from: old, to: now, deleted: event.type == .deleted) {
                record("pod/\(pod.name)", kind: "pod", verb: verb, role: role)
            }
        case let set as ReplicaSet:
            let replicas = set.spec.replicas ?? 0
            states[key] = event.type == .deleted ? nil : .replicaSet(replicas)
            if case .replicaSet(let old)? = before, old != replicas, event.type != .deleted {
                record("replicaset/\(set.name)", kind: "replicaset", verb: "scaled \(old) → \(replicas)", role: nil)
            }
        case let deployment as Deployment:
            var now = DeploymentObservation(deployment)
            if case .deployment(let old)? = before, event.type != .deleted {
                for (verb, role) in DeploymentObservation.changes(from: old, to: &now) {
                    record("deployment/\(deployment.name)", kind: "deployment", verb: verb, role: role)
                }
            }
            states[key] = event.type == .deleted ? nil : .deployment(now)
        case let hpa as HorizontalPodAutoscaler:
            states[key] = .autoscaler(hpa.status.desiredReplicas)
            if case .autoscaler(let old)? = before, old != hpa.status.desiredReplicas, hpa.status.desiredReplicas > 0 {
                let reading = AutoscalerReading.utilization(hpa).map { "\($0)%" } ?? "<unknown>"
                let target = AutoscalerReading.target(hpa).map { "/\($0)%" } ?? ""
                record("hpa/\(hpa.name)", kind: "hpa", verb: "wants \(hpa.status.desiredReplicas) replicas "
                       + "(\(AutoscalerReading.metricName(hpa)) \(reading)\(target))", role: .warn)
            }
        case let node as Node:
            let ready = NodeObservation.ready(node)
            states[key] = .node(ready)
            if case .node(let old)? = before, old != ready {
                record("node/\(node.name)", kind: "node", verb: ready ? "→ Ready" : "→ NotReady", role: ready ? .good : .bad)
            }
        default:
            break
        }
    }

    private func record(_ subject: String, kind: String, verb: String, role: PictureStyle.Role?) {
        changes.append(Change(time: cluster.now, subject: subject, kind: kind, verb: verb, role: role))
    }

    /// Changes grouped per second, kind and verb: `[+0:05] pod/a, pod/b → Running 1/1`.
    func render(limit: Int, style: PictureStyle) -> [String] {
        var groups: [(second: Int, kind: String, verb: String, role: PictureStyle.Role?, subjects: [String])] = []
        for change in changes {
            let second = Int((change.time - start).rounded(.down))
            if let last = groups.last, last.second == second, last.kind == change.kind, last.verb == change.verb {
                if !groups[groups.count - 1].subjects.contains(change.subject) { groups[groups.count - 1].subjects.append(change.subject) }
                continue
            }
            groups.append((second, change.kind, change.verb, change.role, [change.subject]))
        }
        var lines = groups.prefix(limit).map { group -> String in
            let stamp = style.paint("[\(PictureText.elapsed(Double(group.second)))]", .dim)
            let subjects = group.subjects.count > 3
                ? group.subjects.prefix(2).joined(separator: ", ") + " and \(group.subjects.count - 2) more"
                : group.subjects.joined(separator: ", ")
            let verb = group.role.map { style.paint(group.verb, $0) } ?? group.verb
            return "\(stamp) \(subjects) \(verb)"
        }
        if groups.count > limit {
            lines.append(style.paint("… \(groups.count - limit) more changes (kubectl get events --sort-by=.lastTimestamp)", .dim))
        }
        return lines
    }
}

/// What the narrator remembers of one object, to tell what changed.
enum ObservedState {
    case pod(PodObservation)
    case replicaSet(Int32)
    case deployment(DeploymentObservation)
    case autoscaler(Int32)
    case node(Bool)
}
