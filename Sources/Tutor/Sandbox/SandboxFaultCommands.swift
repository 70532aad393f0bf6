import Foundation
import KubeCluster
import KubeCtl

/// `break`, `fix`, `faults` and `load DEPLOY --cpu …`: fault injection at the sandbox prompt.
extension SandboxSession {
    static let breakUsage = """
        usage: break image DEPLOY          the deployment switches to an image that can't be pulled
               break crash DEPLOY [--message TEXT]   its containers crash after every start, logging TEXT
               break kill POD [-c CONTAINER]         kill one container once (the kubelet restarts it)
               break node NODE             stop the node's kubelet (fix node NODE brings it back)
               break oom DEPLOY            leak memory until the containers are OOMKilled
               break readiness DEPLOY      make its readiness probes fail
               break liveness DEPLOY       make the app hang so liveness probes fail
               load DEPLOY --cpu 500m      add CPU work its pods share (load DEPLOY off stops it)
        add -n NAMESPACE for another namespace; `faults` lists what is broken, `fix ID` or `fix all` undoes it
        """

    /// `break WHAT TARGET [flags]`.
    func breakCommand(_ call: TutorialCommandCall) -> Int32 {
        if refusedDuringChallenge(call) { return 1 }
        let parsed: FaultArguments
        switch FaultArguments.parse(Array(call.argv.dropFirst()), namespace: shell.kubectl.config.defaultNamespace) {
        case .failure(let error):
            call.err("break: \(error.message)\n\(Self.breakUsage)")
            return 1
        case .success(let arguments): parsed = arguments
        }
        guard parsed.words.count == 2 else {
            call.err((parsed.words.isEmpty ? "break: what should break?" : "break: expected WHAT and a name") + "\n\(Self.breakUsage)")
            return 1
        }
        let (what, name) = (parsed.words[0], parsed.words[1])
        let ns = parsed.namespace
        let spec: FaultSpec
        switch what {
        case "image": spec = .badImage(namespace: ns, deployment: name)
        case "crash":
            spec = .crash(namespace: ns, deployment: name, message: parsed.message ?? "fatal: the app crashed on purpose (break crash)")
        case "kill": spec = .kill(namespace: ns, pod: name, container: parsed.container)
        case "node": spec = .nodeDown(node: name)
        case "oom", "memory": spec = .memoryLeak(namespace: ns, deployment: name)
        case "readiness": spec = .readinessFailure(namespace: ns, deployment: name)
        case "liveness": spec = .livenessFailure(namespace: ns, deployment: name)
        default:
            call.err("break: I don't know how to break \"\(what)\"\n\(Self.breakUsage)")
            return 1
        }
        return inject(spec, call: call)
    }

    /// `fix ID`, `fix all`, `fix node NODE`.
    func fixCommand(_ call: TutorialCommandCall) -> Int32 {
        if refusedDuringChallenge(call) { return 1 }
        let args = Array(call.argv.dropFirst())
        let injector = cluster.faults
        if args == ["all"] {
            let reports = injector.undoAll()
            if reports.isEmpty { call.out("nothing to fix: no fault is active") }
            reports.flatMap(\.lines).forEach(call.out)
            return 0
        }
        var id = args.first ?? ""
        if args.count == 2, args[0] == "node" {
            guard let fault = injector.active.first(where: { $0.spec == .nodeDown(node: args[1]) }) else {
                call.err("fix: node/\(args[1]) is not down (by `break node`)")
                return 1
            }
            id = fault.id
        } else if args.count != 1 {
            call.err("usage: fix ID | fix all | fix node NODE   (`faults` lists the ids)")
            return 1
        }
        do {
            try injector.undo(id).lines.forEach(call.out)
            return 0
        } catch {
            call.err("fix: \(error)")
            return 1
        }
    }

    /// `faults`: the active faults.
    func faultsCommand(_ call: TutorialCommandCall) -> Int32 {
        if challenge != nil {
            call.out("faults are hidden during a challenge: find the cause with kubectl (and why, draw)")
            return 0
        }
        let active = cluster.faults.active
        guard !active.isEmpty else {
            call.out("no faults: nothing is broken on purpose (break … injects one)")
            return 0
        }
        var rows = [["ID", "FAULT", "TARGET", "SINCE"]]
        for fault in active {
            rows.append([fault.id, fault.spec.word, fault.spec.target, "\(clockTextOf(fault.since))"])
        }
        Self.aligned(rows).forEach(call.out)
        call.out("")
        for fault in active { call.out("\(fault.id)  \(fault.summary)") }
        return 0
    }

    /// `load DEPLOY --cpu 500m` / `load DEPLOY off`; anything else is `load FILE`.
    func loadCommand(_ call: TutorialCommandCall) -> Int32 {
        let args = Array(call.argv.dropFirst())
        let isCPU = args.contains("--cpu") || args.contains { $0.hasPrefix("--cpu=") } || args.last == "off"
        guard isCPU else { return loadFileCommand(call) }
        if refusedDuringChallenge(call) { return 1 }
        let parsed: FaultArguments
        switch FaultArguments.parse(args, namespace: shell.kubectl.config.defaultNamespace) {
        case .failure(let error):
            call.err("load: \(error.message)")
            return 1
        case .success(let arguments): parsed = arguments
        }
        guard let name = parsed.words.first else {
            call.err("usage: load DEPLOY --cpu 500m | load DEPLOY off | load FILE")
            return 1
        }
        if parsed.words.count == 2, parsed.words[1] == "off" {
            let key = ObjectKey(namespace: parsed.namespace, name: name)
            guard let fault = cluster.faults.active.first(where: { $0.spec.word == "load" && $0.spec.deployment == key }) else {
                call.out("deployment/\(name) has no extra load")
                return 0
            }
            return (try? cluster.faults.undo(fault.id)).map { report in report.lines.forEach(call.out); return 0 } ?? 1
        }
        guard let cpuText = parsed.cpu, let milli = Self.milliCPU(cpuText), milli > 0 else {
            call.err("load: --cpu needs an amount of CPU such as 500m or 2 (got \"\(parsed.cpu ?? "")\")")
            return 1
        }
        return inject(.cpuLoad(namespace: parsed.namespace, deployment: name, milliCPU: milli), call: call)
    }

    /// During a challenge the sandbox's own powers over faults are off (they would give the answer away).
    private func refusedDuringChallenge(_ call: TutorialCommandCall) -> Bool {
        guard let run = challenge else { return false }
        call.err("\(call.argv[0]): not during a challenge — fix the cluster with kubectl (`challenge stop` ends \(run.challenge.id))")
        return true
    }

    private func inject(_ spec: FaultSpec, call: TutorialCommandCall) -> Int32 {
        do {
            try cluster.faults.inject(spec).lines.forEach(call.out)
            return 0
        } catch {
            call.err("break: \(error)")
            return 1
        }
    }

    private func clockTextOf(_ instant: Double) -> String {
        let seconds = Int(instant.rounded(.down)) % 86_400
        return String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    /// `500m` → 500, `2` → 2000, `1.5` → 1500.
    static func milliCPU(_ text: String) -> Int64? {
        if text.hasSuffix("m") { return Int64(text.dropLast()) }
        guard let cores = Double(text), cores.isFinite, cores >= 0, cores < 1_000_000 else { return nil }
        return Int64((cores * 1000).rounded())
    }

    /// Rows as left-aligned columns three spaces apart, like kubectl tables.
    static func aligned(_ rows: [[String]]) -> [String] {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count + 3)
            }.joined()
        }
    }
}

/// The words and flags of `break` and `load`.
struct FaultArguments {
    var words: [String] = []
    var namespace: String
    var message: String?
    var container: String?
    var cpu: String?

    static func parse(_ args: [String], namespace: String) -> Result<FaultArguments, FaultError> {
        var result = FaultArguments(namespace: namespace)
        var index = 0
        func value(_ flag: String) -> String? {
            guard index + 1 < args.count else { return nil }
            index += 1
            return args[index]
        }
        while index < args.count {
            let word = args[index]
            let (flag, inline) = Self.split(word)
            switch flag {
            case "-n", "--namespace", "--message", "-m", "-c", "--container", "--cpu":
                guard let text = inline ?? value(flag) else { return .failure(FaultError("flag needs an argument: \(flag)")) }
                switch flag {
                case "-n", "--namespace": result.namespace = text
                case "--message", "-m": result.message = text
                case "-c", "--container": result.container = text
                default: result.cpu = text
                }
            default:
                if word.hasPrefix("-") { return .failure(FaultError("unknown flag: \(word)")) }
                result.words.append(word)
            }
            index += 1
        }
        return .success(result)
    }

    /// `--flag=value` → (`--flag`, `value`); anything else → (word, nil).
    private static func split(_ word: String) -> (String, String?) {
        guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }
}
