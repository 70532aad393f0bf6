import Foundation
import KubeCluster
import KubeCtl
import RealCluster

/// A lesson world on the learner's real cluster: the shell is the same tutorial shell, but its kubectl is the
/// host's, the setup objects are applied for real in the lesson namespace, and the cluster the checks read
/// is a mirror refreshed from the API after every line. What only the simulator can do (fast-forwarding
/// time, node failures, HTTP to NodePorts) is said plainly.
extension LessonWorld {
    static func buildOnRealCluster(_ lesson: Lesson, options: Options, link: RealClusterLink) throws -> LessonWorld {
        let kubectl = KubectlSession(cluster: link.mirror.cluster, profile: lesson.profile, files: options.files)
        let world = LessonWorld(lesson: lesson, shell: TutorialShell(kubectl: kubectl), link: link)
        world.syncKubeconfig()
        if !lesson.setup.images.isEmpty {
            let names = lesson.setup.images.map(\.name).joined(separator: ", ")
            world.notices.append("This lesson uses images that exist only in kubetutor's simulator (\(names)); "
                + "on a real cluster their pods cannot pull them unless you provide them.")
        }
        for manifest in lesson.setup.manifests { try world.applyForReal(manifest, namespace: link.namespace.name) }
        try SetupBuilder.placeFiles(lesson.setup.files, in: options.files)
        for command in lesson.setup.commands { world.runQuietly(command) }
        world.performOnRealCluster(lesson.setup.events + (lesson.setup.wait > 0 ? [.wait(lesson.setup.wait)] : []),
                                   say: { world.notices.append($0) })
        world.refreshMirror()
        return world
    }

    /// Applies one setup manifest with the host kubectl, in the lesson namespace whatever the manifest says.
    private func applyForReal(_ manifest: SetupManifest, namespace: String) throws {
        guard let link, let kind = manifest.object["kind"]?.stringValue, let type = KindRegistry.type(forKind: kind) else {
            throw SetupError(location: manifest.location, message: SetupBuilder.problem(with: manifest.object) ?? "unknown kind")
        }
        guard type.isNamespaced else {
            notices.append("The setup's \(kind) was not created: on a real cluster kubetutor only creates objects inside the lesson namespace.")
            return
        }
        var object = manifest.object
        if case .object(var members) = object, case .object(var metadata)? = members["metadata"] {
            metadata["namespace"] = .string(namespace)
            members["metadata"] = .object(metadata)
            object = .object(members)
        }
        let result = link.kubectl.capture(["apply", "-f", "-"], stdin: object.jsonText())
        guard result.status == 0 else {
            throw SetupError(location: manifest.location, message: "creating \(kind) on the cluster: \(result.err.trimmingCharacters(in: .newlines))")
        }
    }

    /// What happens as a step begins, on a real cluster: waits are waited for real (a step with a fault is
    /// skipped, and says so, by the session).
    func beginOnRealCluster(_ step: LessonStep) {
        let waits = step.onStart.filter { if case .wait = $0 { return true } else { return false } }
        performOnRealCluster(waits, say: { self.notices.append($0) })
    }

    /// Waits for real (with progress lines); says plainly that node failures cannot be caused.
    func performOnRealCluster(_ events: [ClusterEvent], say: @escaping (String) -> Void) {
        guard let link else { return }
        let say = link.report ?? say
        for event in events {
            switch event {
            case .wait(let seconds):
                say("Waiting \(RealClusterTexts.duration(seconds)) of real time for the cluster…\n")
                link.wait(seconds, say)
            case .nodeDown(let node), .nodeUp(let node):
                say(RealClusterTexts.cannotFailNodes(node))
            }
        }
    }

    /// Reads the cluster's state into the mirror and the lesson kubeconfig's context and namespace into the
    /// shell's kubeconfig (the prompt and the `context` checks follow them). Returns kubectl's complaint, if any.
    @discardableResult
    func refreshMirror() -> String? {
        guard let link else { return nil }
        syncKubeconfig()
        let problem = link.refresh(also: mentionedNamespaces)
        cluster.advance(by: 0)
        return problem
    }

    /// Copies the lesson kubeconfig's current context and namespace into the shell's kubeconfig.
    func syncKubeconfig() {
        guard let link else { return }
        let position = link.position
        var config = shell.kubectl.config
        guard var entry = config.current ?? config.contexts.first else { return }
        entry.name = position.context
        entry.namespace = position.namespace
        config.contexts = [entry]
        config.currentContext = position.context
        shell.kubectl.config = config
    }

    /// Namespaces the lesson's checks and questions name besides its own (`kube-system` in the cluster tour).
    var mentionedNamespaces: [String] {
        var found: [String] = []
        func note(_ name: String?) { if let name, !name.isEmpty, !found.contains(name), name != lesson.namespace { found.append(name) } }
        func visit(_ check: Check) {
            switch check.kind {
            case .exists(let ref), .absent(let ref), .field(let ref, _, _), .condition(let ref, _, _): note(ref.namespace)
            case .count(let query, _): note(query.objects.namespace)
            case .endpoints(_, let namespace, _), .rolledOut(_, let namespace), .revision(_, let namespace, _), .reached(_, let namespace, _):
                note(namespace)
            case .all(let checks), .any(let checks): checks.forEach(visit)
            case .not(let inner): visit(inner)
            case .event, .command, .answered, .context: break
            }
        }
        for step in lesson.steps {
            step.checks.forEach(visit)
            for mistake in step.mistakes { if case .state(let check) = mistake.trigger { visit(check) } }
            switch step.question?.answer {
            case .field(let ref, _)?, .firstEvent(let ref)?: note(ref.namespace)
            case .count(let query)?: note(query.objects.namespace)
            default: break
            }
        }
        return found
    }
}

/// The plain words kubetutor uses for what a real cluster cannot do on demand.
enum RealClusterTexts {
    static func duration(_ seconds: Double) -> String {
        seconds >= 60 && seconds.truncatingRemainder(dividingBy: 60) == 0 ? "\(Int(seconds / 60))m" : "\(Int(seconds))s"
    }

    static func cannotFailNodes(_ node: String) -> String {
        "On a real cluster kubetutor cannot switch a node (\(node)) off or on: the simulator does that for this lesson.\n"
    }

    /// Why step `index` of `lesson` cannot be done on a real cluster, if it cannot, and whether its solution
    /// is still worth running (the kubectl lines of a step that only lacks an HTTP request from here).
    static func unsupported(_ lesson: Lesson, step index: Int) -> (reason: String, playSolution: Bool)? {
        guard lesson.steps.indices.contains(index) else { return nil }
        var down: [String] = []
        for earlier in lesson.steps.prefix(index) {
            for event in earlier.onStart {
                if case .nodeDown(let node) = event { down.append(node) }
                if case .nodeUp(let node) = event { down.removeAll { $0 == node } }
            }
        }
        let step = lesson.steps[index]
        for event in step.onStart {
            if case .nodeDown(let node) = event {
                return ("This step needs the node \(node) to fail, which kubetutor can only do in its simulator: skipped on a real cluster.", false)
            }
            if case .nodeUp(let node) = event {
                return ("This step brings the node \(node) back after a failure kubetutor can only cause in its simulator: skipped on a real cluster.", false)
            }
        }
        if let node = down.first {
            return ("This step happens while the node \(node) is down, a failure kubetutor can only cause in its simulator: skipped on a real cluster.", false)
        }
        if step.checks.contains(where: needsHTTPFromHere) {
            return ("This step wants an HTTP request from your computer to the Service (through a NodePort), which kubetutor "
                + "does not send on a real cluster: skipped (its kubectl lines run for you). Try it yourself with "
                + "`kubectl port-forward` in another terminal.", true)
        }
        return nil
    }

    private static func needsHTTPFromHere(_ check: Check) -> Bool {
        switch check.kind {
        case .reached(_, _, let via): return via == .nodePort
        case .all(let checks): return checks.contains(where: needsHTTPFromHere)
        case .any(let checks): return checks.allSatisfy(needsHTTPFromHere)
        case .not: return false
        default: return false
        }
    }

    /// What `curl`, `wget`, `minikube`, `kind`, `docker` and `watch` say on a real cluster.
    static func notHere(_ program: String) -> String {
        switch program {
        case "curl", "wget":
            return "\(program): on a real cluster kubetutor does not send HTTP requests for you (the simulator pretends to). "
                + "Run \(program) in your own terminal, through `kubectl port-forward`, or from a pod with `kubectl exec POD -- \(program) URL`.\n"
        case "minikube", "kind", "docker":
            return "\(program): on a real cluster kubetutor runs only kubectl; run \(program) in your own terminal if your cluster is one.\n"
        default:
            return "\(program): not available on a real cluster in kubetutor; run it in your own terminal.\n"
        }
    }
}
