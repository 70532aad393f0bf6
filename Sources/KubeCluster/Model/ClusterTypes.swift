/// A Namespace (`core/v1`): a scope for names.
public struct Namespace: APIObject, Hashable {
    public static let kind = "Namespace"
    public static let apiVersion = "v1"
    public static let resource = "namespaces"
    public static let isNamespaced = false
    public var kind: String = Namespace.kind
    public var apiVersion: String = Namespace.apiVersion
    public var metadata = ObjectMeta()
    public var spec = NamespaceSpec()
    public var status = NamespaceStatus()
    public init() {}
}

/// The finalizers a namespace waits for before it is removed.
public struct NamespaceSpec: Codable, Hashable, Sendable, EmptyInitializable {
    public var finalizers: [String]?
    public init() {}
}

/// Whether a namespace is Active or Terminating.
public struct NamespaceStatus: Codable, Hashable, Sendable, EmptyInitializable {
    public var phase: String?
    public init() {}
}

/// A Node (`core/v1`): a machine that runs pods.
public struct Node: APIObject, Hashable {
    public static let kind = "Node"
    public static let apiVersion = "v1"
    public static let resource = "nodes"
    public static let isNamespaced = false
    public var kind: String = Node.kind
    public var apiVersion: String = Node.apiVersion
    public var metadata = ObjectMeta()
    public var spec = NodeSpec()
    public var status = NodeStatus()
    public init() {}
}

/// The desired state of a node: its pod CIDR, taints and whether it is cordoned.
public struct NodeSpec: Codable, Hashable, Sendable, EmptyInitializable {
    public var podCIDR: String?
    public var podCIDRs: [String]?
    public var providerID: String?
    public var unschedulable: Bool?
    public var taints: [Taint]?
    public init() {}
}

/// A taint that repels pods that do not tolerate it.
public struct Taint: Codable, Hashable, Sendable {
    public var key: String
    public var value: String?
    public var effect: String
    public var timeAdded: Timestamp?
    public init(key: String, value: String? = nil, effect: String, timeAdded: Timestamp? = nil) {
        self.key = key
        self.value = value
        self.effect = effect
        self.timeAdded = timeAdded
    }
}

/// The observed state of a node, reported by its kubelet.
public struct NodeStatus: Codable, Hashable, Sendable, EmptyInitializable {
    public var capacity: [String: Quantity]?
    public var allocatable: [String: Quantity]?
    public var conditions: [NodeCondition]?
    public var addresses: [NodeAddress]?
    public var daemonEndpoints: JSONValue?
    public var nodeInfo: NodeSystemInfo?
    public var images: [ContainerImage]?
    public init() {}

    /// The condition of the given type, if reported.
    public func condition(_ type: String) -> NodeCondition? { conditions?.first { $0.type == type } }
}

/// A node condition (Ready, MemoryPressure, DiskPressure, PIDPressure).
public struct NodeCondition: Codable, Hashable, Sendable {
    public var type: String
    public var status: String
    public var lastHeartbeatTime: Timestamp?
    public var lastTransitionTime: Timestamp?
    public var reason: String?
    public var message: String?
    public init(type: String, status: String, lastHeartbeatTime: Timestamp?, lastTransitionTime: Timestamp?,
                reason: String?, message: String?) {
        self.type = type
        self.status = status
        self.lastHeartbeatTime = lastHeartbeatTime
        self.lastTransitionTime = lastTransitionTime
        self.reason = reason
        self.message = message
    }
}

/// An address of a node (InternalIP, Hostname).
public struct NodeAddress: Codable, Hashable, Sendable {
    public var type: String
    public var address: String
    public init(type: String, address: String) {
        self.type = type
        self.address = address
    }
}

/// What a node runs: OS, kernel, runtime and kubelet versions.
public struct NodeSystemInfo: Codable, Hashable, Sendable {
    public var machineID: String
    public var systemUUID: String
    public var bootID: String
    public var kernelVersion: String
    public var osImage: String
    public var containerRuntimeVersion: String
    public var kubeletVersion: String
    public var kubeProxyVersion: String
    public var operatingSystem: String
    public var architecture: String
}

/// An image present on a node.
public struct ContainerImage: Codable, Hashable, Sendable {
    public var names: [String]?
    public var sizeBytes: Int64?
    public init(names: [String], sizeBytes: Int64) {
        self.names = names
        self.sizeBytes = sizeBytes
    }
}
