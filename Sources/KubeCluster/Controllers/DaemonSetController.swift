import Foundation

/// The daemonset controller (kube-controller-manager `daemon_controller.go`, 1.32 behaviour).
///
/// Runs one pod per eligible node: the node passes the template's nodeName, nodeSelector and required
/// node affinity, and every NoSchedule/NoExecute taint is tolerated once the DaemonSet defaults are added
/// (not-ready and unreachable NoExecute; disk-, memory-, pid-pressure and unschedulable NoSchedule;
/// network-unavailable for hostNetwork pods). Pods are created bound to their node (`spec.nodeName` plus
/// the `metadata.name` node affinity upstream gives them), named `<ds>-<5 chars>`, labelled with
/// `controller-revision-hash` and `pod-template-generation`. Failed pods are replaced (with back-off),
/// pods of removed nodes are deleted (what the pod garbage collector does), RollingUpdate replaces old
/// pods within `maxUnavailable`, and the status counters are kept.
public final class DaemonSetController: Controller {
    public let name = "daemonset"
    /// The event source component.
    public static let component = "daemonset-controller"
    /// Labels DaemonSet pods carry.
    public static let revisionHashLabel = "controller-revision-hash"
    /// The template generation label (from the DaemonSet's generation annotation).
    public static let templateGenerationLabel = "pod-template-generation"
    private var failedPodBackoff: [String: (delay: Double, lastUpdate: Double)] = [:]
    /// Each node as last seen without its heartbeat times, so heartbeats alone wake no DaemonSet.
    private var lastNodes: [String: Node] = [:]
    /// The last template hash per DaemonSet uid, with the template it was computed from.
    private var hashCache: [String: (template: PodTemplateSpec, hash: String)] = [:]

    public init() {}

    public func keys(for event: StoreEvent, in cluster: Cluster) -> [ObjectKey] {
        switch event.object {
        case let daemonSet as DaemonSet:
            return [daemonSet.key]
        case let pod as Pod:
            guard let owner = pod.metadata.controllerReference, owner.kind == DaemonSet.kind else { return [] }
            return [ObjectKey(namespace: pod.namespace, name: owner.name)]
        case let node as Node:
            // Upstream's shouldIgnoreNodeUpdate: an update that changes nothing but heartbeat times is ignored.
            let seen = event.type == .deleted ? nil : Self.withoutHeartbeats(node)
            if event.type == .modified, let seen, lastNodes[node.name] == seen { return [] }
            lastNodes[node.name] = seen
            return cluster.store.list(DaemonSet.self).map(\.key)
        default:
            return []
        }
    }

    public func reconcile(_ key: ObjectKey, in cluster: Cluster) {
        guard let daemonSet = cluster.store.get(DaemonSet.self, key), let uid = daemonSet.metadata.uid else { return }
        let nodes = cluster.store.list(Node.self)
        var pods = cluster.store.list(Pod.self, namespace: key.namespace, controlledBy: uid).filter { $0.metadata.controllerReference?.uid == uid }
        let hash = cachedTemplateHash(daemonSet, uid: uid)
        var changed = false
        if daemonSet.metadata.deletionTimestamp == nil {
            changed = manage(daemonSet, nodes: nodes, pods: pods, hash: hash, in: cluster)
            if !changed, daemonSet.spec.updateStrategy?["type"]?.stringValue == "RollingUpdate" {
                changed = rollOut(daemonSet, nodes: nodes, pods: pods, hash: hash, in: cluster)
            }
            if changed {
                pods = cluster.store.list(Pod.self, namespace: key.namespace, controlledBy: uid).filter { $0.metadata.controllerReference?.uid == uid }
            }
        }
        updateStatus(daemonSet, nodes: nodes, pods: pods, hash: hash, in: cluster)
    }

    // MARK: - Pods per node (`manage` / `podsShouldBeOnNode`)

    private func manage(_ daemonSet: DaemonSet, nodes: [Node], pods: [Pod], hash: String, in cluster: Cluster) -> Bool {
        let byNode = Dictionary(grouping: pods) { $0.spec.nodeName ?? "" }
        let tolerations = Self.podSpec(for: daemonSet, on: "").tolerations ?? []
        var toCreate: [String] = []
        var toDelete: [Pod] = []
        for node in nodes {
            let eligibility = Self.eligibility(of: node, for: daemonSet, tolerations: tolerations)
            let onNode = byNode[node.name] ?? []
            if eligibility.shouldRun, onNode.isEmpty {
                toCreate.append(node.name)
            } else if eligibility.shouldContinueRunning {
                var running: [Pod] = []
                for pod in onNode where pod.metadata.deletionTimestamp == nil {
                    if pod.status.phase == "Failed" {
                        if let retry = backoffDelay(daemonSet, node: node.name, now: cluster.now) {
                            cluster.requeue(self, daemonSet.key, after: retry)
                            continue
                        }
                        cluster.events.record(daemonSet, type: "Warning", reason: "FailedDaemonPod",
                                              message: "Found failed daemon pod \(pod.namespace)/\(pod.name) on node \(node.name), will try to kill it",
                                              component: Self.component)
                        toDelete.append(pod)
                    } else if pod.status.phase == "Succeeded" {
                        toDelete.append(pod)
                    } else {
                        running.append(pod)
                    }
                }
                toDelete += running.sorted(by: Self.olderFirst).dropFirst()
            } else if !onNode.isEmpty {
                toDelete += onNode.filter { $0.metadata.deletionTimestamp == nil }
            }
        }
        let nodeNames = Set(nodes.map(\.name))
        let orphans = pods.filter { !nodeNames.contains($0.spec.nodeName ?? "") }
        for pod in orphans { _ = try? cluster.api.delete(Pod.self, pod.key, gracePeriod: 0) }
        for nodeName in toCreate { createPod(daemonSet, on: nodeName, hash: hash, in: cluster) }
        for pod in toDelete { deletePod(pod, of: daemonSet, in: cluster) }
        return !toCreate.isEmpty || !toDelete.isEmpty || !orphans.isEmpty
    }

    /// The failed-pod back-off (1 s doubling to 15 min) per node: nil when a replacement may go now.
    private func backoffDelay(_ daemonSet: DaemonSet, node: String, now: Double) -> Double? {
        let key = "\(daemonSet.metadata.uid ?? "")/\(node)"
        if let entry = failedPodBackoff[key], now - entry.lastUpdate < entry.delay {
            return entry.delay - (now - entry.lastUpdate)
        }
        let previous = failedPodBackoff[key]
        let expired = previous.map { now - $0.lastUpdate > 2 * 900 } ?? true
        failedPodBackoff[key] = (expired ? 1 : min((previous?.delay ?? 1) * 2, 900), now)
        return nil
    }

    private func createPod(_ daemonSet: DaemonSet, on nodeName: String, hash: String, in cluster: Cluster) {
        var pod = Pod(metadata: ObjectMeta(), spec: Self.podSpec(for: daemonSet, on: nodeName))
        pod.metadata.generateName = "\(daemonSet.name)-"
        pod.metadata.namespace = daemonSet.namespace
        var labels = daemonSet.spec.template.metadata.labels ?? [:]
        labels[Self.revisionHashLabel] = hash
        labels[Self.templateGenerationLabel] = Self.templateGeneration(daemonSet)
        pod.metadata.labels = labels
        pod.metadata.annotations = daemonSet.spec.template.metadata.annotations
        pod.metadata.ownerReferences = [daemonSet.asControllerReference]
        do {
            let created = try cluster.api.create(pod)
            cluster.events.record(daemonSet, reason: "SuccessfulCreate", message: "Created pod: \(created.name)", component: Self.component)
        } catch {
            let text = (error as? APIError)?.message ?? "\(error)"
            cluster.events.record(daemonSet, type: "Warning", reason: "FailedCreate", message: "Error creating: \(text)",
                                  component: Self.component)
        }
    }

    private func deletePod(_ pod: Pod, of daemonSet: DaemonSet, in cluster: Cluster) {
        guard (try? cluster.api.delete(Pod.self, pod.key)) != nil else { return }
        cluster.events.record(daemonSet, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)", component: Self.component)
    }

    // MARK: - Rolling update (no surge)

    private func rollOut(_ daemonSet: DaemonSet, nodes: [Node], pods: [Pod], hash: String, in cluster: Cluster) -> Bool {
        let byNode = Dictionary(grouping: pods) { $0.spec.nodeName ?? "" }
        let tolerations = Self.podSpec(for: daemonSet, on: "").tolerations ?? []
        let desiredNodes = nodes.filter { Self.eligibility(of: $0, for: daemonSet, tolerations: tolerations).shouldRun }
        let maxUnavailable = Self.maxUnavailable(daemonSet, desired: desiredNodes.count)
        var unavailable = 0
        var replaceNow: [Pod] = []
        var candidates: [Pod] = []
        for node in desiredNodes {
            let live = (byNode[node.name] ?? []).filter { $0.metadata.deletionTimestamp == nil }
            let updated = live.filter { Self.isUpdated($0, daemonSet: daemonSet, hash: hash) }
            let old = live.filter { !Self.isUpdated($0, daemonSet: daemonSet, hash: hash) }
            if live.count > 1 || live.isEmpty {
                unavailable += 1
            } else if let pod = updated.first {
                if !Self.isAvailable(pod, minReadySeconds: daemonSet.spec.minReadySeconds, now: cluster.now) { unavailable += 1 }
            } else if let pod = old.first {
                if Self.isAvailable(pod, minReadySeconds: daemonSet.spec.minReadySeconds, now: cluster.now) {
                    candidates.append(pod)
                } else {
                    replaceNow.append(pod)
                }
            }
        }
        let budget = max(0, maxUnavailable - unavailable)
        let victims = replaceNow + candidates.prefix(budget)
        for pod in victims { deletePod(pod, of: daemonSet, in: cluster) }
        return !victims.isEmpty
    }

    static func maxUnavailable(_ daemonSet: DaemonSet, desired: Int) -> Int {
        let rolling = daemonSet.spec.updateStrategy?["rollingUpdate"]
        func scaled(_ value: JSONValue?) -> Int {
            let intOrString: IntOrString
            if let number = value?.intValue, let exact = Int32(exactly: number) {
                intOrString = .int(exact)
            } else if let text = value?.stringValue {
                intOrString = .string(text)
            } else {
                return 0
            }
            return (try? intOrString.scaledValue(total: desired, roundUp: true).get()) ?? 0
        }
        let unavailable = scaled(rolling?["maxUnavailable"])
        let surge = scaled(rolling?["maxSurge"])
        return unavailable == 0 && surge == 0 ? 1 : unavailable
    }

    // MARK: - Status

    private func updateStatus(_ daemonSet: DaemonSet, nodes: [Node], pods: [Pod], hash: String, in cluster: Cluster) {
        let byNode = Dictionary(grouping: pods) { $0.spec.nodeName ?? "" }
        let tolerations = Self.podSpec(for: daemonSet, on: "").tolerations ?? []
        var status = DaemonSetStatus()
        var available: Int32 = 0
        var updated: Int32 = 0
        var pendingAvailability: Double?
        for node in nodes {
            let onNode = byNode[node.name] ?? []
            guard Self.eligibility(of: node, for: daemonSet, tolerations: tolerations).shouldRun else {
                if !onNode.isEmpty { status.numberMisscheduled += 1 }
                continue
            }
            status.desiredNumberScheduled += 1
            guard let pod = onNode.sorted(by: Self.olderFirst).first else { continue }
            status.currentNumberScheduled += 1
            if JobSync.isReady(pod) {
                status.numberReady += 1
                if Self.isAvailable(pod, minReadySeconds: daemonSet.spec.minReadySeconds, now: cluster.now) {
                    available += 1
                } else if let since = pod.status.condition("Ready")?.lastTransitionTime.instant {
                    let due = since + Double(daemonSet.spec.minReadySeconds ?? 0) - cluster.now
                    pendingAvailability = min(pendingAvailability ?? due, due)
                }
            }
            if Self.isUpdated(pod, daemonSet: daemonSet, hash: hash) { updated += 1 }
        }
        status.observedGeneration = daemonSet.metadata.generation
        status.updatedNumberScheduled = updated == 0 ? nil : updated
        status.numberAvailable = available == 0 ? nil : available
        let unavailable = status.desiredNumberScheduled - available
        status.numberUnavailable = unavailable == 0 ? nil : unavailable
        if let pendingAvailability { cluster.requeue(self, daemonSet.key, after: max(pendingAvailability, 0)) }
        guard var latest = cluster.store.get(DaemonSet.self, daemonSet.key), latest.status != status else { return }
        latest.status = status
        cluster.api.updateStatus(latest)
    }

    // MARK: - Rules

    /// Whether a DaemonSet pod should run on `node`, and whether an existing one may keep running there.
    public static func eligibility(of node: Node, for daemonSet: DaemonSet) -> (shouldRun: Bool, shouldContinueRunning: Bool) {
        eligibility(of: node, for: daemonSet, tolerations: podSpec(for: daemonSet, on: "").tolerations ?? [])
    }

    /// `eligibility(of:for:)` with the DaemonSet pods' tolerations already worked out (once per sync).
    static func eligibility(of node: Node, for daemonSet: DaemonSet,
                            tolerations: [Toleration]) -> (shouldRun: Bool, shouldContinueRunning: Bool) {
        if let wanted = daemonSet.spec.template.spec.nodeName, !wanted.isEmpty, wanted != node.name { return (false, false) }
        guard NodePlacement.matchesSelectorAndAffinity(node, spec: daemonSet.spec.template.spec) else { return (false, false) }
        let taints = node.spec.taints ?? []
        let untolerated = taints.filter { taint in
            (taint.effect == "NoSchedule" || taint.effect == "NoExecute")
                && !tolerations.contains { NodePlacement.tolerates($0, taint) }
        }
        if untolerated.isEmpty { return (true, true) }
        return (false, !untolerated.contains { $0.effect == "NoExecute" })
    }

    /// The pod spec for `nodeName`: the template plus DaemonSet default tolerations, the node affinity on
    /// `metadata.name` and the node binding (none when `nodeName` is empty).
    public static func podSpec(for daemonSet: DaemonSet, on nodeName: String) -> PodSpec {
        var spec = daemonSet.spec.template.spec
        var defaults: [Toleration] = [
            Toleration(key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute"),
            Toleration(key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute"),
            Toleration(key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule"),
            Toleration(key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule"),
            Toleration(key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule"),
            Toleration(key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule"),
        ]
        if spec.hostNetwork == true {
            defaults.append(Toleration(key: "node.kubernetes.io/network-unavailable", operator: "Exists", effect: "NoSchedule"))
        }
        for toleration in defaults { NodePlacement.addOrUpdate(toleration, in: &spec) }
        guard !nodeName.isEmpty else { return spec }
        spec.affinity = NodePlacement.replacingNodeNameAffinity(spec.affinity, nodeName: nodeName)
        spec.nodeName = nodeName
        return spec
    }

    /// The `controller-revision-hash` of the current template: `controller.ComputeHash` of the pod
    /// template (the same hash Deployments use for `pod-template-hash`; the simulated DaemonSet status
    /// has no collision count).
    public static func templateHash(_ daemonSet: DaemonSet) -> String {
        PodTemplateHash.compute(daemonSet.spec.template, collisionCount: nil)
    }

    /// `node` without its resourceVersion and its conditions' heartbeat times.
    static func withoutHeartbeats(_ node: Node) -> Node {
        var copy = node
        copy.metadata.resourceVersion = nil
        copy.status.conditions = copy.status.conditions?.map { condition in
            var condition = condition
            condition.lastHeartbeatTime = nil
            return condition
        }
        return copy
    }

    /// `templateHash`, computed again only when the DaemonSet's template changed (spelling included).
    private func cachedTemplateHash(_ daemonSet: DaemonSet, uid: String) -> String {
        let template = daemonSet.spec.template
        if let cached = hashCache[uid], cached.template == template,
           DeploymentRolloutMath.quantitiesSpelledAlike(cached.template.spec, template.spec) { return cached.hash }
        let hash = Self.templateHash(daemonSet)
        hashCache[uid] = (template, hash)
        return hash
    }

    static func templateGeneration(_ daemonSet: DaemonSet) -> String {
        daemonSet.metadata.annotationMap[DaemonSet.templateGenerationAnnotation] ?? "1"
    }

    static func isUpdated(_ pod: Pod, daemonSet: DaemonSet, hash: String) -> Bool {
        let labels = pod.metadata.labelMap
        return labels[revisionHashLabel] == hash || labels[templateGenerationLabel] == templateGeneration(daemonSet)
    }

    static func isAvailable(_ pod: Pod, minReadySeconds: Int32?, now: Double) -> Bool {
        guard let ready = pod.status.condition("Ready"), ready.status == "True" else { return false }
        let wait = Double(minReadySeconds ?? 0)
        return wait == 0 || ready.lastTransitionTime.instant + wait <= now
    }

    static func olderFirst(_ a: Pod, _ b: Pod) -> Bool {
        if a.metadata.creationTimestamp != b.metadata.creationTimestamp {
            return a.metadata.creationTimestamp < b.metadata.creationTimestamp
        }
        return a.name < b.name
    }
}

/// Node placement rules a DaemonSet applies itself: nodeSelector, required node affinity, taints and
/// tolerations (`ToleratesTaint`), and the per-node affinity it gives each pod.
enum NodePlacement {
    /// True when `node` satisfies the pod's nodeSelector and required node affinity.
    static func matchesSelectorAndAffinity(_ node: Node, spec: PodSpec) -> Bool {
        let labels = node.metadata.labelMap
        for (key, value) in spec.nodeSelector ?? [:] where labels[key] != value { return false }
        guard let terms = spec.affinity?["nodeAffinity"]?["requiredDuringSchedulingIgnoredDuringExecution"]?["nodeSelectorTerms"]?.arrayValue
        else { return true }
        return terms.contains { term in
            let expressions = term["matchExpressions"]?.arrayValue ?? []
            let fields = term["matchFields"]?.arrayValue ?? []
            guard !expressions.isEmpty || !fields.isEmpty else { return false }
            return expressions.allSatisfy { requirementHolds($0, value: labels[$0["key"]?.stringValue ?? ""]) }
                && fields.allSatisfy { $0["key"]?.stringValue == "metadata.name" && requirementHolds($0, value: node.name) }
        }
    }

    private static func requirementHolds(_ requirement: JSONValue, value: String?) -> Bool {
        let values = (requirement["values"]?.arrayValue ?? []).compactMap(\.stringValue)
        switch requirement["operator"]?.stringValue ?? "" {
        case "In": return value.map(values.contains) ?? false
        case "NotIn": return !(value.map(values.contains) ?? false)
        case "Exists": return value != nil
        case "DoesNotExist": return value == nil
        case "Gt", "Lt":
            guard let value, let number = Int64(value), values.count == 1, let bound = Int64(values[0]) else { return false }
            return requirement["operator"]?.stringValue == "Gt" ? number > bound : number < bound
        default: return false
        }
    }

    /// `Toleration.ToleratesTaint`.
    static func tolerates(_ toleration: Toleration, _ taint: Taint) -> Bool {
        if let effect = toleration.effect, !effect.isEmpty, effect != taint.effect { return false }
        if let key = toleration.key, !key.isEmpty, key != taint.key { return false }
        switch toleration.operator ?? "" {
        case "", "Equal": return (toleration.value ?? "") == (taint.value ?? "")
        case "Exists": return true
        default: return false
        }
    }

    /// `AddOrUpdateTolerationInPodSpec`: replaces a toleration with the same key/operator/value/effect, or appends.
    static func addOrUpdate(_ toleration: Toleration, in spec: inout PodSpec) {
        var tolerations = spec.tolerations ?? []
        func sameIdentity(_ other: Toleration) -> Bool {
            other.key == toleration.key && other.operator == toleration.operator
                && other.value == toleration.value && other.effect == toleration.effect
        }
        if let index = tolerations.firstIndex(where: sameIdentity) {
            tolerations[index] = toleration
        } else {
            tolerations.append(toleration)
        }
        spec.tolerations = tolerations
    }

    /// `ReplaceDaemonSetPodNodeNameNodeAffinity`: the required node-affinity terms become one
    /// `metadata.name In [node]` field requirement; other affinity settings are kept.
    static func replacingNodeNameAffinity(_ affinity: JSONValue?, nodeName: String) -> JSONValue {
        let requirement: JSONValue = ["key": "metadata.name", "operator": "In", "values": [.string(nodeName)]]
        let terms: JSONValue = [["matchFields": [requirement]]]
        var result = affinity?.objectValue != nil ? (affinity ?? .emptyObject) : .emptyObject
        var nodeAffinity = result["nodeAffinity"]?.objectValue != nil ? (result["nodeAffinity"] ?? .emptyObject) : .emptyObject
        var required = nodeAffinity["requiredDuringSchedulingIgnoredDuringExecution"] ?? .emptyObject
        if required.objectValue == nil { required = .emptyObject }
        required["nodeSelectorTerms"] = terms
        nodeAffinity["requiredDuringSchedulingIgnoredDuringExecution"] = required
        result["nodeAffinity"] = nodeAffinity
        return result
    }
}
