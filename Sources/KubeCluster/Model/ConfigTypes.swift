/// A ConfigMap (`core/v1`): configuration data as key/value pairs.
public struct ConfigMap: APIObject, Hashable {
    public static let kind = "ConfigMap"
    public static let apiVersion = "v1"
    public static let resource = "configmaps"
    public static let isNamespaced = true
    public var kind: String = ConfigMap.kind
    public var apiVersion: String = ConfigMap.apiVersion
    public var metadata = ObjectMeta()
    public var immutable: Bool?
    public var data: [String: String]?
    public var binaryData: [String: String]?
    public init() {}
}

/// A Secret (`core/v1`): sensitive data, stored base64-encoded in `data`.
public struct Secret: APIObject, Hashable {
    public static let kind = "Secret"
    public static let apiVersion = "v1"
    public static let resource = "secrets"
    public static let isNamespaced = true
    public var kind: String = Secret.kind
    public var apiVersion: String = Secret.apiVersion
    public var metadata = ObjectMeta()
    public var immutable: Bool?
    public var data: [String: String]?
    /// Write-only convenience: merged into `data` (base64) when the object is stored.
    public var stringData: [String: String]?
    public var type: String?
    public init() {}
}

/// A ServiceAccount (`core/v1`): an identity for pods; every namespace has `default`.
public struct ServiceAccount: APIObject, Hashable {
    public static let kind = "ServiceAccount"
    public static let apiVersion = "v1"
    public static let resource = "serviceaccounts"
    public static let isNamespaced = true
    public var kind: String = ServiceAccount.kind
    public var apiVersion: String = ServiceAccount.apiVersion
    public var metadata = ObjectMeta()
    public var secrets: [ObjectReference]?
    public var imagePullSecrets: [JSONValue]?
    public var automountServiceAccountToken: Bool?
    public init() {}
}

/// Which component (and host) reported an event.
public struct EventSource: Codable, Hashable, Sendable {
    public var component: String?
    public var host: String?
    public init(component: String?, host: String? = nil) {
        self.component = component
        self.host = host
    }
}

/// A HorizontalPodAutoscaler (`autoscaling/v2`): scales a workload's replicas to hold a metric at a target.
public struct HorizontalPodAutoscaler: APIObject, Hashable {
    public static let kind = "HorizontalPodAutoscaler"
    public static let apiVersion = "autoscaling/v2"
    public static let resource = "horizontalpodautoscalers"
    public static let isNamespaced = true
    public var kind: String = HorizontalPodAutoscaler.kind
    public var apiVersion: String = HorizontalPodAutoscaler.apiVersion
    public var metadata = ObjectMeta()
    public var spec = HPASpec()
    public var status = HPAStatus()
    public init() {}
}

/// The desired behaviour of an autoscaler.
public struct HPASpec: Codable, Hashable, Sendable, EmptyInitializable {
    public var scaleTargetRef = CrossVersionObjectReference()
    public var minReplicas: Int32?
    public var maxReplicas: Int32 = 0
    public var metrics: [MetricSpec]?
    public var behavior: JSONValue?
    public init() {}
}

/// The workload an autoscaler scales.
public struct CrossVersionObjectReference: Codable, Hashable, Sendable, EmptyInitializable {
    public var kind: String = ""
    public var name: String = ""
    public var apiVersion: String?
    public init() {}
}

/// One metric an autoscaler follows (kubetutor simulates Resource metrics: cpu and memory).
public struct MetricSpec: Codable, Hashable, Sendable {
    public var type: String
    public var resource: ResourceMetricSource?
    public init(type: String, resource: ResourceMetricSource?) {
        self.type = type
        self.resource = resource
    }
}

/// A resource metric (cpu/memory) and its target.
public struct ResourceMetricSource: Codable, Hashable, Sendable {
    public var name: String
    public var target: MetricTarget
    public init(name: String, target: MetricTarget) {
        self.name = name
        self.target = target
    }
}

/// A metric target: Utilization (percent of requests), AverageValue or Value.
public struct MetricTarget: Codable, Hashable, Sendable {
    public var type: String
    public var value: Quantity?
    public var averageValue: Quantity?
    public var averageUtilization: Int32?
    public init(type: String, averageUtilization: Int32? = nil) {
        self.type = type
        self.averageUtilization = averageUtilization
    }
}

/// The observed state of an autoscaler.
public struct HPAStatus: Codable, Hashable, Sendable, EmptyInitializable {
    public var observedGeneration: Int64?
    public var lastScaleTime: Timestamp?
    public var currentReplicas: Int32?
    public var desiredReplicas: Int32 = 0
    public var currentMetrics: [MetricStatus]?
    public var conditions: [WorkloadCondition]?
    public init() {}
}

/// The last observed value of one metric.
public struct MetricStatus: Codable, Hashable, Sendable {
    public var type: String
    public var resource: ResourceMetricStatus?
    public init(type: String, resource: ResourceMetricStatus?) {
        self.type = type
        self.resource = resource
    }
}

/// The observed value of a resource metric.
public struct ResourceMetricStatus: Codable, Hashable, Sendable {
    public var name: String
    public var current: MetricValueStatus
    public init(name: String, current: MetricValueStatus) {
        self.name = name
        self.current = current
    }
}

/// An observed metric value: average utilization (percent) and/or average value.
public struct MetricValueStatus: Codable, Hashable, Sendable {
    public var value: Quantity?
    public var averageValue: Quantity?
    public var averageUtilization: Int32?
    public init(averageValue: Quantity?, averageUtilization: Int32?) {
        self.averageValue = averageValue
        self.averageUtilization = averageUtilization
    }
}
