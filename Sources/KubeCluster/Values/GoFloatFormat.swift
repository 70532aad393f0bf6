/// Go's `strconv.FormatFloat` with the shortest precision (`-1`), and the number forms Go's
/// `encoding/json` and go-yaml v2 print.
///
/// The digits come from Swift's own shortest round-trip rendering (`description`), which picks the
/// same digits as Go's shortest formatting; only the layout ('f', 'e' or 'g') is Go's.
enum GoFloatFormat {
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

    /// How Go's `encoding/json` prints a float64: %f, or %e (with "e-07" shortened to "e-7") for
    /// magnitudes below 1e-6 or from 1e21. Non-finite numbers, which Go refuses, print as `null`.
    static func json(_ value: Double) -> String {
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
    static func yaml(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        return Decimal(value).gFormat
    }

    /// How sigs.k8s.io/yaml turns a float map key into a string (`FormatFloat(f, 'g', -1, 32)`).
    static func yamlFloatKey(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        let single = Float(value)
        if single.isInfinite { return single < 0 ? "-.inf" : ".inf" }
        return Decimal(single).gFormat
    }
}
