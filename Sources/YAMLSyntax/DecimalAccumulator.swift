/// An unsigned integer of any size kept in base 10⁹ limbs, just enough arithmetic to turn hex, octal, binary and
/// sexagesimal YAML integers into the canonical decimal digits `ScalarKind.integer` holds.
struct DecimalAccumulator: Sendable {
    private static let limbBase: UInt64 = 1_000_000_000
    /// Least significant limb first; empty means zero.
    private var limbs: [UInt32] = []

    init() {}

    init(_ value: UInt64) {
        var v = value
        while v > 0 {
            limbs.append(UInt32(v % Self.limbBase))
            v /= Self.limbBase
        }
    }

    /// `self = self * factor + addend`.
    mutating func multiply(by factor: UInt32, adding addend: UInt32 = 0) {
        var carry = UInt64(addend)
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(product % Self.limbBase)
            carry = product / Self.limbBase
        }
        while carry > 0 {
            limbs.append(UInt32(carry % Self.limbBase))
            carry /= Self.limbBase
        }
        while limbs.last == 0 { limbs.removeLast() }
    }

    mutating func add(_ other: DecimalAccumulator) {
        var carry: UInt64 = 0
        let count = max(limbs.count, other.limbs.count)
        for i in 0..<count {
            let a = i < limbs.count ? UInt64(limbs[i]) : 0
            let b = i < other.limbs.count ? UInt64(other.limbs[i]) : 0
            let sum = a + b + carry
            if i < limbs.count { limbs[i] = UInt32(sum % Self.limbBase) } else { limbs.append(UInt32(sum % Self.limbBase)) }
            carry = sum / Self.limbBase
        }
        if carry > 0 { limbs.append(UInt32(carry)) }
    }

    /// The value in decimal without leading zeros (`0` for zero).
    var decimalString: String {
        guard let top = limbs.last else { return "0" }
        var out = String(top)
        for limb in limbs.dropLast().reversed() {
            let digits = String(limb)
            out += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return out
    }

    /// The value of ASCII digits in `base` (2, 8, 10 or 16), digits already validated.
    static func parse(_ digits: [UInt8], base: Int) -> DecimalAccumulator {
        var result = DecimalAccumulator()
        // Feed several digits per multiplication: base^chunk stays below 2^32.
        let chunk: Int
        switch base {
        case 2: chunk = 29
        case 8: chunk = 10
        case 16: chunk = 7
        default: chunk = 9
        }
        var i = 0
        while i < digits.count {
            let end = min(i + chunk, digits.count)
            var factor: UInt32 = 1
            var value: UInt32 = 0
            for d in digits[i..<end] {
                factor *= UInt32(base)
                value = value * UInt32(base) + UInt32(digitValue(d))
            }
            result.multiply(by: factor, adding: value)
            i = end
        }
        return result
    }

    /// The exact integer digits of an integral, finite `Double` (without sign).
    static func integralDigits(of value: Double) -> String {
        let magnitude = abs(value)
        if magnitude < 9.0e18 { return String(UInt64(magnitude)) }
        var result = DecimalAccumulator(UInt64(magnitude.significandBitPattern | (1 << 52)))
        for _ in 0..<(Int(magnitude.exponent) - 52) { result.multiply(by: 2) }
        return result.decimalString
    }

    private static func digitValue(_ d: UInt8) -> Int {
        switch d {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(d - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(d - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(d - UInt8(ascii: "A")) + 10
        default: return 0
        }
    }
}
