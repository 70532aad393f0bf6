import KubeCluster

/// `kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t] -- COMMAND…`: runs one command in a running
/// container of the simulated cluster. `curl` and `wget` inside the pod reach Services by name, ClusterIPs,
/// pod IPs and `localhost`. A shell with `-i` (`-it POD -- sh`) attaches: the learner's following lines go to
/// a `PodShell` inside the container until `exit`; with piped input (`-i … < script`) the shell runs it.
enum ExecVerb {
    static let shells: Set<String> = ["sh", "/bin/sh", "bash", "/bin/bash", "ash", "/bin/ash", "zsh", "/bin/zsh"]

    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let quiet = invocation.bool("quiet")
        var target = ""
        var command: [String] = []
        let arguments = invocation.arguments
        if let dash = invocation.dashIndex {
            if dash > 0 { target = arguments[0] }
            command = Array(arguments.dropFirst(dash))
        } else if arguments.count > 1 {
            if !quiet {
                context.errorLine("kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. "
                    + "Use kubectl exec [POD] -- [COMMAND] instead.")
            }
            target = arguments[0]
            command = Array(arguments.dropFirst())
        } else if let first = arguments.first {
            target = first
        }
        guard !target.isEmpty else { return context.fail("pod, type/name or --filename must be specified") }
        guard !command.isEmpty else { return context.fail("you must specify at least one command for the container") }
        let timeout = invocation.duration("pod-running-timeout").seconds
        let pod: Pod
        switch PodSelection.pod(for: target, namespace: context.namespace, cluster: context.cluster, preference: .active,
                                timeout: timeout, selectorFailure: { "cannot attach to \($0): \($1)" }) {
        case .pod(let found, _): pod = found
        case .message(let text): return context.fail(text)
        case .apiError(let error): return context.fail(error)
        }
        if pod.status.phase == "Succeeded" || pod.status.phase == "Failed" {
            return context.fail("cannot exec into a container in a completed pod; current phase is \(pod.status.phase ?? "")")
        }
        var container = invocation.string("container")
        if container.isEmpty {
            guard let chosen = PodSelection.defaultContainer(of: pod, notice: { if !quiet { context.errorLine($0) } }) else {
                return context.fail("pod \(pod.namespace)/\(pod.name) does not have any containers")
            }
            container = chosen
        }
        if invocation.bool("stdin"), let shell = PodShellLauncher.shellName(command) {
            return PodShellLauncher.exec(context, pod: pod, container: container, shell: shell, command: command)
        }
        if let tool = HTTPToolInvocation(command) {
            guard tool.available(in: pod, container: container, cluster: context.cluster) else {
                if tool.viaShell {
                    context.errorLine("sh: \(tool.tool): not found")
                    return finish(context, status: 127)
                }
                context.errorLine("OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(command[0])\": "
                    + "executable file not found in $PATH: unknown")
                return finish(context, status: 126)
            }
            return finish(context, status: tool.run(in: pod, cluster: context.cluster, io: context.io))
        }
        let result: ExecResult
        do {
            result = try context.cluster.exec(namespace: pod.namespace, pod: pod.name, container: container, command: command)
        } catch let error as APIError {
            if error.message.hasPrefix("unable to upgrade connection") { return context.fail(error.message) }
            return context.fail(error)
        } catch {
            return context.fail("\(error)")
        }
        if !result.stdout.isEmpty { context.write(result.stdout.map { $0 + "\n" }.joined()) }
        if !result.stderr.isEmpty { context.io.stderr(result.stderr.map { $0 + "\n" }.joined()) }
        return finish(context, status: result.exitCode)
    }

    /// A remote command's non-zero status ends kubectl with it (`command terminated with exit code N`).
    static func finish(_ context: VerbContext, status: Int32) -> Int32 {
        guard status != 0 else { return 0 }
        context.errorLine("command terminated with exit code \(status)")
        return status
    }
}

/// `curl …` or `wget …` run inside a container (directly or as `sh -c 'curl …'`), answered by the
/// simulated network instead of the container's program model.
struct HTTPToolInvocation {
    var tool: String
    var arguments: [String]
    /// True for `sh -c 'curl …'`.
    var viaShell = false

    init?(_ command: [String]) {
        var words = command
        if words.count == 3, ExecVerb.shells.contains(words[0]), words[1] == "-c" {
            let script = words[2]
            guard !script.contains(where: { "|;&<>$`\n".contains($0) }) else { return nil }
            words = ShellWords.split(script)
            viaShell = true
        }
        guard let first = words.first else { return nil }
        let name = first.split(separator: "/").last.map(String.init) ?? first
        guard name == "curl" || name == "wget" else { return nil }
        tool = name
        arguments = Array(words.dropFirst())
    }

    /// Whether the container's image ships the tool: busybox-based images have wget, curl images and
    /// Debian-based server images (nginx, httpd) have curl.
    func available(in pod: Pod, container: String, cluster: Cluster) -> Bool {
        guard let image = pod.spec.allContainers.first(where: { $0.name == container })?.image,
              case .success(let reference) = ImageReference.parse(image) else { return false }
        guard let kubelet = cluster.kubelet, case .found(let entry, _, _, _) = kubelet.catalogue.lookup(reference) else { return false }
        let hasCurlImage = reference.repository.contains("curl")
        switch entry.userland {
        case .busybox: return tool == "wget" || hasCurlImage
        case .debian: return tool == "curl" ? (entry.server != nil || hasCurlImage) : false
        case .distroless: return false
        }
    }

    func run(in pod: Pod, cluster: Cluster, io: ShellIO) -> Int32 {
        let network = PodNetwork(cluster: cluster, pod: pod)
        if tool == "wget" {
            return WgetCommand(flavour: .busybox, network: network, cluster: cluster, saveFile: nil).run(arguments, io: io)
        }
        return CurlCommand(version: "8.11.1", network: network, cluster: cluster, saveFile: nil).run(arguments, io: io)
    }
}

/// Splits a simple `sh -c` script into words (spaces, single and double quotes).
enum ShellWords {
    static func split(_ script: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in script {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
