import Foundation

/// One probe of a running container instance, simulated tick by tick (period, thresholds, initial delay)
/// but skipping ahead over stretches where nothing can change.
final class ProbeSimulation {
    enum Kind: String { case startup = "Startup", liveness = "Liveness", readiness = "Readiness" }
    let kind: Kind
    let probe: Probe
    let period: Double
    let initialDelay: Double
    let successThreshold: Int
    let failureThreshold: Int
    var nextTick: Double
    var successes = 0
    var failures = 0
    /// The current result: readiness and startup start failed, liveness starts succeeded.
    var succeeded: Bool
    var finished = false

    init(kind: Kind, probe: Probe, startedAt: Double) {
        self.kind = kind
        self.probe = probe
        period = Double(max(1, probe.periodSeconds ?? 10))
        initialDelay = Double(max(0, probe.initialDelaySeconds ?? 0))
        successThreshold = Int(max(1, probe.successThreshold ?? 1))
        failureThreshold = Int(max(1, probe.failureThreshold ?? 3))
        // The worker's first probe comes about a second after the container starts, then one every
        // period; ticks before the initial delay are skipped.
        let skipped = (max(0, initialDelay - 1) / period).rounded(.up)
        nextTick = startedAt + 1 + skipped * period
        succeeded = kind == .liveness
    }
}

/// Plans what probes do to a running container: readiness changes, Unhealthy events, kills.
enum ProbePlanner {
    /// The probe simulations for a new instance of `container`.
    static func simulations(for container: Container, startedAt: Double) -> [ProbeSimulation] {
        var list: [ProbeSimulation] = []
        if let probe = container.startupProbe { list.append(ProbeSimulation(kind: .startup, probe: probe, startedAt: startedAt)) }
        if let probe = container.livenessProbe { list.append(ProbeSimulation(kind: .liveness, probe: probe, startedAt: startedAt)) }
        if let probe = container.readinessProbe { list.append(ProbeSimulation(kind: .readiness, probe: probe, startedAt: startedAt)) }
        return list
    }

    /// Extends `instance.plan` with probe events up to `limit` (never past the planned exit).
    static func extend(_ instance: ContainerInstance, container: Container, podIP: String, until limit: Double,
                       exitAt: Double) {
        let end = min(limit, exitAt)
        guard end > instance.plannedUntil || instance.plannedUntil == instance.startedAt else { return }
        var startedAt: Double? = instance.started ? instance.startedAt : nil
        if container.startupProbe == nil { startedAt = instance.startedAt }
        if instance.plannedUntil == instance.startedAt, container.startupProbe == nil, container.readinessProbe == nil,
           instance.plan.isEmpty, !instance.ready {
            instance.plan.append(InstanceEvent(time: instance.startedAt, kind: .ready(true)))
        }
        var guardCount = 0
        while guardCount < 20_000 {
            guardCount += 1
            guard let probe = instance.probes.filter({ !$0.finished && $0.nextTick <= end })
                .min(by: { ($0.nextTick, order($0.kind)) < ($1.nextTick, order($1.kind)) }) else { break }
            let tick = probe.nextTick
            if probe.kind != .startup, startedAt.map({ tick < $0 }) ?? true {
                probe.nextTick += probe.period
                continue
            }
            let (success, detail) = outcome(of: probe, instance: instance, container: container, podIP: podIP, at: tick)
            if step(probe, success: success, detail: detail, at: tick, instance: instance, startedAt: &startedAt,
                    hasReadiness: container.readinessProbe != nil) {
                instance.plannedUntil = tick
                return
            }
            advance(probe, success: success, instance: instance, from: tick)
        }
        instance.plannedUntil = end
    }

    private static func order(_ kind: ProbeSimulation.Kind) -> Int {
        switch kind { case .startup: return 0; case .liveness: return 1; case .readiness: return 2 }
    }

    /// Applies one probe result; returns true when it kills the container (planning stops there).
    private static func step(_ probe: ProbeSimulation, success: Bool, detail: String, at tick: Double, instance: ContainerInstance,
                             startedAt: inout Double?, hasReadiness: Bool) -> Bool {
        if success {
            probe.successes += 1
            probe.failures = 0
        } else {
            probe.failures += 1
            probe.successes = 0
            instance.plan.append(InstanceEvent(time: tick, kind: .unhealthy(message: "\(probe.kind.rawValue) probe failed: \(detail)")))
        }
        switch probe.kind {
        case .startup:
            if success {
                probe.finished = true
                startedAt = tick
                instance.plan.append(InstanceEvent(time: tick, kind: .started))
                if !hasReadiness { instance.plan.append(InstanceEvent(time: tick, kind: .ready(true))) }
            } else if probe.failures >= probe.failureThreshold {
                instance.plan.append(InstanceEvent(time: tick, kind: .kill(message: "failed startup probe, will be restarted",
                                                                          probeGrace: probe.probe.terminationGracePeriodSeconds)))
                return true
            }
        case .liveness:
            if !success, probe.failures >= probe.failureThreshold {
                instance.plan.append(InstanceEvent(time: tick, kind: .kill(message: "failed liveness probe, will be restarted",
                                                                          probeGrace: probe.probe.terminationGracePeriodSeconds)))
                return true
            }
        case .readiness:
            if success, !probe.succeeded, probe.successes >= probe.successThreshold {
                probe.succeeded = true
                instance.plan.append(InstanceEvent(time: tick, kind: .ready(true)))
            } else if !success, probe.succeeded, probe.failures >= probe.failureThreshold {
                probe.succeeded = false
                instance.plan.append(InstanceEvent(time: tick, kind: .ready(false)))
            }
        }
        return false
    }

    /// Moves the probe to its next tick, skipping ahead while it keeps succeeding and nothing changes.
    private static func advance(_ probe: ProbeSimulation, success: Bool, instance: ContainerInstance, from tick: Double) {
        probe.nextTick = tick + probe.period
        guard success, probe.succeeded || probe.kind == .liveness else { return }
        let offset = tick - instance.startedAt
        guard let change = instance.behaviour.changePoints.first(where: { $0 > offset }) else {
            probe.nextTick = .infinity
            return
        }
        let target = instance.startedAt + change
        if target > probe.nextTick {
            let periods = ((target - tick) / probe.period).rounded(.up)
            probe.nextTick = tick + periods * probe.period
        }
    }

    /// Whether the probe succeeds at `instant`, and the failure text when it does not.
    static func outcome(of probe: ProbeSimulation, instance: ContainerInstance, container: Container, podIP: String,
                        at instant: Double) -> (Bool, String) {
        let behaviour = instance.behaviour
        let offset = instant - instance.startedAt
        var readinessFails = false
        if probe.kind == .readiness {
            switch behaviour.readiness {
            case .normal: break
            case .fail: readinessFails = true
            case .failAfter(let after): readinessFails = offset >= after
            }
        }
        if let http = probe.probe.httpGet {
            let port = resolvePort(http.port, container: container)
            let scheme = (http.scheme ?? "HTTP").lowercased()
            let path = http.path ?? "/"
            let url = "\(scheme)://\(podIP):\(port)\(path)"
            guard behaviour.isListening(on: port, at: offset) else {
                return (false, "Get \"\(url)\": dial tcp \(podIP):\(port): connect: connection refused")
            }
            guard behaviour.isResponsive(at: offset) else {
                return (false, "Get \"\(url)\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)")
            }
            if readinessFails { return (false, "HTTP probe failed with statuscode: 503") }
            guard let server = behaviour.server(on: port), server.speaksHTTP else { return (false, "Get \"\(url)\": EOF") }
            let context = ServeContext(podName: "", podIP: podIP, now: instant, startedAt: instance.startedAt, previousRequests: 0)
            let response = server.respond(to: HTTPRequestSim(path: path, host: "\(podIP):\(port)",
                                                             headers: [HTTPHeaderSim("User-Agent", "kube-probe/1.32")]), context: context)
            return (200..<400).contains(response.status) ? (true, "") : (false, "HTTP probe failed with statuscode: \(response.status)")
        }
        if let tcp = probe.probe.tcpSocket {
            let port = resolvePort(tcp.port, container: container)
            guard behaviour.isListening(on: port, at: offset), !readinessFails else {
                return (false, "dial tcp \(podIP):\(port): connect: connection refused")
            }
            return (true, "")
        }
        if let command = probe.probe.exec?.command {
            return execOutcome(command, behaviour: behaviour, offset: offset, failing: readinessFails)
        }
        if probe.probe.grpc != nil {
            return readinessFails || !behaviour.isResponsive(at: offset) ? (false, "timeout: failed to connect service") : (true, "")
        }
        return (true, "")
    }

    private static func execOutcome(_ command: [String], behaviour: ContainerBehaviour, offset: Double, failing: Bool) -> (Bool, String) {
        let words = command.count >= 3 && ["sh", "/bin/sh", "bash", "/bin/bash"].contains(command[0]) && command[1] == "-c"
            ? command[2].split(separator: " ").map(String.init) : command
        if let tool = words.first, ["cat", "ls", "test", "["].contains((tool as NSString).lastPathComponent),
           let path = words.dropFirst().first(where: { $0.hasPrefix("/") }) {
            if !behaviour.fileExists(path, at: offset) {
                let message = behaviour.userland == .busybox ? "\(tool): can't open '\(path)': No such file or directory"
                    : "\(tool): \(path): No such file or directory"
                return (false, tool == "test" || tool == "[" ? "" : message)
            }
        }
        if failing || !behaviour.isResponsive(at: offset) { return (false, "") }
        return (true, "")
    }

    /// A probe port: a number, or the name of one of the container's ports.
    static func resolvePort(_ port: IntOrString, container: Container) -> Int32 {
        switch port {
        case .int(let number): return number
        case .string(let name):
            return container.ports?.first { $0.name == name }?.containerPort ?? Int32(name) ?? 0
        }
    }
}
