import KubeCluster

/// `draw rollout DEPLOYMENT`: the Deployment's old and new ReplicaSets, and how many pods each had
/// (ready ■, not yet ready □) at every change since recording began — a rolling update read top down.
enum RolloutPicture {
    /// How many timeline rows are shown (the latest ones).
    static let rows = 16
    /// How many ReplicaSet columns are shown (the latest revisions).
    static let columns = 4
    /// Longest bar; bigger sizes are scaled down.
    static let barWidth = 10

    static func draw(_ deployment: Deployment, history: ClusterHistory?, cluster: Cluster, style: PictureStyle) -> String {
        let sets = RolloutSets.of(deployment.key, in: cluster)
        var frames = history?.rollouts[deployment.key] ?? []
        let current = ClusterHistory.RolloutFrame(time: cluster.now, sets: sets.map {
            ClusterHistory.SetSize(name: $0.name, desired: $0.spec.replicas ?? 0, ready: $0.status.readyReplicas ?? 0)
        })
        if frames.last?.sets != current.sets { frames.append(current) }
        frames = lastPerSecond(frames)
        var lines = [header(deployment, style: style)]
        let shownNames = chosenColumns(frames: frames, sets: sets)
        let shownSets = sets.filter { shownNames.contains($0.name) }
        let newest = sets.last?.name
        for set in shownSets {
            let marker = set.name == newest ? "  " + style.paint("← newest", .strong) : ""
            lines.append("  rev \(RolloutSets.revision(of: set))  \(set.name)  \(images(of: set))\(marker)")
        }
        lines.append("")
        let hidden = max(0, frames.count - rows)
        if hidden > 0 { lines.append(style.paint("  (\(hidden) earlier changes not shown)", .dim)) }
        var table = [["  time"] + shownSets.map { "rev \(RolloutSets.revision(of: $0))" }]
        for frame in frames.suffix(rows) {
            table.append(["  " + PictureText.clock(frame.time)] + shownSets.map { set in
                cell(frame.sets.first { $0.name == set.name }, style: style)
            })
        }
        lines += PictureText.columns(table)
        lines.append("")
        lines.append(status(deployment, style: style))
        lines.append(style.paint("  ■ ready pod   □ pod not ready yet   · none", .dim))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The frames with only the last one of each clock second (the rows print whole seconds).
    static func lastPerSecond(_ frames: [ClusterHistory.RolloutFrame]) -> [ClusterHistory.RolloutFrame] {
        var result: [ClusterHistory.RolloutFrame] = []
        for frame in frames {
            if let last = result.last, last.time.rounded(.down) == frame.time.rounded(.down) { result.removeLast() }
            result.append(frame)
        }
        return result
    }

    private static func header(_ deployment: Deployment, style: PictureStyle) -> String {
        let replicas = deployment.spec.replicas ?? 1
        let strategy = deployment.spec.strategy.type ?? "RollingUpdate"
        var text = style.paint("deployment/\(deployment.name)", .strong) + "  \(replicas) replica\(replicas == 1 ? "" : "s")  \(strategy)"
        if strategy == "RollingUpdate", let rolling = deployment.spec.strategy.rollingUpdate {
            text += " (maxSurge \(rolling.maxSurge.map(\.description) ?? "25%"), "
                + "maxUnavailable \(rolling.maxUnavailable.map(\.description) ?? "25%"))"
        }
        return text
    }

    /// The latest ReplicaSets that had pods at some point in the frames (or the newest one).
    private static func chosenColumns(frames: [ClusterHistory.RolloutFrame], sets: [ReplicaSet]) -> Set<String> {
        let used = Set(frames.suffix(rows).flatMap { $0.sets.filter { $0.desired > 0 || $0.ready > 0 }.map(\.name) })
        var names = sets.map(\.name).filter { used.contains($0) }
        if let newest = sets.last?.name, !names.contains(newest) { names.append(newest) }
        return Set(names.suffix(columns))
    }

    private static func images(of set: ReplicaSet) -> String {
        set.spec.template.spec.containers.map { $0.image ?? "" }.joined(separator: ",")
    }

    /// `■■□ 2/3`: ready pods filled, the rest hollow, scaled down past `barWidth`.
    static func cell(_ size: ClusterHistory.SetSize?, style: PictureStyle) -> String {
        guard let size, size.desired > 0 || size.ready > 0 else { return style.paint("·", .dim) }
        let total = Int(max(size.desired, size.ready))
        let scale = total > barWidth ? Double(barWidth) / Double(total) : 1
        let filled = Int((Double(size.ready) * scale).rounded())
        let hollow = max(0, Int((Double(total) * scale).rounded()) - filled)
        let bar = style.paint(String(repeating: "■", count: filled), .good) + style.paint(String(repeating: "□", count: hollow), .warn)
        return "\(bar) \(size.ready)/\(size.desired)"
    }

    private static func status(_ deployment: Deployment, style: PictureStyle) -> String {
        let wanted = deployment.spec.replicas ?? 1
        let updated = deployment.status.updatedReplicas ?? 0
        let available = deployment.status.availableReplicas ?? 0
        let total = deployment.status.replicas ?? 0
        let observed = (deployment.status.observedGeneration ?? 0) >= (deployment.metadata.generation ?? 0)
        if deployment.status.condition("Progressing")?.reason == "ProgressDeadlineExceeded" {
            return style.paint("✘ rollout stuck", .bad) + ": progress deadline exceeded, \(updated) of \(wanted) updated. "
                + "Find out why: why POD (a pod of the newest ReplicaSet), or kubectl rollout undo deployment/\(deployment.name)"
        }
        if observed, updated == wanted, available == wanted, total == wanted {
            return style.paint("✔ rollout complete", .good) + ": \(available)/\(wanted) pods available on the newest ReplicaSet"
        }
        return style.paint("… rollout in progress", .warn) + ": \(updated) of \(wanted) updated, \(available) available "
            + "(watch: kubectl rollout status deployment/\(deployment.name))"
    }
}
