/// A Deployment (`apps/v1`): declares a pod template and replica count, rolled out through ReplicaSets.
public struct Deployment: APIObject, Hashable {
    public static let kind = "Deployment"
    public static let apiVersion = "apps/v1"
    public static let resource = "deployments"
    public static let isNamespaced = true
    public var kind: String = Deployment.kind
    public var apiVersion: String = Deployment.apiVersion
    public var metadata = ObjectMeta()
    public var spec = DeploymentSpec()
    public var status = DeploymentStatus()
    public init() {}
}

/// The desired state of a Deployment.
public struct DeploymentSpec: Codable, Hashable, Sendable, EmptyInitializable {
    public var replicas: Int32?
    public var selector: LabelSelectorSpec?
    public var template = PodTemplateSpec()
    /// Always printed (`strategy: {}`), like Go's by-value struct.
    public var strategy = DeploymentStrategy()
    public var minReadySeconds: Int32?
    public var revisionHistoryLimit: Int32?
    public var paused: Bool?
    public var progressDeadlineSeconds: Int32?
    public init() {}
}

/// How a Deployment replaces old pods: RollingUpdate (with surge/unavailable bounds) or Recreate.
public struct DeploymentStrategy: Codable, Hashable, Sendable, EmptyInitializable {
    public var type: String?
    public var rollingUpdate: RollingUpdateParameters?
    public init() {}
}

/// The bounds of a rolling update, as counts or percentages.
public struct RollingUpdateParameters: Codable, Hashable, Sendable {
    public var maxUnavailable: IntOrString?
    public var maxSurge: IntOrString?
    public init(maxUnavailable: IntOrString?, maxSurge: IntOrString?) {
        self.maxUnavailable = maxUnavailable
        self.maxSurge = maxSurge
    }
}

/// The observed state of a Deployment.
public struct DeploymentStatus: Codable, Hashable, Sendable, EmptyInitializable {
    public var observedGeneration: Int64?
    public var replicas: Int32?
    public var updatedReplicas: Int32?
    public var readyReplicas: Int32?
    public var availableReplicas: Int32?
    public var unavailableReplicas: Int32?
    public var conditions: [WorkloadCondition]?
    public var collisionCount: Int32?
    public init() {}

    /// The condition of the given type, if any.
    public func condition(_ type: String) -> WorkloadCondition? { conditions?.first { $0.type == type } }
}

/// A condition of a Deployment, ReplicaSet or Job (`Available`, `Progressing`, `ReplicaFailure`, `Complete`…).
public struct WorkloadCondition: Codable, Hashable, Sendable {
    public var type: String
    public var status: String
    public var lastProbeTime: Timestamp?
    public var lastUpdateTime: Timestamp?
    public var lastTransitionTime: Timestamp?
    public var reason: String?
    public var message: String?
    public init(type: String, status: String, lastUpdateTime: Timestamp?, lastTransitionTime: Timestamp?,
                reason: String?, message: String?) {
        self.type = type
        self.status = status
        self.lastUpdateTime = lastUpdateTime
        self.lastTransitionTime = lastTransitionTime
        self.reason = reason
        self.message = message
    }
}

/// A ReplicaSet (`apps/v1`): keeps a number of identical pods running.
public struct ReplicaSet: APIObject, Hashable {
    public static let kind = "ReplicaSet"
    public static let apiVersion = "apps/v1"
    public static let resource = "replicasets"
    public static let isNamespaced = true
    public var kind: String = ReplicaSet.kind
    public var apiVersion: String = ReplicaSet.apiVersion
    public var metadata = ObjectMeta()
    public var spec = ReplicaSetSpec()
    public var status = ReplicaSetStatus()
    public init() {}
}

/// The desired state of a ReplicaSet.
public struct ReplicaSetSpec: Codable, Hashable, Sendable, EmptyInitializable {
    public var replicas: Int32?
    public var minReadySeconds: Int32?
    public var selector: LabelSelectorSpec?
    public var template = PodTemplateSpec()
    public init() {}
}

/// The observed state of a ReplicaSet.
public struct ReplicaSetStatus: Codable, Hashable, Sendable, EmptyInitializable {
    public var replicas: Int32 = 0
    public var fullyLabeledReplicas: Int32?
    public var readyReplicas: Int32?
    public var availableReplicas: Int32?
    public var observedGeneration: Int64?
    public var conditions: [WorkloadCondition]?
    public init() {}
}

/// A DaemonSet (`apps/v1`): one pod per eligible node (kube-proxy, kindnet).
public struct DaemonSet: APIObject, Hashable {
    public static let kind = "DaemonSet"
    public static let apiVersion = "apps/v1"
    public static let resource = "daemonsets"
    public static let isNamespaced = true
    public var kind: String = DaemonSet.kind
    public var apiVersion: String = DaemonSet.apiVersion
    public var metadata = ObjectMeta()
    public var spec = DaemonSetSpec()
    public var status = DaemonSetStatus()
    public init() {}
}

/// The desired state of a DaemonSet.
public struct DaemonSetSpec: Codable, Hashable, Sendable, EmptyInitializable {
    public var selector: LabelSelectorSpec?
    public var template = PodTemplateSpec()
    public var updateStrategy: JSONValue?
    public var minReadySeconds: Int32?
    public var revisionHistoryLimit: Int32?
    public init() {}
}

/// The observed state of a DaemonSet.
public struct DaemonSetStatus: Codable, Hashable, Sendable, EmptyInitializable {
    public var currentNumberScheduled: Int32 = 0
    public var numberMisscheduled: Int32 = 0
    public var desiredNumberScheduled: Int32 = 0
    public var numberReady: Int32 = 0
    public var observedGeneration: Int64?
    public var updatedNumberScheduled: Int32?
    public var numberAvailable: Int32?
    public var numberUnavailable: Int32?
    public init() {}
}

/// A Job (`batch/v1`): runs pods until a number of them complete.
public struct Job: APIObject, Hashable {
    public static let kind = "Job"
    public static let apiVersion = "batch/v1"
    public static let resource = "jobs"
    public static let isNamespaced = true
    public var kind: String = Job.kind
    public var apiVersion: String = Job.apiVersion
    public var metadata = ObjectMeta()
    public var spec = JobSpec()
    public var status = JobStatus()
    public init() {}
}

/// The desired state of a Job.
public struct JobSpec: Codable, Hashable, Sendable, EmptyInitializable {
    public var parallelism: Int32?
    public var completions: Int32?
    public var activeDeadlineSeconds: Int64?
    public var backoffLimit: Int32?
    public var selector: LabelSelectorSpec?
    public var manualSelector: Bool?
    public var template = PodTemplateSpec()
    public var ttlSecondsAfterFinished: Int32?
    public var completionMode: String?
    public var suspend: Bool?
    public var podReplacementPolicy: String?
    public init() {}
}

/// The observed state of a Job.
public struct JobStatus: Codable, Hashable, Sendable, EmptyInitializable {
    public var conditions: [WorkloadCondition]?
    public var startTime: Timestamp?
    public var completionTime: Timestamp?
    public var active: Int32?
    public var succeeded: Int32?
    public var failed: Int32?
    public var terminating: Int32?
    public var ready: Int32?
    public init() {}
}
