/// The desired state of a pod (`core/v1 PodSpec`), members in the API's JSON order.
public struct PodSpec: Codable, Hashable, Sendable, EmptyInitializable {
    public var volumes: [Volume]?
    public var initContainers: [Container]?
    public var containers: [Container] = []
    public var restartPolicy: String?
    public var terminationGracePeriodSeconds: Int64?
    public var activeDeadlineSeconds: Int64?
    public var dnsPolicy: String?
    public var nodeSelector: [String: String]?
    public var serviceAccountName: String?
    public var serviceAccount: String?
    public var nodeName: String?
    public var hostNetwork: Bool?
    public var securityContext: JSONValue?
    public var hostname: String?
    public var subdomain: String?
    public var affinity: JSONValue?
    public var schedulerName: String?
    public var tolerations: [Toleration]?
    public var priorityClassName: String?
    public var priority: Int32?
    public var enableServiceLinks: Bool?
    public var preemptionPolicy: String?

    public init() {}
    public init(containers: [Container]) { self.containers = containers }

    /// All containers, init containers first.
    public var allContainers: [Container] { (initContainers ?? []) + containers }
}

/// One container of a pod (`core/v1 Container`), members in the API's JSON order.
public struct Container: Codable, Hashable, Sendable {
    public var name: String
    public var image: String?
    public var command: [String]?
    public var args: [String]?
    public var workingDir: String?
    public var ports: [ContainerPort]?
    public var envFrom: [JSONValue]?
    public var env: [EnvVar]?
    /// Always printed (`resources: {}`), like Go's by-value struct.
    public var resources: ResourceRequirements = ResourceRequirements()
    public var volumeMounts: [VolumeMount]?
    public var livenessProbe: Probe?
    public var readinessProbe: Probe?
    public var startupProbe: Probe?
    public var lifecycle: JSONValue?
    public var terminationMessagePath: String?
    public var terminationMessagePolicy: String?
    public var imagePullPolicy: String?
    public var securityContext: JSONValue?
    public var stdin: Bool?
    public var stdinOnce: Bool?
    public var tty: Bool?

    public init(name: String, image: String?) {
        self.name = name
        self.image = image
    }
}

/// A port a container listens on.
public struct ContainerPort: Codable, Hashable, Sendable {
    public var name: String?
    public var hostPort: Int32?
    public var containerPort: Int32
    public var `protocol`: String?
    public var hostIP: String?
    public init(containerPort: Int32, name: String? = nil, protocol: String? = "TCP") {
        self.containerPort = containerPort
        self.name = name
        self.protocol = `protocol`
    }
}

/// An environment variable: a literal value or a reference (`valueFrom`).
public struct EnvVar: Codable, Hashable, Sendable {
    public var name: String
    public var value: String?
    public var valueFrom: EnvVarSource?
    public init(name: String, value: String?) {
        self.name = name
        self.value = value
    }
}

/// Where an environment variable's value comes from.
public struct EnvVarSource: Codable, Hashable, Sendable {
    public var fieldRef: JSONValue?
    public var resourceFieldRef: JSONValue?
    public var configMapKeyRef: KeySelector?
    public var secretKeyRef: KeySelector?
}

/// A key of a ConfigMap or Secret.
public struct KeySelector: Codable, Hashable, Sendable {
    public var key: String
    public var name: String?
    public var optional: Bool?
}

/// Resource requests and limits of a container (`core/v1 ResourceRequirements`).
public struct ResourceRequirements: Codable, Hashable, Sendable, EmptyInitializable {
    public var limits: [String: Quantity]?
    public var requests: [String: Quantity]?
    public init() {}
    public init(limits: [String: Quantity]?, requests: [String: Quantity]?) {
        self.limits = limits
        self.requests = requests
    }
}

/// A health check run by the kubelet: exec, HTTP GET, TCP or gRPC, with its timing.
public struct Probe: Codable, Hashable, Sendable {
    public var exec: ExecAction?
    public var httpGet: HTTPGetAction?
    public var tcpSocket: TCPSocketAction?
    public var grpc: JSONValue?
    public var initialDelaySeconds: Int32?
    public var timeoutSeconds: Int32?
    public var periodSeconds: Int32?
    public var successThreshold: Int32?
    public var failureThreshold: Int32?
    public var terminationGracePeriodSeconds: Int64?
    public init() {}
}

/// A command run in the container by a probe.
public struct ExecAction: Codable, Hashable, Sendable {
    public var command: [String]?
}

/// An HTTP GET made by a probe.
public struct HTTPGetAction: Codable, Hashable, Sendable {
    public var path: String?
    public var port: IntOrString
    public var host: String?
    public var scheme: String?
    public var httpHeaders: [JSONValue]?
}

/// A TCP connection attempted by a probe.
public struct TCPSocketAction: Codable, Hashable, Sendable {
    public var port: IntOrString
    public var host: String?
}

/// A volume of a pod; kubetutor models configMap, secret, emptyDir and projected sources.
public struct Volume: Codable, Hashable, Sendable {
    public var name: String
    public var hostPath: JSONValue?
    public var emptyDir: JSONValue?
    public var secret: JSONValue?
    public var persistentVolumeClaim: JSONValue?
    public var configMap: JSONValue?
    public var projected: JSONValue?
    public init(name: String) { self.name = name }
}

/// Where a volume is mounted in a container.
public struct VolumeMount: Codable, Hashable, Sendable {
    public var name: String
    public var readOnly: Bool?
    public var mountPath: String
    public var subPath: String?
}

/// A toleration of a node taint.
public struct Toleration: Codable, Hashable, Sendable {
    public var key: String?
    public var `operator`: String?
    public var value: String?
    public var effect: String?
    public var tolerationSeconds: Int64?
    public init(key: String?, operator: String?, value: String? = nil, effect: String?, tolerationSeconds: Int64? = nil) {
        self.key = key
        self.operator = `operator`
        self.value = value
        self.effect = effect
        self.tolerationSeconds = tolerationSeconds
    }
}

/// A pod template: the metadata and spec a controller stamps pods from.
public struct PodTemplateSpec: Codable, Hashable, Sendable, EmptyInitializable {
    public var metadata: ObjectMeta = ObjectMeta()
    public var spec: PodSpec = PodSpec()
    public init() {}
}
