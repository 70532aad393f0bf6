import Foundation

extension Quantity: CustomStringConvertible {
    /// The string upstream serializes (`Quantity.String()` of Kubernetes 1.32).
    ///
    /// Input that was already canonical keeps its spelling (`+1`, `1.` and `0010Mi` print as typed,
    /// as upstream does). Otherwise: zero is `0`; BinarySI values strictly between −1024 and 1024 or
    /// that are not whole numbers print as DecimalSI; decimal values get the largest exponent that is
    /// a multiple of three; binary values the largest power of 1024. Like 1.32, a DecimalSI value
    /// whose exponent has no suffix (above `E`) loses its suffix (`1000E` prints `1`).
    public var description: String {
        if let cachedString { return cachedString }
        return canonicalString
    }

    /// The canonical form, ignoring the cached input spelling.
    var canonicalString: String {
        if isZero { return "0" }
        let sign = isNegative ? "-" : ""
        var effectiveFormat = format
        var binaryInteger: DecimalMagnitude?
        if format == .binarySI {
            let absolute = Quantity(isNegative: false, magnitude: magnitude, exponent: exponent, format: format)
            if absolute < Quantity(integer: 1024) {
                effectiveFormat = .decimalSI
            } else if let integer = wholeMagnitude {
                binaryInteger = integer
            } else {
                effectiveFormat = .decimalSI
            }
        }
        if let binaryInteger {
            let (number, powers) = binaryInteger.removingFactors(of: 1024)
            return sign + number.description + Self.binarySuffix(powerOfTwo: powers * 10)
        }
        let (number, decimalExponent) = canonicalDecimal
        return sign + number.description + Self.decimalSuffix(exponent: decimalExponent, format: effectiveFormat)
    }

    /// The magnitude as a whole number, or nil when the value has a fractional part.
    var wholeMagnitude: DecimalMagnitude? {
        let (rest, tens) = magnitude.removingFactors(of: 10)
        let power = exponent + tens
        guard power >= 0 else { return nil }
        return rest.multipliedByPowerOfTen(power)
    }

    /// Mantissa and exponent with every factor of ten moved into an exponent that is a multiple of 3.
    var canonicalDecimal: (DecimalMagnitude, Int) {
        let (rest, tens) = magnitude.removingFactors(of: 10)
        var number = rest
        var power = exponent + tens
        switch power % 3 {
        case 1, -2:
            number = number.multiplied(by: 10)
            power -= 1
        case 2, -1:
            number = number.multiplied(by: 100)
            power -= 2
        default:
            break
        }
        return (number, power)
    }

    /// The decimal suffix for an exponent that is a multiple of three.
    static func decimalSuffix(exponent: Int, format: Format) -> String {
        switch format {
        case .decimalExponent:
            return exponent == 0 ? "" : "e\(exponent)"
        case .decimalSI, .binarySI:
            return QuantityParser.decimalSuffixes.first(where: { $0.value == exponent })?.key ?? ""
        }
    }

    /// The IEC suffix for a power of two that is a multiple of ten.
    static func binarySuffix(powerOfTwo: Int) -> String {
        if powerOfTwo == 0 { return "" }
        return QuantityParser.binarySuffixes.first(where: { $0.value == powerOfTwo })?.key ?? ""
    }
}

extension Quantity: Codable {
    /// Reads a quantity from a JSON string (or a bare JSON number, which upstream also accepts).
    /// `null` decodes to zero, like upstream.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .zero
            return
        }
        let text: String
        if let string = try? container.decode(String.self) {
            text = string.trimmingCharacters(in: .whitespacesAndNewlines)
        } else if let integer = try? container.decode(Int64.self) {
            text = String(integer)
        } else {
            text = String(try container.decode(Double.self))
        }
        do {
            self = try Quantity(text)
        } catch let error as QuantityParseError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Writes the quantity as a JSON string in its canonical form.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
