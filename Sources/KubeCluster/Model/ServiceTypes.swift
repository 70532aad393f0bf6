/// A Service (`core/v1`): a stable virtual IP and DNS name in front of the pods its selector matches.
public struct Service: APIObject, Hashable {
    public static let kind = "Service"
    public static let apiVersion = "v1"
    public static let resource = "services"
    public static let isNamespaced = true
    public var kind: String = Service.kind
    public var apiVersion: String = Service.apiVersion
    public var metadata = ObjectMeta()
    public var spec = ServiceSpec()
    public var status = ServiceStatus()
    public init() {}
}

/// The desired state of a Service.
public struct ServiceSpec: Codable, Hashable, Sendable, EmptyInitializable {
    public var ports: [ServicePort]?
    public var selector: [String: String]?
    public var clusterIP: String?
    public var clusterIPs: [String]?
    public var type: String?
    public var externalIPs: [String]?
    public var sessionAffinity: String?
    public var loadBalancerIP: String?
    public var externalName: String?
    public var externalTrafficPolicy: String?
    public var publishNotReadyAddresses: Bool?
    public var ipFamilies: [String]?
    public var ipFamilyPolicy: String?
    public var allocateLoadBalancerNodePorts: Bool?
    public var internalTrafficPolicy: String?
    public init() {}
}

/// One port of a Service: its port, the pods' target port and, for NodePort/LoadBalancer, the node port.
public struct ServicePort: Codable, Hashable, Sendable {
    public var name: String?
    public var `protocol`: String?
    public var appProtocol: String?
    public var port: Int32
    public var targetPort: IntOrString?
    public var nodePort: Int32?
    public init(name: String? = nil, protocol: String? = "TCP", port: Int32, targetPort: IntOrString? = nil,
                nodePort: Int32? = nil) {
        self.name = name
        self.protocol = `protocol`
        self.port = port
        self.targetPort = targetPort
        self.nodePort = nodePort
    }
}

/// The observed state of a Service (the load balancer's address once one is provided).
public struct ServiceStatus: Codable, Hashable, Sendable, EmptyInitializable {
    public var loadBalancer = LoadBalancerStatus()
    public init() {}
}

/// The ingress points of a load balancer.
public struct LoadBalancerStatus: Codable, Hashable, Sendable, EmptyInitializable {
    public var ingress: [LoadBalancerIngress]?
    public init() {}
}

/// One ingress point of a load balancer.
public struct LoadBalancerIngress: Codable, Hashable, Sendable {
    public var ip: String?
    public var hostname: String?
    public var ipMode: String?
    public init(ip: String) {
        self.ip = ip
        self.ipMode = "VIP"
    }
}

/// The addresses behind a Service (`core/v1 Endpoints`), maintained by the endpoints controller.
public struct Endpoints: APIObject, Hashable {
    public static let kind = "Endpoints"
    public static let apiVersion = "v1"
    public static let resource = "endpoints"
    public static let isNamespaced = true
    public var kind: String = Endpoints.kind
    public var apiVersion: String = Endpoints.apiVersion
    public var metadata = ObjectMeta()
    public var subsets: [EndpointSubset]?
    public init() {}
}

/// A set of addresses sharing the same ports.
public struct EndpointSubset: Codable, Hashable, Sendable {
    public var addresses: [EndpointAddress]?
    public var notReadyAddresses: [EndpointAddress]?
    public var ports: [EndpointPort]?
    public init() {}
}

/// One pod address behind a Service.
public struct EndpointAddress: Codable, Hashable, Sendable {
    public var ip: String
    public var hostname: String?
    public var nodeName: String?
    public var targetRef: ObjectReference?
    public init(ip: String, nodeName: String?, targetRef: ObjectReference?) {
        self.ip = ip
        self.nodeName = nodeName
        self.targetRef = targetRef
    }
}

/// A port of an endpoint set.
public struct EndpointPort: Codable, Hashable, Sendable {
    public var name: String?
    public var port: Int32
    public var `protocol`: String?
    public var appProtocol: String?
    public init(name: String?, port: Int32, protocol: String?) {
        self.name = name
        self.port = port
        self.protocol = `protocol`
    }
}

/// A reference to another object (`core/v1 ObjectReference`), as in events and endpoints.
public struct ObjectReference: Codable, Hashable, Sendable {
    public var kind: String?
    public var namespace: String?
    public var name: String?
    public var uid: String?
    public var apiVersion: String?
    public var resourceVersion: String?
    public var fieldPath: String?
    public init(kind: String?, namespace: String?, name: String?, uid: String?, apiVersion: String? = nil,
                resourceVersion: String? = nil, fieldPath: String? = nil) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
        self.uid = uid
        self.apiVersion = apiVersion
        self.resourceVersion = resourceVersion
        self.fieldPath = fieldPath
    }
}

/// A slice of a Service's endpoints (`discovery.k8s.io/v1 EndpointSlice`).
public struct EndpointSlice: APIObject, Hashable {
    public static let kind = "EndpointSlice"
    public static let apiVersion = "discovery.k8s.io/v1"
    public static let resource = "endpointslices"
    public static let isNamespaced = true
    public var kind: String = EndpointSlice.kind
    public var apiVersion: String = EndpointSlice.apiVersion
    public var metadata = ObjectMeta()
    public var addressType: String = "IPv4"
    public var endpoints: [SliceEndpoint] = []
    public var ports: [EndpointPort]?
    public init() {}
}

/// One endpoint of an EndpointSlice, with its readiness conditions.
public struct SliceEndpoint: Codable, Hashable, Sendable {
    public var addresses: [String]
    public var conditions: SliceEndpointConditions = SliceEndpointConditions()
    public var targetRef: ObjectReference?
    public var nodeName: String?
    public init(addresses: [String]) { self.addresses = addresses }
}

/// Whether an endpoint is ready, serving and terminating.
public struct SliceEndpointConditions: Codable, Hashable, Sendable, EmptyInitializable {
    public var ready: Bool?
    public var serving: Bool?
    public var terminating: Bool?
    public init() {}
}
