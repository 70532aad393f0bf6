/// A non-negative integer of any size, kept as little-endian base-10⁹ limbs.
///
/// `Quantity` needs exact arithmetic on values that can exceed `Int64` (a quantity such as
/// `123456789012345678901234567890` or `9Ei` before it is capped), and it mostly multiplies and
/// divides by small numbers (10, 100, 1024, powers of two), so a small base-10⁹ representation is
/// enough and keeps decimal printing trivial.
struct DecimalMagnitude: Equatable, Hashable, Comparable, CustomStringConvertible {
    /// The radix of one limb.
    static let limbBase: UInt64 = 1_000_000_000

    /// Limbs, least significant first, with no trailing zero limbs (zero is the empty array).
    private(set) var limbs: [UInt32]

    /// Zero.
    static let zero = DecimalMagnitude(limbs: [])

    private init(limbs: [UInt32]) {
        self.limbs = limbs
        trim()
    }

    /// The magnitude of `value`.
    init(_ value: UInt64) {
        var rest = value
        var result: [UInt32] = []
        while rest > 0 {
            result.append(UInt32(rest % Self.limbBase))
            rest /= Self.limbBase
        }
        self.init(limbs: result)
    }

    /// Parses a string of ASCII decimal digits; nil when it contains anything else or is empty.
    init?(digits: Substring) {
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var result: [UInt32] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -9, limitedBy: digits.startIndex) ?? digits.startIndex
            guard let limb = UInt32(digits[start..<end]) else { return nil }
            result.append(limb)
            end = start
        }
        self.init(limbs: result)
    }

    /// True for zero.
    var isZero: Bool { limbs.isEmpty }

    /// The value as `UInt64` when it fits.
    var uint64Value: UInt64? {
        var result: UInt64 = 0
        for limb in limbs.reversed() {
            let (scaled, overflow1) = result.multipliedReportingOverflow(by: Self.limbBase)
            let (sum, overflow2) = scaled.addingReportingOverflow(UInt64(limb))
            if overflow1 || overflow2 { return nil }
            result = sum
        }
        return result
    }

    /// The number of decimal digits (0 for zero).
    var digitCount: Int {
        guard let top = limbs.last else { return 0 }
        return (limbs.count - 1) * 9 + String(top).count
    }

    /// Decimal digits, no leading zeros; `"0"` for zero.
    var description: String {
        guard let top = limbs.last else { return "0" }
        var text = String(top)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }

    /// `self * factor` for a small factor.
    func multiplied(by factor: UInt32) -> DecimalMagnitude {
        var result: [UInt32] = []
        result.reserveCapacity(limbs.count + 1)
        var carry: UInt64 = 0
        for limb in limbs {
            let product = UInt64(limb) * UInt64(factor) + carry
            result.append(UInt32(product % Self.limbBase))
            carry = product / Self.limbBase
        }
        while carry > 0 {
            result.append(UInt32(carry % Self.limbBase))
            carry /= Self.limbBase
        }
        return DecimalMagnitude(limbs: result)
    }

    /// `self * 10^power`.
    func multipliedByPowerOfTen(_ power: Int) -> DecimalMagnitude {
        guard power > 0, !isZero else { return self }
        var result = self
        var remaining = power
        if remaining >= 9 {
            result = DecimalMagnitude(limbs: Array(repeating: 0, count: remaining / 9) + result.limbs)
            remaining %= 9
        }
        var factor: UInt32 = 1
        for _ in 0..<remaining { factor *= 10 }
        return result.multiplied(by: factor)
    }

    /// `self * 2^power`.
    func multipliedByPowerOfTwo(_ power: Int) -> DecimalMagnitude {
        var result = self
        var remaining = power
        while remaining > 0 {
            let step = min(remaining, 29)
            result = result.multiplied(by: UInt32(1) << UInt32(step))
            remaining -= step
        }
        return result
    }

    /// Quotient and remainder of division by a small non-zero divisor.
    func quotientAndRemainder(dividingBy divisor: UInt32) -> (quotient: DecimalMagnitude, remainder: UInt32) {
        precondition(divisor != 0, "division by zero")
        var quotient = [UInt32](repeating: 0, count: limbs.count)
        var remainder: UInt64 = 0
        for index in limbs.indices.reversed() {
            let current = remainder * Self.limbBase + UInt64(limbs[index])
            quotient[index] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
        }
        return (DecimalMagnitude(limbs: quotient), UInt32(remainder))
    }

    /// Removes every factor `base` and returns the rest and how many were removed.
    /// Like upstream, a value smaller than `base` is left alone.
    func removingFactors(of base: UInt32) -> (rest: DecimalMagnitude, count: Int) {
        var rest = self
        var count = 0
        while rest >= DecimalMagnitude(UInt64(base)) {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: base)
            if remainder != 0 { break }
            rest = quotient
            count += 1
        }
        return (rest, count)
    }

    /// `self + other`.
    func adding(_ other: DecimalMagnitude) -> DecimalMagnitude {
        var result: [UInt32] = []
        var carry: UInt64 = 0
        for index in 0..<max(limbs.count, other.limbs.count) {
            let left = index < limbs.count ? UInt64(limbs[index]) : 0
            let right = index < other.limbs.count ? UInt64(other.limbs[index]) : 0
            let sum = left + right + carry
            result.append(UInt32(sum % Self.limbBase))
            carry = sum / Self.limbBase
        }
        if carry > 0 { result.append(UInt32(carry)) }
        return DecimalMagnitude(limbs: result)
    }

    /// `self - other`; requires `self >= other`.
    func subtracting(_ other: DecimalMagnitude) -> DecimalMagnitude {
        precondition(self >= other, "DecimalMagnitude subtraction would go negative")
        var result: [UInt32] = []
        var borrow: Int64 = 0
        for index in limbs.indices {
            let right = index < other.limbs.count ? Int64(other.limbs[index]) : 0
            var difference = Int64(limbs[index]) - right - borrow
            borrow = 0
            if difference < 0 {
                difference += Int64(Self.limbBase)
                borrow = 1
            }
            result.append(UInt32(difference))
        }
        return DecimalMagnitude(limbs: result)
    }

    static func < (lhs: DecimalMagnitude, rhs: DecimalMagnitude) -> Bool {
        if lhs.limbs.count != rhs.limbs.count { return lhs.limbs.count < rhs.limbs.count }
        for index in lhs.limbs.indices.reversed() where lhs.limbs[index] != rhs.limbs[index] {
            return lhs.limbs[index] < rhs.limbs[index]
        }
        return false
    }

    private mutating func trim() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }
}
