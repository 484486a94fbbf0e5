/// Python's `float()` and `int()` applied to text, as botocore and dateutil apply them to a timestamp string.
enum PythonNumberText {
    /// Integers at least this large stand for "too large for anything dateutil or `datetime` does with them".
    ///
    /// A multiple of 400 so that a capped year keeps its leap-year status (see `saturating(_:)`), and far above
    /// every limit the conversion tests against (C `int`, `timedelta`'s 999,999,999 days in seconds / 3600).
    static let saturationBase = 40_000_000_000_000

    /// Folds a running value after one more decimal digit, saturating at `saturationBase` but keeping the value
    /// modulo 400 exact, so huge years still answer leap-year questions as Python's unbounded `int` does.
    static func appendingDigit(_ digit: Int, to value: Int) -> Int {
        if value < saturationBase {
            let next = value * 10 + digit
            return next < saturationBase ? next : saturationBase + next % 400
        }
        return saturationBase + ((value - saturationBase) * 10 + digit) % 400
    }

    /// `int(text)` for text that holds no sign, space or underscore (dateutil's tokens and their slices): the
    /// value when every character is a decimal digit of any script, else nil (`ValueError`). Saturated.
    static func integer(_ text: some Collection<Unicode.Scalar>) -> Int? {
        guard !text.isEmpty else { return nil }
        var value = 0
        for scalar in text {
            guard let digit = PythonCharacterClass.decimalValue(scalar) else { return nil }
            value = appendingDigit(digit, to: value)
        }
        return value
    }

    /// `str.isdigit()` of a whole string: non-empty and every character a digit (superscripts included).
    static func isDigitString(_ text: some Collection<Unicode.Scalar>) -> Bool {
        !text.isEmpty && text.allSatisfy(PythonCharacterClass.isDigit)
    }

    /// `float(text)` for a `str`: nil when Python raises `ValueError`.
    ///
    /// Python first maps Unicode decimal digits to ASCII and Unicode spaces to a blank (any other non-ASCII
    /// character fails), then checks underscores, strips ASCII whitespace and reads the rest strictly.
    static func float(_ text: some Collection<Unicode.Scalar>) -> Double? {
        var ascii = [UInt8]()
        ascii.reserveCapacity(text.count)
        for scalar in text {
            if scalar.value < 0x7F {
                ascii.append(UInt8(scalar.value))
            } else if PythonCharacterClass.isSpace(scalar) {
                ascii.append(0x20)
            } else if let digit = PythonCharacterClass.decimalValue(scalar) {
                ascii.append(0x30 + UInt8(digit))
            } else {
                return nil
            }
        }
        return float(ascii: ascii)
    }

    /// `float(data)` for `bytes`: the same grammar, ASCII only.
    static func float(bytes: [UInt8]) -> Double? {
        float(ascii: bytes)
    }

    private static func float(ascii: [UInt8]) -> Double? {
        guard let cleaned = removingUnderscores(ascii) else { return nil }
        var start = 0
        var end = cleaned.count
        while start < end, isASCIISpace(cleaned[start]) { start += 1 }
        while end > start, isASCIISpace(cleaned[end - 1]) { end -= 1 }
        return strictDouble(cleaned[start..<end])
    }

    /// Python's underscore rule: each `_` must sit between two digits. Nil when broken, else the text without them.
    private static func removingUnderscores(_ text: [UInt8]) -> [UInt8]? {
        guard text.contains(0x5F) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.count)
        var previous: UInt8 = 0
        for byte in text {
            if byte == 0x5F {
                guard isASCIIDigit(previous) else { return nil }
            } else {
                if previous == 0x5F, !isASCIIDigit(byte) { return nil }
                out.append(byte)
            }
            previous = byte
        }
        return previous == 0x5F ? nil : out
    }

    /// `[+-]? (inf | infinity | nan | digits [. digits] | . digits) ([eE] [+-]? digits)?`, the whole text, case
    /// insensitive; the value correctly rounded (an exponent too large gives an infinity, as in Python).
    private static func strictDouble(_ text: ArraySlice<UInt8>) -> Double? {
        var i = text.startIndex
        var negative = false
        if i < text.endIndex, text[i] == 0x2B || text[i] == 0x2D {
            negative = text[i] == 0x2D
            i += 1
        }
        let remaining = text.endIndex - i
        if remaining == 3 || remaining == 8 {
            let word = String(decoding: text[i...], as: UTF8.self).lowercased()
            if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
            if word == "nan" { return .nan }
        }
        let integerStart = i
        while i < text.endIndex, isASCIIDigit(text[i]) { i += 1 }
        var mantissaDigits = i - integerStart
        if i < text.endIndex, text[i] == 0x2E {
            i += 1
            let fractionStart = i
            while i < text.endIndex, isASCIIDigit(text[i]) { i += 1 }
            mantissaDigits += i - fractionStart
        }
        guard mantissaDigits > 0 else { return nil }
        if i < text.endIndex, text[i] == 0x65 || text[i] == 0x45 {
            i += 1
            if i < text.endIndex, text[i] == 0x2B || text[i] == 0x2D { i += 1 }
            let exponentStart = i
            while i < text.endIndex, isASCIIDigit(text[i]) { i += 1 }
            guard i > exponentStart else { return nil }
        }
        guard i == text.endIndex else { return nil }
        // The grammar is checked above; Swift's reader accepts the same text and rounds the same way.
        return Double(String(decoding: text, as: UTF8.self))
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
}
