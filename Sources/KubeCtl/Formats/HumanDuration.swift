import Foundation

/// The age texts kubectl prints ("45s", "3m20s", "137m", "3d4h", "2y1d"), as apimachinery's
/// `duration.HumanDuration` and `duration.ShortHumanDuration` render a `time.Duration`.
///
/// Durations are handled in whole nanoseconds, like Go, so that the truncation at every threshold
/// matches (999ms is "0s", 2m-1ms is "119s", 3h-1ms is "179m").
public enum HumanDuration {
    private static let nanosPerSecond: Int64 = 1_000_000_000
    private static let nanosPerMinute: Int64 = 60 * nanosPerSecond
    private static let nanosPerHour: Int64 = 60 * nanosPerMinute

    /// `HumanDuration` for a duration given in seconds (fractions allowed).
    public static func format(seconds: Double) -> String {
        format(nanoseconds: nanoseconds(fromSeconds: seconds))
    }

    /// `HumanDuration` for a duration in nanoseconds: the AGE / LAST SEEN / RESTARTS "(… ago)" text.
    public static func format(nanoseconds duration: Int64) -> String {
        let seconds = duration / nanosPerSecond
        if seconds < -1 { return "<invalid>" }
        if seconds < 0 { return "0s" }
        if seconds < 60 * 2 { return "\(seconds)s" }
        let minutes = duration / nanosPerMinute
        if minutes < 10 {
            let remainder = seconds % 60
            return remainder == 0 ? "\(minutes)m" : "\(minutes)m\(remainder)s"
        }
        if minutes < 60 * 3 { return "\(minutes)m" }
        let hours = duration / nanosPerHour
        if hours < 8 {
            let remainder = minutes % 60
            return remainder == 0 ? "\(hours)h" : "\(hours)h\(remainder)m"
        }
        if hours < 48 { return "\(hours)h" }
        if hours < 24 * 8 {
            let remainder = hours % 24
            return remainder == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(remainder)h"
        }
        if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
        if hours < 24 * 365 * 8 {
            let days = (hours / 24) % 365
            return days == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(days)d"
        }
        return "\(hours / 24 / 365)y"
    }

    /// `ShortHumanDuration`: a single unit ("59s", "59m", "23h", "364d", "1y").
    public static func formatShort(nanoseconds duration: Int64) -> String {
        let seconds = duration / nanosPerSecond
        if seconds < -1 { return "<invalid>" }
        if seconds < 0 { return "0s" }
        if seconds < 60 { return "\(seconds)s" }
        let minutes = duration / nanosPerMinute
        if minutes < 60 { return "\(minutes)m" }
        let hours = duration / nanosPerHour
        if hours < 24 { return "\(hours)h" }
        if hours < 24 * 365 { return "\(hours / 24)d" }
        return "\(hours / 24 / 365)y"
    }

    /// `ShortHumanDuration` for a duration given in seconds.
    public static func formatShort(seconds: Double) -> String {
        formatShort(nanoseconds: nanoseconds(fromSeconds: seconds))
    }

    /// kubectl's `translateTimestampSince`: `<unknown>` for a missing (zero) timestamp, otherwise the
    /// `HumanDuration` of the time elapsed from `timestamp` to `now`.
    public static func since(_ timestamp: Date?, now: Date) -> String {
        guard let timestamp else { return "<unknown>" }
        return format(seconds: now.timeIntervalSince(timestamp))
    }

    /// Seconds to whole nanoseconds, saturating instead of trapping on absurd inputs.
    private static func nanoseconds(fromSeconds seconds: Double) -> Int64 {
        let nanos = (seconds * 1e9).rounded()
        if nanos.isNaN { return 0 }
        if nanos >= 9.2e18 { return Int64.max }
        if nanos <= -9.2e18 { return Int64.min }
        return Int64(nanos)
    }
}
