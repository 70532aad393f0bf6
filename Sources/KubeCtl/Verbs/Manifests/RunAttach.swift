import KubeCluster

extension RunVerb {
    /// `run -i`/`--attach` (with `--rm`): waits for the pod to run and shows its output. Without a terminal
    /// (`-t`) it waits for the container to finish when the restart policy lets it and returns its exit code,
    /// as kubectl does; with one, a shell as the main process attaches to the learner's terminal (see
    /// `PodShellLauncher.attachMain`), and anything else shows its output so far. `--rm` then deletes the pod.
    func attachAndClean(_ status: Int32) -> Int32 {
        let cluster = context.cluster
        let namespace = context.namespace
        let podName = name
        func pod() -> Pod? { cluster.store.get(Pod.self, namespace: namespace, name: podName) }
        func finished() -> Bool { ["Succeeded", "Failed"].contains(pod()?.status.phase ?? "") }
        func running() -> Bool {
            guard let current = pod() else { return true }
            return finished() || current.status.condition("Ready")?.status == "True"
        }
        let timeout = context.invocation.duration("pod-running-timeout").seconds
        _ = cluster.advance(upTo: timeout > 0 ? timeout : 60, until: running)
        var exitStatus = status
        var failure: String?
        let tty = context.invocation.bool("tty")
        if !finished(), pod() != nil {
            if tty {
                context.errorLine("If you don't see a command prompt, try pressing enter.")
                if context.stdin == nil, let current = pod(), let spec = current.spec.containers.first,
                   PodShellLauncher.attachMain(session: context.session, pod: current, container: spec, tty: true,
                                               finish: sessionEnded(container: spec.name)) {
                    return status
                }
                let advice = context.invocation.bool("rm")
                    ? "Start it without --rm and run commands in it with kubectl exec \(podName) -- COMMAND."
                    : "Run commands in it with kubectl exec \(podName) -- COMMAND."
                context.errorLine("(kubetutor cannot attach your terminal to the container, so its output so far is shown "
                    + "instead. \(advice))")
            } else if !context.invocation.bool("leave-stdin-open") && restart != "Always" {
                _ = cluster.advance(upTo: context.session.followLimit, until: {
                    restart == "OnFailure" ? pod()?.status.phase == "Succeeded" : finished()
                })
            }
        }
        printLogs()
        if let current = pod(), current.status.phase == "Failed", restart != "Always" {
            let terminated = current.status.containerStatuses?.first?.state.terminated
            if let code = terminated?.exitCode, code != 0 {
                failure = "pod \(namespace)/\(podName) terminated (\(terminated?.reason ?? ""))\n\(terminated?.message ?? "")"
                exitStatus = code
            } else {
                failure = "pod \(namespace)/\(podName) failed with unknown exit code"
                exitStatus = 1
            }
        }
        if context.invocation.bool("rm") { removeCreated() }
        if let failure { context.io.stderr(failure.hasSuffix("\n") ? failure : failure + "\n") }
        return exitStatus
    }

    /// What kubectl prints when the attached shell ends: how to attach again, then with `--rm` the deletion.
    private func sessionEnded(container: String) -> (Int32, ShellIO) -> Int32 {
        let cluster = context.cluster
        let key = ObjectKey(namespace: context.namespace, name: name)
        let remove = context.invocation.bool("rm")
        let exposed = context.invocation.bool("expose")
        let podName = name
        return { status, io in
            io.stdout("Session ended, resume using 'kubectl attach \(podName) -c \(container) -i -t' command when the pod is running\n")
            guard remove else { return status }
            if cluster.store.get(Pod.self, key) != nil, (try? cluster.api.delete(Pod.self, key)) != nil {
                _ = cluster.advance(upTo: 120) { cluster.store.get(Pod.self, key) == nil }
                io.stdout("pod \"\(podName)\" deleted\n")
            }
            if exposed, cluster.store.get(Service.self, key) != nil, (try? cluster.api.delete(Service.self, key)) != nil {
                io.stdout("service \"\(podName)\" deleted\n")
            }
            return status
        }
    }

    /// The container's log so far (what attaching would have shown).
    private func printLogs() {
        guard let lines = try? context.cluster.logs(namespace: context.namespace, pod: name) else { return }
        for line in lines {
            if line.stream == .stderr { context.errorLine(line.text) } else { context.line(line.text) }
        }
    }

    /// `--rm`: deletes the pod (and the `--expose` service) and prints kubectl's deletion lines.
    private func removeCreated() {
        let cluster = context.cluster
        let key = ObjectKey(namespace: context.namespace, name: name)
        if cluster.store.get(Pod.self, key) != nil, (try? cluster.api.delete(Pod.self, key)) != nil {
            context.line("pod \"\(name)\" deleted")
        }
        if context.invocation.bool("expose"), cluster.store.get(Service.self, key) != nil,
           (try? cluster.api.delete(Service.self, key)) != nil {
            context.line("service \"\(name)\" deleted")
        }
    }
}
