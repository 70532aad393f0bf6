/// The desired state of a pod (`core/v1 PodSpec`), members in the API's JSON order.
///
/// Init containers, deadline, node selector, host network, security context, hostname, subdomain,
/// affinity and priority class live in one shared out-of-line box: most pods set none of them but the
/// security context, which they copy from their template (sharing its box).
public struct PodSpec: Codable, Hashable, Sendable, EmptyInitializable {
    public var volumes: [Volume]?
    public var initContainers: [Container]? {
        get { rare?.value.initContainers }
        set { rare.update { $0.initContainers = newValue } }
    }
    public var containers: [Container] = []
    public var restartPolicy: String?
    public var terminationGracePeriodSeconds: Int64?
    public var activeDeadlineSeconds: Int64? {
        get { rare?.value.activeDeadlineSeconds }
        set { rare.update { $0.activeDeadlineSeconds = newValue } }
    }
    public var dnsPolicy: String?
    public var nodeSelector: [String: String]? {
        get { rare?.value.nodeSelector }
        set { rare.update { $0.nodeSelector = newValue } }
    }
    public var serviceAccountName: String?
    public var serviceAccount: String?
    public var nodeName: String?
    public var hostNetwork: Bool? {
        get { rare?.value.hostNetwork }
        set { rare.update { $0.hostNetwork = newValue } }
    }
    public var securityContext: JSONValue? {
        get { rare?.value.securityContext }
        set { rare.update { $0.securityContext = newValue } }
    }
    public var hostname: String? {
        get { rare?.value.hostname }
        set { rare.update { $0.hostname = newValue } }
    }
    public var subdomain: String? {
        get { rare?.value.subdomain }
        set { rare.update { $0.subdomain = newValue } }
    }
    public var affinity: JSONValue? {
        get { rare?.value.affinity }
        set { rare.update { $0.affinity = newValue } }
    }
    public var schedulerName: String?
    public var tolerations: [Toleration]?
    public var priorityClassName: String? {
        get { rare?.value.priorityClassName }
        set { rare.update { $0.priorityClassName = newValue } }
    }
    public var priority: Int32?
    public var enableServiceLinks: Bool?
    public var preemptionPolicy: String?
    /// The rarely-set members (nil when none is set).
    private var rare: OutOfLineValue<PodSpecRareMembers>?

    public init() {}
    public init(containers: [Container]) { self.containers = containers }

    /// All containers, init containers first.
    public var allContainers: [Container] { (initContainers ?? []) + containers }

    enum CodingKeys: String, CodingKey {
        case volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, nodeName
        case hostNetwork, securityContext, hostname, subdomain, affinity, schedulerName, tolerations, priorityClassName, priority, enableServiceLinks, preemptionPolicy
    }

    /// Decodes the members in JSON order, as the synthesized conformance did.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        volumes = try container.decodeIfPresent([Volume].self, forKey: .volumes)
        initContainers = try container.decodeIfPresent([Container].self, forKey: .initContainers)
        containers = try container.decode([Container].self, forKey: .containers)
        restartPolicy = try container.decodeIfPresent(String.self, forKey: .restartPolicy)
        terminationGracePeriodSeconds = try container.decodeIfPresent(Int64.self, forKey: .terminationGracePeriodSeconds)
        activeDeadlineSeconds = try container.decodeIfPresent(Int64.self, forKey: .activeDeadlineSeconds)
        dnsPolicy = try container.decodeIfPresent(String.self, forKey: .dnsPolicy)
        nodeSelector = try container.decodeIfPresent([String: String].self, forKey: .nodeSelector)
        serviceAccountName = try container.decodeIfPresent(String.self, forKey: .serviceAccountName)
        serviceAccount = try container.decodeIfPresent(String.self, forKey: .serviceAccount)
        nodeName = try container.decodeIfPresent(String.self, forKey: .nodeName)
        hostNetwork = try container.decodeIfPresent(Bool.self, forKey: .hostNetwork)
        securityContext = try container.decodeIfPresent(JSONValue.self, forKey: .securityContext)
        hostname = try container.decodeIfPresent(String.self, forKey: .hostname)
        subdomain = try container.decodeIfPresent(String.self, forKey: .subdomain)
        affinity = try container.decodeIfPresent(JSONValue.self, forKey: .affinity)
        schedulerName = try container.decodeIfPresent(String.self, forKey: .schedulerName)
        tolerations = try container.decodeIfPresent([Toleration].self, forKey: .tolerations)
        priorityClassName = try container.decodeIfPresent(String.self, forKey: .priorityClassName)
        priority = try container.decodeIfPresent(Int32.self, forKey: .priority)
        enableServiceLinks = try container.decodeIfPresent(Bool.self, forKey: .enableServiceLinks)
        preemptionPolicy = try container.decodeIfPresent(String.self, forKey: .preemptionPolicy)
    }

    /// Encodes the members in JSON order, leaving out unset optionals, as the synthesized conformance did.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let rare = self.rare.members()
        try container.encodeIfPresent(volumes, forKey: .volumes)
        try container.encodeIfPresent(rare.initContainers, forKey: .initContainers)
        try container.encode(containers, forKey: .containers)
        try container.encodeIfPresent(restartPolicy, forKey: .restartPolicy)
        try container.encodeIfPresent(terminationGracePeriodSeconds, forKey: .terminationGracePeriodSeconds)
        try container.encodeIfPresent(rare.activeDeadlineSeconds, forKey: .activeDeadlineSeconds)
        try container.encodeIfPresent(dnsPolicy, forKey: .dnsPolicy)
        try container.encodeIfPresent(rare.nodeSelector, forKey: .nodeSelector)
        try container.encodeIfPresent(serviceAccountName, forKey: .serviceAccountName)
        try container.encodeIfPresent(serviceAccount, forKey: .serviceAccount)
        try container.encodeIfPresent(nodeName, forKey: .nodeName)
        try container.encodeIfPresent(rare.hostNetwork, forKey: .hostNetwork)
        try container.encodeIfPresent(rare.securityContext, forKey: .securityContext)
        try container.encodeIfPresent(rare.hostname, forKey: .hostname)
        try container.encodeIfPresent(rare.subdomain, forKey: .subdomain)
        try container.encodeIfPresent(rare.affinity, forKey: .affinity)
        try container.encodeIfPresent(schedulerName, forKey: .schedulerName)
        try container.encodeIfPresent(tolerations, forKey: .tolerations)
        try container.encodeIfPresent(rare.priorityClassName, forKey: .priorityClassName)
        try container.encodeIfPresent(priority, forKey: .priority)
        try container.encodeIfPresent(enableServiceLinks, forKey: .enableServiceLinks)
        try container.encodeIfPresent(preemptionPolicy, forKey: .preemptionPolicy)
    }
}

/// The members of `PodSpec` that most pods leave unset, kept out of line.
struct PodSpecRareMembers: RareMembers {
    var initContainers: [Container]?
    var activeDeadlineSeconds: Int64?
    var nodeSelector: [String: String]?
    var hostNetwork: Bool?
    var securityContext: JSONValue?
    var hostname: String?
    var subdomain: String?
    var affinity: JSONValue?
    var priorityClassName: String?
}

/// One container of a pod (`core/v1 Container`), members in the API's JSON order.
///
/// The members few containers set (working directory, envFrom, probes, lifecycle, security context,
/// stdin/tty) live in one shared out-of-line box, so the container list every pod carries stays small.
public struct Container: Codable, Hashable, Sendable {
    public var name: String
    public var image: String?
    public var command: [String]?
    public var args: [String]?
    public var workingDir: String? {
        get { rare?.value.workingDir }
        set { rare.update { $0.workingDir = newValue } }
    }
    public var ports: [ContainerPort]?
    public var envFrom: [JSONValue]? {
        get { rare?.value.envFrom }
        set { rare.update { $0.envFrom = newValue } }
    }
    public var env: [EnvVar]?
    /// Always printed (`resources: {}`), like Go's by-value struct.
    public var resources: ResourceRequirements = ResourceRequirements()
    public var volumeMounts: [VolumeMount]?
    public var livenessProbe: Probe? {
        get { rare?.value.livenessProbe }
        set { rare.update { $0.livenessProbe = newValue } }
    }
    public var readinessProbe: Probe? {
        get { rare?.value.readinessProbe }
        set { rare.update { $0.readinessProbe = newValue } }
    }
    public var startupProbe: Probe? {
        get { rare?.value.startupProbe }
        set { rare.update { $0.startupProbe = newValue } }
    }
    public var lifecycle: JSONValue? {
        get { rare?.value.lifecycle }
        set { rare.update { $0.lifecycle = newValue } }
    }
    public var terminationMessagePath: String?
    public var terminationMessagePolicy: String?
    public var imagePullPolicy: String?
    public var securityContext: JSONValue? {
        get { rare?.value.securityContext }
        set { rare.update { $0.securityContext = newValue } }
    }
    public var stdin: Bool? {
        get { rare?.value.stdin }
        set { rare.update { $0.stdin = newValue } }
    }
    public var stdinOnce: Bool? {
        get { rare?.value.stdinOnce }
        set { rare.update { $0.stdinOnce = newValue } }
    }
    public var tty: Bool? {
        get { rare?.value.tty }
        set { rare.update { $0.tty = newValue } }
    }
    /// The rarely-set members (nil when none is set).
    private var rare: OutOfLineValue<ContainerRareMembers>?

    public init(name: String, image: String?) {
        self.name = name
        self.image = image
    }

    enum CodingKeys: String, CodingKey {
        case name, image, command, args, workingDir, ports, envFrom, env, resources, volumeMounts, livenessProbe
        case readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy
        case imagePullPolicy, securityContext, stdin, stdinOnce, tty
    }

    /// Decodes the members in JSON order, as the synthesized conformance did.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        image = try container.decodeIfPresent(String.self, forKey: .image)
        command = try container.decodeIfPresent([String].self, forKey: .command)
        args = try container.decodeIfPresent([String].self, forKey: .args)
        workingDir = try container.decodeIfPresent(String.self, forKey: .workingDir)
        ports = try container.decodeIfPresent([ContainerPort].self, forKey: .ports)
        envFrom = try container.decodeIfPresent([JSONValue].self, forKey: .envFrom)
        env = try container.decodeIfPresent([EnvVar].self, forKey: .env)
        resources = try container.decode(ResourceRequirements.self, forKey: .resources)
        volumeMounts = try container.decodeIfPresent([VolumeMount].self, forKey: .volumeMounts)
        livenessProbe = try container.decodeIfPresent(Probe.self, forKey: .livenessProbe)
        readinessProbe = try container.decodeIfPresent(Probe.self, forKey: .readinessProbe)
        startupProbe = try container.decodeIfPresent(Probe.self, forKey: .startupProbe)
        lifecycle = try container.decodeIfPresent(JSONValue.self, forKey: .lifecycle)
        terminationMessagePath = try container.decodeIfPresent(String.self, forKey: .terminationMessagePath)
        terminationMessagePolicy = try container.decodeIfPresent(String.self, forKey: .terminationMessagePolicy)
        imagePullPolicy = try container.decodeIfPresent(String.self, forKey: .imagePullPolicy)
        securityContext = try container.decodeIfPresent(JSONValue.self, forKey: .securityContext)
        stdin = try container.decodeIfPresent(Bool.self, forKey: .stdin)
        stdinOnce = try container.decodeIfPresent(Bool.self, forKey: .stdinOnce)
        tty = try container.decodeIfPresent(Bool.self, forKey: .tty)
    }

    /// Encodes the members in JSON order, leaving out unset optionals, as the synthesized conformance did.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let rare = self.rare.members()
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(image, forKey: .image)
        try container.encodeIfPresent(command, forKey: .command)
        try container.encodeIfPresent(args, forKey: .args)
        try container.encodeIfPresent(rare.workingDir, forKey: .workingDir)
        try container.encodeIfPresent(ports, forKey: .ports)
        try container.encodeIfPresent(rare.envFrom, forKey: .envFrom)
        try container.encodeIfPresent(env, forKey: .env)
        try container.encode(resources, forKey: .resources)
        try container.encodeIfPresent(volumeMounts, forKey: .volumeMounts)
        try container.encodeIfPresent(rare.livenessProbe, forKey: .livenessProbe)
        try container.encodeIfPresent(rare.readinessProbe, forKey: .readinessProbe)
        try container.encodeIfPresent(rare.startupProbe, forKey: .startupProbe)
        try container.encodeIfPresent(rare.lifecycle, forKey: .lifecycle)
        try container.encodeIfPresent(terminationMessagePath, forKey: .terminationMessagePath)
        try container.encodeIfPresent(terminationMessagePolicy, forKey: .terminationMessagePolicy)
        try container.encodeIfPresent(imagePullPolicy, forKey: .imagePullPolicy)
        try container.encodeIfPresent(rare.securityContext, forKey: .securityContext)
        try container.encodeIfPresent(rare.stdin, forKey: .stdin)
        try container.encodeIfPresent(rare.stdinOnce, forKey: .stdinOnce)
        try container.encodeIfPresent(rare.tty, forKey: .tty)
    }
}

/// The members of a `Container` that few containers set, kept out of line.
struct ContainerRareMembers: RareMembers {
    var workingDir: String?
    var envFrom: [JSONValue]?
    var livenessProbe: Probe?
    var readinessProbe: Probe?
    var startupProbe: Probe?
    var lifecycle: JSONValue?
    var securityContext: JSONValue?
    var stdin: Bool?
    var stdinOnce: Bool?
    var tty: Bool?
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
///
/// The sources live in one out-of-line box, so the pods that copy a volume from one prototype (the
/// `kube-api-access-*` token volume of every pod) share it and carry only the name.
public struct Volume: Codable, Hashable, Sendable {
    public var name: String
    public var hostPath: JSONValue? {
        get { sources?.value.hostPath }
        set { sources.update { $0.hostPath = newValue } }
    }
    public var emptyDir: JSONValue? {
        get { sources?.value.emptyDir }
        set { sources.update { $0.emptyDir = newValue } }
    }
    public var secret: JSONValue? {
        get { sources?.value.secret }
        set { sources.update { $0.secret = newValue } }
    }
    public var persistentVolumeClaim: JSONValue? {
        get { sources?.value.persistentVolumeClaim }
        set { sources.update { $0.persistentVolumeClaim = newValue } }
    }
    public var configMap: JSONValue? {
        get { sources?.value.configMap }
        set { sources.update { $0.configMap = newValue } }
    }
    public var projected: JSONValue? {
        get { sources?.value.projected }
        set { sources.update { $0.projected = newValue } }
    }
    /// The sources (nil when none is set).
    private var sources: OutOfLineValue<VolumeSources>?
    public init(name: String) { self.name = name }

    enum CodingKeys: String, CodingKey {
        case name, hostPath, emptyDir, secret, persistentVolumeClaim, configMap, projected
    }

    /// Decodes the members in JSON order, as the synthesized conformance did.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        hostPath = try container.decodeIfPresent(JSONValue.self, forKey: .hostPath)
        emptyDir = try container.decodeIfPresent(JSONValue.self, forKey: .emptyDir)
        secret = try container.decodeIfPresent(JSONValue.self, forKey: .secret)
        persistentVolumeClaim = try container.decodeIfPresent(JSONValue.self, forKey: .persistentVolumeClaim)
        configMap = try container.decodeIfPresent(JSONValue.self, forKey: .configMap)
        projected = try container.decodeIfPresent(JSONValue.self, forKey: .projected)
    }

    /// Encodes the members in JSON order, leaving out unset sources, as the synthesized conformance did.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let sources = self.sources.members()
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(sources.hostPath, forKey: .hostPath)
        try container.encodeIfPresent(sources.emptyDir, forKey: .emptyDir)
        try container.encodeIfPresent(sources.secret, forKey: .secret)
        try container.encodeIfPresent(sources.persistentVolumeClaim, forKey: .persistentVolumeClaim)
        try container.encodeIfPresent(sources.configMap, forKey: .configMap)
        try container.encodeIfPresent(sources.projected, forKey: .projected)
    }
}

/// The sources of a `Volume`, kept out of line.
struct VolumeSources: RareMembers {
    var hostPath: JSONValue?
    var emptyDir: JSONValue?
    var secret: JSONValue?
    var persistentVolumeClaim: JSONValue?
    var configMap: JSONValue?
    var projected: JSONValue?
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
