import Foundation
import KubeCluster

/// `draw hpa NAME`: an autoscaler's metric against its target and the replica count over time, as two
/// terminal bar charts sharing one time axis.
enum HPAPicture {
    /// Chart columns (time buckets).
    static let width = 48
    /// Rows of the utilization chart.
    static let height = 8
    /// Longest window shown, in seconds.
    static let window: Double = 1800

    static func draw(_ hpa: HorizontalPodAutoscaler, history: ClusterHistory?, cluster: Cluster, style: PictureStyle) -> String {
        var samples = history?.autoscalers[hpa.key] ?? []
        let latest = ClusterHistory.AutoscalerSample(time: cluster.now, utilization: AutoscalerReading.utilization(hpa),
                                                     target: AutoscalerReading.target(hpa),
                                                     currentReplicas: hpa.status.currentReplicas ?? 0,
                                                     desiredReplicas: hpa.status.desiredReplicas)
        if samples.last?.withTime(cluster.now) != latest { samples.append(latest) }
        let end = cluster.now
        let start = max(samples.first?.time ?? end, end - window)
        let span = max(60, end - start)
        let columns = (0..<width).map { column -> ClusterHistory.AutoscalerSample? in
            let instant = end - span + span * Double(column + 1) / Double(width)
            return samples.last { $0.time <= instant + 0.000_001 }
        }
        var lines = header(hpa, latest: latest, style: style)
        lines.append("")
        let metric = AutoscalerReading.metricName(hpa)
        lines.append(style.paint("\(metric) % of requests", .strong) + style.paint("  (\(PictureText.clock(end - span)) → "
            + "\(PictureText.clock(end)), one column = \(GoDuration(seconds: span / Double(width), resolution: 0.1).description))", .dim))
        lines += utilizationChart(columns, target: latest.target, style: style)
        lines.append(style.paint("replicas", .strong))
        lines += replicaChart(columns, maximum: max(1, hpa.spec.maxReplicas), style: style)
        lines.append("     └" + String(repeating: "─", count: width))
        let left = PictureText.clock(end - span)
        let right = PictureText.clock(end)
        lines.append("      " + left + String(repeating: " ", count: max(1, width - left.count - right.count)) + right)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func header(_ hpa: HorizontalPodAutoscaler, latest: ClusterHistory.AutoscalerSample,
                               style: PictureStyle) -> [String] {
        let target = hpa.spec.scaleTargetRef
        let metric = AutoscalerReading.metricName(hpa)
        let goal = latest.target.map { "\(metric) target \($0)%" } ?? "\(metric) target (not a utilization)"
        var lines = [style.paint("hpa/\(hpa.name)", .strong) + " → \(target.kind)/\(target.name)   \(goal)   replicas "
            + "\(hpa.spec.minReplicas ?? 1)–\(hpa.spec.maxReplicas)"]
        let wants = latest.desiredReplicas > 0 && latest.desiredReplicas != latest.currentReplicas
            ? " (wants \(latest.desiredReplicas))" : ""
        let replicas = "\(latest.currentReplicas) replica\(latest.currentReplicas == 1 ? "" : "s")\(wants)"
        if let value = latest.utilization {
            let over = latest.target.map { value > $0 } ?? false
            lines.append("now: \(metric) " + style.paint("\(value)%", over ? .bad : .good) + ", \(replicas)")
        } else {
            lines.append("now: \(metric) " + style.paint("<unknown>", .warn) + ", \(replicas)")
            if let reason = unknownReason(hpa) { lines.append("  why unknown: \(reason)") }
        }
        return lines
    }

    /// The message of the condition that explains missing metrics, if any.
    static func unknownReason(_ hpa: HorizontalPodAutoscaler) -> String? {
        let failing = (hpa.status.conditions ?? []).first { $0.status == "False" && $0.type == "ScalingActive" }
            ?? (hpa.status.conditions ?? []).first { $0.status == "False" }
        if let failing { return failing.message ?? failing.reason }
        return hpa.status.conditions == nil ? "the autoscaler has not run yet (it syncs every 15s)" : nil
    }

    private static func utilizationChart(_ columns: [ClusterHistory.AutoscalerSample?], target: Int32?,
                                         style: PictureStyle) -> [String] {
        let highest = columns.compactMap { $0?.utilization }.max() ?? 0
        let step = niceStep(Double(max(highest, (target ?? 50) * 2, 100)) / Double(height))
        let targetRow = target.map { height - Int((Double($0) / Double(step)).rounded()) }
        var lines: [String] = []
        for row in 0..<height {
            let level = (height - row) * step
            var text = ""
            for sample in columns {
                let threshold = (Double(height - row) - 0.5) * Double(step)
                if let value = sample?.utilization, Double(value) >= threshold {
                    text += style.paint("█", (target.map { value > $0 } ?? false) ? .bad : .good)
                } else if row == height - 1, sample != nil, sample?.utilization == nil {
                    text += style.paint("?", .warn)
                } else if row == targetRow {
                    text += style.paint("┄", .warn)
                } else {
                    text += " "
                }
            }
            let label = row == targetRow ? "  " + style.paint("target \(target ?? 0)%", .warn) : ""
            lines.append(trimmed(pad(String(level), 4) + " ┤" + text + label))
        }
        return lines
    }

    private static func replicaChart(_ columns: [ClusterHistory.AutoscalerSample?], maximum: Int32, style: PictureStyle) -> [String] {
        let step = Int((Double(maximum) / 6).rounded(.up))
        let rows = Int((Double(maximum) / Double(step)).rounded(.up))
        var lines: [String] = []
        for row in 0..<rows {
            let level = (rows - row) * step
            var text = ""
            for sample in columns {
                let value = Double(sample?.currentReplicas ?? 0)
                text += value >= (Double(rows - row) - 0.5) * Double(step) ? style.paint("█", .command) : " "
            }
            lines.append(trimmed(pad(String(level), 4) + " ┤" + text))
        }
        return lines
    }

    /// The smallest "nice" step (1, 2, 2.5, 5 × 10ⁿ) at or above `raw`, as a whole number.
    static func niceStep(_ raw: Double) -> Int {
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * magnitude >= raw {
            return max(1, Int((factor * magnitude).rounded(.up)))
        }
        return max(1, Int((10 * magnitude).rounded(.up)))
    }

    /// The line without trailing spaces (empty chart rows end at the axis).
    private static func trimmed(_ line: String) -> String {
        var result = line
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
