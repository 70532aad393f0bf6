import Foundation

/// Go's `strconv.FormatFloat` for the formats `fmt` uses: `e`, `E`, `f`, `F`, `g`, `G`, with a precision
/// or -1 for the shortest representation that round-trips.
enum GoFloatFormat {
    /// `strconv.FormatFloat(value, verb, precision, 64)`; NaN and infinities as Go spells them.
    static func format(_ value: Double, verb: Unicode.Scalar, precision: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let sign = value.sign == .minus ? "-" : ""
        let upper = verb == "E" || verb == "G"
        var text: String
        switch verb {
        case "e", "E":
            if precision < 0 {
                let (digits, point) = GoValueText.shortestDigits(value)
                text = sign + GoValueText.exponentForm(digits.isEmpty ? [0] : digits, exponent: digits.isEmpty ? 0 : point - 1)
            } else {
                text = String(format: "%.\(min(precision, 500))e", value)
            }
        case "f", "F":
            if precision < 0 {
                let (digits, point) = GoValueText.shortestDigits(value)
                text = sign + (digits.isEmpty ? "0" : GoValueText.fixedForm(digits, point: point))
            } else {
                text = String(format: "%.\(min(precision, 500))f", value)
            }
        default:
            text = sign + general(abs(value), precision: precision)
        }
        return upper ? text.uppercased() : text
    }

    /// `%g`: exponent form when the exponent is below -4 or at least the precision (6 when shortest).
    private static func general(_ magnitude: Double, precision: Int) -> String {
        var digits: [UInt8]
        var point: Int
        var eprec: Int
        var prec = precision
        if precision < 0 {
            (digits, point) = GoValueText.shortestDigits(magnitude)
            if digits.isEmpty { return "0" }
            prec = digits.count
            eprec = 6
        } else {
            if prec == 0 { prec = 1 }
            (digits, point) = roundedDigits(magnitude, significant: prec)
            if digits.isEmpty { digits = [0]; point = 1 }
            eprec = prec
            if eprec > digits.count && digits.count >= point { eprec = digits.count }
        }
        let exponent = point - 1
        if exponent < -4 || exponent >= eprec {
            let shown = Array(digits.prefix(max(1, min(prec, digits.count))))
            return GoValueText.exponentForm(shown, exponent: exponent)
        }
        if prec > point { prec = digits.count }
        let fraction = max(prec - point, 0)
        var padded = digits
        while padded.count < point + fraction { padded.append(0) }
        return GoValueText.fixedForm(Array(padded.prefix(max(point, 0) + fraction)), point: point)
            .trimmingTrailingDotZeroIfNeeded(fraction: fraction)
    }

    /// The digits of `magnitude` correctly rounded to `significant` digits (trailing zeros removed).
    private static func roundedDigits(_ magnitude: Double, significant: Int) -> ([UInt8], Int) {
        let text = String(format: "%.\(min(max(significant - 1, 0), 500))e", magnitude)
        let parts = text.split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return ([], 0) }
        var digits = parts[0].compactMap { $0.wholeNumberValue.map(UInt8.init) }
        while let last = digits.last, last == 0, digits.count > 1 { digits.removeLast() }
        if digits == [0] { return ([], 0) }
        return (digits, exponent + 1)
    }
}

private extension String {
    /// `fixedForm` never prints a bare trailing dot; this keeps the call site honest when fraction is 0.
    func trimmingTrailingDotZeroIfNeeded(fraction: Int) -> String {
        fraction == 0 && hasSuffix(".") ? String(dropLast()) : self
    }
}
