/// Numbers and the literals `true`, `false`, `null`, `NaN`, `Infinity`, `-Infinity`.
extension JSONPullReader {
    private static let literalTrue = Array("true".utf8)
    private static let literalFalse = Array("false".utf8)
    private static let literalNull = Array("null".utf8)
    private static let literalNaN = Array("NaN".utf8)
    private static let literalInfinity = Array("Infinity".utf8)

    /// Consumes the next value, which must be `true` or `false`.
    package mutating func readBool() throws(JSONValue.DecodingError) -> Bool {
        let i = skipWhitespace(from: offset)
        if literal(Self.literalTrue, at: i) {
            offset = i + 4
            return true
        }
        if literal(Self.literalFalse, at: i) {
            offset = i + 5
            return false
        }
        throw unexpectedKind("true or false", .bool, at: i)
    }

    /// Consumes the next value, which must be `null`.
    package mutating func readNull() throws(JSONValue.DecodingError) {
        let i = skipWhitespace(from: offset)
        guard literal(Self.literalNull, at: i) else { throw unexpectedKind("null", .null, at: i) }
        offset = i + 4
    }

    /// Consumes the next value, which must be a number, and returns where it is written.
    ///
    /// The longest prefix that follows Python's grammar (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, or one of
    /// the three non-finite literals) is the number; whatever follows is judged by the next call, as Python's
    /// scanner judges it.
    package mutating func readNumberToken() throws(JSONValue.DecodingError) -> Number {
        let n = bytes.count
        let start = skipWhitespace(from: offset)
        var i = start
        if i < n, bytes[i] == UInt8(ascii: "-") { i += 1 }
        if literal(Self.literalInfinity, at: i) {
            offset = i + 8
            return Number(start: start, end: offset, isInteger: false)
        }
        if i == start, literal(Self.literalNaN, at: i) {
            offset = i + 3
            return Number(start: start, end: offset, isInteger: false)
        }
        let digitsStart = i
        if i < n, bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else if i < n, Self.isDigit(bytes[i]) {
            while i < n, Self.isDigit(bytes[i]) { i += 1 }
        } else {
            throw unexpectedKind("a number", .number, at: start)
        }
        let digitsEnd = i
        var isInteger = true
        if i + 1 < n, bytes[i] == UInt8(ascii: "."), Self.isDigit(bytes[i + 1]) {
            i += 2
            while i < n, Self.isDigit(bytes[i]) { i += 1 }
            isInteger = false
        }
        if i < n, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            var k = i + 1
            if k < n, bytes[k] == UInt8(ascii: "+") || bytes[k] == UInt8(ascii: "-") { k += 1 }
            if k < n, Self.isDigit(bytes[k]) {
                while k < n, Self.isDigit(bytes[k]) { k += 1 }
                i = k
                isInteger = false
            }
        }
        if isInteger, digitsEnd - digitsStart > JSONParser.maxIntegerDigits {
            throw failure(JSONParseMessage.integerTooLong(digitsEnd - digitsStart), at: start)
        }
        offset = i
        return Number(start: start, end: i, isInteger: isInteger)
    }

    /// Consumes the next value, which must be a number, as a `Double` (integers beyond 2^53 rounded; overflow
    /// gives ±infinity, as Python's `float()` does).
    package mutating func readNumber() throws(JSONValue.DecodingError) -> Double {
        let number = try readNumberToken()
        if number.isInteger, let exact = smallInteger(number) { return Double(exact) }
        return Double(text(number)) ?? .nan
    }

    /// Consumes the next value, which must be a number, as a `JSONValue`: an integer when written as one and it
    /// fits in 64 bits, else a double.
    package mutating func readNumberValue() throws(JSONValue.DecodingError) -> JSONValue {
        let number = try readNumberToken()
        if number.isInteger {
            if let exact = smallInteger(number) { return .integer(exact) }
            let written = text(number)
            if let wide = Int64(written) { return .integer(wide) }
            return .double(Double(written) ?? .nan)
        }
        return .double(Double(text(number)) ?? .nan)
    }

    /// The value of an integer of at most 18 digits, which cannot overflow.
    private func smallInteger(_ number: Number) -> Int64? {
        var i = number.start
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        guard number.end - i <= 18 else { return nil }
        var value: Int64 = 0
        while i < number.end {
            value = value &* 10 &+ Int64(bytes[i] &- UInt8(ascii: "0"))
            i += 1
        }
        return negative ? -value : value
    }

    private func text(_ number: Number) -> String {
        String(decoding: bytes[number.start..<number.end], as: UTF8.self)
    }

    /// Whether `expected` is written at `i`.
    private func literal(_ expected: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + expected.count <= bytes.count else { return false }
        for k in 0..<expected.count where bytes[i + k] != expected[k] { return false }
        return true
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
