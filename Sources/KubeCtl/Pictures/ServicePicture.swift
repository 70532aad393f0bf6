import KubeCluster

/// `draw service NAME`: the Service, its ports, and the tree of endpoints → pods → nodes behind it, each
/// marked ready or not; when nothing is behind it, the pods whose labels almost match.
enum ServicePicture {
    static func draw(_ service: Service, cluster: Cluster, style: PictureStyle) -> String {
        var lines = header(service, style: style)
        guard let selector = service.spec.selector, !selector.isEmpty else {
            lines.append(PictureGlyph.lastBranch + "(no selector: its endpoints are whatever someone writes into "
                + "endpoints/\(service.name) by hand)")
            return lines.joined(separator: "\n") + "\n"
        }
        let matching = cluster.store.list(Pod.self, namespace: service.namespace).filter { pod in
            selector.allSatisfy { pod.metadata.labelMap[$0.key] == $0.value }
        }
        let rows = matching.map { row(for: $0, service: service, cluster: cluster, style: style) }
        if rows.isEmpty {
            lines += emptyExplanation(service, selector: selector, cluster: cluster, style: style)
            return lines.joined(separator: "\n") + "\n"
        }
        let laidOut = PictureText.columns(rows.map(\.cells))
        for (index, text) in laidOut.enumerated() {
            let last = index == laidOut.count - 1
            lines.append((last ? PictureGlyph.lastBranch : PictureGlyph.branch) + text)
            for note in rows[index].notes {
                lines.append((last ? PictureGlyph.gap : PictureGlyph.pipe) + "    " + style.paint(note, .dim))
            }
        }
        let ready = rows.filter(\.isReady).count
        let answering = rows.filter { $0.isReady && !$0.refuses }.count
        lines.append("")
        var summary = "\(ready) of \(rows.count) matching pod\(rows.count == 1 ? "" : "s") receive traffic"
        if answering < ready { summary += ", but \(ready - answering) refuse\(ready - answering == 1 ? "s" : "") it (wrong targetPort?)" }
        lines.append(style.paint(summary, answering == 0 ? .bad : (answering == rows.count ? .good : .warn)))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func header(_ service: Service, style: PictureStyle) -> [String] {
        let type = service.spec.type ?? "ClusterIP"
        let selector = (service.spec.selector ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        var lines = [style.paint("service/\(service.name)", .strong) + "  \(type) \(service.spec.clusterIP ?? "<none>")"
            + "  selector " + (selector.isEmpty ? "<none>" : selector)]
        for port in service.spec.ports ?? [] {
            let target = port.targetPort?.description ?? String(port.port)
            var text = "  port \(port.port)/\(port.protocol ?? "TCP") → targetPort \(target)"
            if let nodePort = port.nodePort { text = "  nodePort \(nodePort) on every node →" + text.dropFirst(1) }
            lines.append(text)
        }
        return lines
    }

    /// One pod behind the Service: its cells and any notes below it.
    private struct Row {
        var cells: [String]
        var notes: [String]
        var isReady: Bool
        /// Nothing listens on a port the Service sends to.
        var refuses = false
    }

    private static func row(for pod: Pod, service: Service, cluster: Cluster, style: PictureStyle) -> Row {
        let summary = PodStatusSummary(pod)
        let ready = pod.status.condition("Ready")?.status == "True" && !pod.metadata.isDeleting
        let ip = pod.status.podIP.flatMap { $0.isEmpty ? nil : $0 }
        let ports = targetPorts(service, pod: pod)
        let address = ip.map { ip in ports.isEmpty ? ip : ports.map { "\(ip):\($0)" }.joined(separator: ",") } ?? "(no IP yet)"
        let mark: String
        if ready { mark = style.paint(PictureGlyph.ready + " ready", .good) }
        else if ip == nil { mark = style.paint(PictureGlyph.pending + " starting", .warn) }
        else { mark = style.paint(PictureGlyph.notReady + " not ready", .bad) }
        let node = pod.spec.nodeName.flatMap { $0.isEmpty ? nil : "node/\($0)" } ?? "(not scheduled)"
        var notes: [String] = []
        var refuses = false
        if !ready, ip != nil { notes.append("left out of the endpoints until its readiness check passes (why \(pod.name))") }
        if ip != nil, !ports.isEmpty {
            for port in ports where cluster.isListening(namespace: pod.namespace, pod: pod.name, port: port) == false {
                refuses = true
                let open = cluster.listeningPorts(namespace: pod.namespace, pod: pod.name)
                notes.append(PictureGlyph.notReady + " nothing listens on port \(port) in this pod"
                    + (open.isEmpty ? "" : " (it listens on \(open.map(String.init).joined(separator: ", ")))"))
            }
        }
        return Row(cells: [mark, address, "pod/\(pod.name)", "\(summary.reason) \(summary.ready)/\(summary.total)", "on \(node)"],
                   notes: notes, isReady: ready, refuses: refuses)
    }

    /// The container port numbers the Service's ports lead to in `pod` (named ports resolved).
    static func targetPorts(_ service: Service, pod: Pod) -> [Int32] {
        (service.spec.ports ?? []).compactMap { port in
            switch port.targetPort ?? .int(port.port) {
            case .int(let number): return number
            case .string(let name):
                return pod.spec.containers.lazy.compactMap { $0.ports?.first { $0.name == name }?.containerPort }.first
            }
        }
    }

    private static func emptyExplanation(_ service: Service, selector: [String: String], cluster: Cluster,
                                         style: PictureStyle) -> [String] {
        let text = selector.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        var lines = [PictureGlyph.lastBranch + style.paint("(no endpoints: no pod in namespace \(service.namespace) has the labels \(text))", .bad)]
        let near = cluster.store.list(Pod.self, namespace: service.namespace).filter { pod in
            let labels = pod.metadata.labelMap
            let shared = selector.filter { labels[$0.key] == $0.value }.count
            let sameKeys = selector.keys.filter { labels[$0] != nil }.count
            return shared > 0 || sameKeys == selector.count
        }
        if !near.isEmpty {
            lines.append("    pods with similar labels:")
            for pod in near.prefix(3) {
                let labels = pod.metadata.labelMap.filter { $0.key != "pod-template-hash" }.sorted { $0.key < $1.key }
                    .map { "\($0.key)=\($0.value)" }.joined(separator: ",")
                lines.append("      pod/\(pod.name)  \(labels)")
            }
        }
        lines.append("    compare: kubectl get pods --show-labels -n \(service.namespace)")
        return lines
    }
}
