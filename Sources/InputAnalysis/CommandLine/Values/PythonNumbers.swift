import ShorthandSyntax

/// Python's `int()` and `float()` on a string, which the AWS CLI applies to numbers written on the command line
/// (AWSCLI.md 1.5): surrounding whitespace of any Unicode kind, digits of any script, underscores between digits.
enum PythonNumbers {
    /// Python's `ValueError` message.
    struct Failure: Error, Sendable, Hashable {
        var message: String
    }

    /// Python refuses to read integers longer than this many digits (`sys.get_int_max_str_digits()`).
    static let maxIntegerDigits = 4300

    /// `int(text)` in base 10: the canonical decimal digits (`-` first when negative), or Python's error.
    static func int(_ text: String) -> Result<String, Failure> {
        let failure = Failure(message: "invalid literal for int() with base 10: \(PythonRepr.string(text))")
        guard let ascii = asciiDigitsAndSpaces(text) else { return .failure(failure) }
        return int(ascii: ascii) ?? .failure(failure)
    }

    /// `int(data)` for bytes (only ASCII digits and whitespace count).
    static func int(bytes: [UInt8]) -> Result<String, Failure> {
        int(ascii: bytes)
            ?? .failure(Failure(message: "invalid literal for int() with base 10: \(pythonBytesRepr(bytes))"))
    }

    private static func int(ascii: [UInt8]) -> Result<String, Failure>? {
        var i = 0
        var end = ascii.count
        while i < end, isASCIISpace(ascii[i]) { i += 1 }
        while end > i, isASCIISpace(ascii[end - 1]) { end -= 1 }
        var negative = false
        if i < end, ascii[i] == UInt8(ascii: "+") || ascii[i] == UInt8(ascii: "-") {
            negative = ascii[i] == UInt8(ascii: "-")
            i += 1
        }
        guard let digits = digitsWithUnderscores(ascii[i..<end]) else { return nil }
        if digits.count > maxIntegerDigits {
            return .failure(
                Failure(
                    message: "Exceeds the limit (\(maxIntegerDigits) digits) for integer string conversion: value "
                        + "has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit"))
        }
        let significant = digits.drop { $0 == UInt8(ascii: "0") }
        if significant.isEmpty { return .success("0") }
        return .success((negative ? "-" : "") + String(decoding: significant, as: UTF8.self))
    }

    /// `float(text)`: the value, or Python's error.
    static func float(_ text: String) -> Result<Double, Failure> {
        let failure = Failure(message: "could not convert string to float: \(PythonRepr.string(text))")
        guard let ascii = asciiDigitsAndSpaces(text), let value = float(ascii: ascii) else { return .failure(failure) }
        return .success(value)
    }

    /// `float(data)` for bytes.
    static func float(bytes: [UInt8]) -> Result<Double, Failure> {
        guard let value = float(ascii: bytes) else {
            return .failure(Failure(message: "could not convert string to float: \(pythonBytesRepr(bytes))"))
        }
        return .success(value)
    }

    private static func float(ascii: [UInt8]) -> Double? {
        var i = 0
        var end = ascii.count
        while i < end, isASCIISpace(ascii[i]) { i += 1 }
        while end > i, isASCIISpace(ascii[end - 1]) { end -= 1 }
        var negative = false
        if i < end, ascii[i] == UInt8(ascii: "+") || ascii[i] == UInt8(ascii: "-") {
            negative = ascii[i] == UInt8(ascii: "-")
            i += 1
        }
        let body = ascii[i..<end]
        let lowered = String(decoding: body, as: UTF8.self).lowercased()
        if lowered == "inf" || lowered == "infinity" { return negative ? -.infinity : .infinity }
        if lowered == "nan" { return .nan }
        // digits [. digits] [e [sign] digits], or . digits [e …]; underscores only between digits.
        var j = body.startIndex
        func digitRun() -> [UInt8]? {
            let start = j
            while j < body.endIndex, isASCIIDigit(body[j]) || body[j] == UInt8(ascii: "_") { j += 1 }
            if j == start { return [] }
            return digitsWithUnderscores(body[start..<j])
        }
        guard let whole = digitRun() else { return nil }
        var fraction: [UInt8] = []
        if j < body.endIndex, body[j] == UInt8(ascii: ".") {
            j += 1
            guard let run = digitRun() else { return nil }
            fraction = run
        }
        guard !whole.isEmpty || !fraction.isEmpty else { return nil }
        var exponent: [UInt8] = []
        var exponentNegative = false
        if j < body.endIndex, body[j] == UInt8(ascii: "e") || body[j] == UInt8(ascii: "E") {
            j += 1
            if j < body.endIndex, body[j] == UInt8(ascii: "+") || body[j] == UInt8(ascii: "-") {
                exponentNegative = body[j] == UInt8(ascii: "-")
                j += 1
            }
            guard let run = digitRun(), !run.isEmpty else { return nil }
            exponent = run
        }
        guard j == body.endIndex else { return nil }
        var literal = negative ? "-" : ""
        literal += whole.isEmpty ? "0" : String(decoding: whole, as: UTF8.self)
        if !fraction.isEmpty { literal += "." + String(decoding: fraction, as: UTF8.self) }
        if !exponent.isEmpty {
            // Exponents beyond any double's range saturate; keep the literal short enough for the parser.
            let digits = exponent.drop { $0 == UInt8(ascii: "0") }
            let clipped = digits.count > 6 ? "999999" : (digits.isEmpty ? "0" : String(decoding: digits, as: UTF8.self))
            literal += "e" + (exponentNegative ? "-" : "") + clipped
        }
        return Double(literal)
    }

    /// Digits with single underscores between them (the underscores removed); nil when the run breaks the rule.
    private static func digitsWithUnderscores(_ run: ArraySlice<UInt8>) -> [UInt8]? {
        guard let first = run.first, isASCIIDigit(first), let last = run.last, isASCIIDigit(last) else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(run.count)
        var previousUnderscore = false
        for b in run {
            if b == UInt8(ascii: "_") {
                if previousUnderscore { return nil }
                previousUnderscore = true
                continue
            }
            guard isASCIIDigit(b) else { return nil }
            previousUnderscore = false
            out.append(b)
        }
        return out
    }

    /// Python's first step for `int()`/`float()` of a `str`: Unicode whitespace becomes a space and Unicode decimal
    /// digits their ASCII digit; any other non-ASCII character makes the text invalid (nil).
    private static func asciiDigitsAndSpaces(_ text: String) -> [UInt8]? {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.append(UInt8(scalar.value))
            } else if isPythonWhitespace(scalar) {
                out.append(UInt8(ascii: " "))
            } else if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
                value >= 0, value <= 9
            {
                out.append(UInt8(ascii: "0") + UInt8(value))
            } else {
                return nil
            }
        }
        return out
    }

    /// Python's `str.isspace()`.
    static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    private static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    private static func isASCIIDigit(_ b: UInt8) -> Bool {
        b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }

    /// Python's `repr()` of bytes: `b'…'` with `\xhh` escapes.
    static func pythonBytesRepr(_ bytes: [UInt8]) -> String {
        let quote: UInt8 = bytes.contains(UInt8(ascii: "'")) && !bytes.contains(UInt8(ascii: "\"")) ? 0x22 : 0x27
        var out = "b" + String(UnicodeScalar(quote))
        let hex = Array("0123456789abcdef")
        for b in bytes {
            switch b {
            case quote, UInt8(ascii: "\\"): out += "\\" + String(UnicodeScalar(b))
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x20..<0x7F: out += String(UnicodeScalar(b))
            default: out += "\\x" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 0x0F)])
            }
        }
        return out + String(UnicodeScalar(quote))
    }
}
