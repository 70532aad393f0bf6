import Foundation
import KubeCluster

/// Collects the lines of a `kubectl describe` text the way upstream's PrefixWriter does: each line has an
/// indent level (two spaces a level) and tab-separated cells that a tab writer (padding 2) aligns in
/// blocks of consecutive tabbed lines. `flush()` ends a block on purpose, as the Events table needs.
public struct DescribeWriter {
    private var sections: [[String]] = [[]]

    public init() {}

    /// Writes one line at `level`; `\t` separates cells to align.
    public mutating func line(_ level: Int, _ text: String) {
        let indent = String(repeating: "  ", count: level)
        for (index, part) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            sections[sections.count - 1].append(index == 0 ? indent + part : indent + part)
        }
    }

    /// Writes `Label:\tvalue` at `level`.
    public mutating func field(_ level: Int, _ label: String, _ value: String) {
        line(level, "\(label):\t\(value)")
    }

    /// Writes a multi-line `Label:` value (labels, annotations, tolerations): the first item beside the label,
    /// the rest aligned under it; `<none>` when empty.
    public mutating func list(_ level: Int, _ label: String, _ items: [String]) {
        guard let first = items.first else { return field(level, label, "<none>") }
        field(level, label, first)
        for item in items.dropFirst() { line(level, "\t\(item)") }
    }

    /// Ends the current alignment block, so what follows is aligned on its own.
    public mutating func flush() { sections.append([]) }

    /// The lines as written, tabs kept and nothing aligned (kubectl prints pod templates so in
    /// `rollout history --revision`, where no tab writer sits behind its prefix writer).
    public func unalignedText() -> String {
        sections.joined().map { $0 + "\n" }.joined()
    }

    /// The aligned text (Go's tabwriter with describe's settings: minwidth 0, padding 2, spaces), blocks
    /// rendered one after another.
    public func render() -> String {
        sections.map { lines in
            guard !lines.isEmpty else { return "" }
            var writer = TabWriter(settings: .describe)
            writer.write(lines.joined(separator: "\n") + "\n")
            return writer.flush()
        }.joined()
    }
}

/// Formats shared by the describers: dates as `Tue, 24 Nov 2026 14:40:44 +0000`, labels and annotations.
public enum DescribeText {
    /// RFC 1123 with numeric zone, as describe prints times.
    public static func date(_ timestamp: Timestamp) -> String {
        var time = time_t(timestamp.seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d +0000", days[Int(parts.tm_wday) % 7], Int(parts.tm_mday),
                      months[Int(parts.tm_mon) % 12], Int(parts.tm_year) + 1900, Int(parts.tm_hour), Int(parts.tm_min),
                      Int(parts.tm_sec))
    }

    /// `k=v` per label, sorted by key.
    public static func labels(_ map: [String: String]?) -> [String] {
        (map ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    }

    /// `k: v` per annotation, sorted, without kubectl's last-applied-configuration.
    public static func annotations(_ map: [String: String]?) -> [String] {
        (map ?? [:]).filter { $0.key != "kubectl.kubernetes.io/last-applied-configuration" }
            .sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
    }
}
