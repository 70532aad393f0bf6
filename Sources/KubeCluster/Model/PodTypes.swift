/// A pod (`core/v1 Pod`): one or more containers scheduled together on a node.
public struct Pod: APIObject, Hashable {
    public static let kind = "Pod"
    public static let apiVersion = "v1"
    public static let resource = "pods"
    public static let isNamespaced = true
    public var kind: String = Pod.kind
    public var apiVersion: String = Pod.apiVersion
    public var metadata = ObjectMeta()
    public var spec = PodSpec()
    public var status = PodStatus()
    public init() {}
    public init(metadata: ObjectMeta, spec: PodSpec) {
        self.metadata = metadata
        self.spec = spec
    }
}

/// The observed state of a pod, as the kubelet reports it.
public struct PodStatus: Codable, Hashable, Sendable, EmptyInitializable {
    public var phase: String?
    public var conditions: [PodCondition]?
    public var message: String?
    public var reason: String?
    public var nominatedNodeName: String?
    public var hostIP: String?
    public var hostIPs: [PodIP]?
    public var podIP: String?
    public var podIPs: [PodIP]?
    public var startTime: Timestamp?
    public var initContainerStatuses: [ContainerStatus]?
    public var containerStatuses: [ContainerStatus]?
    public var qosClass: String?
    public init() {}

    /// The condition of the given type, if reported.
    public func condition(_ type: String) -> PodCondition? { conditions?.first { $0.type == type } }
}

/// One IP address of a pod or host.
public struct PodIP: Codable, Hashable, Sendable {
    public var ip: String
    public init(ip: String) { self.ip = ip }
}

/// A pod condition (PodScheduled, Initialized, ContainersReady, Ready, PodReadyToStartContainers).
public struct PodCondition: Codable, Hashable, Sendable {
    public var type: String
    public var status: String
    /// Printed as `null`, as real pods show it.
    public var lastProbeTime: Timestamp = .zero
    public var lastTransitionTime: Timestamp = .zero
    public var reason: String?
    public var message: String?
    public init(type: String, status: String, lastTransitionTime: Timestamp, reason: String? = nil, message: String? = nil) {
        self.type = type
        self.status = status
        self.lastTransitionTime = lastTransitionTime
        self.reason = reason
        self.message = message
    }
}

/// The state of one container as the kubelet reports it.
public struct ContainerStatus: Codable, Hashable, Sendable {
    public var name: String
    public var state: ContainerState = ContainerState()
    public var lastState: ContainerState = ContainerState()
    public var ready: Bool = false
    public var restartCount: Int32 = 0
    public var image: String
    public var imageID: String = ""
    public var containerID: String?
    public var started: Bool?
    public init(name: String, image: String) {
        self.name = name
        self.image = image
    }
}

/// Exactly one of waiting, running or terminated (or none, before the first report).
public struct ContainerState: Codable, Hashable, Sendable, EmptyInitializable {
    public var waiting: ContainerStateWaiting?
    public var running: ContainerStateRunning?
    public var terminated: ContainerStateTerminated?
    public init() {}
    public static func waiting(_ reason: String, _ message: String? = nil) -> ContainerState {
        var state = ContainerState()
        state.waiting = ContainerStateWaiting(reason: reason, message: message)
        return state
    }
    public static func running(since: Timestamp) -> ContainerState {
        var state = ContainerState()
        state.running = ContainerStateRunning(startedAt: since)
        return state
    }
    public static func terminated(_ info: ContainerStateTerminated) -> ContainerState {
        var state = ContainerState()
        state.terminated = info
        return state
    }
    /// True when no state was reported.
    public var isEmpty: Bool { waiting == nil && running == nil && terminated == nil }
}

/// A container that is not running yet, with the reason (ContainerCreating, CrashLoopBackOff, …).
public struct ContainerStateWaiting: Codable, Hashable, Sendable {
    public var reason: String?
    public var message: String?
}

/// A running container and when it started.
public struct ContainerStateRunning: Codable, Hashable, Sendable {
    public var startedAt: Timestamp = .zero
}

/// A container that has exited, with its exit code and reason (Completed, Error, OOMKilled).
public struct ContainerStateTerminated: Codable, Hashable, Sendable {
    public var exitCode: Int32
    public var signal: Int32?
    public var reason: String?
    public var message: String?
    public var startedAt: Timestamp = .zero
    public var finishedAt: Timestamp = .zero
    public var containerID: String?
    public init(exitCode: Int32, reason: String?, message: String? = nil, startedAt: Timestamp, finishedAt: Timestamp,
                containerID: String? = nil) {
        self.exitCode = exitCode
        self.reason = reason
        self.message = message
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.containerID = containerID
    }
}
