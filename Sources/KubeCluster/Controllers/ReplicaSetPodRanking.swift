import Foundation

/// Which pods a ReplicaSet deletes first when it scales down (`controller_utils.go`,
/// `ActivePodsWithRanks.Less`, with PodDeletionCost and LogarithmicScaleDown on as in 1.32;
/// `replica_set.go`, `getPodsToDelete` / `getPodsRankedByRelatedPodsOnSameNode`).
public enum ReplicaSetPodRanking {
    /// `podPhaseToOrdinal`: Pending < Unknown < Running; any other phase counts as Pending.
    static func phaseOrdinal(_ phase: String?) -> Int {
        switch phase {
        case "Unknown": return 1
        case "Running": return 2
        default: return 0
        }
    }

    /// True when pod `a` (with `rankA` related pods on its node) should be deleted before pod `b`.
    /// `now` is the sort instant (0 = unknown, which turns off the logarithmic comparison).
    public static func deletesBefore(_ a: Pod, rank rankA: Int, _ b: Pod, rank rankB: Int, now: Double) -> Bool {
        let nodeA = a.spec.nodeName ?? "", nodeB = b.spec.nodeName ?? ""
        // 1. Unassigned before assigned.
        if nodeA != nodeB && (nodeA.isEmpty || nodeB.isEmpty) { return nodeA.isEmpty }
        // 2. Pending < Unknown < Running.
        let phaseA = phaseOrdinal(a.status.phase), phaseB = phaseOrdinal(b.status.phase)
        if phaseA != phaseB { return phaseA < phaseB }
        // 3. Not ready before ready.
        let readyA = PodReadiness.isReady(a), readyB = PodReadiness.isReady(b)
        if readyA != readyB { return !readyA }
        // 4. Lower pod-deletion-cost first.
        let costA = deletionCost(a), costB = deletionCost(b)
        if costA != costB { return costA < costB }
        // 5. More related pods on the same node first.
        if rankA != rankB { return rankA > rankB }
        // 6. Both ready: the more recently ready first (log2 buckets of the time since).
        if readyA && readyB {
            let timeA = readyTime(a), timeB = readyTime(b)
            if timeA != timeB {
                if now == 0 || timeA.isZero || timeB.isZero { return afterOrZero(timeA, timeB) }
                let difference = logarithmicRankDifference(timeA, timeB, now: now)
                if difference == 0 { return (a.metadata.uid ?? "") < (b.metadata.uid ?? "") }
                return difference < 0
            }
        }
        // 7. Higher restart count first.
        let restartsA = maxRestarts(a), restartsB = maxRestarts(b)
        if restartsA != restartsB { return restartsA > restartsB }
        // 8. Newer first (log2 buckets of age); equal buckets by uid.
        let createdA = a.metadata.creationTimestamp, createdB = b.metadata.creationTimestamp
        if createdA != createdB {
            if now == 0 || createdA.isZero || createdB.isZero { return afterOrZero(createdA, createdB) }
            let difference = logarithmicRankDifference(createdA, createdB, now: now)
            if difference == 0 { return (a.metadata.uid ?? "") < (b.metadata.uid ?? "") }
            return difference < 0
        }
        return false
    }

    /// `getPodsToDelete`: the first `count` of `pods` in deletion order, ranked by how many active
    /// `related` pods share their node. When all go, no sorting is done.
    public static func podsToDelete(_ pods: [Pod], related: [Pod], count: Int, now: Double) -> [Pod] {
        guard count < pods.count else { return Array(pods.prefix(count)) }
        var perNode: [String: Int] = [:]
        for pod in related where PodReadiness.isActive(pod) { perNode[pod.spec.nodeName ?? "", default: 0] += 1 }
        let ranked = pods.map { (pod: $0, rank: perNode[$0.spec.nodeName ?? ""] ?? 0) }
        let sorted = stableSorted(ranked) { deletesBefore($0.pod, rank: $0.rank, $1.pod, rank: $1.rank, now: now) }
        return sorted.prefix(count).map(\.pod)
    }

    /// The cost annotation as an int32; missing or invalid counts as 0.
    static func deletionCost(_ pod: Pod) -> Int32 {
        pod.metadata.annotations?[Pod.deletionCostAnnotation].flatMap { Int32($0) } ?? 0
    }

    /// When the pod became ready (zero when not ready or unknown).
    static func readyTime(_ pod: Pod) -> Timestamp {
        guard let condition = PodReadiness.readyCondition(pod), condition.status == "True" else { return .zero }
        return condition.lastTransitionTime
    }

    /// The highest restart count among the regular containers.
    static func maxRestarts(_ pod: Pod) -> Int32 {
        (pod.status.containerStatuses ?? []).map(\.restartCount).max() ?? 0
    }

    /// `afterOrZero`: `a` after `b`, a zero time counting as latest.
    static func afterOrZero(_ a: Timestamp, _ b: Timestamp) -> Bool {
        if a.isZero || b.isZero { return a.isZero }
        return a > b
    }

    /// `logarithmicRankDiff`: ⌊log2(now − t)⌋ in nanoseconds for each time (−1 when not in the past),
    /// first minus second.
    static func logarithmicRankDifference(_ first: Timestamp, _ second: Timestamp, now: Double) -> Int64 {
        func rank(_ time: Timestamp) -> Int64 {
            let nanoseconds = ((now - time.instant) * 1_000_000_000).rounded(.down)
            return nanoseconds > 0 ? Int64(log2(nanoseconds)) : -1
        }
        return rank(first) - rank(second)
    }

    /// A stable merge sort (Go's `sort.Sort` is insertion sort, hence stable, for the small lists it sees).
    static func stableSorted<Element>(_ items: [Element], by less: (Element, Element) -> Bool) -> [Element] {
        guard items.count > 1 else { return items }
        let middle = items.count / 2
        let left = stableSorted(Array(items[..<middle]), by: less)
        let right = stableSorted(Array(items[middle...]), by: less)
        var merged: [Element] = []
        merged.reserveCapacity(items.count)
        var leftIndex = 0, rightIndex = 0
        while leftIndex < left.count && rightIndex < right.count {
            if less(right[rightIndex], left[leftIndex]) {
                merged.append(right[rightIndex])
                rightIndex += 1
            } else {
                merged.append(left[leftIndex])
                leftIndex += 1
            }
        }
        merged += left[leftIndex...]
        merged += right[rightIndex...]
        return merged
    }
}
