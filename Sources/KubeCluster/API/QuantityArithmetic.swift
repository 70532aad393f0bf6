extension Quantity: Comparable, Hashable {
    /// True when both quantities have the same value, whatever their spelling (`1000m == 1`).
    public static func == (lhs: Quantity, rhs: Quantity) -> Bool {
        compare(lhs, rhs) == 0
    }

    /// Orders quantities by value (`Quantity.Cmp`).
    public static func < (lhs: Quantity, rhs: Quantity) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// Hashes the value, so equal quantities hash alike.
    public func hash(into hasher: inout Hasher) {
        let (rest, tens) = magnitude.removingFactors(of: 10)
        hasher.combine(isNegative)
        hasher.combine(rest)
        hasher.combine(isZero ? 0 : exponent + tens)
    }

    /// -1, 0 or 1 as `lhs` is below, equal to or above `rhs`.
    public static func compare(_ lhs: Quantity, _ rhs: Quantity) -> Int {
        if lhs.sign != rhs.sign { return lhs.sign < rhs.sign ? -1 : 1 }
        if lhs.isZero { return 0 }
        let (left, right) = alignedMagnitudes(lhs, rhs)
        let absoluteOrder = left == right ? 0 : (left < right ? -1 : 1)
        return lhs.isNegative ? -absoluteOrder : absoluteOrder
    }

    /// Both magnitudes scaled to the smaller of the two exponents.
    static func alignedMagnitudes(_ lhs: Quantity, _ rhs: Quantity) -> (DecimalMagnitude, DecimalMagnitude) {
        let common = min(lhs.exponent, rhs.exponent)
        return (lhs.magnitude.multipliedByPowerOfTen(lhs.exponent - common),
                rhs.magnitude.multipliedByPowerOfTen(rhs.exponent - common))
    }

    /// `self + other`; keeps this quantity's format unless it is zero (then takes `other`'s), as upstream.
    public func adding(_ other: Quantity) -> Quantity {
        let resultFormat = isZero ? other.format : format
        let common = min(exponent, other.exponent)
        let (left, right) = Self.alignedMagnitudes(self, other)
        let negative: Bool
        let total: DecimalMagnitude
        if isNegative == other.isNegative {
            negative = isNegative
            total = left.adding(right)
        } else if left >= right {
            negative = isNegative
            total = left.subtracting(right)
        } else {
            negative = other.isNegative
            total = right.subtracting(left)
        }
        return Quantity(isNegative: negative, magnitude: total, exponent: common, format: resultFormat)
    }

    /// `self - other`, with the same format rule as `adding`.
    public func subtracting(_ other: Quantity) -> Quantity {
        var result = adding(other.negated())
        result.format = isZero ? other.format : format
        return result
    }

    /// The value with its sign flipped (`Quantity.Neg`).
    public func negated() -> Quantity {
        Quantity(isNegative: !isNegative, magnitude: magnitude, exponent: exponent, format: format)
    }

    /// Sum of two quantities.
    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity { lhs.adding(rhs) }

    /// Difference of two quantities.
    public static func - (lhs: Quantity, rhs: Quantity) -> Quantity { lhs.subtracting(rhs) }

    /// `⌈value / 10^scale⌉` rounded away from zero, saturated to `Int64` (`Quantity.ScaledValue`).
    public func scaledValue(scale: Int) -> Int64 {
        if isZero { return 0 }
        let shift = exponent - scale
        var scaled: DecimalMagnitude
        if shift >= 0 {
            if shift > 19 { return isNegative ? Int64.min : Int64.max }
            scaled = magnitude.multipliedByPowerOfTen(shift)
        } else {
            let (rounded, _) = QuantityParser.roundUpToNano(magnitude, exponent: shift - 9)
            scaled = rounded
        }
        guard let unsigned = scaled.uint64Value, unsigned <= UInt64(Int64.max) else {
            return isNegative ? Int64.min : Int64.max
        }
        return isNegative ? -Int64(unsigned) : Int64(unsigned)
    }

    /// The value in whole units, rounded up (`Quantity.Value`): `1500m` → 2, `128Mi` → 134217728.
    public var value: Int64 { scaledValue(scale: 0) }

    /// The value in thousandths, rounded up (`Quantity.MilliValue`): `0.5` → 500, `2` → 2000.
    public var milliValue: Int64 { scaledValue(scale: -3) }

    /// The value as a floating-point number (`AsApproximateFloat64`).
    public var doubleValue: Double {
        let number = Double(magnitude.description) ?? 0
        let scaled = number * pow10(exponent)
        return isNegative ? -scaled : scaled
    }

    private func pow10(_ power: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(power) { result *= 10 }
        return power < 0 ? 1 / result : result
    }
}
