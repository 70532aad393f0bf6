/// The scheduler's filters, scores and failure messages, as pure functions of the pod and cluster state.
extension SchedulerController {
    /// The node `pod` should run on, or why none fits.
    public static func place(_ pod: Pod, nodes: [Node], pods: [Pod], random: inout SeededRandom) -> Result<String, SchedulingFailure> {
        guard !nodes.isEmpty else { return .failure(SchedulingFailure(message: "no nodes available to schedule pods")) }
        let byNode = activePodsByNode(pods)
        let usage = byNode.mapValues(NodeUsage.init(pods:))
        if let node = placeFeasible(pod, nodes: nodes, usage: { usage[$0] }, random: &random) { return .success(node) }
        return .failure(SchedulingFailure(message: failureMessage(pod, nodes: nodes, byNode: byNode)))
    }

    /// The active (not Succeeded/Failed) bound pods of `pods` by node name.
    static func activePodsByNode(_ pods: [Pod]) -> [String: [Pod]] {
        var byNode: [String: [Pod]] = [:]
        for other in pods where other.status.phase != "Succeeded" && other.status.phase != "Failed" {
            if let node = other.spec.nodeName, !node.isEmpty { byNode[node, default: []].append(other) }
        }
        return byNode
    }

    /// The best feasible node for `pod` given each node's usage (nil: no pods), or nil when none fits.
    /// Draws from `random` only to break a tie.
    static func placeFeasible(_ pod: Pod, nodes: [Node], usage: (String) -> NodeUsage?,
                              random: inout SeededRandom) -> String? {
        let wanted = PodResourceDemand.requests(of: pod.spec)
        var feasible: [(node: Node, usage: NodeUsage)] = []
        for node in nodes {
            let used = usage(node.name) ?? NodeUsage()
            if filter(pod, on: node, usage: used, wanted: wanted).fits { feasible.append((node, used)) }
        }
        guard !feasible.isEmpty else { return nil }
        let podScoring = PodResourceDemand.scoringRequests(of: pod.spec)
        let owner = pod.metadata.controllerReference?.uid
        let most = owner.map { uid in nodes.map { usage($0.name)?.owners[uid] ?? 0 }.max() ?? 0 } ?? 0
        let images = pod.spec.containers.map { container -> String? in
            guard let text = container.image, case .success(let reference) = ImageReference.parse(text) else { return nil }
            return reference.normalized
        }
        var best: [String] = []
        var bestScore = Int.min
        for candidate in feasible {
            var spread = 100.0
            if let owner, most > 0 { spread = 100 * Double(most - (candidate.usage.owners[owner] ?? 0)) / Double(most) }
            let score = self.score(pod, on: candidate.node, usage: candidate.usage, podScoring: podScoring, spread: spread, images: images)
            if score > bestScore { bestScore = score; best = [candidate.node.name] } else if score == bestScore { best.append(candidate.node.name) }
        }
        let index = best.count == 1 ? 0 : Int(random.next() % UInt64(best.count))
        return best[index]
    }

    /// Runs the filters in upstream order, stopping at the first that fails.
    static func filter(_ pod: Pod, on node: Node, podsOnNode: [Pod]) -> NodeVerdict {
        filter(pod, on: node, usage: NodeUsage(pods: podsOnNode), wanted: PodResourceDemand.requests(of: pod.spec))
    }

    /// The filters, with the node's usage and the pod's requests already summed.
    static func filter(_ pod: Pod, on node: Node, usage: NodeUsage, wanted: PodResourceDemand) -> NodeVerdict {
        let tolerations = pod.spec.tolerations ?? []
        if node.spec.unschedulable == true,
           !tolerates(tolerations, Taint(key: "node.kubernetes.io/unschedulable", effect: "NoSchedule")) {
            return NodeVerdict(reasons: ["node(s) were unschedulable"], unresolvable: true)
        }
        for taint in node.spec.taints ?? [] where taint.effect == "NoSchedule" || taint.effect == "NoExecute" {
            if !tolerates(tolerations, taint) {
                return NodeVerdict(reasons: ["node(s) had untolerated taint {\(taint.key): \(taint.value ?? "")}"], unresolvable: true)
            }
        }
        if !matchesSelector(pod, node: node) {
            return NodeVerdict(reasons: ["node(s) didn't match Pod's node affinity/selector"], unresolvable: true)
        }
        let reasons = insufficientResources(wanted, on: node, usage: usage)
        return NodeVerdict(reasons: reasons, unresolvable: false)
    }

    /// `Too many pods`, `Insufficient cpu`, `Insufficient memory` as NodeResourcesFit reports them.
    static func insufficientResources(_ pod: Pod, on node: Node, podsOnNode: [Pod]) -> [String] {
        insufficientResources(PodResourceDemand.requests(of: pod.spec), on: node, usage: NodeUsage(pods: podsOnNode))
    }

    /// NodeResourcesFit for requests `wanted` on a node already using `usage`.
    static func insufficientResources(_ wanted: PodResourceDemand, on node: Node, usage: NodeUsage) -> [String] {
        let allocatable = node.status.allocatable ?? [:]
        var reasons: [String] = []
        let maxPods = allocatable["pods"].map { Int($0.value) } ?? 110
        if usage.pods + 1 > maxPods { reasons.append("Too many pods") }
        let cpu = allocatable["cpu"]?.milliValue ?? 0
        let memory = allocatable["memory"]?.value ?? 0
        if wanted.milliCPU > 0, wanted.milliCPU > cpu - usage.fit.milliCPU { reasons.append("Insufficient cpu") }
        if wanted.memory > 0, wanted.memory > memory - usage.fit.memory { reasons.append("Insufficient memory") }
        return reasons
    }

    /// Whether one of `tolerations` tolerates `taint`.
    static func tolerates(_ tolerations: [Toleration], _ taint: Taint) -> Bool {
        tolerations.contains { toleration in
            let effect = toleration.effect ?? ""
            guard effect.isEmpty || effect == taint.effect else { return false }
            let key = toleration.key ?? ""
            if key.isEmpty { return toleration.operator == "Exists" }
            guard key == taint.key else { return false }
            if toleration.operator == "Exists" { return true }
            return (toleration.value ?? "") == (taint.value ?? "")
        }
    }

    /// nodeSelector and required node affinity (In, NotIn, Exists, DoesNotExist terms).
    static func matchesSelector(_ pod: Pod, node: Node) -> Bool {
        let labels = node.metadata.labelMap
        for (key, value) in pod.spec.nodeSelector ?? [:] where labels[key] != value { return false }
        guard let terms = pod.spec.affinity?["nodeAffinity"]?["requiredDuringSchedulingIgnoredDuringExecution"]?["nodeSelectorTerms"]?.arrayValue,
              !terms.isEmpty else { return true }
        return terms.contains { term in
            let fields = (term["matchFields"]?.arrayValue ?? []).allSatisfy { field in
                let values = (field["values"]?.arrayValue ?? []).compactMap(\.stringValue)
                guard field["key"]?.stringValue == "metadata.name" else { return false }
                let inList = values.contains(node.name)
                return field["operator"]?.stringValue == "NotIn" ? !inList : inList
            }
            return fields && (term["matchExpressions"]?.arrayValue ?? []).allSatisfy { expression in
                guard let key = expression["key"]?.stringValue else { return false }
                let values = (expression["values"]?.arrayValue ?? []).compactMap(\.stringValue)
                switch expression["operator"]?.stringValue {
                case "In": return labels[key].map(values.contains) ?? false
                case "NotIn": return !(labels[key].map(values.contains) ?? false)
                case "Exists": return labels[key] != nil
                case "DoesNotExist": return labels[key] == nil
                default: return false
                }
            }
        }
    }

    /// `0/N nodes are available: <counted reasons>. preemption: 0/N nodes are available: <counted>.`
    static func failureMessage(_ pod: Pod, nodes: [Node], byNode: [String: [Pod]]) -> String {
        let verdicts = nodes.map { ($0, filter(pod, on: $0, podsOnNode: byNode[$0.name] ?? [])) }
        return failureMessage(pod, verdicts: verdicts, byNode: byNode)
    }

    /// The failure message from each node's verdict.
    static func failureMessage(_ pod: Pod, verdicts: [(Node, NodeVerdict)], byNode: [String: [Pod]]) -> String {
        let total = verdicts.count
        var counts: [String: Int] = [:]
        for (_, verdict) in verdicts { for reason in verdict.reasons { counts[reason, default: 0] += 1 } }
        var message = "0/\(total) nodes are available: " + histogram(counts) + "."
        if pod.spec.preemptionPolicy == "Never" {
            return message + " preemption: not eligible due to preemptionPolicy=Never."
        }
        var preemption: [String: Int] = [:]
        let priority = pod.spec.priority ?? 0
        for (node, verdict) in verdicts {
            if verdict.unresolvable {
                preemption["Preemption is not helpful for scheduling", default: 0] += 1
                continue
            }
            let victims = (byNode[node.name] ?? []).filter { ($0.spec.priority ?? 0) < priority }
            if victims.isEmpty {
                preemption["No preemption victims found for incoming pod", default: 0] += 1
            } else {
                let remaining = (byNode[node.name] ?? []).filter { ($0.spec.priority ?? 0) >= priority }
                let reasons = insufficientResources(pod, on: node, podsOnNode: remaining)
                if reasons.isEmpty { preemption["No preemption victims found for incoming pod", default: 0] += 1 }
                for reason in reasons { preemption[reason, default: 0] += 1 }
            }
        }
        message += " preemption: 0/\(total) nodes are available: " + histogram(preemption) + "."
        return message
    }

    private static func histogram(_ counts: [String: Int]) -> String {
        counts.map { "\($0.value) \($0.key)" }.sorted().joined(separator: ", ")
    }

    /// The weighted score of a feasible node (higher is better), given the node's usage, the pod's own
    /// scoring requests, its spreading score and its normalized image names.
    static func score(_ pod: Pod, on node: Node, usage: NodeUsage, podScoring: PodResourceDemand, spread: Double,
                      images: [String?]) -> Int {
        let allocatable = node.status.allocatable ?? [:]
        let cpu = Double(allocatable["cpu"]?.milliValue ?? 1)
        let memory = Double(allocatable["memory"]?.value ?? 1)
        var requested = podScoring
        requested.milliCPU += usage.scoring.milliCPU
        requested.memory += usage.scoring.memory
        let cpuFraction = min(1, Double(requested.milliCPU) / max(cpu, 1))
        let memoryFraction = min(1, Double(requested.memory) / max(memory, 1))
        let leastAllocated = ((1 - cpuFraction) * 100 + (1 - memoryFraction) * 100) / 2
        let balanced = (1 - abs(cpuFraction - memoryFraction) / 2) * 100
        let preferNoSchedule = (node.spec.taints ?? []).filter {
            $0.effect == "PreferNoSchedule" && !tolerates(pod.spec.tolerations ?? [], $0)
        }.count
        let taintScore = preferNoSchedule == 0 ? 100.0 : max(0, 100 - Double(preferNoSchedule) * 50)
        let locality = imageLocality(images, containerCount: pod.spec.containers.count, on: node)
        return Int((leastAllocated + balanced + 2 * spread + 3 * taintScore + locality).rounded(.down))
    }

    /// Nodes that already have the pod's images (normalized names; nil for an unparsable one) score a little higher.
    private static func imageLocality(_ images: [String?], containerCount: Int, on node: Node) -> Double {
        let present = node.status.images ?? []
        var bytes: Int64 = 0
        for case let normalized? in images {
            if let image = present.first(where: { $0.names?.contains(normalized) ?? false }) { bytes += image.sizeBytes ?? 0 }
        }
        let minimum = 23.0 * 1_048_576, maximum = 1000.0 * 1_048_576 * Double(max(1, containerCount))
        let clamped = min(max(Double(bytes), minimum), maximum)
        return (clamped - minimum) * 100 / (maximum - minimum)
    }
}

/// What the active pods bound to one node ask of it, as the scheduler's filters and scores read it.
struct NodeUsage: Equatable {
    /// How many active pods are bound to the node.
    var pods = 0
    /// The sum of their requests (NodeResourcesFit).
    var fit = PodResourceDemand()
    /// The sum of their scoring requests (defaults for containers without requests).
    var scoring = PodResourceDemand()
    /// How many of them each controller (by uid) owns, for spreading.
    var owners: [String: Int] = [:]

    init() {}

    /// The usage of `pods`, all bound to one node.
    init(pods: [Pod]) {
        for pod in pods { add(NodeUsageEntry(pod), sign: 1) }
    }

    /// Adds (`sign` 1) or takes away (`sign` -1) one pod's share.
    mutating func add(_ entry: NodeUsageEntry, sign: Int) {
        pods += sign
        fit.milliCPU = fit.milliCPU &+ Int64(sign) &* entry.fit.milliCPU
        fit.memory = fit.memory &+ Int64(sign) &* entry.fit.memory
        scoring.milliCPU = scoring.milliCPU &+ Int64(sign) &* entry.scoring.milliCPU
        scoring.memory = scoring.memory &+ Int64(sign) &* entry.scoring.memory
        if let owner = entry.owner {
            let count = owners[owner, default: 0] + sign
            owners[owner] = count == 0 ? nil : count
        }
    }
}

/// One pod's share of its node's usage.
struct NodeUsageEntry: Equatable {
    var fit: PodResourceDemand
    var scoring: PodResourceDemand
    var owner: String?

    init(_ pod: Pod) {
        fit = PodResourceDemand.requests(of: pod.spec)
        scoring = PodResourceDemand.scoringRequests(of: pod.spec)
        owner = pod.metadata.controllerReference?.uid
    }
}
