import Foundation

extension Quantity {
    /// Reads a resource amount out of user text (behaviour annotations): the quantity in `text` when it parses and is not negative; nil otherwise.
    static func nonNegative(_ text: String) -> Quantity? {
        guard let quantity = Quantity.parse(text.trimmingCharacters(in: .whitespaces)), quantity.sign >= 0 else { return nil }
        return quantity
    }
}

/// What a pod asks of a node: the scheduler's view of requests (max of init containers and the sum of
/// regular containers, per resource), plus limits for the kubelet.
struct PodResourceDemand: Equatable {
    var milliCPU: Int64 = 0
    var memory: Int64 = 0

    /// The effective requests of `spec`, as the scheduler's NodeResourcesFit computes them.
    static func requests(of spec: PodSpec) -> PodResourceDemand {
        var sum = PodResourceDemand()
        for container in spec.containers { sum.add(container.resources.requests) }
        for container in spec.initContainers ?? [] {
            var one = PodResourceDemand()
            one.add(container.resources.requests)
            sum.milliCPU = max(sum.milliCPU, one.milliCPU)
            sum.memory = max(sum.memory, one.memory)
        }
        return sum
    }

    /// Requests with the scheduler's scoring defaults (100m CPU, 200Mi memory) for containers that set none.
    static func scoringRequests(of spec: PodSpec) -> PodResourceDemand {
        var sum = PodResourceDemand()
        for container in spec.containers {
            let requests = container.resources.requests ?? [:]
            sum.milliCPU += requests["cpu"]?.milliValue ?? 100
            sum.memory += requests["memory"]?.value ?? 209_715_200
        }
        return sum
    }

    mutating func add(_ amounts: [String: Quantity]?) {
        guard let amounts else { return }
        if let cpu = amounts["cpu"] { milliCPU = milliCPU.addingReportingOverflow(cpu.milliValue).partialValue }
        if let bytes = amounts["memory"] { memory = memory.addingReportingOverflow(bytes.value).partialValue }
    }
}
