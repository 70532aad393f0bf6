import Foundation

/// One pod's metric as the HPA's metrics client returns it: milli-units, sample time and window.
public struct PodMetricSample: Hashable, Sendable {
    /// The value in milli-units (millicores, or bytes × 1000).
    public var value: Int64
    /// When the sample was taken (simulated seconds).
    public var timestamp: Double
    /// The measurement window, in seconds.
    public var window: Double

    public init(value: Int64, timestamp: Double, window: Double) {
        self.value = value
        self.timestamp = timestamp
        self.window = window
    }
}

/// The pod metrics of one resource for an HPA's pods, keyed by pod name, with the list's timestamp.
public struct FetchedPodMetrics: Sendable {
    /// Samples by pod name (may include pods that no longer exist).
    public var samples: [String: PodMetricSample]
    /// The timestamp of the first item of the metrics list.
    public var timestamp: Double

    public init(samples: [String: PodMetricSample], timestamp: Double) {
        self.samples = samples
        self.timestamp = timestamp
    }
}

/// An error from fetching metrics or computing a replica count, worded as upstream's.
public struct ReplicaCalculationError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The full error text.
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The outcome of a utilization calculation: proposed replicas, the (truncated) utilization percent,
/// the raw average per pod in milli-units and the metrics' timestamp.
public struct ResourceReplicaProposal: Equatable, Sendable {
    /// The proposed replica count.
    public var replicas: Int32
    /// The current utilization, percent of requests (truncated).
    public var utilization: Int32
    /// The average usage per pod, milli-units.
    public var rawAverage: Int64
    /// The metrics' timestamp.
    public var timestamp: Double
}

/// The outcome of an average-value calculation: proposed replicas and the average usage in milli-units.
public struct RawReplicaProposal: Equatable, Sendable {
    /// The proposed replica count.
    public var replicas: Int32
    /// The average usage per pod, milli-units.
    public var usage: Int64
    /// The metrics' timestamp.
    public var timestamp: Double
}

/// The HPA replica calculator (`GetResourceReplicas` / `GetRawResourceReplicas`): groups pods into ready,
/// unready, missing-metric and ignored, computes utilization against requests with upstream's integer
/// truncation, applies the tolerance, and the conservative assumptions for missing and unready pods.
public struct ReplicaCalculator: Sendable {
    /// No change while the usage ratio stays within 1 ± tolerance.
    public var tolerance: Double
    /// Seconds after pod start during which CPU samples of not-yet-settled pods are ignored.
    public var cpuInitializationPeriod: Double
    /// Seconds after start within which a readiness flip still counts as "never became ready".
    public var initialReadinessDelay: Double

    public init(tolerance: Double = 0.1, cpuInitializationPeriod: Double = 300, initialReadinessDelay: Double = 30) {
        self.tolerance = tolerance
        self.cpuInitializationPeriod = cpuInitializationPeriod
        self.initialReadinessDelay = initialReadinessDelay
    }

    /// Replicas for a target utilization (percent of requests) of `resource`.
    public func resourceReplicas(currentReplicas: Int32, targetUtilization: Int32, resource: String,
                                 metrics fetched: Result<FetchedPodMetrics, ReplicaCalculationError>,
                                 pods: [Pod], now: Double) throws -> ResourceReplicaProposal {
        let fetchedMetrics: FetchedPodMetrics
        switch fetched {
        case .success(let value): fetchedMetrics = value
        case .failure(let error): throw ReplicaCalculationError("unable to get metrics for resource \(resource): \(error.message)")
        }
        guard !pods.isEmpty else { throw ReplicaCalculationError("no pods returned by selector while calculating replica count") }
        var metrics = fetchedMetrics.samples
        let groups = groupPods(pods, metrics: metrics, resource: resource, now: now)
        for name in groups.ignored.union(groups.unready) { metrics[name] = nil }
        guard !metrics.isEmpty else {
            throw ReplicaCalculationError("did not receive metrics for targeted pods (pods might be unready)")
        }
        let requests = try Self.podRequests(pods, resource: resource)
        let first = try Self.utilizationRatio(metrics, requests: requests, target: targetUtilization)
        let timestamp = fetchedMetrics.timestamp
        func proposal(_ replicas: Int32) -> ResourceReplicaProposal {
            ResourceReplicaProposal(replicas: replicas, utilization: first.utilization, rawAverage: first.rawAverage,
                                    timestamp: timestamp)
        }
        let ratio = first.ratio
        let scaleUpWithUnready = !groups.unready.isEmpty && ratio > 1.0
        if !scaleUpWithUnready, groups.missing.isEmpty {
            if isWithinTolerance(ratio) { return proposal(currentReplicas) }
            return proposal(Self.ceilReplicas(ratio * Double(groups.readyCount)))
        }
        if !groups.missing.isEmpty {
            let fallback = Int64(max(100, targetUtilization))
            for name in groups.missing {
                if ratio < 1.0 {
                    metrics[name] = PodMetricSample(value: (requests[name] ?? 0) * fallback / 100, timestamp: 0, window: 0)
                } else if ratio > 1.0 {
                    metrics[name] = PodMetricSample(value: 0, timestamp: 0, window: 0)
                }
            }
        }
        if scaleUpWithUnready {
            for name in groups.unready { metrics[name] = PodMetricSample(value: 0, timestamp: 0, window: 0) }
        }
        let newRatio = try Self.utilizationRatio(metrics, requests: requests, target: targetUtilization).ratio
        if isWithinTolerance(newRatio) || (ratio < 1.0 && newRatio > 1.0) || (ratio > 1.0 && newRatio < 1.0) {
            return proposal(currentReplicas)
        }
        let newReplicas = Self.ceilReplicas(newRatio * Double(metrics.count))
        if (newRatio < 1.0 && newReplicas > currentReplicas) || (newRatio > 1.0 && newReplicas < currentReplicas) {
            return proposal(currentReplicas)
        }
        return proposal(newReplicas)
    }

    /// Replicas for a target average value (milli-units per pod) of `resource` (`calcPlainMetricReplicas`).
    public func rawResourceReplicas(currentReplicas: Int32, targetAverageValue: Int64, resource: String,
                                    metrics fetched: Result<FetchedPodMetrics, ReplicaCalculationError>,
                                    pods: [Pod], now: Double) throws -> RawReplicaProposal {
        let fetchedMetrics: FetchedPodMetrics
        switch fetched {
        case .success(let value): fetchedMetrics = value
        case .failure(let error): throw ReplicaCalculationError("unable to get metrics for resource \(resource): \(error.message)")
        }
        guard !pods.isEmpty else { throw ReplicaCalculationError("no pods returned by selector while calculating replica count") }
        var metrics = fetchedMetrics.samples
        let groups = groupPods(pods, metrics: metrics, resource: resource, now: now)
        for name in groups.ignored.union(groups.unready) { metrics[name] = nil }
        guard !metrics.isEmpty else {
            throw ReplicaCalculationError("did not receive metrics for targeted pods (pods might be unready)")
        }
        let (ratio, usage) = Self.usageRatio(metrics, target: targetAverageValue)
        let timestamp = fetchedMetrics.timestamp
        let scaleUpWithUnready = !groups.unready.isEmpty && ratio > 1.0
        if !scaleUpWithUnready, groups.missing.isEmpty {
            if isWithinTolerance(ratio) { return RawReplicaProposal(replicas: currentReplicas, usage: usage, timestamp: timestamp) }
            return RawReplicaProposal(replicas: Self.ceilReplicas(ratio * Double(groups.readyCount)), usage: usage, timestamp: timestamp)
        }
        for name in groups.missing {
            if ratio < 1.0 {
                metrics[name] = PodMetricSample(value: targetAverageValue, timestamp: 0, window: 0)
            } else if ratio > 1.0 {
                metrics[name] = PodMetricSample(value: 0, timestamp: 0, window: 0)
            }
        }
        if scaleUpWithUnready {
            for name in groups.unready { metrics[name] = PodMetricSample(value: 0, timestamp: 0, window: 0) }
        }
        let newRatio = Self.usageRatio(metrics, target: targetAverageValue).ratio
        var replicas = currentReplicas
        if !(isWithinTolerance(newRatio) || (ratio < 1.0 && newRatio > 1.0) || (ratio > 1.0 && newRatio < 1.0)) {
            let proposed = Self.ceilReplicas(newRatio * Double(metrics.count))
            if !((newRatio < 1.0 && proposed > currentReplicas) || (newRatio > 1.0 && proposed < currentReplicas)) {
                replicas = proposed
            }
        }
        return RawReplicaProposal(replicas: replicas, usage: usage, timestamp: timestamp)
    }

    /// True when `ratio` is within 1 ± tolerance (no scaling).
    public func isWithinTolerance(_ ratio: Double) -> Bool {
        (1.0 - tolerance) <= ratio && ratio <= (1.0 + tolerance)
    }

    /// How pods count (`groupPods`): ready pods, and the names of unready, missing-metric and ignored pods.
    public struct PodGroups: Equatable, Sendable {
        /// Pods that count with their sample.
        public var readyCount = 0
        /// Pending or (for CPU) still-settling pods.
        public var unready = Set<String>()
        /// Pods without a sample.
        public var missing = Set<String>()
        /// Deleting or Failed pods.
        public var ignored = Set<String>()
    }

    /// Sorts pods: deleting or Failed pods are ignored; Pending ones are unready; pods without a sample are
    /// missing; for CPU, pods still settling (no Ready condition, unready or sampled too soon after becoming
    /// ready within the initialization period; never ready within the readiness delay after it) are unready.
    public func groupPods(_ pods: [Pod], metrics: [String: PodMetricSample], resource: String, now: Double) -> PodGroups {
        var groups = PodGroups()
        for pod in pods {
            if pod.metadata.deletionTimestamp != nil || pod.status.phase == "Failed" {
                groups.ignored.insert(pod.name)
                continue
            }
            if pod.status.phase == "Pending" {
                groups.unready.insert(pod.name)
                continue
            }
            guard let sample = metrics[pod.name] else {
                groups.missing.insert(pod.name)
                continue
            }
            if resource == "cpu", isSettlingForCPU(pod, sample: sample, now: now) {
                groups.unready.insert(pod.name)
                continue
            }
            groups.readyCount += 1
        }
        return groups
    }

    private func isSettlingForCPU(_ pod: Pod, sample: PodMetricSample, now: Double) -> Bool {
        guard let condition = pod.status.condition("Ready"), let start = pod.status.startTime else { return true }
        let transition = condition.lastTransitionTime.instant
        if start.instant + cpuInitializationPeriod > now {
            return condition.status == "False" || sample.timestamp < transition + sample.window
        }
        return condition.status == "False" && start.instant + initialReadinessDelay > transition
    }

    /// Each pod's request of `resource` in milli-units: the sum over its containers.
    public static func podRequests(_ pods: [Pod], resource: String) throws -> [String: Int64] {
        var requests: [String: Int64] = [:]
        for pod in pods {
            var sum: Int64 = 0
            for container in pod.spec.containers {
                guard let milli = container.resources.requests?[resource]?.milliValue else {
                    throw ReplicaCalculationError("missing request for \(resource) in container \(container.name) of Pod \(pod.name)")
                }
                sum += milli
            }
            requests[pod.name] = sum
        }
        return requests
    }

    /// `GetResourceUtilizationRatio`: utilization = int32(Σusage × 100 / Σrequest) over pods with both, then
    /// ratio = utilization / target; rawAverage = Σusage / n.
    public static func utilizationRatio(_ metrics: [String: PodMetricSample], requests: [String: Int64],
                                        target: Int32) throws -> (ratio: Double, utilization: Int32, rawAverage: Int64) {
        var usageTotal: Int64 = 0
        var requestTotal: Int64 = 0
        var entries: Int64 = 0
        for (name, sample) in metrics {
            guard let request = requests[name] else { continue }
            usageTotal += sample.value
            requestTotal += request
            entries += 1
        }
        guard requestTotal != 0 else { throw ReplicaCalculationError("no metrics returned matched known pods") }
        let percent = usageTotal.multipliedReportingOverflow(by: 100).overflow ? Int64(Int32.max) : usageTotal * 100 / requestTotal
        let utilization = Int32(clamping: percent)
        return (Double(utilization) / Double(target), utilization, usageTotal / entries)
    }

    /// `GetMetricUsageRatio`: average = Σvalue / n (integer), ratio = average / target.
    public static func usageRatio(_ metrics: [String: PodMetricSample], target: Int64) -> (ratio: Double, usage: Int64) {
        let total = metrics.values.reduce(Int64(0)) { $0 + $1.value }
        let usage = metrics.isEmpty ? 0 : total / Int64(metrics.count)
        return (Double(usage) / Double(target), usage)
    }

    static func ceilReplicas(_ value: Double) -> Int32 {
        let rounded = value.rounded(.up)
        if rounded >= Double(Int32.max) { return Int32.max }
        return Int32(max(rounded, 0))
    }
}

extension ReplicaCalculator {
    /// Lists the resource metrics of the pods `selector` picks in `namespace` (`GetResourceMetric`):
    /// fails when the API is not served or returns nothing; pods lacking the resource are left out.
    public static func fetchResourceMetrics(resource: String, namespace: String, selector: (Pod) -> Bool,
                                            in cluster: Cluster) -> Result<FetchedPodMetrics, ReplicaCalculationError> {
        let availability = ResourceMetricsAPI.availability(in: cluster)
        if let error = availability.errorText {
            return .failure(ReplicaCalculationError("unable to fetch metrics from resource metrics API: \(error)"))
        }
        return samples(of: resource, ResourceMetricsAPI.podMetricsList(namespace: namespace, in: cluster, where: selector))
    }

    /// `fetchResourceMetrics` for pods already listed (one namespace, in key order): reads their metrics
    /// without listing the namespace again.
    static func fetchResourceMetrics(resource: String, pods: [Pod], in cluster: Cluster) -> Result<FetchedPodMetrics, ReplicaCalculationError> {
        let availability = ResourceMetricsAPI.availability(in: cluster)
        if let error = availability.errorText {
            return .failure(ReplicaCalculationError("unable to fetch metrics from resource metrics API: \(error)"))
        }
        return samples(of: resource, pods.compactMap { pod in ResourceMetricsAPI.podMetrics(for: pod, in: cluster).map { (pod, $0) } })
    }

    private static func samples(of resource: String, _ items: [(pod: Pod, usage: PodUsage)]) -> Result<FetchedPodMetrics, ReplicaCalculationError> {
        guard let first = items.first else {
            return .failure(ReplicaCalculationError("no metrics returned from resource metrics API"))
        }
        var samples: [String: PodMetricSample] = [:]
        for item in items {
            guard let value = item.usage.milliValue(of: resource) else { continue }
            samples[item.pod.name] = PodMetricSample(value: value, timestamp: item.usage.timestamp, window: item.usage.window)
        }
        return .success(FetchedPodMetrics(samples: samples, timestamp: first.usage.timestamp))
    }
}
