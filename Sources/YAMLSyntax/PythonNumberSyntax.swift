/// Python's `int(text, base)` and `float(text)` string grammars, which ruamel's constructors end in.
///
/// Both first map Unicode whitespace to spaces and Unicode decimal digits to ASCII digits, then strip spaces; ints
/// accept a sign and a prefix matching the base; base 10 refuses more than 4,300 digits (Python 3.11's default
/// `sys.get_int_max_str_digits()`).
enum PythonNumberSyntax {
    static let maxDecimalDigits = 4_300

    /// A parsed integer: its sign and canonical magnitude digits.
    struct Integer: Sendable {
        var negative: Bool
        /// Decimal digits without leading zeros (`0` for zero).
        var magnitude: String

        var decimal: String { negative && magnitude != "0" ? "-" + magnitude : magnitude }

        func negated(if condition: Bool) -> Integer {
            Integer(negative: condition ? !negative : negative, magnitude: magnitude)
        }
    }

    static func int(_ text: Substring, base: Int) -> Result<Integer, YAMLConstructionError> {
        let invalid = YAMLConstructionError("invalid literal for int() with base \(base): '\(text)'")
        guard let bytes = asciiNumberText(text) else { return .failure(invalid) }
        var c = ByteCursor(bytes[...])
        let negative = c.peek == UInt8(ascii: "-")
        c.eatSign()
        var digits = Array(c.rest)
        if digits.count >= 2, digits[0] == UInt8(ascii: "0") {
            let marker = digits[1] | 0x20
            if (base == 16 && marker == UInt8(ascii: "x")) || (base == 8 && marker == UInt8(ascii: "o"))
                || (base == 2 && marker == UInt8(ascii: "b"))
            {
                digits.removeFirst(2)
            }
        }
        guard !digits.isEmpty, digits.allSatisfy({ isDigit($0, base: base) }) else { return .failure(invalid) }
        if base == 10 {
            guard digits.count <= maxDecimalDigits else {
                return .failure(
                    .init(
                        "Exceeds the limit (\(maxDecimalDigits) digits) for integer string conversion: value has \(digits.count) digits"
                    ))
            }
            let significant = digits.drop { $0 == UInt8(ascii: "0") }
            let magnitude = significant.isEmpty ? "0" : String(decoding: significant, as: UTF8.self)
            return .success(Integer(negative: negative, magnitude: magnitude))
        }
        return .success(
            Integer(negative: negative, magnitude: DecimalAccumulator.parse(digits, base: base).decimalString))
    }

    /// Python's `float(text)`, or nil when Python would raise `ValueError`. Overflow gives an infinity, as in Python.
    static func float(_ text: Substring) -> Double? {
        guard let bytes = asciiNumberText(text), !bytes.isEmpty else { return nil }
        var c = ByteCursor(bytes[...])
        let negative = c.peek == UInt8(ascii: "-")
        c.eatSign()
        let word = String(decoding: c.rest, as: UTF8.self).lowercased()
        if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
        if word == "nan" { return .nan }
        let mantissaDigits = c.eatRun(ByteCursor.isDigit)
        var fractionDigits = 0
        if c.eat(UInt8(ascii: ".")) { fractionDigits = c.eatRun(ByteCursor.isDigit) }
        guard mantissaDigits + fractionDigits > 0 else { return nil }
        if c.eat(UInt8(ascii: "e")) || c.eat(UInt8(ascii: "E")) {
            c.eatSign()
            guard c.eatRun(ByteCursor.isDigit) > 0 else { return nil }
        }
        guard c.atEnd else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// The text with Unicode decimal digits as ASCII digits and surrounding whitespace removed; nil when it holds
    /// other non-ASCII characters.
    private static func asciiNumberText(_ text: Substring) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isPythonSpace(scalar) {
                out.append(UInt8(ascii: " "))
            } else if scalar.isASCII {
                out.append(UInt8(scalar.value))
            } else if scalar.properties.numericType == .decimal, let v = scalar.properties.numericValue {
                out.append(UInt8(ascii: "0") + UInt8(Int(v)))
            } else {
                return nil
            }
        }
        let start = out.firstIndex { $0 != UInt8(ascii: " ") } ?? out.count
        let end = (out.lastIndex { $0 != UInt8(ascii: " ") } ?? -1) + 1
        return start < end ? Array(out[start..<end]) : []
    }

    private static func isPythonSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x1C...0x20: return true
        case 0..<0x80: return false
        default: return s.properties.isWhitespace
        }
    }

    private static func isDigit(_ b: UInt8, base: Int) -> Bool {
        switch base {
        case 2: return b == UInt8(ascii: "0") || b == UInt8(ascii: "1")
        case 8: return b >= UInt8(ascii: "0") && b <= UInt8(ascii: "7")
        case 16: return ByteCursor.isHexOrUnderscore(b) && b != UInt8(ascii: "_")
        default: return ByteCursor.isDigit(b)
        }
    }
}
