/// A Kubernetes resource quantity (`resource.Quantity`): `100m` CPU, `128Mi` memory, `1e3`, `0.5`.
///
/// The value is kept exactly as `±magnitude × 10^exponent`. Parsing follows upstream
/// `ParseQuantity` of Kubernetes 1.32 rule for rule (fractions are rounded up to nano, binary
/// values are capped at 2⁶³−1, already-canonical input keeps its original spelling), and
/// `description` is the string upstream serializes (`0.5` → `500m`, `1024Mi` → `1Gi`,
/// `1.5Gi` → `1536Mi`). Equality, hashing and ordering compare values, so `100m == 0.1`.
public struct Quantity: Sendable {
    /// How a quantity prefers to be written; kept from the input and used to print it.
    public enum Format: String, Sendable, CaseIterable {
        /// Powers of ten with SI suffixes: `n u m "" k M G T P E`.
        case decimalSI = "DecimalSI"
        /// Powers of two with IEC suffixes: `Ki Mi Gi Ti Pi Ei`.
        case binarySI = "BinarySI"
        /// Scientific notation: `1e3`, `500e-3`.
        case decimalExponent = "DecimalExponent"
    }

    /// True when the value is below zero (never true for zero).
    var isNegative: Bool
    /// The absolute value without its decimal exponent.
    var magnitude: DecimalMagnitude
    /// The power of ten the magnitude is multiplied by.
    var exponent: Int
    /// The notation the quantity prints in.
    public internal(set) var format: Format
    /// The input spelling, kept when upstream would keep it (it was already canonical).
    var cachedString: String?

    init(isNegative: Bool, magnitude: DecimalMagnitude, exponent: Int, format: Format, cachedString: String? = nil) {
        self.isNegative = isNegative && !magnitude.isZero
        self.magnitude = magnitude
        self.exponent = magnitude.isZero ? 0 : exponent
        self.format = format
        self.cachedString = cachedString
    }

    /// The zero quantity, printed `0`.
    public static let zero = Quantity(isNegative: false, magnitude: .zero, exponent: 0, format: .decimalSI)

    /// `value` in whole units (`NewQuantity`), e.g. `Quantity(integer: 3, format: .decimalSI)` is `3`.
    public init(integer value: Int64, format: Format = .decimalSI) {
        self.init(isNegative: value < 0, magnitude: DecimalMagnitude(value.magnitude), exponent: 0, format: format)
    }

    /// `value` thousandths (`NewMilliQuantity`), e.g. `Quantity(milli: 250)` is `250m`.
    public init(milli value: Int64, format: Format = .decimalSI) {
        self.init(isNegative: value < 0, magnitude: DecimalMagnitude(value.magnitude), exponent: -3, format: format)
    }

    /// `value × 10^scale` (`NewScaledQuantity`, which is DecimalSI), e.g. `(5, 6)` is `5M`.
    public init(scaled value: Int64, scale: Int, format: Format = .decimalSI) {
        self.init(isNegative: value < 0, magnitude: DecimalMagnitude(value.magnitude), exponent: scale, format: format)
    }

    /// Parses a quantity string exactly as upstream `resource.ParseQuantity` does.
    public init(_ text: String) throws {
        self = try QuantityParser.parse(text)
    }

    /// Parses `text`, or nil when it is not a valid quantity.
    public static func parse(_ text: String) -> Quantity? {
        try? Quantity(text)
    }

    /// True when the value is zero.
    public var isZero: Bool { magnitude.isZero }

    /// -1, 0 or 1 by the sign of the value.
    public var sign: Int { isZero ? 0 : (isNegative ? -1 : 1) }
}

/// Why a string is not a quantity; `description` is the upstream error text.
public enum QuantityParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The string does not have the shape of a quantity at all.
    case formatWrong
    /// The numeric part cannot be read.
    case numeric
    /// The suffix is not one of the known SI, IEC or exponent suffixes.
    case suffix

    /// The message upstream returns (`ErrFormatWrong`, `ErrNumeric`, `ErrSuffix`).
    public var description: String {
        switch self {
        case .formatWrong:
            return "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
        case .numeric:
            return "unable to parse numeric part of quantity"
        case .suffix:
            return "unable to parse quantity's suffix"
        }
    }
}

/// The parts of a quantity string, as upstream `parseQuantityString` splits it.
struct QuantityStringParts: Equatable {
    /// False for a leading `-`.
    var positive: Bool
    /// Integer digits with leading zeros removed (`"0"` when there are none).
    var numerator: String
    /// Fraction digits after the `.` (possibly empty).
    var denominator: String
    /// Everything after the number: `Mi`, `m`, `e-3`.
    var suffix: String
}

/// The suffix tables and the parser behind `Quantity.init(_:)`.
enum QuantityParser {
    /// Decimal SI suffixes and their powers of ten.
    static let decimalSuffixes: [String: Int] = [
        "n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18,
    ]
    /// Binary suffixes and their powers of two.
    static let binarySuffixes: [String: Int] = ["Ki": 10, "Mi": 20, "Gi": 30, "Ti": 40, "Pi": 50, "Ei": 60]
    /// The largest exponent accepted after `e` (upstream takes any 32-bit one; beyond this bound
    /// exact arithmetic would need absurd amounts of memory).
    static let exponentLimit = 100_000
    /// Upstream's bound for binary quantities: 2⁶³−1.
    static let maxBinaryValue = DecimalMagnitude(UInt64(Int64.max))

    /// Splits `text` into sign, numerator, denominator and suffix (upstream `parseQuantityString`).
    static func split(_ text: String) throws -> QuantityStringParts {
        let bytes = Array(text.utf8)
        var parts = QuantityStringParts(positive: true, numerator: "0", denominator: "", suffix: "")
        var position = 0
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            parts.positive = first != UInt8(ascii: "-")
            position = 1
        }
        while position < bytes.count, bytes[position] == UInt8(ascii: "0") { position += 1 }
        if position == bytes.count { return parts }
        let numeratorStart = position
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        if position > numeratorStart { parts.numerator = string(bytes[numeratorStart..<position]) }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            let denominatorStart = position
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            parts.denominator = string(bytes[denominatorStart..<position])
        }
        let suffixStart = position
        while position < bytes.count, "eEinumkKMGTP".utf8.contains(bytes[position]) { position += 1 }
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") {
            position += 1
        }
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        guard position == bytes.count else { throw QuantityParseError.formatWrong }
        parts.suffix = string(bytes[suffixStart...])
        return parts
    }

    /// The base (10 or 2), exponent and format a suffix stands for (upstream `interpret`).
    static func interpret(suffix: String) -> (base: Int, exponent: Int, format: Quantity.Format)? {
        if let exponent = decimalSuffixes[suffix] { return (10, exponent, .decimalSI) }
        if let exponent = binarySuffixes[suffix] { return (2, exponent, .binarySI) }
        guard suffix.count > 1, let first = suffix.first, first == "e" || first == "E" else { return nil }
        guard let exponent = Int(suffix.dropFirst()), abs(exponent) <= exponentLimit else { return nil }
        return (10, exponent, .decimalExponent)
    }

    /// Parses a whole quantity string.
    static func parse(_ text: String) throws -> Quantity {
        if text.isEmpty { throw QuantityParseError.formatWrong }
        if text == "0" { return Quantity(isNegative: false, magnitude: .zero, exponent: 0, format: .decimalSI, cachedString: "0") }
        let parts = try split(text)
        guard let (base, suffixExponent, format) = interpret(suffix: parts.suffix) else {
            throw QuantityParseError.suffix
        }
        if let fast = parseFast(text, parts: parts, base: base, suffixExponent: suffixExponent, format: format) {
            return fast
        }
        return try parseExact(parts: parts, base: base, suffixExponent: suffixExponent, format: format)
    }

    /// Upstream's int64 path: exact, no rounding needed, and keeps canonical input spellings.
    private static func parseFast(_ text: String, parts: QuantityStringParts, base: Int, suffixExponent: Int,
                                  format: Quantity.Format) -> Quantity? {
        let digitCount = parts.numerator.count + parts.denominator.count
        var scale = 0
        var multiplier: Int64 = 1
        let precision: Int
        switch format {
        case .decimalSI, .decimalExponent:
            scale = suffixExponent
            precision = 18 - digitCount
        case .binarySI:
            guard parts.denominator.isEmpty else { return nil }
            multiplier = Int64(1) << Int64(suffixExponent)
            precision = 15 - parts.numerator.count - suffixExponent * 3 / 10 - 1
        }
        scale -= parts.denominator.count
        let shifted = parts.numerator + parts.denominator
        guard precision >= 0, scale >= -9, let digits = Int64(shifted) else { return nil }
        let (product, overflow) = digits.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        var cached: String?
        switch format {
        case .binarySI:
            if suffixExponent % 10 == 0 && digits & 0x07 != 0 { cached = text }
        case .decimalSI, .decimalExponent:
            if scale % 3 == 0 && !shifted.hasSuffix("000") && !shifted.hasPrefix("0") { cached = text }
        }
        return Quantity(isNegative: !parts.positive, magnitude: DecimalMagnitude(product.magnitude),
                        exponent: scale, format: format, cachedString: cached)
    }

    /// Upstream's arbitrary-precision path: rounds up to nano and caps binary values.
    private static func parseExact(parts: QuantityStringParts, base: Int, suffixExponent: Int,
                                   format: Quantity.Format) throws -> Quantity {
        guard var magnitude = DecimalMagnitude(digits: Substring(parts.numerator + parts.denominator)) else {
            throw QuantityParseError.numeric
        }
        var exponent = -parts.denominator.count
        if base == 10 {
            exponent += suffixExponent
        } else {
            magnitude = magnitude.multipliedByPowerOfTwo(suffixExponent)
        }
        (magnitude, exponent) = roundUpToNano(magnitude, exponent: exponent)
        var resultFormat = format
        if format == .binarySI {
            let aligned = Quantity(isNegative: false, magnitude: magnitude, exponent: exponent, format: format)
            if aligned > Quantity(isNegative: false, magnitude: maxBinaryValue, exponent: 0, format: format) {
                (magnitude, exponent) = (maxBinaryValue, 0)
            } else if !aligned.isZero && aligned < Quantity(integer: 1) {
                resultFormat = .decimalSI
            }
        }
        return Quantity(isNegative: !parts.positive, magnitude: magnitude, exponent: exponent, format: resultFormat)
    }

    /// Rounds a non-zero magnitude away from zero to a multiple of 10⁻⁹.
    static func roundUpToNano(_ magnitude: DecimalMagnitude, exponent: Int) -> (DecimalMagnitude, Int) {
        guard exponent < -9, !magnitude.isZero else { return (magnitude, exponent) }
        let shift = -9 - exponent
        if shift >= magnitude.digitCount { return (DecimalMagnitude(1), -9) }
        var rest = magnitude
        var inexact = false
        for _ in 0..<shift {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10)
            inexact = inexact || remainder != 0
            rest = quotient
        }
        return (inexact ? rest.adding(DecimalMagnitude(1)) : rest, -9)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func string<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        String(decoding: Array(bytes), as: UTF8.self)
    }
}
