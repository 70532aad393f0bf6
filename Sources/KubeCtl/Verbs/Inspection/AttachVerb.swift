import KubeCluster

/// `kubectl attach (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t]`: connects to a container's main process. When
/// that process is a shell reading its input (`kubectl run -it … -- sh`), `-i` attaches the learner's
/// terminal to it; otherwise its output so far is shown, as attaching would stream it.
enum AttachVerb {
    static func run(_ context: VerbContext) -> Int32 {
        let invocation = context.invocation
        let arguments = invocation.arguments
        guard !arguments.isEmpty else { return context.fail("at least 1 argument is required for attach") }
        guard arguments.count <= 2 else {
            return context.fail("expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw \(arguments.count): "
                + "[\(arguments.joined(separator: " "))]")
        }
        let target = arguments.count == 2 ? "\(arguments[0])/\(arguments[1])" : arguments[0]
        let quiet = invocation.bool("quiet")
        let pod: Pod
        switch PodSelection.pod(for: target, namespace: context.namespace, cluster: context.cluster, preference: .active,
                                timeout: invocation.duration("pod-running-timeout").seconds,
                                selectorFailure: { "cannot attach to \($0): \($1)" }) {
        case .pod(let found, _): pod = found
        case .message(let text): return context.fail(text)
        case .apiError(let error): return context.fail(error)
        }
        if pod.status.phase == "Succeeded" || pod.status.phase == "Failed" {
            return context.fail("cannot attach a container in a completed pod; current phase is \(pod.status.phase ?? "")")
        }
        var name = invocation.string("container")
        if name.isEmpty {
            guard let chosen = PodSelection.defaultContainer(of: pod, notice: { if !quiet { context.errorLine($0) } }) else {
                return context.fail("cannot attach to the container: pod \(pod.namespace)/\(pod.name) does not have any containers")
            }
            name = chosen
        }
        guard let container = pod.spec.allContainers.first(where: { $0.name == name }) else {
            return context.fail("cannot attach to the container: container \(name) not found in pod \(pod.name)")
        }
        var tty = invocation.bool("tty")
        if tty && container.tty != true {
            tty = false
            if !quiet { context.errorLine("error: Unable to use a TTY - container \(name) did not allocate one") }
        } else if !tty && container.tty == true {
            tty = true
        }
        if !quiet { context.errorLine("If you don't see a command prompt, try pressing enter.") }
        let stdin = invocation.bool("stdin")
        if stdin, context.stdin == nil,
           PodShellLauncher.attachMain(session: context.session, pod: pod, container: container, tty: tty, finish: { status, io in
               if !quiet && tty {
                   io.stdout("Session ended, resume using 'kubectl attach \(pod.name) -c \(name) -i -t' command when the pod is running\n")
               }
               return status
           }) {
            return 0
        }
        for line in (try? context.cluster.logs(namespace: pod.namespace, pod: pod.name, container: name)) ?? [] {
            if line.stream == .stderr { context.errorLine(line.text) } else { context.line(line.text) }
        }
        return 0
    }
}
