import Foundation

/// Reads resource quantities (`500m`, `2`, `128Mi`, `1G`) into integers for the scheduler, kubelet and
/// metrics. A small local parser until the shared `Quantity` type lands (the lead may switch it over).
enum ResourceAmounts {
    /// Millicores of a CPU quantity (`250m` → 250, `2` → 2000, `0.5` → 500); nil when unreadable.
    static func milliCPU(_ text: String) -> Int64? {
        guard let value = scaledValue(text), value * 1000 < 9.0e18 else { return nil }
        return Int64((value * 1000).rounded(.up))
    }

    /// Bytes of a memory quantity (`128Mi`, `1G`, `1e6`, `512`); nil when unreadable.
    static func bytes(_ text: String) -> Int64? {
        guard let value = scaledValue(text), value < 9.0e18 else { return nil }
        return Int64(value.rounded(.up))
    }

    private static let suffixes: [(String, Double)] = [
        ("Ki", 1024), ("Mi", 1_048_576), ("Gi", 1_073_741_824), ("Ti", 1_099_511_627_776),
        ("Pi", 1_125_899_906_842_624), ("Ei", 1_152_921_504_606_846_976),
        ("n", 1e-9), ("u", 1e-6), ("m", 1e-3), ("k", 1e3), ("M", 1e6), ("G", 1e9), ("T", 1e12), ("P", 1e15), ("E", 1e18),
    ]

    /// The quantity as a plain number in base units.
    static func scaledValue(_ raw: String) -> Double? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        for (suffix, factor) in suffixes where text.hasSuffix(suffix) {
            guard let number = Double(text.dropLast(suffix.count)), number >= 0 else { return nil }
            return number * factor
        }
        guard let number = Double(text), number >= 0, number.isFinite else { return nil }
        // (suffixed values are checked by the callers' range guards)
        return number
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
            sum.milliCPU += requests["cpu"].flatMap { ResourceAmounts.milliCPU($0.description) } ?? 100
            sum.memory += requests["memory"].flatMap { ResourceAmounts.bytes($0.description) } ?? 209_715_200
        }
        return sum
    }

    mutating func add(_ amounts: [String: Quantity]?) {
        guard let amounts else { return }
        if let cpu = amounts["cpu"], let value = ResourceAmounts.milliCPU(cpu.description) { milliCPU += value }
        if let quantity = amounts["memory"], let value = ResourceAmounts.bytes(quantity.description) { memory += value }
    }
}

/// Builds `Quantity` values from canonical text (node capacity, bootstrap requests).
enum QuantityText {
    /// The quantity whose text is `text`, built through JSON so it works with the final `Quantity` type too.
    static func quantity(_ text: String) -> Quantity? {
        try? JSONDecoder().decode(Quantity.self, from: Data("\"\(text)\"".utf8))
    }

    /// A resource map (`cpu: 4`, `memory: 16Gi`) from plain strings.
    static func map(_ values: [String: String]) -> [String: Quantity] {
        values.compactMapValues { quantity($0) }
    }
}
