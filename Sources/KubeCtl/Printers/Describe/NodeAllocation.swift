import KubeCluster

/// The `Non-terminated Pods:` and `Allocated resources:` sections of `describe node`: each pod's requests
/// and limits as a share of the node's allocatable (integer-truncated percentages).
enum NodeAllocation {
    static func write(_ out: inout DescribeWriter, node: Node, store: ObjectStore, now: Double) {
        let pods = store.list(Pod.self).filter {
            $0.spec.nodeName == node.name && $0.status.phase != "Succeeded" && $0.status.phase != "Failed"
        }
        let allocatable = node.status.allocatable ?? [:]
        let cpu = QuantityMath.milli(allocatable["cpu"])
        let memory = QuantityMath.milli(allocatable["memory"])
        func share(_ value: Int64, of total: Int64) -> String { total == 0 ? "0" : String(value * 100 / total) }
        out.field(0, "Non-terminated Pods", "(\(pods.count) in total)")
        out.line(1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge")
        out.line(1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---")
        var totals = (cpuRequests: Int64(0), cpuLimits: Int64(0), memoryRequests: Int64(0), memoryLimits: Int64(0))
        for pod in pods {
            let usage = QuantityMath.podTotals(pod)
            totals.cpuRequests += usage.cpuRequests
            totals.cpuLimits += usage.cpuLimits
            totals.memoryRequests += usage.memoryRequests
            totals.memoryLimits += usage.memoryLimits
            let age = pod.metadata.creationTimestamp.isZero ? "<unknown>" : HumanDuration.format(seconds: now - pod.metadata.creationTimestamp.instant)
            out.line(1, "\(pod.namespace)\t\(pod.name)\t\t"
                + "\(QuantityMath.cpuText(usage.cpuRequests)) (\(share(usage.cpuRequests, of: cpu))%)\t"
                + "\(QuantityMath.cpuText(usage.cpuLimits)) (\(share(usage.cpuLimits, of: cpu))%)\t"
                + "\(QuantityMath.memoryText(usage.memoryRequests)) (\(share(usage.memoryRequests, of: memory))%)\t"
                + "\(QuantityMath.memoryText(usage.memoryLimits)) (\(share(usage.memoryLimits, of: memory))%)\t\(age)")
        }
        out.line(0, "Allocated resources:")
        out.line(1, "(Total limits may be over 100 percent, i.e., overcommitted.)")
        out.line(1, "Resource\tRequests\tLimits")
        out.line(1, "--------\t--------\t------")
        out.line(1, "cpu\t\(QuantityMath.cpuText(totals.cpuRequests)) (\(share(totals.cpuRequests, of: cpu))%)\t"
            + "\(QuantityMath.cpuText(totals.cpuLimits)) (\(share(totals.cpuLimits, of: cpu))%)")
        out.line(1, "memory\t\(QuantityMath.memoryText(totals.memoryRequests)) (\(share(totals.memoryRequests, of: memory))%)\t"
            + "\(QuantityMath.memoryText(totals.memoryLimits)) (\(share(totals.memoryLimits, of: memory))%)")
        out.line(1, "ephemeral-storage\t0 (0%)\t0 (0%)")
        out.line(1, "hugepages-1Gi\t0 (0%)\t0 (0%)")
        out.line(1, "hugepages-2Mi\t0 (0%)\t0 (0%)")
    }
}

/// Resource arithmetic for describe: a pod's summed requests and limits, and how kubectl prints them.
enum QuantityMath {
    /// The quantity in thousandths (0 when absent).
    static func milli(_ quantity: Quantity?) -> Int64 { quantity?.milliValue ?? 0 }

    /// The pod's total cpu/memory requests and limits in thousandths, as `describe node` sums them.
    static func podTotals(_ pod: Pod) -> (cpuRequests: Int64, cpuLimits: Int64, memoryRequests: Int64, memoryLimits: Int64) {
        var totals = (cpuRequests: Int64(0), cpuLimits: Int64(0), memoryRequests: Int64(0), memoryLimits: Int64(0))
        for container in pod.spec.containers {
            totals.cpuRequests += milli(container.resources.requests?["cpu"])
            totals.cpuLimits += milli(container.resources.limits?["cpu"])
            totals.memoryRequests += milli(container.resources.requests?["memory"])
            totals.memoryLimits += milli(container.resources.limits?["memory"])
        }
        return totals
    }

    /// A cpu amount in kubectl's canonical form (`100m`, `1`).
    static func cpuText(_ milli: Int64) -> String { Quantity(milli: milli).description }

    /// A memory amount in binary SI (`64Mi`), as Kubernetes canonicalizes requests.
    static func memoryText(_ milli: Int64) -> String { Quantity(integer: milli / 1000, format: .binarySI).description }
}
