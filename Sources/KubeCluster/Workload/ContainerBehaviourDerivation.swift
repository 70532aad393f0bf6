import Foundation

/// The `kubetutor.io/*` annotations a lesson sets on a pod (or pod template) to make containers misbehave.
/// A key may be suffixed with `.<container>` to apply to one container only.
public enum BehaviourAnnotation {
    public static let crashAfter = "kubetutor.io/crash-after"
    public static let exitCode = "kubetutor.io/exit-code"
    public static let crashMessage = "kubetutor.io/crash-message"
    public static let memoryLeak = "kubetutor.io/memory-leak"
    public static let readiness = "kubetutor.io/readiness"
    public static let hangAfter = "kubetutor.io/hang-after"
    public static let cpuMillicores = "kubetutor.io/cpu-millicores"
    public static let memory = "kubetutor.io/memory"
    public static let startDelay = "kubetutor.io/start-delay"

    /// The value of `key` for `container` (`key.container` first, then `key`).
    static func value(_ key: String, container: String, in annotations: [String: String]) -> String? {
        annotations["\(key).\(container)"] ?? annotations[key]
    }

    /// Seconds of `5s`, `2m`, `1h`, `1m30s` or a bare number.
    static func seconds(_ text: String) -> Double? {
        guard let value = parseSeconds(text), value.isFinite, value >= 0 else { return nil }
        return value
    }

    private static func parseSeconds(_ text: String) -> Double? {
        if let plain = Double(text) { return plain }
        var total = 0.0
        var number = ""
        for char in text {
            if char.isNumber || char == "." { number.append(char); continue }
            guard let value = Double(number) else { return nil }
            switch char {
            case "h": total += value * 3600
            case "m": total += value * 60
            case "s": total += value
            default: return nil
            }
            number = ""
        }
        return number.isEmpty ? total : nil
    }
}

extension ContainerBehaviour {
    /// Derives the behaviour of one container instance from its image, command/args, environment and
    /// the pod's annotations.
    public static func derive(_ inputs: BehaviourInputs) -> ContainerBehaviour {
        let container = inputs.container
        var entry: ImageEntry?
        var tag = "latest"
        if case .success(let reference)? = container.image.map(ImageReference.parse),
           case .found(let found, let foundTag, _, _) = inputs.catalogue.lookup(reference) {
            entry = found
            tag = foundTag
        }
        let version = entry?.version(for: tag) ?? tag
        let environment = makeEnvironment(entry: entry, version: version, inputs: inputs)
        let argv = (container.command ?? entry?.entrypoint ?? [])
            + (container.args ?? (container.command != nil ? [] : (entry?.cmd ?? [])))
        let shell = ShellEnvironment(
            environment: environment, podName: inputs.podName, userland: entry?.userland ?? .busybox,
            readFile: inputs.readFile, listDirectory: inputs.listDirectory,
            serverSteps: { argv in serverSteps(entry: entry, argv: argv, version: version, inputs: inputs, environment: environment) })
        var program = compileProgram(argv: argv, shell: shell, container: container)
        if let server = entry?.server, program.servers.isEmpty, usesServer(server, argv: argv) || programRunsServer(argv, shell) {
            program.servers = resolvedServers(server.ports, version: version, tag: tag, cache: inputs.serverStepsCache)
            if entry?.repository == MetricsServerBehaviour.repository {
                program.servers = MetricsServerBehaviour.servers(program.servers, scrapes: !MetricsServerBehaviour.failsToScrape(argv: argv))
            }
            program.listenDelay = server.listenDelay
            program.shutdownSeconds = server.shutdownSeconds
            program.handlesTermination = true
        }
        var behaviour = ContainerBehaviour(
            program: program, imageRepository: entry?.repository,
            environmentTemplate: [], hostname: nil,
            idleMilliCPU: entry?.idleMilliCPU ?? 1,
            cpuSecondsPerRequest: entry?.cpuSecondsPerRequest ?? 0.001, memoryBytes: entry?.idleMemoryBytes ?? 1_000_000,
            memoryLimitBytes: container.resources.limits?["memory"]?.value,
            cpuLimitMilli: container.resources.limits?["cpu"]?.milliValue, userland: entry?.userland ?? .busybox,
            readFile: inputs.readFile)
        if let first = argv.first, program.steps.count == 1, case .write(let line) = program.steps[0],
           line.parts == [.literal("sh: \(first): not found")], !isShell(first) {
            behaviour.startError = "failed to create containerd task: failed to create shim task: OCI runtime create failed: "
                + "runc create failed: unable to start container process: exec: \"\(first)\": executable file not found in $PATH: unknown"
        }
        if let idle = SystemComponentUsage.usage(repository: entry?.repository, podName: inputs.podName) {
            behaviour.idleMilliCPU = idle.milliCPU
            behaviour.memoryBytes = idle.memoryBytes
        }
        behaviour.applyAnnotations(inputs.annotations, container: container.name)
        behaviour.setEnvironment(environment, podName: inputs.podName, cache: inputs.serverStepsCache)
        return behaviour
    }

    /// Stores `environment` as a template shared through `cache` plus this pod's HOSTNAME.
    mutating func setEnvironment(_ environment: [(String, String)], podName: String, cache: ServerStepsCache?) {
        guard let cache, let index = environment.firstIndex(where: { $0.0 == "HOSTNAME" && $0.1 == podName }) else {
            self.environment = environment
            return
        }
        var template = environment
        template[index].1 = ""
        let key = template.flatMap { [$0.0, $0.1] }
        if let shared = cache.environments[key] {
            template = shared
        } else {
            if cache.environments.count >= 64 { cache.environments.removeAll() }
            cache.environments[key] = template
        }
        environmentTemplate = template
        hostname = (index, podName)
    }

    private static func isShell(_ name: String) -> Bool {
        ["sh", "bash", "ash", "dash"].contains((name as NSString).lastPathComponent)
    }

    private static func compileProgram(argv: [String], shell: ShellEnvironment, container: Container) -> ContainerProgram {
        var compiler = ShellCompiler(environment: shell)
        var steps: [ProgramStep]
        if let first = argv.first, isShell(first) {
            if let flag = argv.firstIndex(of: "-c"), flag + 1 < argv.count {
                do {
                    steps = compiler.compile(try ShellParser.parse(argv[flag + 1])).steps
                } catch let error as ShellSyntaxError {
                    steps = [.write(.text(error.message, stream: .stderr)), .exit(2)]
                } catch {
                    steps = [.exit(2)]
                }
            } else {
                steps = container.stdin == true ? [.sleep(.infinity)] : []
            }
        } else if argv.isEmpty {
            steps = []
        } else {
            steps = compiler.run(arguments: argv, parts: argv.map { [.literal($0)] }).steps
        }
        if !steps.contains(where: { if case .exit = $0 { return true } else { return false } }) {
            let status = steps.last.map { step -> Int32 in
                if case .write(let line) = step, case .literal(let text)? = line.parts.first, text.hasSuffix(": not found") { return 127 }
                return 0
            } ?? 0
            if !endsForever(steps) { steps.append(.exit(status)) }
        }
        return ContainerProgram(steps: steps, handlesTermination: compiler.trapsTermination, servers: compiler.extraServers)
    }

    private static func endsForever(_ steps: [ProgramStep]) -> Bool {
        for step in steps {
            if case .sleep(let seconds) = step, seconds == .infinity { return true }
            if case .loop(_, let count) = step, count == nil { return true }
        }
        return false
    }

    private static func usesServer(_ server: ServerSpec, argv: [String]) -> Bool {
        guard let first = argv.first else { return false }
        let names = argv.prefix(2).map { ($0 as NSString).lastPathComponent }
        let binaries = Set(server.binaries.map { ($0 as NSString).lastPathComponent })
        return binaries.contains(names[0]) || (names.count > 1 && binaries.contains(names[1]) && !isShell(first))
    }

    private static func programRunsServer(_ argv: [String], _ shell: ShellEnvironment) -> Bool {
        guard let first = argv.first, isShell(first), let flag = argv.firstIndex(of: "-c"), flag + 1 < argv.count,
              let node = try? ShellParser.parse(argv[flag + 1]) else { return false }
        var compiler = ShellCompiler(environment: shell)
        _ = compiler.compile(node)
        return compiler.runsServer
    }

    static func serverSteps(entry: ImageEntry?, argv: [String], version: String, inputs: BehaviourInputs,
                            environment: [(String, String)]) -> [ProgramStep]? {
        guard let entry, let server = entry.server, usesServer(server, argv: argv) else { return nil }
        var steps: [ProgramStep] = []
        if let requirement = entry.requirement,
           !requirement.anyOf.contains(where: { name in environment.contains { $0.0 == name && !$0.1.isEmpty } }) {
            for line in requirement.failureLines {
                if line.delay > 0 { steps.append(.sleep(line.delay)) }
                steps.append(.write(template(line, version: version, inputs: inputs)))
            }
            return steps + [.exit(requirement.exitCode)]
        }
        if entry.repository == "docker.io/library/nginx", versionBefore119(version) {
            return [.sleep(.infinity)]
        }
        let failsToScrape = entry.repository == MetricsServerBehaviour.repository && MetricsServerBehaviour.failsToScrape(argv: argv)
        if !failsToScrape, let cache = inputs.serverStepsCache {
            let key = ServerStepsKey(lines: server.startupLines, version: version, kernel: inputs.kernelVersion)
            if let cached = cache.steps[key] { return cached }
            let steps = startupSteps(server, version: version, inputs: inputs) + [.sleep(.infinity)]
            if !key.dependsOnPod { cache.steps[key] = steps }
            return steps
        }
        steps = startupSteps(server, version: version, inputs: inputs)
        if failsToScrape {
            return steps + MetricsServerBehaviour.failingScrapeSteps(kubelets: inputs.kubeletAddresses())
        }
        return steps + [.sleep(.infinity)]
    }

    /// The server's start-up lines (with their delays) as program steps.
    private static func startupSteps(_ server: ServerSpec, version: String, inputs: BehaviourInputs) -> [ProgramStep] {
        var steps: [ProgramStep] = []
        for line in server.startupLines {
            if line.delay > 0 { steps.append(.sleep(line.delay)) }
            steps.append(.write(template(line, version: version, inputs: inputs)))
        }
        return steps
    }

    private static func versionBefore119(_ version: String) -> Bool {
        let parts = version.split(separator: ".").compactMap { Int($0) }
        return parts.count >= 2 && parts[0] == 1 && parts[1] < 19
    }

    /// Turns `{time:nginx}`, `{pod}`, `{ip}`, `{version}`, `{kernel}` placeholders into text parts.
    static func template(_ line: StartupLine, version: String, inputs: BehaviourInputs) -> ProgramLine {
        var parts: [TextPart] = []
        var rest = Substring(line.template)
        // The innermost `{…}` before each `}`: JSON log lines have braces around their placeholders.
        while let close = rest.firstIndex(of: "}"), let open = rest[..<close].lastIndex(of: "{") {
            let name = String(rest[rest.index(after: open)..<close])
            let literal = String(rest[..<open])
            var replacement: TextPart?
            if name.hasPrefix("time:"), let format = ClockFormat(rawValue: String(name.dropFirst(5))) { replacement = .clock(format) }
            if name == "pod" { replacement = .literal(inputs.podName) }
            if name == "ip" { replacement = .literal(inputs.podIP) }
            if name == "version" { replacement = .literal(version) }
            if name == "kernel" { replacement = .literal(inputs.kernelVersion) }
            if !literal.isEmpty { parts.append(.literal(literal)) }
            parts.append(replacement ?? .literal("{\(name)}"))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        return ProgramLine(parts, stream: line.stream)
    }

    /// `resolve`, shared through `cache` by the instances that resolve the same ports.
    private static func resolvedServers(_ ports: [Int32: ServerKind], version: String, tag: String,
                                        cache: ServerStepsCache?) -> [Int32: ServerKind] {
        guard let cache else { return resolve(ports, version: version, tag: tag) }
        let key = ServersKey(ports: ports, version: version, tag: tag)
        if let cached = cache.servers[key] { return cached }
        let servers = resolve(ports, version: version, tag: tag)
        cache.servers[key] = servers
        return servers
    }

    private static func resolve(_ ports: [Int32: ServerKind], version: String, tag: String) -> [Int32: ServerKind] {
        ports.mapValues { kind in
            switch kind {
            case .nginx: return .nginx(version: version)
            case .bootcamp: return .bootcamp(version: Int(tag.filter(\.isNumber)) ?? 1)
            case .text(let body) where body.contains("{version}"): return .text(body.replacingOccurrences(of: "{version}", with: version))
            default: return kind
            }
        }
    }

    private static func makeEnvironment(entry: ImageEntry?, version: String, inputs: BehaviourInputs) -> [(String, String)] {
        let imageEnv = (entry?.env ?? [ImageCatalogueEntries.shellPath]).map { ($0.0, $0.1.replacingOccurrences(of: "{version}", with: version)) }
        var result: [(String, String)] = []
        var seen = Set<String>()
        func add(_ name: String, _ value: String) {
            if let index = result.firstIndex(where: { $0.0 == name }) { result[index].1 = value; return }
            result.append((name, value))
            seen.insert(name)
        }
        if let path = imageEnv.first(where: { $0.0 == "PATH" }) { add(path.0, path.1) }
        add("HOSTNAME", inputs.podName)
        for (name, value) in inputs.environment { add(name, value) }
        for (name, value) in imageEnv where !seen.contains(name) { add(name, value) }
        add("HOME", "/root")
        return result
    }

    mutating func applyAnnotations(_ annotations: [String: String], container: String) {
        func value(_ key: String) -> String? { BehaviourAnnotation.value(key, container: container, in: annotations) }
        let code = value(BehaviourAnnotation.exitCode).flatMap { Int32($0) }
        let message = value(BehaviourAnnotation.crashMessage).map { $0.components(separatedBy: "\n") } ?? []
        if let after = value(BehaviourAnnotation.crashAfter).flatMap(BehaviourAnnotation.seconds) {
            crash = (after, code ?? 1, message)
        } else if let code {
            program.steps = program.steps.map { if case .exit = $0 { return .exit(code) } else { return $0 } }
        }
        if let leak = value(BehaviourAnnotation.memoryLeak) {
            let amount = leak.split(separator: "/").first.map(String.init) ?? leak
            memoryLeakBytesPerSecond = Double(Quantity.nonNegative(amount)?.value ?? 0)
        }
        if let readinessText = value(BehaviourAnnotation.readiness) {
            if readinessText == "fail" { readiness = .fail }
            if readinessText.hasPrefix("fail-after:"), let after = BehaviourAnnotation.seconds(String(readinessText.dropFirst(11))) {
                readiness = .failAfter(after)
            }
        }
        if let hang = value(BehaviourAnnotation.hangAfter).flatMap(BehaviourAnnotation.seconds) { hangsAfter = hang }
        if let cpu = value(BehaviourAnnotation.cpuMillicores).flatMap(Double.init), cpu.isFinite, cpu >= 0 { idleMilliCPU = cpu }
        if let memoryText = value(BehaviourAnnotation.memory), let bytes = Quantity.nonNegative(memoryText)?.value { memoryBytes = bytes }
        if let delay = value(BehaviourAnnotation.startDelay).flatMap(BehaviourAnnotation.seconds) {
            program.listenDelay += delay
            program.steps.insert(.sleep(delay), at: 0)
        }
    }
}
