import Foundation
import KubeCluster
import KubeCtl

/// Recording what the learner runs: command patterns are matched just before a command runs (so
/// bindings see the objects it acts on), known mistakes are reported after it, HTTP requests are
/// traced to the Services they reach.
extension LessonSession {
    /// `kubectl …` / `k …`: match, run, record.
    func runKubectl(_ call: TutorialCommandCall) -> Int32 {
        let argv = call.argv
        let matched = quiet ? [] : matchingPatterns(argv)
        let status = world.runKubectl(call)
        if link == nil, let missing = LessonWorld.missingVerb(argv) { ranMissingVerbs.insert(missing) }
        if !quiet { record(argv: argv, status: status, matched: matched, reached: podRequests(argv)) }
        return status
    }

    /// Services reached by `kubectl exec POD -- curl|wget URL` (from inside the cluster).
    private func podRequests(_ argv: [String]) -> [(key: ObjectKey, throughNodePort: Bool)] {
        guard case .success(let invocation) = KubectlCommandParser.parse(Array(argv.dropFirst())),
              invocation.commandPath == ["exec"], let program = invocation.argumentsAfterDash.first,
              ["curl", "wget"].contains((program as NSString).lastPathComponent) else { return [] }
        let namespace = invocation.wasSet("namespace") ? invocation.string("namespace") : world.shell.kubectl.config.defaultNamespace
        return ServiceTargets(cluster: world.cluster, namespace: namespace).reached(by: invocation.argumentsAfterDash)
    }

    /// curl, wget, minikube: run by the shell's own implementation, recorded with the Services reached.
    func runRecorded(_ call: TutorialCommandCall) -> Int32 {
        guard let name = call.argv.first else { return 0 }
        let matched = quiet ? [] : matchingPatterns(call.argv)
        let reached = quiet ? [] : ServiceTargets(cluster: world.cluster, namespace: world.shell.kubectl.config.defaultNamespace)
            .reached(by: call.argv)
        let saved = call.shell.extraCommands.removeValue(forKey: name)
        let status = call.shell.run(call.argv, stdin: call.stdin, io: call.io, shell: call.shell.interpreter)
        call.shell.extraCommands[name] = saved
        if !quiet { record(argv: call.argv, status: status, matched: matched, reached: reached) }
        return status
    }

    /// Keys of the current step's patterns (checks and mistakes) that `argv` matches right now.
    func matchingPatterns(_ argv: [String]) -> Set<String> {
        guard let step = currentStep else { return [] }
        var matcher = CommandMatcher(reader: ClusterReader(cluster: world.cluster, namespace: world.checkNamespace),
                                     currentNamespace: world.shell.kubectl.config.defaultNamespace)
        var keys: Set<String> = []
        for pattern in step.checkPatterns where matcher.matches(pattern, argv: argv) { keys.insert(pattern.key) }
        matcher.allNamespacesCoverDefault = false
        for pattern in step.mistakePatterns where matcher.matches(pattern, argv: argv) { keys.insert(pattern.key) }
        return keys
    }

    private func record(argv: [String], status: Int32, matched: Set<String>, reached: [(key: ObjectKey, throughNodePort: Bool)]) {
        activity.commands.append(LearnerCommand(program: argv.first ?? "", argv: argv, status: status,
                                                namespace: world.shell.kubectl.config.defaultNamespace,
                                                matchedPatterns: matched, reachedServices: reached))
        if activity.commands.count > 500 { activity.commands.removeFirst(activity.commands.count - 500) }
        guard let step = currentStep else { return }
        for mistake in step.mistakes {
            guard case .command(let patterns) = mistake.trigger, patterns.contains(where: { matched.contains($0.key) }) else { continue }
            if mistake.onlyWhenFailing, status == 0 { continue }
            pending.append(LessonTexts.mistakeMarker + renderer.text(mistake.message).trimmingCharacters(in: .newlines) + "\n")
            state.meet(mistake.key)
        }
    }

    /// Shows state mistakes that have started to hold (once per step).
    func noteStateMistakes() {
        guard let step = currentStep else { return }
        let evaluator = self.evaluator()
        for mistake in step.mistakes {
            guard case .state(let check) = mistake.trigger, !shownStateMistakes.contains(mistake.key),
                  evaluator.evaluate(check).holds else { continue }
            shownStateMistakes.insert(mistake.key)
            pending.append(LessonTexts.mistakeMarker + renderer.text(mistake.message).trimmingCharacters(in: .newlines) + "\n")
            state.meet(mistake.key)
        }
    }
}

extension LessonStep {
    /// The command patterns in the step's checks (at any depth).
    var checkPatterns: [CommandPattern] { checks.flatMap(LessonStep.patterns) }

    /// The command patterns of the step's known mistakes.
    var mistakePatterns: [CommandPattern] {
        mistakes.flatMap { mistake -> [CommandPattern] in
            switch mistake.trigger {
            case .command(let list): return list
            case .state(let check): return LessonStep.patterns(in: check)
            }
        }
    }

    static func patterns(in check: Check) -> [CommandPattern] {
        switch check.kind {
        case .command(let patterns, _): return patterns
        case .all(let checks), .any(let checks): return checks.flatMap(patterns)
        case .not(let inner): return patterns(in: inner)
        default: return []
        }
    }
}

/// Works out which Services an HTTP request from the learner's side goes to (NodePort, LoadBalancer,
/// ClusterIP or DNS name), and `minikube service NAME`.
struct ServiceTargets {
    let cluster: Cluster
    let namespace: String

    static let curlValueOptions: Set<String> = ["-o", "-H", "-d", "-X", "-u", "-m", "-w", "-A", "-e", "-x", "-T", "-F", "-b", "-c",
                                                "--max-time", "--connect-timeout", "--header", "--data", "--request", "--output",
                                                "--user", "--write-out", "--retry", "-O", "--output-document", "--timeout", "-U"]

    /// The words of a curl/wget command line that are not options or option values (the URLs).
    static func positional(_ words: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if curlValueOptions.contains(word) { index += 2; continue }
            if !word.hasPrefix("-") { result.append(word) }
            index += 1
        }
        return result
    }

    func reached(by argv: [String]) -> [(key: ObjectKey, throughNodePort: Bool)] {
        guard let program = argv.first else { return [] }
        if program == "minikube" {
            guard argv.count >= 3, argv[1] == "service" else { return [] }
            let words = Array(argv.dropFirst(2))
            var space = namespace
            if let index = words.firstIndex(where: { $0 == "-n" || $0 == "--namespace" }), index + 1 < words.count { space = words[index + 1] }
            if let flag = words.first(where: { $0.hasPrefix("--namespace=") }) { space = String(flag.dropFirst(12)) }
            guard let name = words.first(where: { !$0.hasPrefix("-") && $0 != space }) else { return [] }
            return [(ObjectKey(namespace: space, name: name), true)]
        }
        return ServiceTargets.positional(Array(argv.dropFirst())).flatMap(targets)
    }

    private func targets(of url: String) -> [(key: ObjectKey, throughNodePort: Bool)] {
        var rest = Substring(url)
        for scheme in ["http://", "https://"] where rest.hasPrefix(scheme) { rest = rest.dropFirst(scheme.count) }
        let hostPort = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let parts = hostPort.split(separator: ":", maxSplits: 1).map(String.init)
        guard let host = parts.first, !host.isEmpty else { return [] }
        let port = parts.count == 2 ? Int32(parts[1]) : 80
        guard let port else { return [] }
        let nodeIPs = Set(cluster.store.list(Node.self).flatMap { node in
            (ObjectJSON.encode(node)["status"]?["addresses"]?.arrayValue ?? []).compactMap { $0["address"]?.stringValue }
        })
        var found: [(key: ObjectKey, throughNodePort: Bool)] = []
        for service in cluster.store.list(Service.self) {
            let ports = service.spec.ports ?? []
            if nodeIPs.contains(host) || host == "localhost" || host == "127.0.0.1", ports.contains(where: { $0.nodePort == port }) {
                found.append((service.key, true))
                continue
            }
            let ingress = (service.status.loadBalancer.ingress ?? []).compactMap(\.ip)
            let names = [service.name, "\(service.name).\(service.namespace)", "\(service.name).\(service.namespace).svc",
                         "\(service.name).\(service.namespace).svc.cluster.local"]
            let byName = names.contains(host) && (host.contains(".") || service.namespace == namespace)
            if (ingress.contains(host) || service.spec.clusterIP == host || byName), ports.contains(where: { $0.port == port }) {
                found.append((service.key, false))
            }
        }
        return found
    }
}
