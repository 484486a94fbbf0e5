/// The `Decimal` dateutil makes of a numeric token (`_to_decimal`): digits of any script, at most one point.
///
/// Only what the parser asks of it is kept exact: comparisons with small integers, truncation, whether there is a
/// fractional part, and the whole number of minutes or seconds in 60 times the fraction.
struct DateutilDecimal {
    /// `int(value)`: the integer part, saturated (`PythonNumberText.saturationBase`).
    var integerPart: Int
    /// The digits after the point, 0...9 each.
    var fractionDigits: [UInt8]
    /// How many digits the integer part has without leading zeros.
    var integerDigitCount: Int

    /// Nil where `Decimal(token)` fails or is not finite, which dateutil reports as `ValueError`.
    init?(_ token: DateutilToken) {
        var integerPart = 0
        var integerDigits = 0
        var significantIntegerDigits = 0
        var fraction = [UInt8]()
        var seenPoint = false
        for scalar in token.scalars {
            if scalar == "." {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if let digit = PythonCharacterClass.decimalValue(scalar) {
                if seenPoint {
                    fraction.append(UInt8(digit))
                } else {
                    integerPart = PythonNumberText.appendingDigit(digit, to: integerPart)
                    integerDigits += 1
                    if digit != 0 || significantIntegerDigits > 0 { significantIntegerDigits += 1 }
                }
            } else {
                return nil
            }
        }
        guard integerDigits + fraction.count > 0 else { return nil }
        self.integerPart = integerPart
        self.fractionDigits = fraction
        self.integerDigitCount = significantIntegerDigits
    }

    /// `value % 1 != 0`.
    var hasFraction: Bool { fractionDigits.contains { $0 != 0 } }

    /// `value > bound`.
    func isGreater(than bound: Int) -> Bool {
        integerPart > bound || (integerPart == bound && hasFraction)
    }

    /// `value <= bound`.
    func isAtMost(_ bound: Int) -> Bool {
        integerPart < bound || (integerPart == bound && !hasFraction)
    }

    /// `value >= bound`, for a whole-number bound.
    func isAtLeast(_ bound: Int) -> Bool { integerPart >= bound }

    /// `value < bound`, for a whole-number bound.
    func isLess(than bound: Int) -> Bool { integerPart < bound }

    /// `value % 1` raises `decimal.InvalidOperation` (DivisionImpossible) when the integer quotient needs more
    /// than the default context's 28 digits; nothing catches it.
    func checkRemainderFitsContext() throws(PythonException) {
        guard integerDigitCount <= Self.contextPrecision else {
            throw .uncaught("decimal.InvalidOperation: [<class 'decimal.DivisionImpossible'>]")
        }
    }

    /// `int(60 * (value % 1))` in Python's default decimal context: the remainder and the product are each
    /// rounded to 28 significant digits, half to even, so `0.999…` with enough nines gives 60.
    var sixtiethsOfFraction: Int {
        let remainder = Self.rounded(Array(fractionDigits.drop { $0 == 0 }), exponent: fractionDigits.count)
        var product = [UInt8]()
        var carry = 0
        for digit in remainder.digits.reversed() {
            let value = Int(digit) * 60 + carry
            product.append(UInt8(value % 10))
            carry = value / 10
        }
        while carry > 0 {
            product.append(UInt8(carry % 10))
            carry /= 10
        }
        product.reverse()
        let rounded = Self.rounded(Array(product.drop { $0 == 0 }), exponent: remainder.exponent)
        // int() keeps the digits before the point.
        let wholeDigits = rounded.digits.dropLast(rounded.exponent)
        return wholeDigits.reduce(0) { PythonNumberText.appendingDigit(Int($1), to: $0) }
    }

    /// The default `decimal` context's precision.
    private static let contextPrecision = 28

    /// `digits × 10^-exponent` rounded to `contextPrecision` significant digits, half to even. `digits` has no
    /// leading zero.
    private static func rounded(_ digits: [UInt8], exponent: Int) -> (digits: [UInt8], exponent: Int) {
        guard digits.count > contextPrecision else { return (digits, exponent) }
        var kept = Array(digits.prefix(contextPrecision))
        let dropped = digits[contextPrecision...]
        let first = dropped[dropped.startIndex]
        let restIsZero = dropped.dropFirst().allSatisfy { $0 == 0 }
        let roundUp = first > 5 || (first == 5 && (!restIsZero || (kept.last ?? 0) % 2 == 1))
        if roundUp {
            var index = kept.count - 1
            while index >= 0, kept[index] == 9 {
                kept[index] = 0
                index -= 1
            }
            if index >= 0 { kept[index] += 1 } else { kept.insert(1, at: 0) }
        }
        return (kept, exponent - dropped.count)
    }

    /// dateutil's `_parse_min_sec`: whole minutes, and seconds only when there is a fraction (else None).
    func minuteAndSecond() throws(PythonException) -> (minute: Int, second: Int?) {
        try checkRemainderFitsContext()
        return (integerPart, hasFraction ? sixtiethsOfFraction : nil)
    }
}
