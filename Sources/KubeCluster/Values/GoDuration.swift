import Foundation

/// A Go `time.Duration`: a signed count of nanoseconds, parsed (`time.ParseDuration`, for kubectl flags)
/// and printed (`Duration.String()`, as kubectl and kubelet messages show durations) the way Go does.
public struct GoDuration: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The length in nanoseconds.
    public let nanoseconds: Int64

    /// Creates a duration from nanoseconds.
    public init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
    }

    /// A duration of `seconds`, first truncated to a multiple of `resolution` seconds (milliseconds by
    /// default, as the kubelet's messages round them).
    public init(seconds: Double, resolution: Double = 0.001) {
        let steps = (seconds / resolution).rounded(.towardZero)
        let nanos = (steps * resolution * 1e9).rounded()
        nanoseconds = nanos.isFinite ? Int64(max(min(nanos, 9.2e18), -9.2e18)) : 0
    }

    /// The length in seconds.
    public var seconds: Double { Double(nanoseconds) / 1e9 }

    private static let units: [String: UInt64] = [
        "ns": 1, "us": 1_000, "\u{00B5}s": 1_000, "\u{03BC}s": 1_000, "ms": 1_000_000,
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
    ]

    /// Parses Go duration syntax (`300ms`, `-1.5h`, `2h45m`), returning Go's error text on failure.
    public static func parse(_ text: String) -> Result<GoDuration, GoDurationError> {
        let invalid = GoDurationError(message: "time: invalid duration " + quoteForTime(text))
        var rest = Substring(text)
        var negative = false
        if let sign = rest.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            rest = rest.dropFirst()
        }
        if rest == "0" { return .success(GoDuration(nanoseconds: 0)) }
        if rest.isEmpty { return .failure(invalid) }
        var total: UInt64 = 0
        while !rest.isEmpty {
            switch parseTerm(&rest, original: text) {
            case .failure(let error): return .failure(error)
            case .success(let value):
                let (sum, overflow) = total.addingReportingOverflow(value)
                if overflow || sum > UInt64(1) << 63 { return .failure(invalid) }
                total = sum
            }
        }
        if negative { return .success(GoDuration(nanoseconds: total == UInt64(1) << 63 ? .min : -Int64(total))) }
        if total > UInt64(Int64.max) { return .failure(invalid) }
        return .success(GoDuration(nanoseconds: Int64(total)))
    }

    /// One `[0-9]*(\.[0-9]*)?unit` term, in nanoseconds.
    private static func parseTerm(_ rest: inout Substring, original: String) -> Result<UInt64, GoDurationError> {
        let invalid = GoDurationError(message: "time: invalid duration " + quoteForTime(original))
        guard let first = rest.first, first == "." || first.isASCIIDigit else { return .failure(invalid) }
        let integerDigits = rest.prefix { $0.isASCIIDigit }
        rest = rest.dropFirst(integerDigits.count)
        var whole: UInt64 = 0
        for digit in integerDigits {
            let (product, overflow1) = whole.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = product.addingReportingOverflow(UInt64(digit.wholeNumberValue ?? 0))
            if overflow1 || overflow2 || sum > UInt64(1) << 63 { return .failure(invalid) }
            whole = sum
        }
        var fraction: UInt64 = 0
        var scale: Double = 1
        var fractionDigits = 0
        if rest.first == "." {
            rest = rest.dropFirst()
            let digits = rest.prefix { $0.isASCIIDigit }
            rest = rest.dropFirst(digits.count)
            fractionDigits = digits.count
            var overflowed = false
            for digit in digits where !overflowed {
                let (product, overflow1) = fraction.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = product.addingReportingOverflow(UInt64(digit.wholeNumberValue ?? 0))
                if overflow1 || overflow2 || sum > UInt64(1) << 63 { overflowed = true; continue }
                fraction = sum
                scale *= 10
            }
        }
        if integerDigits.isEmpty && fractionDigits == 0 { return .failure(invalid) }
        let unitText = rest.prefix { $0 != "." && !$0.isASCIIDigit }
        rest = rest.dropFirst(unitText.count)
        let quotedOriginal = quoteForTime(original)
        if unitText.isEmpty {
            return .failure(GoDurationError(message: "time: missing unit in duration " + quotedOriginal))
        }
        guard let unit = units[String(unitText)] else {
            let quotedUnit = quoteForTime(String(unitText))
            return .failure(GoDurationError(message: "time: unknown unit \(quotedUnit) in duration \(quotedOriginal)"))
        }
        if whole > (UInt64(1) << 63) / unit { return .failure(invalid) }
        var value = whole * unit
        if fraction > 0 {
            value += UInt64(Double(fraction) * (Double(unit) / scale))
            if value > UInt64(1) << 63 { return .failure(invalid) }
        }
        return .success(value)
    }

    /// The `quote` helper of Go's time package: like `strconv.Quote`, but every non-ASCII or control byte
    /// becomes `\xNN`.
    static func quoteForTime(_ text: String) -> String {
        var out = "\""
        for byte in text.utf8 {
            if byte >= 0x80 || byte < 0x20 {
                out += String(format: "\\x%02x", byte)
            } else {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { out += "\\" }
                out += String(UnicodeScalar(byte))
            }
        }
        return out + "\""
    }

    /// Go's `Duration.String()`: `0s`, `1.5s`, `2m30s`, `1h0m0s`, `250ms`.
    public var description: String {
        if nanoseconds == 0 { return "0s" }
        let negative = nanoseconds < 0
        let magnitude = nanoseconds.magnitude
        var text: String
        if magnitude < 1_000_000_000 {
            text = Self.subSecond(magnitude)
        } else {
            let hours = magnitude / 3_600_000_000_000
            let minutes = magnitude / 60_000_000_000 % 60
            let secondsPart = Self.fixed(magnitude % 60_000_000_000, precision: 9) + "s"
            if hours > 0 {
                text = "\(hours)h\(minutes)m" + secondsPart
            } else if minutes > 0 {
                text = "\(minutes)m" + secondsPart
            } else {
                text = secondsPart
            }
        }
        if negative { text = "-" + text }
        return text
    }

    private static func subSecond(_ value: UInt64) -> String {
        if value < 1_000 { return "\(value)ns" }
        if value < 1_000_000 { return fixed(value, precision: 3) + "\u{00B5}s" }
        return fixed(value, precision: 6) + "ms"
    }

    /// `value / 10^precision` printed without trailing zeros in the fraction.
    private static func fixed(_ value: UInt64, precision: Int) -> String {
        var divisor: UInt64 = 1
        for _ in 0..<precision { divisor *= 10 }
        let whole = value / divisor
        var fraction = String(value % divisor)
        fraction = String(repeating: "0", count: precision - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return fraction.isEmpty ? "\(whole)" : "\(whole).\(fraction)"
    }
}

/// A failed Go duration parse, carrying Go's message (e.g. `time: invalid duration "x"`).
public struct GoDurationError: Error, Equatable, Sendable {
    /// The text Go prints.
    public let message: String
}

private extension Character {
    /// True for the ASCII digits 0-9 only.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
