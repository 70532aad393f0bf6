import Collections
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
        cluster.store.list(Pod.self, namespace: namespace).compactMap { pod in
            guard include(pod), let usage = podMetrics(for: pod, in: cluster) else { return nil }
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

// MARK: - TEMPORARY bridges to the stand-in API value types

/// TEMPORARY: reads and builds `Quantity`, `LabelSelectorSpec` values through their JSON form only, so this
/// code keeps working when the real types replace the stand-ins in `Model/PendingAPITypes.swift`.
/// The lead should switch these to the real types' parsing (`milliValue`, canonical text, selector matching).
enum PendingAPIBridge {
    /// The JSON tree of any encodable value.
    static func json<T: Encodable>(_ value: T) -> JSONValue? {
        guard let data = try? JSONEncoder().encode(value) else { return nil }
        return try? JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// A typed value decoded from a JSON tree.
    static func decode<T: Decodable>(_ type: T.Type, from json: JSONValue) -> T? {
        guard let data = try? JSONEncoder().encode(json) else { return nil }
        return try? JSONDecoder().decode(type, from: data)
    }

    /// The text of a quantity (`500m`, `128Mi`).
    static func text(of quantity: Quantity) -> String? { json(quantity)?.stringValue }

    /// A quantity with the given text.
    static func quantity(_ text: String) -> Quantity? { decode(Quantity.self, from: .string(text)) }

    /// A quantity of `milli` milli-units in canonical DecimalSI form (`NewMilliQuantity(v, DecimalSI)`).
    static func decimalQuantity(milli: Int64) -> Quantity? { quantity(QuantityArithmetic.decimalSIText(milli: milli)) }

    /// A selector with only `matchLabels`.
    static func selector(matchLabels: [String: String]) -> LabelSelectorSpec? {
        var labels = OrderedDictionary<String, JSONValue>()
        for key in matchLabels.keys.sorted() { labels[key] = .string(matchLabels[key] ?? "") }
        return decode(LabelSelectorSpec.self, from: .object(["matchLabels": .object(labels)]))
    }

    /// The `matchLabels` of a selector.
    static func matchLabels(of selector: LabelSelectorSpec?) -> [String: String] {
        guard let selector, let members = json(selector)?["matchLabels"]?.objectValue else { return [:] }
        var labels: [String: String] = [:]
        for (key, value) in members { labels[key] = value.stringValue ?? "" }
        return labels
    }
}

/// TEMPORARY: label-selector matching (`matchLabels` + `matchExpressions` In/NotIn/Exists/DoesNotExist)
/// over the selector's JSON form, until the real `LabelSelector` matching lands.
struct PendingSelectorMatcher {
    private let labels: [(String, String)]
    private let expressions: [(key: String, op: String, values: [String])]
    /// False when the selector is nil or malformed: it selects nothing.
    let isValid: Bool
    /// True for `{}`: selects everything.
    let isEmpty: Bool

    init(_ selector: LabelSelectorSpec?) {
        guard let selector, let tree = PendingAPIBridge.json(selector) else {
            labels = []; expressions = []; isValid = false; isEmpty = false
            return
        }
        labels = (tree["matchLabels"]?.objectValue ?? [:]).map { ($0.key, $0.value.stringValue ?? "") }
        expressions = (tree["matchExpressions"]?.arrayValue ?? []).map { item in
            (item["key"]?.stringValue ?? "", item["operator"]?.stringValue ?? "",
             (item["values"]?.arrayValue ?? []).compactMap(\.stringValue))
        }
        isValid = true
        isEmpty = labels.isEmpty && expressions.isEmpty
    }

    /// True when `podLabels` satisfy every requirement.
    func matches(_ podLabels: [String: String]) -> Bool {
        guard isValid else { return false }
        for (key, value) in labels where podLabels[key] != value { return false }
        for expression in expressions {
            let present = podLabels[expression.key]
            switch expression.op {
            case "In": guard let present, expression.values.contains(present) else { return false }
            case "NotIn": if let present, expression.values.contains(present) { return false }
            case "Exists": if present == nil { return false }
            case "DoesNotExist": if present != nil { return false }
            default: return false
            }
        }
        return true
    }

    /// The selector as `labels.Selector.String()` prints it (`app=web,tier in (a,b)`), sorted by key.
    var text: String {
        var parts: [(String, String)] = labels.map { ($0.0, "\($0.0)=\($0.1)") }
        for expression in expressions {
            let values = expression.values.sorted().joined(separator: ",")
            switch expression.op {
            case "In": parts.append((expression.key, "\(expression.key) in (\(values))"))
            case "NotIn": parts.append((expression.key, "\(expression.key) notin (\(values))"))
            case "Exists": parts.append((expression.key, expression.key))
            default: parts.append((expression.key, "!\(expression.key)"))
            }
        }
        return parts.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: ",")
    }
}

/// TEMPORARY: Kubernetes quantity arithmetic for the stand-in `Quantity` (parsing to milli-units and the
/// canonical DecimalSI text), until the real `Quantity` type lands.
enum QuantityArithmetic {
    private static let decimalSuffixes: [String: Int] = ["n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6,
                                                         "G": 9, "T": 12, "P": 15, "E": 18]
    private static let binarySuffixes: [String: Int] = ["Ki": 10, "Mi": 20, "Gi": 30, "Ti": 40, "Pi": 50, "Ei": 60]

    /// The value of `text` in milli-units, rounded up like `Quantity.MilliValue()`; nil when unparsable.
    static func milliValue(_ text: String) -> Int64? {
        var body = text.trimmingCharacters(in: .whitespaces)
        guard !body.isEmpty else { return nil }
        var power10 = 3
        var power2 = 0
        if let suffix = binarySuffixes.keys.first(where: { body.hasSuffix($0) }), let power = binarySuffixes[suffix] {
            body.removeLast(suffix.count)
            power2 = power
        } else if let last = body.last, last.isNumber,
                  let exponentIndex = body.lastIndex(where: { $0 == "e" || $0 == "E" }),
                  let exponent = Int(body[body.index(after: exponentIndex)...]), abs(exponent) < 30 {
            body = String(body[..<exponentIndex])
            power10 += exponent
        } else if let last = body.last, !last.isNumber, let power = decimalSuffixes[String(last)] {
            body.removeLast()
            power10 += power
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }),
              let number = Decimal(string: body, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        var product = number * pow(Decimal(2), power2)
        product = power10 >= 0 ? product * pow(Decimal(10), power10) : product / pow(Decimal(10), -power10)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &product, 0, .up)
        let value = NSDecimalNumber(decimal: rounded)
        guard value.doubleValue < 9.2e18, value.doubleValue > -9.2e18 else { return nil }
        return value.int64Value
    }

    /// The canonical DecimalSI text of `milli` milli-units: `250m`, `1`, `1500m`, `3M`, `104857600`.
    static func decimalSIText(milli: Int64) -> String {
        if milli == 0 { return "0" }
        if milli % 1000 != 0 { return "\(milli)m" }
        var value = milli / 1000
        var suffixes = ["", "k", "M", "G", "T", "P", "E"][...]
        var suffix = suffixes.removeFirst()
        while value % 1000 == 0, let next = suffixes.first {
            value /= 1000
            suffix = next
            suffixes.removeFirst()
        }
        return "\(value)\(suffix)"
    }
}
