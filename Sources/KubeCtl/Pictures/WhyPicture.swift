import KubeCluster

/// `why POD`: the diagnosis printed as a short report, or — when there is no such pod — what the
/// name probably meant (a Deployment's name, a pod in another namespace, a near miss).
enum WhyPicture {
    /// The report for `name` in `namespace`; `failed` is true when no pod could be found.
    static func explain(_ name: String, namespace: String, currentNamespace: String, cluster: Cluster, isKind: Bool,
                        style: PictureStyle) -> (text: String, failed: Bool) {
        guard let pod = cluster.store.get(Pod.self, namespace: namespace, name: name) else {
            return (notFound(name, namespace: namespace, cluster: cluster, style: style), true)
        }
        let diagnosis = PodDiagnostician(pod: pod, cluster: cluster, currentNamespace: currentNamespace, isKind: isKind).diagnose()
        return (render(diagnosis, pod: pod, style: style), false)
    }

    static func render(_ diagnosis: PodDiagnosis, pod: Pod, style: PictureStyle) -> String {
        let role: PictureStyle.Role
        switch diagnosis.severity {
        case .fine: role = .good
        case .waiting: role = .warn
        case .broken: role = .bad
        }
        var lines = [style.paint("pod/\(pod.name)", .strong) + ": " + style.paint(diagnosis.state, role)]
        lines += diagnosis.explanation.map { "  " + $0 }
        lines += diagnosis.evidence.filter { !$0.isEmpty }.map { "  " + style.paint($0, .dim) }
        for (index, command) in diagnosis.next.enumerated() {
            lines.append((index == 0 ? "next: " : "      ") + style.paint(command, .command))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func notFound(_ name: String, namespace: String, cluster: Cluster, style: PictureStyle) -> String {
        var lines = ["Error from server (NotFound): pods \"\(name)\" not found"]
        if let deployment = cluster.store.get(Deployment.self, namespace: namespace, name: name) {
            let pods = RolloutSets.pods(of: deployment, in: cluster).map(\.name)
            lines.append("\(name) is a Deployment, not a pod: its pods have generated names"
                + (pods.isEmpty ? " (it has none right now)." : ":"))
            lines += pods.prefix(5).map { "  " + style.paint("why \($0)", .command) }
            return lines.joined(separator: "\n") + "\n"
        }
        let elsewhere = cluster.store.list(Pod.self).filter { $0.name == name && $0.namespace != namespace }
        if let other = elsewhere.first {
            lines.append("there is no pod \(name) in namespace \(namespace), but there is one in namespace \(other.namespace):")
            lines.append("  " + style.paint("why \(name) -n \(other.namespace)", .command))
            return lines.joined(separator: "\n") + "\n"
        }
        let stem = name.contains("-") ? String(name[..<(name.lastIndex(of: "-") ?? name.endIndex)]) + "-" : name
        let near = cluster.store.list(Pod.self).filter { $0.name.hasPrefix(name) || $0.name.hasPrefix(stem) }
            .sorted { ($0.namespace == namespace ? 0 : 1, $0.namespace, $0.name) < ($1.namespace == namespace ? 0 : 1, $1.namespace, $1.name) }
        if !near.isEmpty {
            lines.append("pods with similar names:")
            lines += near.prefix(5).map { pod in
                "  " + style.paint("why \(pod.name)" + (pod.namespace == namespace ? "" : " -n \(pod.namespace)"), .command)
            }
        } else {
            lines.append("list the pods first: " + style.paint("kubectl get pods -n \(namespace)", .command)
                + " (or -A for every namespace)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension PodDiagnostician {
    /// The pod's events, newest last.
    func events() -> [Event] {
        cluster.store.list(Event.self, namespace: pod.namespace)
            .filter { $0.involvedObject.kind == "Pod" && $0.involvedObject.name == pod.name
                && ($0.involvedObject.uid == nil || $0.involvedObject.uid == pod.metadata.uid) }
            .sorted { ($0.lastTimestamp, $0.metadata.nameValue) < ($1.lastTimestamp, $1.metadata.nameValue) }
    }

    /// `Reason: message` of the newest event with `reason`.
    func lastEvent(reason: String) -> String? {
        events().last { $0.reason == reason }.map { "\($0.reason ?? ""): \($0.message ?? "")" }
    }

    /// `Reason: message` of the newest event whose message contains `text`.
    func lastEvent(containing text: String) -> String? {
        events().last { ($0.message ?? "").contains(text) }.map { "\($0.reason ?? ""): \($0.message ?? "")" }
    }

    /// The Deployment owning the pod through its ReplicaSet, if any.
    func deploymentName() -> String? {
        guard let owner = pod.metadata.controllerReference, owner.kind == "ReplicaSet",
              let set = cluster.store.get(ReplicaSet.self, namespace: pod.namespace, name: owner.name) else { return nil }
        return set.metadata.controllerReference.flatMap { $0.kind == "Deployment" ? $0.name : nil }
    }

    /// The text in double quotes right after `prefix` in `message` (`configmap "x" not found` → `x`).
    func quoted(after prefix: String, in message: String) -> String? {
        guard let start = message.range(of: prefix + "\"") else { return nil }
        let rest = message[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// `1m20s` out of `back-off 1m20s restarting failed container=…`.
    func backOffDelay(_ message: String) -> String? {
        guard message.hasPrefix("back-off ") else { return nil }
        return message.dropFirst("back-off ".count).split(separator: " ").first.map(String.init)
    }

    /// The port number a probe checks, resolving named ports against the container.
    func probePort(_ probe: Probe, container: Container?) -> Int32? {
        guard let port = probe.httpGet?.port ?? probe.tcpSocket?.port else { return nil }
        switch port {
        case .int(let number): return number
        case .string(let name): return container?.ports?.first { $0.name == name }?.containerPort ?? Int32(name)
        }
    }
}
