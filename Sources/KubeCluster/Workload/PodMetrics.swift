import Foundation

/// The CPU and memory one container is using.
public struct ContainerUsage: Hashable, Sendable {
    /// The container's name.
    public var name: String
    /// CPU in millicores (1000 = one core).
    public var cpuMillicores: Int64
    /// Memory (working set) in bytes.
    public var memoryBytes: Int64

    public init(name: String, cpuMillicores: Int64, memoryBytes: Int64) {
        self.name = name
        self.cpuMillicores = cpuMillicores
        self.memoryBytes = memoryBytes
    }

    /// The usage of `resource` (`cpu` or `memory`) in milli-units, as the metrics API's `MilliValue()`.
    public func milliValue(of resource: String) -> Int64? {
        switch resource {
        case "cpu": return cpuMillicores
        case "memory": return memoryBytes.multipliedReportingOverflow(by: 1000).overflow ? Int64.max : memoryBytes * 1000
        default: return nil
        }
    }
}

/// One `metrics.k8s.io` PodMetrics sample: per-container usage, when it was taken and over which window.
public struct PodUsage: Hashable, Sendable {
    /// Usage per container, in the pod's container order.
    public var containers: [ContainerUsage]
    /// The simulated instant the sample describes (the scrape time).
    public var timestamp: Double
    /// The length of the window the CPU rate was measured over, in seconds.
    public var window: Double

    public init(containers: [ContainerUsage], timestamp: Double, window: Double = ResourceMetricsAPI.scrapeInterval) {
        self.containers = containers
        self.timestamp = timestamp
        self.window = window
    }

    /// The pod total of `resource` in milli-units; nil when a container lacks it (the pod counts as missing).
    public func milliValue(of resource: String) -> Int64? {
        guard !containers.isEmpty else { return nil }
        var total: Int64 = 0
        for container in containers {
            guard let value = container.milliValue(of: resource) else { return nil }
            total = total.addingReportingOverflow(value).overflow ? Int64.max : total + value
        }
        return total
    }
}

/// Where container usage comes from: the simulated kubelet knows what each container is doing.
///
/// `usage(of:at:)` answers for the instant `time` (a past scrape instant, not necessarily now) and
/// returns nil when the pod has no running containers to measure.
public protocol PodMetricsProvider: AnyObject {
    /// The usage of `pod`'s containers at simulated instant `time`.
    func usage(of pod: Pod, at time: Double) -> PodUsage?
}

/// Whether the resource metrics API (`metrics.k8s.io`, served by metrics-server) answers.
public enum MetricsAvailability: Equatable, Sendable {
    /// metrics-server has a ready replica.
    case available
    /// No metrics-server Deployment: the APIService does not exist.
    case notInstalled
    /// metrics-server exists but no replica is ready.
    case notReady

    /// The API error a metrics client gets, or nil when available.
    public var errorText: String? {
        switch self {
        case .available: return nil
        case .notInstalled: return "the server could not find the requested resource (get pods.metrics.k8s.io)"
        case .notReady: return "the server is currently unable to handle the request (get pods.metrics.k8s.io)"
        }
    }
}

/// True when `kubectl top` and the HPA can read metrics (otherwise top prints `error: Metrics API not available`).
public func metricsAPIAvailable(in cluster: Cluster) -> Bool {
    ResourceMetricsAPI.availability(in: cluster) == .available
}

/// The simulated `metrics.k8s.io` API: what metrics-server serves from its periodic kubelet scrapes.
///
/// metrics-server scrapes every kubelet every 15 s (its `--metric-resolution`); the API answers with the
/// values of the latest scrape, not live ones. A CPU rate needs two samples, so a new pod (or restarted
/// container) appears only at the second scrape after it started: 15–30 s later. Scrape instants are the
/// multiples of 15 s of simulated time.
public enum ResourceMetricsAPI {
    /// The scrape period (metric resolution), in seconds.
    public static let scrapeInterval: Double = 15
    /// Where metrics-server runs.
    public static let serverNamespace = "kube-system"
    /// The metrics-server Deployment's name.
    public static let serverName = "metrics-server"

    /// Whether the API is served: a `kube-system/metrics-server` Deployment with a ready replica.
    public static func availability(in cluster: Cluster) -> MetricsAvailability {
        guard let server = cluster.store.get(Deployment.self, namespace: serverNamespace, name: serverName) else {
            return .notInstalled
        }
        return (server.status.readyReplicas ?? 0) >= 1 ? .available : .notReady
    }

    /// The latest scrape instant at or before `time`.
    public static func lastScrape(atOrBefore time: Double) -> Double {
        (time / scrapeInterval).rounded(.down) * scrapeInterval
    }

    /// The sample the API serves for `pod` now, or nil (not running long enough, no provider, not served).
    public static func podMetrics(for pod: Pod, in cluster: Cluster) -> PodUsage? {
        guard availability(in: cluster) == .available, let provider = cluster.metricsProvider,
              let started = measurableSince(pod) else { return nil }
        let scrape = lastScrape(atOrBefore: cluster.now)
        let firstScrape = (started / scrapeInterval).rounded(.up) * scrapeInterval
        guard scrape >= firstScrape + scrapeInterval else { return nil }
        guard var usage = provider.usage(of: pod, at: scrape), !usage.containers.isEmpty else { return nil }
        usage.timestamp = scrape
        usage.window = scrapeInterval
        return usage
    }

    /// The PodMetrics list for pods in `namespace` (all namespaces when nil) that `include` accepts,
    /// in pod-name order: what `kubectl top pod` and the HPA's metrics client read.
    public static func podMetricsList(namespace: String?, in cluster: Cluster,
                                      where include: (Pod) -> Bool = { _ in true }) -> [(pod: Pod, usage: PodUsage)] {
        // Type-erased, so pods are copied out one at a time rather than all at once (10,000 at scale).
        cluster.store.listAny(resource: Pod.resource, namespace: namespace).compactMap { object in
            guard let pod = object as? Pod, include(pod), let usage = podMetrics(for: pod, in: cluster) else { return nil }
            return (pod, usage)
        }
    }

    /// When the pod's containers have all been running since (the latest container start), or nil when
    /// the pod is not Running or a container is not running.
    static func measurableSince(_ pod: Pod) -> Double? {
        guard pod.status.phase == "Running", let started = pod.status.startTime, !started.isZero else { return nil }
        var latest = started.instant
        for status in pod.status.containerStatuses ?? [] {
            guard let running = status.state.running else { return nil }
            if !running.startedAt.isZero { latest = max(latest, running.startedAt.instant) }
        }
        return latest
    }
}
