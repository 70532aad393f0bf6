/// A fault the sandbox (or a lesson setup) injects into the simulated cluster on purpose.
///
/// Deployment faults act on the deployment's pods — the ones running now and the ones created later —
/// the way a misbehaving release would: containers crash, leak memory, stop answering or fail probes.
public enum FaultSpec: Hashable, Codable, Sendable {
    /// The deployment's containers switch to an image tag that does not exist (the rollout stalls).
    case badImage(namespace: String, deployment: String)
    /// Every container start ends with a crash (exit code 1) after a few seconds, logging `message`.
    case crash(namespace: String, deployment: String, message: String)
    /// One container of a pod is killed once (exit code 137); the kubelet restarts it.
    case kill(namespace: String, pod: String, container: String?)
    /// A node's kubelet stops (the node turns NotReady, its pods are evicted later).
    case nodeDown(node: String)
    /// The deployment's pods share `milliCPU` of CPU work (what metrics-server and the HPA see).
    case cpuLoad(namespace: String, deployment: String, milliCPU: Int64)
    /// Containers leak memory until they reach their memory limit and are OOMKilled.
    case memoryLeak(namespace: String, deployment: String)
    /// Readiness probes fail: pods turn not ready and leave their Services' endpoints.
    case readinessFailure(namespace: String, deployment: String)
    /// The app stops answering: liveness probes fail and the kubelet restarts the containers.
    case livenessFailure(namespace: String, deployment: String)

    /// The deployment the fault acts on, when it acts on one.
    public var deployment: ObjectKey? {
        switch self {
        case .badImage(let namespace, let name), .crash(let namespace, let name, _), .cpuLoad(let namespace, let name, _),
             .memoryLeak(let namespace, let name), .readinessFailure(let namespace, let name),
             .livenessFailure(let namespace, let name):
            return ObjectKey(namespace: namespace, name: name)
        case .kill, .nodeDown:
            return nil
        }
    }

    /// The short word the sandbox's `break` command uses for this fault (`crash`, `oom`, `node` …).
    public var word: String {
        switch self {
        case .badImage: return "image"
        case .crash: return "crash"
        case .kill: return "kill"
        case .nodeDown: return "node"
        case .cpuLoad: return "load"
        case .memoryLeak: return "oom"
        case .readinessFailure: return "readiness"
        case .livenessFailure: return "liveness"
        }
    }

    /// What the fault targets, as `kind/name` (`deployment/web`, `node/minikube`, `pod/web-1`).
    public var target: String {
        switch self {
        case .kill(_, let pod, _): return "pod/\(pod)"
        case .nodeDown(let node): return "node/\(node)"
        default: return "deployment/\(deployment?.name ?? "")"
        }
    }
}

/// The timings the injected misbehaviour uses.
enum FaultTiming {
    /// Seconds a crashing container runs before it dies.
    static let crashAfter = 3
    /// Seconds from a container's start until a leaking container reaches its memory limit.
    static let secondsToOOM: Double = 30
    /// The tag a bad-image fault switches to.
    static let missingTag = "does-not-exist"
}

/// A fault in effect: its id (`f1`), what it is, when it began, and what is needed to undo it.
public struct ActiveFault: Hashable, Codable, Sendable {
    /// The id `fix` takes, e.g. `f3`.
    public var id: String
    /// What the fault does to what.
    public var spec: FaultSpec
    /// The simulated instant it was injected.
    public var since: Double
    /// For a bad image: the images the containers had before, by container name, in container order.
    public var originalImages: [ContainerImageSetting]
    /// What the fault does, in one sentence.
    public var summary: String

    public init(id: String, spec: FaultSpec, since: Double, originalImages: [ContainerImageSetting] = [], summary: String) {
        self.id = id
        self.spec = spec
        self.since = since
        self.originalImages = originalImages
        self.summary = summary
    }
}

/// A container's name and image (what a bad-image fault restores).
public struct ContainerImageSetting: Hashable, Codable, Sendable {
    /// The container's name.
    public var container: String
    /// Its image.
    public var image: String
    public init(container: String, image: String) {
        self.container = container
        self.image = image
    }
}

/// What an injection or an undo did: the lines to show, and the fault now in effect (nil for one-off
/// actions like killing a container, and for undos).
public struct FaultReport: Equatable {
    /// The fault now in effect, if the action left one.
    public var fault: ActiveFault?
    /// What to tell the learner, one line each.
    public var lines: [String]
    public init(fault: ActiveFault?, lines: [String]) {
        self.fault = fault
        self.lines = lines
    }
}

/// Why a fault could not be injected or undone, in words a learner can act on.
public struct FaultError: Error, Equatable, CustomStringConvertible {
    /// The explanation.
    public var message: String
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
