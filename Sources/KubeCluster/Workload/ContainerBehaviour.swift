import Foundation

/// Everything the kubelet needs to derive what one container instance does.
public struct BehaviourInputs {
    public var podName: String
    public var podIP: String
    public var container: Container
    /// Pod annotations (`kubetutor.io/*` misbehaviours).
    public var annotations: [String: String]
    /// Variables the kubelet sets (container env resolved, service links), in order.
    public var environment: [(String, String)]
    /// Files visible in the container (mounted ConfigMaps and Secrets, /etc files).
    public var readFile: (String) -> String?
    public var listDirectory: (String) -> [String]?
    /// How many times this container restarted before (a behaviour may differ on the first run).
    public var restartCount: Int
    public var catalogue: ImageCatalogue
    /// The cluster's kubelets (node name, InternalIP), asked for only by images that scrape them (metrics-server).
    public var kubeletAddresses: () -> [(node: String, address: String)]
    /// The kernel of the node the container runs on (`uname -r`; nginx logs it at start).
    public var kernelVersion: String
    /// Server start-up steps already derived (the kubelet's), shared by instances that derive the same.
    var serverStepsCache: ServerStepsCache?

    public init(podName: String, podIP: String, container: Container, annotations: [String: String],
                environment: [(String, String)], readFile: @escaping (String) -> String? = { _ in nil },
                listDirectory: @escaping (String) -> [String]? = { _ in nil }, restartCount: Int = 0,
                catalogue: ImageCatalogue = .standard,
                kubeletAddresses: @escaping () -> [(node: String, address: String)] = { [] },
                kernelVersion: String = "6.8.0-1021-gcp") {
        self.podName = podName
        self.podIP = podIP
        self.container = container
        self.annotations = annotations
        self.environment = environment
        self.readFile = readFile
        self.listDirectory = listDirectory
        self.restartCount = restartCount
        self.catalogue = catalogue
        self.kubeletAddresses = kubeletAddresses
        self.kernelVersion = kernelVersion
    }
}

/// Server start-up steps by what they are made from, when they do not depend on the pod (no `{pod}`
/// or `{ip}`): every nginx replica writes the same lines, so their steps are worked out once and shared.
final class ServerStepsCache {
    var steps: [ServerStepsKey: [ProgramStep]] = [:]
    /// Recent environment templates by content (bounded: pods may carry their own values).
    var environments: [[String]: [(String, String)]] = [:]
    /// Servers by port with their version resolved, likewise shared.
    var servers: [ServersKey: [Int32: ServerKind]] = [:]
}

/// What a program's resolved servers are made from.
struct ServersKey: Hashable {
    let ports: [Int32: ServerKind]
    let version: String
    let tag: String
}

/// What a server's start-up steps are made from.
struct ServerStepsKey: Hashable {
    let lines: [StartupLine]
    let version: String
    let kernel: String

    /// The lines name the pod or its IP, so the steps differ from pod to pod.
    var dependsOnPod: Bool {
        lines.contains { $0.template.contains("{pod}") || $0.template.contains("{ip}") }
    }
}

/// How a container's readiness is overridden by `kubetutor.io/readiness`.
public enum ReadinessOverride: Hashable, Sendable {
    case normal
    case fail
    case failAfter(Double)
}

/// Why and when a container instance ends by itself.
public struct PlannedExit: Hashable, Sendable {
    public var offset: Double
    public var exitCode: Int32
    /// `Completed`, `Error`, `OOMKilled` or `StartError`.
    public var reason: String
    public var message: String?
    /// Lines the process writes as it dies (`kubetutor.io/crash-message`).
    public var finalLines: [String] = []
}

/// What one container instance does, derived from its image, command and the pod's annotations —
/// stages like kwok's: start delay, log lines, run time, exit code and reason, readiness, usage.
public struct ContainerBehaviour {
    public var program: ContainerProgram
    /// The catalogue entry of the image, when known.
    public var imageRepository: String?
    /// The environment with the pod's own HOSTNAME value blanked (`hostname` puts it back): replicas of
    /// one template then share one array.
    var environmentTemplate: [(String, String)]
    /// Where HOSTNAME sits in `environmentTemplate`, and its value for this pod.
    var hostname: (index: Int, value: String)?
    /// The environment as `env` prints it.
    public var environment: [(String, String)] {
        get {
            guard let hostname, environmentTemplate.indices.contains(hostname.index) else { return environmentTemplate }
            var result = environmentTemplate
            result[hostname.index].1 = hostname.value
            return result
        }
        set {
            environmentTemplate = newValue
            hostname = nil
        }
    }
    /// Exits forced by annotations: crash after N seconds with a code and message.
    public var crash: (after: Double, code: Int32, message: [String])? {
        get { misbehaviour?.value.crash }
        set { updateMisbehaviour { $0.crash = newValue } }
    }
    /// A start failure (`exec: "foo": executable file not found in $PATH`), reason StartError.
    public var startError: String? {
        get { misbehaviour?.value.startError }
        set { updateMisbehaviour { $0.startError = newValue } }
    }
    public var readiness: ReadinessOverride {
        get { misbehaviour?.value.readiness ?? .normal }
        set { updateMisbehaviour { $0.readiness = newValue } }
    }
    /// After this many seconds the app stops answering HTTP (liveness probes start failing).
    public var hangsAfter: Double? {
        get { misbehaviour?.value.hangsAfter }
        set { updateMisbehaviour { $0.hangsAfter = newValue } }
    }
    public var idleMilliCPU: Double
    public var cpuSecondsPerRequest: Double
    public var memoryBytes: Int64
    public var memoryLeakBytesPerSecond: Double {
        get { misbehaviour?.value.memoryLeakBytesPerSecond ?? 0 }
        set { updateMisbehaviour { $0.memoryLeakBytesPerSecond = newValue } }
    }
    /// The container's memory limit (OOMKilled when usage reaches it).
    public var memoryLimitBytes: Int64?
    public var cpuLimitMilli: Int64?
    /// (Declared here, after an optional, so that it fills that optional's padding.)
    public var userland: ImageUserland
    /// Files present when the container starts (for exec probes).
    var readFile: (String) -> String?
    /// The misbehaviours annotations force (nil when there are none, as for nearly every container).
    var misbehaviour: ContainerMisbehaviourBox?

    /// Applies `change` to the misbehaviours; keeps no box when none is left.
    private mutating func updateMisbehaviour(_ change: (inout ContainerMisbehaviour) -> Void) {
        var value = misbehaviour?.value ?? ContainerMisbehaviour()
        change(&value)
        misbehaviour = value.isNone ? nil : ContainerMisbehaviourBox(value)
    }

    /// When the instance ends by itself, if it does.
    public var plannedExit: PlannedExit? {
        if let startError { return PlannedExit(offset: 0, exitCode: 128, reason: "StartError", message: startError) }
        var candidates: [PlannedExit] = []
        if let exit = program.naturalExit() {
            candidates.append(PlannedExit(offset: exit.offset, exitCode: exit.code, reason: exit.code == 0 ? "Completed" : "Error"))
        }
        if let crash {
            var exit = PlannedExit(offset: crash.after, exitCode: crash.code, reason: crash.code == 0 ? "Completed" : "Error")
            exit.finalLines = crash.message
            candidates.append(exit)
        }
        if memoryLeakBytesPerSecond > 0, let limit = memoryLimitBytes {
            let offset = max(0, Double(limit - memoryBytes) / memoryLeakBytesPerSecond)
            candidates.append(PlannedExit(offset: offset, exitCode: 137, reason: "OOMKilled"))
        }
        return candidates.min { $0.offset < $1.offset }
    }

    /// Whether the app accepts connections on `port` at `offset` seconds after start.
    public func isListening(on port: Int32, at offset: Double) -> Bool {
        program.servers[port] != nil && offset >= program.listenDelay
    }

    /// Whether the app answers HTTP normally at `offset` (false once it hangs).
    public func isResponsive(at offset: Double) -> Bool {
        guard let hangsAfter else { return true }
        return offset < hangsAfter
    }

    /// Whether `path` exists at `offset` (files the program creates or removes, or mounted/static ones).
    public func fileExists(_ path: String, at offset: Double) -> Bool {
        var exists = readFile(path) != nil
        for change in program.trace(until: offset, limit: 1).files where change.path == path && change.offset <= offset {
            exists = change.content != nil
        }
        return exists
    }

    /// The instants (offsets) at which the answer of `fileExists` or `isListening` may change.
    public var changePoints: [Double] {
        var points = [program.listenDelay]
        if let hangsAfter { points.append(hangsAfter) }
        if case .failAfter(let after) = readiness { points.append(after) }
        points += program.trace(until: 86_400, limit: 1).files.map(\.offset)
        return points.sorted()
    }

    /// The server on `port`, if the app runs one.
    public func server(on port: Int32) -> ServerKind? { program.servers[port] }

    /// CPU (millicores) and memory (bytes) in use `offset` seconds after start, under `requestsPerSecond` load.
    public func usage(at offset: Double, requestsPerSecond: Double = 0) -> (milliCPU: Double, memoryBytes: Int64) {
        var cpu = idleMilliCPU + requestsPerSecond * cpuSecondsPerRequest * 1000
        if let limit = cpuLimitMilli { cpu = min(cpu, Double(limit)) }
        var memory = Double(memoryBytes) + memoryLeakBytesPerSecond * max(0, offset)
        if let limit = memoryLimitBytes { memory = min(memory, Double(limit)) }
        return (min(cpu, 9.0e15), Int64(min(memory, 9.0e18)))
    }
}

/// The misbehaviours annotations force on a container instance (crash, start error, readiness
/// override, hang, memory leak), kept out of line by `ContainerBehaviour` because nearly every container
/// has none: a well-behaved instance then pays one pointer instead of their inline size.
struct ContainerMisbehaviour {
    var crash: (after: Double, code: Int32, message: [String])?
    var startError: String?
    var readiness: ReadinessOverride = .normal
    var hangsAfter: Double?
    var memoryLeakBytesPerSecond: Double = 0

    /// True when nothing is forced (a leak of exactly +0 counts as none).
    var isNone: Bool {
        crash == nil && startError == nil && readiness == .normal && hangsAfter == nil
            && memoryLeakBytesPerSecond.bitPattern == 0
    }
}

/// An immutable heap cell holding a `ContainerMisbehaviour`; changing one makes a new cell.
final class ContainerMisbehaviourBox {
    let value: ContainerMisbehaviour
    init(_ value: ContainerMisbehaviour) { self.value = value }
}
