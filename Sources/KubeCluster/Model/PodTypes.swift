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
///
/// Message, reason, nominated node and init container statuses (which most pods lack) live in one
/// shared out-of-line box.
public struct PodStatus: Codable, Hashable, Sendable, EmptyInitializable {
    public var phase: String?
    public var conditions: [PodCondition]?
    public var message: String? {
        get { rare?.value.message }
        set { rare.update { $0.message = newValue } }
    }
    public var reason: String? {
        get { rare?.value.reason }
        set { rare.update { $0.reason = newValue } }
    }
    public var nominatedNodeName: String? {
        get { rare?.value.nominatedNodeName }
        set { rare.update { $0.nominatedNodeName = newValue } }
    }
    public var hostIP: String?
    public var hostIPs: [PodIP]?
    public var podIP: String?
    public var podIPs: [PodIP]?
    public var startTime: Timestamp?
    public var initContainerStatuses: [ContainerStatus]? {
        get { rare?.value.initContainerStatuses }
        set { rare.update { $0.initContainerStatuses = newValue } }
    }
    public var containerStatuses: [ContainerStatus]?
    public var qosClass: String?
    /// The rarely-set members (nil when none is set).
    private var rare: OutOfLineValue<PodStatusRareMembers>?
    public init() {}

    enum CodingKeys: String, CodingKey {
        case phase, conditions, message, reason, nominatedNodeName, hostIP, hostIPs, podIP, podIPs, startTime
        case initContainerStatuses, containerStatuses, qosClass
    }

    /// Decodes the members in JSON order, as the synthesized conformance did.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        phase = try container.decodeIfPresent(String.self, forKey: .phase)
        conditions = try container.decodeIfPresent([PodCondition].self, forKey: .conditions)
        message = try container.decodeIfPresent(String.self, forKey: .message)
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
        nominatedNodeName = try container.decodeIfPresent(String.self, forKey: .nominatedNodeName)
        hostIP = try container.decodeIfPresent(String.self, forKey: .hostIP)
        hostIPs = try container.decodeIfPresent([PodIP].self, forKey: .hostIPs)
        podIP = try container.decodeIfPresent(String.self, forKey: .podIP)
        podIPs = try container.decodeIfPresent([PodIP].self, forKey: .podIPs)
        startTime = try container.decodeIfPresent(Timestamp.self, forKey: .startTime)
        initContainerStatuses = try container.decodeIfPresent([ContainerStatus].self, forKey: .initContainerStatuses)
        containerStatuses = try container.decodeIfPresent([ContainerStatus].self, forKey: .containerStatuses)
        qosClass = try container.decodeIfPresent(String.self, forKey: .qosClass)
    }

    /// Encodes the members in JSON order, leaving out unset optionals, as the synthesized conformance did.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let rare = self.rare.members()
        try container.encodeIfPresent(phase, forKey: .phase)
        try container.encodeIfPresent(conditions, forKey: .conditions)
        try container.encodeIfPresent(rare.message, forKey: .message)
        try container.encodeIfPresent(rare.reason, forKey: .reason)
        try container.encodeIfPresent(rare.nominatedNodeName, forKey: .nominatedNodeName)
        try container.encodeIfPresent(hostIP, forKey: .hostIP)
        try container.encodeIfPresent(hostIPs, forKey: .hostIPs)
        try container.encodeIfPresent(podIP, forKey: .podIP)
        try container.encodeIfPresent(podIPs, forKey: .podIPs)
        try container.encodeIfPresent(startTime, forKey: .startTime)
        try container.encodeIfPresent(rare.initContainerStatuses, forKey: .initContainerStatuses)
        try container.encodeIfPresent(containerStatuses, forKey: .containerStatuses)
        try container.encodeIfPresent(qosClass, forKey: .qosClass)
    }

    /// The condition of the given type, if reported.
    public func condition(_ type: String) -> PodCondition? { conditions?.first { $0.type == type } }
}

/// The members of `PodStatus` that most pods leave unset, kept out of line.
struct PodStatusRareMembers: RareMembers {
    var message: String?
    var reason: String?
    var nominatedNodeName: String?
    var initContainerStatuses: [ContainerStatus]?
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
///
/// `terminated` (the largest, and only for containers that exited) is kept out of line, so the
/// container statuses of running pods stay small.
public struct ContainerState: Codable, Hashable, Sendable, EmptyInitializable {
    public var waiting: ContainerStateWaiting?
    public var running: ContainerStateRunning?
    public var terminated: ContainerStateTerminated? {
        get { storedTerminated?.value }
        set { storedTerminated = newValue.map(OutOfLineValue.init) }
    }
    private var storedTerminated: OutOfLineValue<ContainerStateTerminated>?
    public init() {}

    enum CodingKeys: String, CodingKey {
        case waiting, running, terminated
    }

    /// Decodes the members in JSON order, as the synthesized conformance did.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        waiting = try container.decodeIfPresent(ContainerStateWaiting.self, forKey: .waiting)
        running = try container.decodeIfPresent(ContainerStateRunning.self, forKey: .running)
        terminated = try container.decodeIfPresent(ContainerStateTerminated.self, forKey: .terminated)
    }

    /// Encodes the members in JSON order, leaving out unset ones, as the synthesized conformance did.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(waiting, forKey: .waiting)
        try container.encodeIfPresent(running, forKey: .running)
        try container.encodeIfPresent(terminated, forKey: .terminated)
    }
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
