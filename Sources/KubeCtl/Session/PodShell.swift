import Foundation
import KubeCluster

/// Which shell program runs inside the container: it decides the prompt and the wording of messages.
enum PodShellFlavour: Equatable {
    /// busybox/Alpine `sh`: prompt `/ # `, `sh: x: not found`.
    case ash
    /// Debian's `sh` (dash): prompt `# `, `sh: 3: x: not found`.
    case dash
    /// `bash`: prompt `root@POD:/# `, `bash: x: command not found`, prints `exit` when leaving.
    case bash
}

/// What a container image offers a shell: its userland, distribution and the program it runs.
struct ContainerImageFacts {
    var userland: ImageUserland
    var distribution: ImageFileSkeleton.Distribution
    /// The main process's command line (entrypoint and cmd, or the pod's command and args).
    var mainCommand: [String]
    /// The image repository (`docker.io/library/nginx`), empty when unknown.
    var repository: String

    init(container: Container, cluster: Cluster) {
        var entry: ImageEntry?
        var tag = "latest"
        if let image = container.image, case .success(let reference) = ImageReference.parse(image),
           let kubelet = cluster.kubelet, case .found(let found, let foundTag, _, _) = kubelet.catalogue.lookup(reference) {
            entry = found
            tag = foundTag
        }
        repository = entry?.repository ?? ""
        let alpine = tag.contains("alpine") || repository.hasSuffix("/alpine")
        userland = alpine ? .busybox : (entry?.userland ?? .busybox)
        if alpine {
            distribution = .alpine
        } else if userland == .busybox {
            distribution = .busybox
        } else if repository.hasSuffix("/ubuntu") {
            distribution = .ubuntuNoble
        } else if repository.contains("bootcamp") {
            distribution = .debianJessie
        } else {
            distribution = .debianBookworm
        }
        mainCommand = (container.command ?? entry?.entrypoint ?? [])
            + (container.args ?? (container.command != nil ? [] : (entry?.cmd ?? [])))
    }

    /// Whether the image ships `ps` (busybox does; of the Debian family only full images with procps).
    var hasPS: Bool { userland == .busybox || distribution == .ubuntuNoble || distribution == .debianJessie }
}

/// The interactive shell inside a running container that `kubectl exec -it POD -- sh` (or `kubectl run
/// --rm -it`, `kubectl attach -it`) opens: a small shell with the container's environment and files, whose
/// commands are answered by the simulated cluster. Nothing runs on the host.
final class PodShell: AttachedProgram, ShellCommandHost {
    let session: KubectlSession
    let namespace: String
    let podName: String
    let container: String
    let flavour: PodShellFlavour
    let image: ContainerImageFacts
    /// The shell's own process id; commands it starts get the ids after it.
    let shellPID: Int
    /// Whether the shell has a terminal: without one it shows no prompt.
    let tty: Bool
    private var nextPID: Int
    private(set) var interpreter: ShellInterpreter!
    let files: SimulatedFileTree
    private var exitRequest: Int32?
    private var lineNumber = 0
    var cluster: Cluster { session.cluster }

    init(session: KubectlSession, pod: Pod, container spec: Container, flavour: PodShellFlavour, tty: Bool, shellPID: Int = 7) {
        self.session = session
        namespace = pod.namespace
        podName = pod.name
        container = spec.name
        self.flavour = flavour
        image = ContainerImageFacts(container: spec, cluster: session.cluster)
        self.shellPID = shellPID
        self.tty = tty
        nextPID = shellPID + 6
        files = PodFileTree.make(session: session, pod: pod, container: spec, image: image)
        let base = (try? session.cluster.exec(namespace: pod.namespace, pod: pod.name, container: spec.name, command: ["env"]))?.stdout ?? []
        var environment: [(String, String)] = base.compactMap { line in
            guard let equals = line.firstIndex(of: "=") else { return nil }
            return (String(line[..<equals]), String(line[line.index(after: equals)...]))
        }
        if tty { environment.append(("TERM", "xterm")) }
        environment.append(("SHLVL", "1"))
        let directory = spec.workingDir.flatMap { $0.isEmpty ? nil : $0 } ?? "/"
        environment.append(("PWD", directory))
        interpreter = ShellInterpreter(host: self, files: files, environment: environment)
        interpreter.workingDirectory = directory.split(separator: "/").map(String.init)
    }

    // MARK: AttachedProgram

    var prompt: String {
        guard tty else { return "" }
        let directory = interpreter.currentDirectoryPath
        let home = interpreter.value(of: "HOME") ?? "/root"
        let shown = directory == home ? "~" : (directory.hasPrefix(home + "/") ? "~" + directory.dropFirst(home.count) : directory)
        switch flavour {
        case .ash: return "\(shown) # "
        case .dash: return "# "
        case .bash: return "root@\(podName.split(separator: ".").first.map(String.init) ?? podName):\(shown)# "
        }
    }

    func run(line: String, io: ShellIO) -> AttachedLineOutcome {
        lineNumber += 1
        guard isContainerRunning() else { return .ended(137) }
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return .running(interpreter.lastStatus) }
        let status = interpreter.run(line: line, io: translating(io))
        if let code = exitRequest { return .ended(code) }
        return .running(status)
    }

    func endOfInput(io: ShellIO) -> Int32 {
        switch flavour {
        case .bash: io.stdout("exit\n")
        case .ash, .dash: io.stdout("\n")
        }
        return interpreter.lastStatus
    }

    func completions(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        PodShellCompletion.complete(line: line, cursor: cursor, commands: PodShellCommands.names(for: image), files: files,
                                    directory: interpreter.currentDirectoryPath)
    }

    // MARK: ShellCommandHost

    func run(_ argv: [String], stdin: String?, io: ShellIO, shell: ShellInterpreter) -> Int32 {
        guard let name = argv.first else { return 0 }
        if name == "exit" {
            let code = argv.count > 1 ? Int32(truncatingIfNeeded: Int(argv[1]) ?? 2) & 0xFF : shell.lastStatus
            if flavour == .bash { io.stderr("exit\n") }
            exitRequest = code
            return code
        }
        nextPID += 1
        return PodShellCommands(shell: self, io: io, stdin: stdin).run(argv)
    }

    func commandPath(_ name: String) -> String? {
        PodShellCommands.names(for: image).contains(name) ? (image.userland == .busybox ? "/bin/\(name)" : "/usr/bin/\(name)") : nil
    }

    /// The process id the next command gets (for `ps`).
    var currentPID: Int { nextPID }

    /// The message for a command the image does not have.
    func notFound(_ name: String) -> String {
        switch flavour {
        case .ash: return "sh: \(name): not found"
        case .dash: return "sh: \(lineNumber): \(name): not found"
        case .bash: return "bash: \(name): command not found"
        }
    }

    /// The pod as it is now, when its container still runs.
    func currentPod() -> Pod? { cluster.store.get(Pod.self, namespace: namespace, name: podName) }

    private func isContainerRunning() -> Bool {
        guard let pod = currentPod(), !["Succeeded", "Failed"].contains(pod.status.phase ?? "") else { return false }
        return (try? cluster.exec(namespace: namespace, pod: podName, container: container, command: ["true"])) != nil
    }

    /// Rewords the tutorial shell's bash/GNU messages as this container's shell and tools word them.
    private func translating(_ io: ShellIO) -> ShellIO {
        ShellIO(stdout: io.stdout, stderr: { [flavour, image, lineNumber] text in
            io.stderr(PodShellMessages.translate(text, flavour: flavour, userland: image.userland, line: lineNumber))
        }, interruption: io.interruption, clearScreen: io.clearScreen)
    }
}

/// The wording of a container shell's messages, from the tutorial shell's bash and GNU wording.
enum PodShellMessages {
    static func translate(_ text: String, flavour: PodShellFlavour, userland: ImageUserland, line: Int) -> String {
        let lines = text.components(separatedBy: "\n")
        return lines.map { translateLine($0, flavour: flavour, userland: userland, line: line) }.joined(separator: "\n")
    }

    private static func translateLine(_ text: String, flavour: PodShellFlavour, userland: ImageUserland, line: Int) -> String {
        var text = text
        if userland == .busybox {
            if text.hasPrefix("cat: "), text.hasSuffix(": No such file or directory") {
                let path = text.dropFirst(5).dropLast(": No such file or directory".count)
                text = "cat: can't open '\(path)': No such file or directory"
            } else if text.hasPrefix("ls: cannot access '"), let end = text.range(of: "': ") {
                let path = text[text.index(text.startIndex, offsetBy: 19)..<end.lowerBound]
                text = "ls: \(path): \(text[end.upperBound...])"
            }
        }
        guard flavour != .bash, text.hasPrefix("bash: ") else { return text }
        var rest = String(text.dropFirst(6))
        if rest.hasPrefix("cd: "), let colon = rest.dropFirst(4).range(of: ": ") {
            let target = rest.dropFirst(4)[..<colon.lowerBound]
            rest = "cd: can't cd to \(target): \(rest[colon.upperBound...])"
        }
        return flavour == .dash ? "sh: \(line): \(rest)" : "sh: \(rest)"
    }
}
