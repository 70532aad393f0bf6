import Foundation
import KubeCluster

/// The programs a `PodShell` runs that are not shell builtins: `hostname`, `ps`, `curl`/`wget`,
/// `nslookup`, `sleep`, `mkdir`, `touch`, and whatever the container's simulated program model answers
/// (`date`, `printf`, …). A program the image does not ship gets the shell's `not found` (status 127).
struct PodShellCommands {
    let shell: PodShell
    let io: ShellIO
    let stdin: String?

    /// Programs offered to Tab completion and `which`.
    static func names(for image: ContainerImageFacts) -> [String] {
        var names = ["cat", "cd", "date", "echo", "env", "exit", "grep", "head", "hostname", "id", "ls", "mkdir", "printenv",
                     "pwd", "rm", "sleep", "sort", "tail", "touch", "uname", "wc", "whoami"]
        if image.hasPS { names.append("ps") }
        if image.userland == .busybox { names += ["nslookup", "wget"] }
        if image.userland == .debian || image.repository.contains("curl") { names.append("curl") }
        if image.distribution != .busybox && image.distribution != .alpine { names.append("bash") }
        return names.sorted()
    }

    func run(_ argv: [String]) -> Int32 {
        let name = (argv[0] as NSString).lastPathComponent
        let arguments = Array(argv.dropFirst())
        switch name {
        case "hostname":
            out(shell.podName)
        case "whoami":
            out("root")
        case "id":
            out("uid=0(root) gid=0(root) groups=0(root)\(shell.image.userland == .busybox ? ",10(wheel)" : "")")
        case "uname":
            out(arguments.contains("-a") ? "Linux \(shell.podName) 6.8.0-1019-gcp #21-Ubuntu SMP x86_64 GNU/Linux"
                : (arguments.contains("-r") ? "6.8.0-1019-gcp" : "Linux"))
        case "printenv":
            return printenv(arguments)
        case "sleep":
            return sleep(arguments)
        case "mkdir":
            return mkdir(arguments)
        case "touch":
            return touch(arguments)
        case "clear":
            io.clear()
        case "curl", "wget":
            return http(argv)
        case "nslookup":
            guard shell.image.userland == .busybox else { return notFound(argv[0]) }
            return NameLookup(shell: shell, io: io).run(arguments)
        case "ps":
            guard shell.image.hasPS else { return notFound(argv[0]) }
            return ProcessListing(shell: shell).print(arguments, io: io)
        case "sh", "ash", "bash", "dash":
            return nestedShell(name: name, arguments: arguments)
        case "kubectl", "minikube", "kind", "docker", "vi", "vim", "nano", "apt", "apt-get", "apk", "top", "ping", "ip", "netstat":
            return notFound(argv[0])
        default:
            return viaContainer(argv)
        }
        return 0
    }

    private func out(_ line: String) { io.stdout(line + "\n") }

    private func notFound(_ name: String) -> Int32 {
        io.stderr(shell.notFound(name) + "\n")
        return 127
    }

    private func printenv(_ names: [String]) -> Int32 {
        let environment = shell.interpreter.exportedEnvironment
        guard !names.isEmpty else {
            environment.forEach { out("\($0.name)=\($0.value)") }
            return 0
        }
        var status: Int32 = 0
        for name in names {
            if let value = environment.first(where: { $0.name == name })?.value { out(value) } else { status = 1 }
        }
        return status
    }

    private func sleep(_ arguments: [String]) -> Int32 {
        guard let operand = arguments.first, let seconds = SleepCommand.seconds(operand) else {
            io.stderr(shell.image.userland == .busybox ? "sleep: invalid number '\(arguments.first ?? "")'\n"
                : "sleep: missing operand\nTry 'sleep --help' for more information.\n")
            return 1
        }
        shell.cluster.advance(by: min(seconds, 86_400))
        return 0
    }

    private func mkdir(_ arguments: [String]) -> Int32 {
        var status: Int32 = 0
        let parents = arguments.contains("-p")
        for path in arguments where !path.hasPrefix("-") {
            do {
                if parents {
                    var partial = path.hasPrefix("/") ? "" : "."
                    for component in path.split(separator: "/") {
                        partial += "/" + component
                        if try shell.interpreter.fileKind(partial) == nil { try shell.files.makeDirectory(shell.interpreter.sessionPath(partial)) }
                    }
                } else if try shell.interpreter.fileKind(path) != nil {
                    io.stderr("mkdir: \(shell.image.userland == .busybox ? "can't create directory '\(path)'" : "cannot create directory '\(path)'"): File exists\n")
                    status = 1
                } else {
                    try shell.files.makeDirectory(shell.interpreter.sessionPath(path))
                }
            } catch let failure as SessionFileError {
                let verb = shell.image.userland == .busybox ? "can't create directory" : "cannot create directory"
                io.stderr("mkdir: \(verb) '\(path)': \(failure.reason)\n")
                status = 1
            } catch {
                status = 1
            }
        }
        return status
    }

    private func touch(_ arguments: [String]) -> Int32 {
        var status: Int32 = 0
        for path in arguments where !path.hasPrefix("-") {
            do {
                if try shell.interpreter.fileKind(path) == nil { try shell.interpreter.writeFile(path, "") }
            } catch let failure as SessionFileError {
                io.stderr("touch: \(path): \(failure.reason)\n")
                status = 1
            } catch {
                status = 1
            }
        }
        return status
    }

    private func http(_ argv: [String]) -> Int32 {
        guard let tool = HTTPToolInvocation(argv), let pod = shell.currentPod(),
              tool.available(in: pod, container: shell.container, cluster: shell.cluster) else {
            return notFound(argv[0])
        }
        return tool.run(in: pod, cluster: shell.cluster, io: io)
    }

    private func nestedShell(name: String, arguments: [String]) -> Int32 {
        let isBash = name == "bash"
        if isBash && (shell.image.distribution == .busybox || shell.image.distribution == .alpine) { return notFound(name) }
        if let flag = arguments.firstIndex(of: "-c"), flag + 1 < arguments.count {
            return shell.interpreter.run(line: arguments[flag + 1], io: io)
        }
        return 0
    }

    /// Anything else: the container's simulated program model answers, or the image lacks the program.
    private func viaContainer(_ argv: [String]) -> Int32 {
        let result: ExecResult
        do {
            result = try shell.cluster.exec(namespace: shell.namespace, pod: shell.podName, container: shell.container, command: argv)
        } catch {
            return notFound(argv[0])
        }
        if result.exitCode == 126 || result.exitCode == 127, result.stdout.isEmpty {
            return notFound(argv[0])
        }
        if !result.stdout.isEmpty { io.stdout(result.stdout.map { $0 + "\n" }.joined()) }
        if !result.stderr.isEmpty { io.stderr(result.stderr.map { $0 + "\n" }.joined()) }
        return result.exitCode
    }
}
