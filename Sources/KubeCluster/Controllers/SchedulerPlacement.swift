/// The scheduler's filters, scores and failure messages, as pure functions of the pod and cluster state.
extension SchedulerController {
    /// The node `pod` should run on, or why none fits.
    public static func place(_ pod: Pod, nodes: [Node], pods: [Pod], random: inout SeededRandom) -> Result<String, SchedulingFailure> {
        guard !nodes.isEmpty else { return .failure(SchedulingFailure(message: "no nodes available to schedule pods")) }
        let active = pods.filter { $0.status.phase != "Succeeded" && $0.status.phase != "Failed" }
        var byNode: [String: [Pod]] = [:]
        for other in active { if let node = other.spec.nodeName, !node.isEmpty { byNode[node, default: []].append(other) } }
        var verdicts: [(Node, NodeVerdict)] = []
        for node in nodes { verdicts.append((node, filter(pod, on: node, podsOnNode: byNode[node.name] ?? []))) }
        let feasible = verdicts.filter { $0.1.fits }.map(\.0)
        guard !feasible.isEmpty else {
            return .failure(SchedulingFailure(message: failureMessage(pod, verdicts: verdicts, byNode: byNode)))
        }
        var best: [String] = []
        var bestScore = Int.min
        for node in feasible {
            let score = self.score(pod, on: node, podsOnNode: byNode[node.name] ?? [], allNodes: nodes, byNode: byNode)
            if score > bestScore { bestScore = score; best = [node.name] } else if score == bestScore { best.append(node.name) }
        }
        let index = best.count == 1 ? 0 : Int(random.next() % UInt64(best.count))
        return .success(best[index])
    }

    /// Runs the filters in upstream order, stopping at the first that fails.
    static func filter(_ pod: Pod, on node: Node, podsOnNode: [Pod]) -> NodeVerdict {
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
        let reasons = insufficientResources(pod, on: node, podsOnNode: podsOnNode)
        return NodeVerdict(reasons: reasons, unresolvable: false)
    }

    /// `Too many pods`, `Insufficient cpu`, `Insufficient memory` as NodeResourcesFit reports them.
    static func insufficientResources(_ pod: Pod, on node: Node, podsOnNode: [Pod]) -> [String] {
        let allocatable = node.status.allocatable ?? [:]
        var reasons: [String] = []
        let maxPods = allocatable["pods"].map { Int($0.value) } ?? 110
        if podsOnNode.count + 1 > maxPods { reasons.append("Too many pods") }
        let wanted = PodResourceDemand.requests(of: pod.spec)
        var used = PodResourceDemand()
        for other in podsOnNode {
            let demand = PodResourceDemand.requests(of: other.spec)
            used.milliCPU += demand.milliCPU
            used.memory += demand.memory
        }
        let cpu = allocatable["cpu"]?.milliValue ?? 0
        let memory = allocatable["memory"]?.value ?? 0
        if wanted.milliCPU > 0, wanted.milliCPU > cpu - used.milliCPU { reasons.append("Insufficient cpu") }
        if wanted.memory > 0, wanted.memory > memory - used.memory { reasons.append("Insufficient memory") }
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

    /// The weighted score of a feasible node (higher is better).
    static func score(_ pod: Pod, on node: Node, podsOnNode: [Pod], allNodes: [Node], byNode: [String: [Pod]]) -> Int {
        let allocatable = node.status.allocatable ?? [:]
        let cpu = Double(allocatable["cpu"]?.milliValue ?? 1)
        let memory = Double(allocatable["memory"]?.value ?? 1)
        var requested = PodResourceDemand.scoringRequests(of: pod.spec)
        for other in podsOnNode {
            let demand = PodResourceDemand.scoringRequests(of: other.spec)
            requested.milliCPU += demand.milliCPU
            requested.memory += demand.memory
        }
        let cpuFraction = min(1, Double(requested.milliCPU) / max(cpu, 1))
        let memoryFraction = min(1, Double(requested.memory) / max(memory, 1))
        let leastAllocated = ((1 - cpuFraction) * 100 + (1 - memoryFraction) * 100) / 2
        let balanced = (1 - abs(cpuFraction - memoryFraction) / 2) * 100
        let spread = spreadScore(pod, on: node, byNode: byNode, allNodes: allNodes)
        let preferNoSchedule = (node.spec.taints ?? []).filter {
            $0.effect == "PreferNoSchedule" && !tolerates(pod.spec.tolerations ?? [], $0)
        }.count
        let taintScore = preferNoSchedule == 0 ? 100.0 : max(0, 100 - Double(preferNoSchedule) * 50)
        let locality = imageLocality(pod, on: node)
        return Int((leastAllocated + balanced + 2 * spread + 3 * taintScore + locality).rounded(.down))
    }

    /// Fewer pods of the same workload on a node score higher (default topology spreading by hostname).
    private static func spreadScore(_ pod: Pod, on node: Node, byNode: [String: [Pod]], allNodes: [Node]) -> Double {
        guard let owner = pod.metadata.controllerReference?.uid else { return 100 }
        func count(_ name: String) -> Int {
            (byNode[name] ?? []).filter { $0.metadata.controllerReference?.uid == owner }.count
        }
        let counts = allNodes.map { count($0.name) }
        let most = counts.max() ?? 0
        guard most > 0 else { return 100 }
        return 100 * Double(most - count(node.name)) / Double(most)
    }

    /// Nodes that already have the pod's images score a little higher.
    private static func imageLocality(_ pod: Pod, on node: Node) -> Double {
        let present = node.status.images ?? []
        var bytes: Int64 = 0
        for container in pod.spec.containers {
            guard let text = container.image, case .success(let reference) = ImageReference.parse(text) else { continue }
            if let image = present.first(where: { $0.names?.contains(reference.normalized) ?? false }) { bytes += image.sizeBytes ?? 0 }
        }
        let minimum = 23.0 * 1_048_576, maximum = 1000.0 * 1_048_576 * Double(max(1, pod.spec.containers.count))
        let clamped = min(max(Double(bytes), minimum), maximum)
        return (clamped - minimum) * 100 / (maximum - minimum)
    }
}
