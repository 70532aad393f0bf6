import Foundation

/// Go's `strconv.FormatFloat` (the `e`, `f`, `g` formats `fmt` uses, with a precision or `-1` for the
/// shortest representation that round-trips), and the number forms Go's `encoding/json` and go-yaml v2
/// print.
///
/// Shortest digits come from Swift's own shortest round-trip rendering (`description`), which picks the
/// same digits as Go's shortest formatting; only the layout ('f', 'e' or 'g') is Go's.
public enum GoFloatFormat {
    /// The shortest decimal digits of a finite number and where its decimal point sits.
    struct Decimal {
        /// ASCII digits without leading or trailing zeros; empty for zero.
        var digits: [UInt8]
        /// Go's `dp`: the value is `0.d1d2d3… × 10^decimalPoint`.
        var decimalPoint: Int
        /// True for negative numbers, including negative zero.
        var negative: Bool

        /// The decimal form of a shortest rendering such as "1.5e-07", "-0.0" or "100000.0".
        init(shortestText text: String) {
            var bytes = Array(text.utf8)
            negative = bytes.first == UInt8(ascii: "-")
            if negative { bytes.removeFirst() }
            var exponent = 0
            if let eIndex = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
                exponent = Int(String(decoding: bytes[(eIndex + 1)...], as: UTF8.self)) ?? 0
                bytes.removeSubrange(eIndex...)
            }
            let pointIndex = bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
            var all = bytes
            if pointIndex < all.count { all.remove(at: pointIndex) }
            var point = pointIndex + exponent
            var start = 0
            while start < all.count, all[start] == UInt8(ascii: "0") { start += 1; point -= 1 }
            var end = all.count
            while end > start, all[end - 1] == UInt8(ascii: "0") { end -= 1 }
            digits = Array(all[start..<end])
            decimalPoint = digits.isEmpty ? 0 : point
        }

        /// The shortest decimal form of a finite Double.
        init(_ value: Double) { self.init(shortestText: value.description) }

        /// The shortest decimal form of a finite Float (Go's 32-bit formatting).
        init(_ value: Float) { self.init(shortestText: value.description) }

        /// Go's %e layout with all digits: `d.ddde±XX`, at least two exponent digits.
        var eFormat: String {
            var out = negative ? "-" : ""
            out.append(Character(Unicode.Scalar(digits.first ?? UInt8(ascii: "0"))))
            if digits.count > 1 {
                out.append(".")
                out.append(String(decoding: digits[1...], as: UTF8.self))
            }
            let exponent = digits.isEmpty ? 0 : decimalPoint - 1
            out.append(exponent < 0 ? "e-" : "e+")
            let magnitude = abs(exponent)
            if magnitude < 10 { out.append("0") }
            out.append(String(magnitude))
            return out
        }

        /// Go's %f layout with all digits and no exponent.
        var fFormat: String {
            var out = negative ? "-" : ""
            if decimalPoint > 0 {
                for index in 0..<decimalPoint {
                    out.append(Character(Unicode.Scalar(index < digits.count ? digits[index] : UInt8(ascii: "0"))))
                }
            } else {
                out.append("0")
            }
            let fractionDigits = max(digits.count - decimalPoint, 0)
            if fractionDigits > 0 {
                out.append(".")
                for offset in 0..<fractionDigits {
                    let index = decimalPoint + offset
                    let digit = index >= 0 && index < digits.count ? digits[index] : UInt8(ascii: "0")
                    out.append(Character(Unicode.Scalar(digit)))
                }
            }
            return out
        }

        /// Go's %g layout with the shortest precision: %e when the exponent is below -4 or at least 6.
        var gFormat: String {
            let exponent = decimalPoint - 1
            if !digits.isEmpty && (exponent < -4 || exponent >= 6) { return eFormat }
            return fFormat
        }
    }

    /// `strconv.FormatFloat(value, verb, precision, 64)` for the verbs `e E f F g G` (anything else is
    /// treated as `g`); NaN and infinities as Go spells them (`NaN`, `+Inf`, `-Inf`).
    public static func format(_ value: Double, verb: Unicode.Scalar, precision: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let upper = verb == "E" || verb == "G"
        var text: String
        switch verb {
        case "e", "E":
            text = precision < 0 ? Decimal(value).eFormat : String(format: "%.\(min(precision, 500))e", value)
        case "f", "F":
            text = precision < 0 ? Decimal(value).fFormat : String(format: "%.\(min(precision, 500))f", value)
        default:
            text = precision < 0 ? Decimal(value).gFormat
                : (value.sign == .minus ? "-" : "") + general(value.magnitude, precision: precision)
        }
        return upper ? text.uppercased() : text
    }

    /// `%g` with an explicit precision: exponent form when the exponent is below -4 or at least the
    /// precision (or the digit count, when that is smaller and the number has no fraction digits left).
    private static func general(_ magnitude: Double, precision: Int) -> String {
        var prec = max(precision, 1)
        var (digits, point) = roundedDigits(magnitude, significant: prec)
        if digits.isEmpty { (digits, point) = ([0], 1) }
        var eprec = prec
        if eprec > digits.count && digits.count >= point { eprec = digits.count }
        let exponent = point - 1
        if exponent < -4 || exponent >= eprec {
            return exponentForm(Array(digits.prefix(max(1, min(prec, digits.count)))), exponent: exponent)
        }
        if prec > point { prec = digits.count }
        let fraction = max(prec - point, 0)
        while digits.count < point + fraction { digits.append(0) }
        return fixedForm(Array(digits.prefix(max(point, 0) + fraction)), point: point)
    }

    /// The digit values of `magnitude` correctly rounded to `significant` digits (trailing zeros
    /// removed) and the decimal point position (value = 0.d1d2… × 10^point); zero has no digits.
    private static func roundedDigits(_ magnitude: Double, significant: Int) -> ([UInt8], Int) {
        let text = String(format: "%.\(min(max(significant - 1, 0), 500))e", magnitude)
        let parts = text.split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return ([], 0) }
        var digits = parts[0].compactMap { $0.wholeNumberValue.map(UInt8.init) }
        while let last = digits.last, last == 0, digits.count > 1 { digits.removeLast() }
        if digits == [0] { return ([], 0) }
        return (digits, exponent + 1)
    }

    /// `d.ddde±XX` of digit values, with at least two exponent digits.
    private static func exponentForm(_ digits: [UInt8], exponent: Int) -> String {
        var text = String(digits.first ?? 0)
        if digits.count > 1 { text += "." + digits.dropFirst().map(String.init).joined() }
        let magnitude = abs(exponent)
        return text + (exponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + String(magnitude)
    }

    /// Plain decimal notation of 0.d1d2… × 10^point, from digit values.
    private static func fixedForm(_ digits: [UInt8], point: Int) -> String {
        let text = digits.map(String.init).joined()
        if point <= 0 { return "0." + String(repeating: "0", count: -point) + text }
        if point >= digits.count { return text + String(repeating: "0", count: point - digits.count) }
        let split = text.index(text.startIndex, offsetBy: point)
        return String(text[..<split]) + "." + String(text[split...])
    }

    /// How Go's `encoding/json` prints a float64: %f, or %e (with "e-07" shortened to "e-7") for
    /// magnitudes below 1e-6 or from 1e21. Non-finite numbers, which Go refuses, print as `null`.
    public static func json(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let magnitude = value.magnitude
        let decimal = Decimal(value)
        guard magnitude != 0, magnitude < 1e-6 || magnitude >= 1e21 else { return decimal.fFormat }
        var text = decimal.eFormat
        let bytes = Array(text.utf8)
        let count = bytes.count
        if count >= 4, bytes[count - 4] == UInt8(ascii: "e"), bytes[count - 3] == UInt8(ascii: "-"),
           bytes[count - 2] == UInt8(ascii: "0") {
            text = String(decoding: bytes[0..<(count - 2)] + bytes[(count - 1)...], as: UTF8.self)
        }
        return text
    }

    /// How go-yaml v2 prints a float64 (`strconv.FormatFloat(f, 'g', -1, 64)`, `.inf`, `.nan`).
    public static func yaml(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        return Decimal(value).gFormat
    }

    /// How sigs.k8s.io/yaml turns a float map key into a string (`FormatFloat(f, 'g', -1, 32)`).
    public static func yamlFloatKey(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        let single = Float(value)
        if single.isInfinite { return single < 0 ? "-.inf" : ".inf" }
        return Decimal(single).gFormat
    }
}
