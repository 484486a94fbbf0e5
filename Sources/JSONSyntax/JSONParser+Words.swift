import InputSyntax
import TextModel

/// Reading `.word` tokens: the literals, numbers as Python reads them, and everything else a user may type
/// between delimiters.
extension JSONParser {
    /// Python refuses to convert integers with more decimal digits than this (`sys.get_int_max_str_digits()`),
    /// so `json.loads` raises on them.
    static let maxIntegerDigits = 4300

    private static let literals: [(bytes: [UInt8], kind: ScalarKind)] = [
        (Array("true".utf8), .bool(true)),
        (Array("false".utf8), .bool(false)),
        (Array("null".utf8), .null),
        (Array("NaN".utf8), .float(.nan)),
        (Array("Infinity".utf8), .float(.infinity)),
        (Array("-Infinity".utf8), .float(-.infinity)),
    ]

    /// The value of a word in value position: a literal or number, or (with a diagnostic) anything else.
    mutating func wordValue(_ token: JSONToken) -> SyntaxNode {
        let range = token.range
        let plain = { (kind: ScalarKind) in SyntaxNode(.scalar(Scalar(kind, style: .plain)), range: range) }
        for literal in Self.literals where literal.bytes.count == range.length {
            if bytes[range.range].elementsEqual(literal.bytes) { return plain(literal.kind) }
        }
        if let number = numberValue(range) { return plain(number) }
        let first = bytes[range.start]
        if Self.isDigit(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
            || first == UInt8(ascii: ".")
        {
            report(JSONParseMessage.invalidNumber(excerpt(range)), range)
            return SyntaxNode(.missing, range: range)
        }
        let written = text(range)
        if !reportInvalidUTF8(in: range) {
            report(JSONParseMessage.unquotedValue(excerpt(range)), range)
        }
        return plain(.string(written))
    }

    /// The number in `range` when it follows JSON's grammar exactly
    /// (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`): an integer as canonical digits, or a float.
    private mutating func numberValue(_ range: ByteRange) -> ScalarKind? {
        let end = range.end
        var i = range.start
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        let digitsStart = i
        guard i < end else { return nil }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else if Self.isDigit(bytes[i]) {
            while i < end, Self.isDigit(bytes[i]) { i += 1 }
        } else {
            return nil
        }
        let digitsEnd = i
        var isFloat = false
        if i < end, bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fraction = i
            while i < end, Self.isDigit(bytes[i]) { i += 1 }
            guard i > fraction else { return nil }
            isFloat = true
        }
        if i < end, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < end, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            let exponent = i
            while i < end, Self.isDigit(bytes[i]) { i += 1 }
            guard i > exponent else { return nil }
            isFloat = true
        }
        guard i == end else { return nil }
        let written = text(range)
        if isFloat {
            // Overflow gives ±infinity, as Python's float() does.
            return .float(Double(written) ?? .nan)
        }
        let digits = digitsEnd - digitsStart
        if digits > Self.maxIntegerDigits { report(JSONParseMessage.integerTooLong(digits), range) }
        if digits == 1, bytes[digitsStart] == UInt8(ascii: "0") { return .integer("0") }
        return .integer(written)
    }

    /// Whether a word can be neither key nor value: it starts with punctuation JSON has no use for, a control
    /// character, an invisible character or invalid UTF-8. Such words are reported and skipped wherever they
    /// are, so they do not shift the reading of what follows.
    func isStray(_ token: JSONToken) -> Bool {
        let b = bytes[token.start]
        if b < 0x80 {
            return !(Self.isDigit(b) || Self.isLetter(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "$")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: "."))
        }
        guard UTF8Scanning.sequenceLength(bytes, at: token.start) > 1 else { return true }
        let properties = UTF8Scanning.scalar(bytes, at: token.start).properties
        return properties.isWhitespace || properties.generalCategory == .format
            || properties.generalCategory == .control
    }

    mutating func reportStray(_ token: JSONToken) {
        let range = token.range
        if reportInvalidUTF8(in: range) { return }
        let b = bytes[range.start]
        if b > 0x20, b < 0x7F {
            reportUnexpected(range)
        } else {
            let scalar = UTF8Scanning.scalar(bytes, at: range.start)
            let length = max(1, UTF8Scanning.sequenceLength(bytes, at: range.start))
            // One diagnostic on the first character; the rest of the word is skipped with it.
            report(
                JSONParseMessage.unexpectedCharacter(scalar), ByteRange(start: range.start, end: range.start + length))
        }
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }
}
