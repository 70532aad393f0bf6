/// Formats durations the way Go's `time.Duration.String()` does, as kubelet messages show them
/// (`612ms`, `2.345s`, `1m20s`, `5m0s`, `1h0m0s`).
public enum GoDuration {
    /// The Go text of `seconds`, after truncating to `resolution` seconds (milliseconds by default).
    public static func string(_ seconds: Double, resolution: Double = 0.001) -> String {
        let steps = (seconds / resolution).rounded(.towardZero)
        let nanos = Int64((steps * resolution * 1e9).rounded())
        return string(nanoseconds: nanos)
    }

    /// The Go text of a whole number of nanoseconds.
    public static func string(nanoseconds: Int64) -> String {
        if nanoseconds == 0 { return "0s" }
        let negative = nanoseconds < 0
        let value = nanoseconds.magnitude
        var text: String
        if value < 1_000 {
            text = "\(value)ns"
        } else if value < 1_000_000 {
            text = fraction(value, unit: 1_000) + "µs"
        } else if value < 1_000_000_000 {
            text = fraction(value, unit: 1_000_000) + "ms"
        } else {
            let hours = value / 3_600_000_000_000
            let minutes = (value / 60_000_000_000) % 60
            let secondsPart = value % 60_000_000_000
            text = fraction(secondsPart, unit: 1_000_000_000) + "s"
            if hours > 0 || minutes > 0 { text = "\(minutes)m" + text }
            if hours > 0 { text = "\(hours)h" + text }
        }
        return negative ? "-" + text : text
    }

    private static func fraction(_ value: UInt64, unit: UInt64) -> String {
        let whole = value / unit
        var rest = value % unit
        guard rest > 0 else { return "\(whole)" }
        var digits = ""
        var scale = unit / 10
        while scale > 0 {
            digits.append(Character(String(rest / scale)))
            rest %= scale
            scale /= 10
        }
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }
}
