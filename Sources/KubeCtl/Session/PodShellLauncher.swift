import Foundation
import KubeCluster

/// Opens `PodShell`s for `kubectl exec -i … -- sh`, `kubectl attach -it` and `kubectl run -it`: checks that
/// the image has the shell, then either attaches it to the learner's terminal or feeds it piped input.
enum PodShellLauncher {
    /// The shell an exec command starts (`sh`, `/bin/bash`, `bash -l`), or nil for any other command.
    static func shellName(_ command: [String]) -> String? {
        guard let first = command.first, ExecVerb.shells.contains(first) else { return nil }
        guard command.dropFirst().allSatisfy({ ["-l", "-i", "-il", "-li", "--login"].contains($0) }) else { return nil }
        return (first as NSString).lastPathComponent
    }

    /// The flavour of `shell` in a container of this image.
    static func flavour(_ shell: String, image: ContainerImageFacts) -> PodShellFlavour {
        if shell == "bash" { return .bash }
        return image.userland == .busybox ? .ash : .dash
    }

    /// `kubectl exec -i[t] POD -- sh`: attaches the shell, or runs the piped input through it.
    static func exec(_ context: VerbContext, pod: Pod, container: String, shell: String, command: [String]) -> Int32 {
        let probe: ExecResult
        do {
            probe = try context.cluster.exec(namespace: pod.namespace, pod: pod.name, container: container, command: [command[0]])
        } catch let error as APIError {
            if error.message.hasPrefix("unable to upgrade connection") { return context.fail(error.message) }
            return context.fail(error)
        } catch {
            return context.fail("\(error)")
        }
        guard probe.exitCode == 0, let spec = pod.spec.allContainers.first(where: { $0.name == container }) else {
            if !probe.stderr.isEmpty { context.io.stderr(probe.stderr.map { $0 + "\n" }.joined()) }
            return ExecVerb.finish(context, status: probe.exitCode == 0 ? 1 : probe.exitCode)
        }
        let tty = context.invocation.bool("tty")
        let image = ContainerImageFacts(container: spec, cluster: context.cluster)
        if let script = context.stdin {
            if tty { context.errorLine("Unable to use a TTY - input is not a terminal or the right kind of file") }
            let podShell = PodShell(session: context.session, pod: pod, container: spec, flavour: flavour(shell, image: image), tty: false)
            return ExecVerb.finish(context, status: podShell.runScript(script, io: context.io))
        }
        let podShell = PodShell(session: context.session, pod: pod, container: spec, flavour: flavour(shell, image: image), tty: tty)
        context.session.attachment = ProgramAttachment(program: podShell) { status, io in
            guard status != 0 else { return 0 }
            io.stderr("command terminated with exit code \(status)\n")
            return status
        }
        return 0
    }

    /// Attaches to a container whose main process is an interactive shell (`kubectl run -it … -- sh`,
    /// `kubectl attach -it`); nil when the main process is not a shell reading its input.
    /// `finish` prints the command's closing lines once the shell ends.
    static func attachMain(session: KubectlSession, pod: Pod, container spec: Container, tty: Bool,
                           finish: @escaping (Int32, ShellIO) -> Int32) -> Bool {
        let image = ContainerImageFacts(container: spec, cluster: session.cluster)
        guard spec.stdin == true, let main = image.mainCommand.first, image.mainCommand.count == 1,
              let shell = shellName([main]) else { return false }
        let podShell = PodShell(session: session, pod: pod, container: spec, flavour: flavour(shell, image: image),
                                tty: tty && spec.tty == true, shellPID: 1)
        session.attachment = ProgramAttachment(program: podShell, finish: finish)
        return true
    }
}

extension PodShell {
    /// Runs piped input (no terminal, no prompts) and returns the status of the last command or of `exit`.
    func runScript(_ script: String, io: ShellIO) -> Int32 {
        var status: Int32 = 0
        var pending = ""
        for line in script.components(separatedBy: "\n") {
            pending += pending.isEmpty ? line : "\n" + line
            guard ShellScriptReader.isComplete(pending) else { continue }
            defer { pending = "" }
            switch run(line: pending, io: io) {
            case .running(let code): status = code
            case .ended(let code): return code
            }
        }
        return status
    }
}
