/// What the simulated container runtime knows about one node: its images, its serialized pull queue and
/// whether its kubelet is running.
final class NodeRuntime {
    let name: String
    /// False after `setNodeDown`: the kubelet neither syncs pods nor posts status.
    var isUp = true
    /// When the kubelet stopped (nil while up).
    var downSince: Double?
    /// The periodic status report timer is running.
    var reporting = false
    /// When the kubelet last posted node status (or renewed its lease).
    var lastHeartbeat: Double
    /// Images present, by normalized name (`docker.io/library/nginx:latest`).
    var images: [String: NodeImage] = [:]
    /// When the serialized image puller is free again.
    var pullQueueFreeAt: Double = 0

    init(name: String, now: Double) {
        self.name = name
        lastHeartbeat = now
    }
}

/// An image stored on a node.
struct NodeImage: Hashable {
    var normalized: String
    var digestName: String
    var sizeBytes: Int64
}

/// The kubelet's record of one pod it runs.
final class PodRuntime {
    let uid: String
    let key: ObjectKey
    let nodeName: String
    let admittedAt: Double
    /// When the sandbox (network namespace, IP) is ready.
    var sandboxReadyAt: Double
    var podIP: String?
    var containers: [ContainerRuntime]
    /// Termination (deletion) in progress since this instant.
    var terminatingSince: Double?
    // The flags follow one another (and the optional above) so that they share its padding.
    var sandboxReady = false
    /// The IP was allocated from the node's range (not host network) and must be released.
    var ownsIP = false
    /// All init containers finished successfully.
    var initialized: Bool
    /// The pod reached Succeeded/Failed and its sandbox was torn down.
    var finished = false
    /// Wake-up instants already scheduled with the clock (a handful: an array, not a hash set).
    var wakeups: [Double] = []

    init(pod: Pod, nodeName: String, now: Double) {
        uid = pod.metadata.uid ?? pod.name
        key = pod.key
        self.nodeName = nodeName
        admittedAt = now
        sandboxReadyAt = now + 1
        let initSpecs = pod.spec.initContainers ?? [], specs = pod.spec.containers
        let inits = initSpecs.indices.map { ContainerRuntime(shared: initSpecs[$0...$0], isInit: true) }
        containers = inits + specs.indices.map { ContainerRuntime(shared: specs[$0...$0], isInit: false) }
        initialized = inits.isEmpty
    }

    var initContainers: [ContainerRuntime] { containers.filter(\.isInit) }
    var appContainers: [ContainerRuntime] { containers.filter { !$0.isInit } }
}

/// What the kubelet will do next for a container, and when.
enum ContainerAction: Equatable {
    /// Try to (re)start: image check/pull, create, start.
    case startAttempt
    /// The image pull that began earlier finishes (successfully or not).
    /// (`indirect`: the payload is boxed, so an idle record pays 8 bytes for its next action instead of 40.)
    indirect case pullFinished(succeeded: Bool, error: String?, pullSeconds: Double, totalSeconds: Double)
    /// The sync after an exit: restart, or wait in CrashLoopBackOff.
    case syncAfterExit
}

/// The kubelet's record of one container of a pod across restarts.
final class ContainerRuntime {
    /// The spec as a one-element slice of the pod's container list, so the record shares the pod's
    /// storage instead of holding a copy of a large struct (10,000 pods at scale).
    private var specSlice: ArraySlice<Container>
    var spec: Container {
        get { specSlice[specSlice.startIndex] }
        set { specSlice = [newValue][...] }
    }
    let isInit: Bool
    var name: String { spec.name }
    var restartCount: Int32 = 0
    /// The running instance, or the last one that exited.
    var current: ContainerInstance?
    /// The instance before `current` (what `logs --previous` shows once `current` runs).
    var previous: ContainerInstance?
    /// The reason shown while waiting (the kubelet's reason cache), e.g. CrashLoopBackOff.
    var waiting: (reason: String, message: String?)?
    var nextAction: (at: Double, action: ContainerAction)?
    /// The spec changed (`kubectl set image` on a pod): restart once the current instance exits.
    var restartForNewSpec = false
    /// The first start attempt happened (regular containers start one after another).
    var attempted = false
    /// Image name and ID as the runtime reports them once pulled.
    var imageName: String?
    var imageID: String?

    init(spec: Container, isInit: Bool) {
        specSlice = [spec][...]
        self.isInit = isInit
    }

    /// A record whose spec is the single element of `shared` (a slice of the pod's containers).
    init(shared: ArraySlice<Container>, isInit: Bool) {
        specSlice = shared.count == 1 ? shared : shared.prefix(1)
        self.isInit = isInit
    }

    var isRunning: Bool { current != nil && current?.finishedAt == nil }
}

/// One run of a container: from start to exit.
final class ContainerInstance {
    let containerID: String
    let startedAt: Double
    let behaviour: ContainerBehaviour
    /// Events still to happen (ready changes, probe kills, exit), in time order.
    var plan: [InstanceEvent] = []
    /// Probe simulations, advanced lazily as time passes.
    var probes: [ProbeSimulation] = []
    var plannedUntil: Double
    /// How and when the instance ends unless something stops it first.
    var exitPlan: PlannedExit? {
        get { exit?.plan }
        set { if newValue != nil || exit != nil { exitRecord.plan = newValue } }
    }
    var exitAt: Double = .infinity
    var ready = false
    var started = false
    var finishedAt: Double? {
        get { exit?.finishedAt }
        set { if newValue != nil || exit != nil { exitRecord.finishedAt = newValue } }
    }
    var exitCode: Int32 {
        get { exit?.exitCode ?? 0 }
        set { if newValue != 0 || exit != nil { exitRecord.exitCode = newValue } }
    }
    var reason: String? {
        get { exit?.reason }
        set { if newValue != nil || exit != nil { exitRecord.reason = newValue } }
    }
    var message: String? {
        get { exit?.message }
        set { if newValue != nil || exit != nil { exitRecord.message = newValue } }
    }
    /// The planned and actual exit, made when first set (most instances run on: servers never plan one).
    private var exit: InstanceExit?
    /// Lines appended outside the program (request logs, crash messages).
    var extraLogs: [LogLine] = []
    /// Requests answered so far (bootcamp counts them).
    var requestsServed = 0
    /// The URLs the program fetches in an endless loop and how often (worked out once: `behaviour` is fixed).
    lazy var loadTargets: [(url: String, requestsPerSecond: Double)] = behaviour.program.loadTargets

    init(containerID: String, startedAt: Double, behaviour: ContainerBehaviour) {
        self.containerID = containerID
        self.startedAt = startedAt
        self.behaviour = behaviour
        plannedUntil = startedAt
    }

    /// The exit record, made on first use.
    private var exitRecord: InstanceExit {
        if let exit { return exit }
        let made = InstanceExit()
        exit = made
        return made
    }
}

/// How a container instance ends: the planned exit and, once it finished, when, with which code, reason
/// and message. Kept out of line by `ContainerInstance` (owned by it alone, never shared) because
/// thousands of running instances have none of it.
final class InstanceExit {
    var plan: PlannedExit?
    var finishedAt: Double?
    var exitCode: Int32 = 0
    var reason: String?
    var message: String?
}

/// Something planned to happen to a running instance.
struct InstanceEvent {
    enum Kind {
        case ready(Bool)
        case started
        case unhealthy(message: String)
        case kill(message: String, probeGrace: Int64?)
        case exit(PlannedExit)
    }
    var time: Double
    var kind: Kind
}

/// One line of container output, as `kubectl logs` returns it.
public struct LogLine: Hashable, Sendable {
    /// When the line was written (seconds since the epoch; `--timestamps` prints it in RFC 3339).
    public var time: Double
    public var text: String
    public var stream: LogStream
    public init(time: Double, text: String, stream: LogStream = .stdout) {
        self.time = time
        self.text = text
        self.stream = stream
    }
}
