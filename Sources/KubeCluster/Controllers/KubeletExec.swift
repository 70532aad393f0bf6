/// What a command run with `kubectl exec` printed and returned.
public struct ExecResult: Hashable, Sendable {
    public var stdout: [String]
    public var stderr: [String]
    public var exitCode: Int32
}

extension Cluster {
    /// Runs `command` in a running container (`kubectl exec`): the simulated shell interprets it with the
    /// container's environment and files; `curl`/`wget` reach Services and pods. Time does not pass.
    public func exec(namespace: String, pod name: String, container: String? = nil, command: [String]) throws -> ExecResult {
        guard let pod = store.get(Pod.self, namespace: namespace, name: name) else { throw APIError.notFound("pods", name) }
        guard let containerName = container ?? pod.spec.containers.first?.name,
              pod.spec.allContainers.contains(where: { $0.name == containerName }) else {
            throw APIError.badRequest("container \(container ?? "") is not valid for pod \(name)")
        }
        guard let kubelet, let runtime = kubelet.pods[pod.key],
              let record = runtime.containers.first(where: { $0.name == containerName }),
              let instance = record.current, instance.finishedAt == nil else {
            throw APIError.badRequest("unable to upgrade connection: container not found (\"\(containerName)\")")
        }
        return kubelet.exec(command, in: instance, pod: pod, container: record, runtime: runtime, cluster: self)
    }
}

extension KubeletController {
    func exec(_ command: [String], in instance: ContainerInstance, pod: Pod, container: ContainerRuntime, runtime: PodRuntime,
              cluster: Cluster) -> ExecResult {
        let files = ContainerFiles(pod: pod, container: container.spec, podIP: runtime.podIP ?? "", cluster: cluster)
        let offset = cluster.now - instance.startedAt
        let written = instance.behaviour.program.trace(until: offset, limit: 1).files
        let readFile: (String) -> String? = { path in
            if let change = written.last(where: { $0.path == path }) { return change.content }
            return files.read(path)
        }
        let shell = ShellEnvironment(environment: instance.behaviour.environment, podName: pod.name, userland: instance.behaviour.userland,
                                     readFile: readFile, listDirectory: files.list, serverSteps: { _ in nil })
        var compiler = ShellCompiler(environment: shell)
        let compiled: (steps: [ProgramStep], status: Int32, exits: Bool)
        if let first = command.first, ["sh", "/bin/sh", "bash", "/bin/bash", "ash"].contains(first), command.count >= 3, command[1] == "-c" {
            do {
                compiled = compiler.compile(try ShellParser.parse(command[2]))
            } catch let error as ShellSyntaxError {
                return ExecResult(stdout: [], stderr: [error.message], exitCode: 2)
            } catch {
                return ExecResult(stdout: [], stderr: [], exitCode: 2)
            }
        } else {
            compiled = compiler.run(arguments: command, parts: command.map { [.literal($0)] })
            if compiled.status == 127, let first = command.first {
                return ExecResult(stdout: [], stderr: ["OCI runtime exec failed: exec failed: unable to start container process: exec: "
                    + "\"\(first)\": executable file not found in $PATH: unknown"], exitCode: 126)
            }
        }
        let context = LogRenderContext(startedAt: instance.startedAt) { [weak self, unowned cluster] url in
            self?.fetchBody(url, from: pod.namespace, in: cluster)
        }
        var result = ExecResult(stdout: [], stderr: [], exitCode: compiled.status)
        var budget = 10_000
        func run(_ steps: [ProgramStep]) -> Bool {
            for step in steps {
                budget -= 1
                guard budget > 0 else { return false }
                switch step {
                case .write(let line):
                    let text = context.render(line, at: cluster.now, iteration: 0).components(separatedBy: "\n")
                    if line.stream == .stderr { result.stderr += text } else { result.stdout += text }
                case .sleep(let seconds) where seconds == .infinity: return false
                case .exit(let code): result.exitCode = code; return false
                case .loop(let body, let count):
                    for _ in 0..<min(count ?? 100, 100) { if !run(body) { return false } }
                default: break
                }
            }
            return true
        }
        _ = run(compiled.steps)
        return result
    }
}
