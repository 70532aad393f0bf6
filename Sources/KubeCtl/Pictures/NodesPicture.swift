import KubeCluster

/// `draw nodes`: every node with its condition, roles and CPU requested, and the pods it runs with
/// their states; pods no node took are listed apart with the scheduler's reason.
enum NodesPicture {
    static func draw(cluster: Cluster, allNamespaces: Bool, style: PictureStyle) -> String {
        let pods = cluster.store.list(Pod.self).filter { $0.status.phase != "Succeeded" && $0.status.phase != "Failed" }
        var lines: [String] = []
        for node in cluster.store.list(Node.self) {
            lines.append(nodeLine(node, pods: pods, style: style))
            let onNode = pods.filter { $0.spec.nodeName == node.name }
            let shown = onNode.filter { allNamespaces || $0.namespace != "kube-system" }
            let system = onNode.count - shown.count
            var entries = PictureText.columns(shown.map { podCells($0, style: style) })
            if system > 0 {
                let ready = onNode.filter { $0.namespace == "kube-system" && isReady($0) }.count
                entries.append(style.paint("(\(system) kube-system pod\(system == 1 ? "" : "s"), \(ready) ready: draw nodes -A shows them)", .dim))
            }
            if entries.isEmpty { entries.append(style.paint("(no pods)", .dim)) }
            for (index, entry) in entries.enumerated() {
                lines.append((index == entries.count - 1 ? PictureGlyph.lastBranch : PictureGlyph.branch) + entry)
            }
        }
        let unscheduled = pods.filter { ($0.spec.nodeName ?? "").isEmpty && (allNamespaces || $0.namespace != "kube-system") }
        if !unscheduled.isEmpty {
            lines.append(style.paint("not scheduled", .warn))
            for (index, pod) in unscheduled.enumerated() {
                let reason = pod.status.condition("PodScheduled")?.message ?? "waiting for the scheduler"
                let branch = index == unscheduled.count - 1 ? PictureGlyph.lastBranch : PictureGlyph.branch
                lines.append(branch + style.paint(PictureGlyph.pending, .warn) + " \(pod.namespace)/\(pod.name)  Pending  \(reason)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func nodeLine(_ node: Node, pods: [Pod], style: PictureStyle) -> String {
        let ready = node.status.conditions?.first { $0.type == "Ready" }
        let mark: String
        switch ready?.status {
        case "True": mark = style.paint(PictureGlyph.ready + " Ready", .good)
        case "False": mark = style.paint(PictureGlyph.notReady + " NotReady", .bad)
        default: mark = style.paint(PictureGlyph.notReady + " NotReady (Unknown: no heartbeat)", .bad)
        }
        var parts = [style.paint("node/\(node.name)", .strong), mark]
        if node.spec.unschedulable == true { parts.append(style.paint("SchedulingDisabled", .warn)) }
        let roles = node.metadata.labelMap.keys.filter { $0.hasPrefix("node-role.kubernetes.io/") }
            .map { String($0.dropFirst("node-role.kubernetes.io/".count)) }.sorted()
        parts.append(roles.isEmpty ? "<none>" : roles.joined(separator: ","))
        if let ip = node.status.addresses?.first(where: { $0.type == "InternalIP" })?.address { parts.append(ip) }
        let requested = pods.filter { $0.spec.nodeName == node.name }.reduce(Int64(0)) { $0 + QuantityMath.podTotals($1).cpuRequests }
        let allocatable = QuantityMath.milli(node.status.allocatable?["cpu"])
        if allocatable > 0 {
            parts.append("cpu requested \(QuantityMath.cpuText(requested)) of \(QuantityMath.cpuText(allocatable)) "
                + "(\(requested * 100 / allocatable)%)")
        }
        return parts.joined(separator: "  ")
    }

    private static func podCells(_ pod: Pod, style: PictureStyle) -> [String] {
        let summary = PodStatusSummary(pod)
        let mark: String
        if isReady(pod) { mark = style.paint(PictureGlyph.ready, .good) }
        else if ["Pending", "ContainerCreating", "Terminating", "PodInitializing"].contains(summary.reason)
                    || summary.reason.hasPrefix("Init:") && !summary.reason.contains("Error") && !summary.reason.contains("BackOff") {
            mark = style.paint(PictureGlyph.pending, .warn)
        } else { mark = style.paint(PictureGlyph.notReady, .bad) }
        var cells = [mark + " \(pod.namespace)/\(pod.name)", "\(summary.reason) \(summary.ready)/\(summary.total)"]
        if summary.restarts > 0 { cells.append("restarts \(summary.restarts)") }
        return cells
    }

    static func isReady(_ pod: Pod) -> Bool {
        pod.status.condition("Ready")?.status == "True" && !pod.metadata.isDeleting
    }
}
