import Foundation
import KubeCluster

/// A klog line as kubectl writes it to stderr (`W0105 09:00:00.000000   12345 helpers.go:702] text`),
/// stamped with simulated time and a fixed process id so transcripts stay deterministic.
enum KlogLine {
    /// The fixed process id shown in simulated klog lines.
    static let processID = 12345

    /// A warning-level line for `message`, logged from `source` at simulated instant `now`.
    static func warning(_ source: String, _ message: String, at now: Double) -> String {
        let text = Timestamp(now).rfc3339
        let date = text.prefix(10).split(separator: "-").map(String.init)
        let monthDay = date.count == 3 ? date[1] + date[2] : "0101"
        let clock = text.dropFirst(11).prefix(8)
        let micros = max(0, min(999_999, Int((now - now.rounded(.down)) * 1_000_000)))
        return "W\(monthDay) \(clock).\(String(format: "%06d", micros)) \(String(format: "%7d", processID)) \(source)] \(message)"
    }
}
