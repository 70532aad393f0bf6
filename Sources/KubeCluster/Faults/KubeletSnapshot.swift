/// The kubelets' state in a form that can be written to a file and read back: nodes (up or down,
/// images), every pod's sandbox and containers (restarts, current and previous runs, what happens
/// next) and the back-off tables. Container behaviour itself is derived again from the pod on load.
struct KubeletSnapshot: Codable {
    var nodes: [NodeRecord] = []
    var pods: [PodRecord] = []
    var crashBackoff: [BackoffRecord] = []
    var imageBackoff: [BackoffRecord] = []

    /// A node's kubelet: up or down, and its images.
    struct NodeRecord: Codable {
        var name: String
        var up: Bool
        var downSince: Double?
        var lastHeartbeat: Double
        var pullQueueFreeAt: Double
        var images: [ImageRecord]
    }

    /// An image present on a node.
    struct ImageRecord: Codable {
        var name: String
        var digestName: String
        var sizeBytes: Int64
    }

    /// A pod the kubelet runs: its sandbox and containers.
    struct PodRecord: Codable {
        var namespace: String
        var name: String
        var uid: String
        var node: String
        var admittedAt: Double
        var sandboxReadyAt: Double
        var sandboxReady: Bool
        var podIP: String?
        var ownsIP: Bool
        var initialized: Bool
        var terminatingSince: Double?
        var finished: Bool
        var containers: [ContainerRecord]
    }

    /// A container across restarts: counts, waiting reason, next action, runs.
    struct ContainerRecord: Codable {
        var name: String
        var isInit: Bool
        var image: String?
        var restartCount: Int32
        var waitingReason: String?
        var waitingMessage: String?
        var next: ActionRecord?
        var restartForNewSpec: Bool
        var attempted: Bool
        var imageName: String?
        var imageID: String?
        var current: InstanceRecord?
        var previous: InstanceRecord?
    }

    /// What the kubelet does next for a container, and when.
    struct ActionRecord: Codable {
        var at: Double
        /// `startAttempt`, `pullFinished` or `syncAfterExit`.
        var action: String
        var succeeded: Bool?
        var error: String?
        var pullSeconds: Double?
        var totalSeconds: Double?
    }

    /// One run of a container, and the injected misbehaviour in force.
    struct InstanceRecord: Codable {
        var containerID: String
        var startedAt: Double
        var ready: Bool
        var started: Bool
        var finishedAt: Double?
        var exitCode: Int32
        var reason: String?
        var message: String?
        /// When the run ends by itself or was told to stop (absent: it runs on).
        var exitAt: Double?
        var exit: ExitRecord?
        var requestsServed: Int
        var extraLogs: [LogRecord]
        /// The injected misbehaviour in force (a fault may have changed it while the process ran).
        var crashAfter: Double?
        var crashCode: Int32?
        var crashMessage: [String]?
        var readiness: String?
        var hangsAfter: Double?
        var memoryLeakBytesPerSecond: Double?
    }

    /// How a run ends (or ended).
    struct ExitRecord: Codable {
        var offset: Double
        var exitCode: Int32
        var reason: String
        var message: String?
        var finalLines: [String]
    }

    /// A log line written outside the program (requests, crash messages).
    struct LogRecord: Codable {
        var time: Double
        var text: String
        var stream: String
    }

    /// A back-off entry: its id, delay and last update.
    struct BackoffRecord: Codable {
        var id: String
        var delay: Double
        var lastUpdate: Double
    }
}

extension KubeletController {
    /// The kubelets' state now.
    func exportSnapshot() -> KubeletSnapshot {
        var snapshot = KubeletSnapshot()
        snapshot.nodes = nodes.keys.sorted().compactMap { name in
            guard let node = nodes[name] else { return nil }
            return .init(name: name, up: node.isUp, downSince: node.downSince, lastHeartbeat: node.lastHeartbeat,
                         pullQueueFreeAt: node.pullQueueFreeAt,
                         images: node.images.keys.sorted().compactMap { key in
                             node.images[key].map { .init(name: $0.normalized, digestName: $0.digestName, sizeBytes: $0.sizeBytes) }
                         })
        }
        for key in pods.keys.sorted() {
            guard let runtime = pods[key] else { continue }
            snapshot.pods.append(record(of: runtime))
            for container in runtime.containers {
                let crashID = backoffKey(runtime, container)
                if let last = crashBackoff.lastUpdate(crashID) {
                    snapshot.crashBackoff.append(.init(id: crashID, delay: crashBackoff.delay(crashID), lastUpdate: last))
                }
                let imageID = "\(runtime.uid)_\(container.spec.image ?? "")"
                if let last = imageBackoff.lastUpdate(imageID) {
                    snapshot.imageBackoff.append(.init(id: imageID, delay: imageBackoff.delay(imageID), lastUpdate: last))
                }
            }
        }
        return snapshot
    }

    private func record(of runtime: PodRuntime) -> KubeletSnapshot.PodRecord {
        .init(namespace: runtime.key.namespace, name: runtime.key.name, uid: runtime.uid, node: runtime.nodeName,
              admittedAt: runtime.admittedAt, sandboxReadyAt: runtime.sandboxReadyAt, sandboxReady: runtime.sandboxReady,
              podIP: runtime.podIP, ownsIP: runtime.ownsIP, initialized: runtime.initialized,
              terminatingSince: runtime.terminatingSince, finished: runtime.finished,
              containers: runtime.containers.map(record(of:)))
    }

    private func record(of container: ContainerRuntime) -> KubeletSnapshot.ContainerRecord {
        var next: KubeletSnapshot.ActionRecord?
        if let action = container.nextAction {
            switch action.action {
            case .startAttempt: next = .init(at: action.at, action: "startAttempt")
            case .syncAfterExit: next = .init(at: action.at, action: "syncAfterExit")
            case .pullFinished(let succeeded, let error, let pull, let total):
                next = .init(at: action.at, action: "pullFinished", succeeded: succeeded, error: error, pullSeconds: pull, totalSeconds: total)
            }
        }
        return .init(name: container.name, isInit: container.isInit, image: container.spec.image, restartCount: container.restartCount,
                     waitingReason: container.waiting?.reason, waitingMessage: container.waiting?.message, next: next,
                     restartForNewSpec: container.restartForNewSpec, attempted: container.attempted,
                     imageName: container.imageName, imageID: container.imageID,
                     current: container.current.map(record(of:)), previous: container.previous.map(record(of:)))
    }

    private func record(of instance: ContainerInstance) -> KubeletSnapshot.InstanceRecord {
        let behaviour = instance.behaviour
        let readiness: String?
        switch behaviour.readiness {
        case .normal: readiness = nil
        case .fail: readiness = "fail"
        case .failAfter(let after): readiness = "fail-after:\(after)"
        }
        return .init(containerID: instance.containerID, startedAt: instance.startedAt, ready: instance.ready, started: instance.started,
                     finishedAt: instance.finishedAt, exitCode: instance.exitCode, reason: instance.reason, message: instance.message,
                     exitAt: instance.exitAt.isFinite ? instance.exitAt : nil,
                     exit: instance.exitPlan.map { .init(offset: $0.offset, exitCode: $0.exitCode, reason: $0.reason, message: $0.message,
                                                         finalLines: $0.finalLines) },
                     requestsServed: instance.requestsServed,
                     extraLogs: instance.extraLogs.map { .init(time: $0.time, text: $0.text, stream: $0.stream.rawValue) },
                     crashAfter: behaviour.crash?.after, crashCode: behaviour.crash?.code, crashMessage: behaviour.crash?.message,
                     readiness: readiness, hangsAfter: behaviour.hangsAfter,
                     memoryLeakBytesPerSecond: behaviour.memoryLeakBytesPerSecond == 0 ? nil : behaviour.memoryLeakBytesPerSecond)
    }
}
