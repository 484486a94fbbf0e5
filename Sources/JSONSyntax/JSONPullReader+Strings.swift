import TextModel

/// Strings: finding and validating them eight bytes at a time, and decoding them when asked.
extension JSONPullReader {
    /// Consumes the next value, which must be a string, without decoding it.
    package mutating func readStringToken() throws(JSONValue.DecodingError) -> JSONStringToken {
        let i = skipWhitespace(from: offset)
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw unexpectedKind("a string", .string, at: i) }
        let token = try scanString(quote: i)
        offset = token.end + 1
        return token
    }

    /// Consumes the next value, which must be a string, and decodes it.
    package mutating func readString() throws(JSONValue.DecodingError) -> String {
        string(of: try readStringToken())
    }

    /// The decoded text of a token this reader returned.
    package func string(of token: JSONStringToken) -> String {
        guard !token.hasEscapes, token.start >= 0, token.start <= token.end, token.end <= bytes.count else {
            return Self.decodeStringContent(bytes, start: token.start, end: token.end)
        }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[token.start..<token.end]), as: UTF8.self)
        }
    }

    /// Whether a token's content is exactly `expected` as written (escapes not decoded).
    package func bytes(of token: JSONStringToken, equal expected: [UInt8]) -> Bool {
        guard token.count == expected.count, token.start >= 0, token.end <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            expected.withUnsafeBufferPointer { other in
                var k = 0
                while k < other.count {
                    if buffer[token.start + k] != other[k] { return false }
                    k += 1
                }
                return true
            }
        }
    }

    /// The string whose quote is at `quote`, validated as Python's strict decoder does: terminated, no control
    /// characters, valid escapes, valid UTF-8.
    func scanString(quote: Int) throws(JSONValue.DecodingError) -> JSONStringToken {
        let n = bytes.count
        var i = quote + 1
        var escapes = false
        while true {
            i = firstSpecialByte(from: i)
            guard i < n else { throw failure("Unterminated string starting at", at: quote) }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                return JSONStringToken(start: quote + 1, end: i, hasEscapes: escapes)
            }
            if b == UInt8(ascii: "\\") {
                escapes = true
                i = try escapeEnd(at: i, quote: quote)
            } else if b < 0x20 {
                throw failure(JSONParseMessage.invalidControlCharacter, at: i)
            } else {
                let length = UTF8Scanning.sequenceLength(bytes, at: i)
                guard length > 1 else { throw failure(JSONParseMessage.invalidUTF8, at: i) }
                i += length
            }
        }
    }

    /// The offset of the first byte at or after `start` that a string scan must look at: a quote, a backslash,
    /// a control character or a non-ASCII byte; the end of the bytes when there is none.
    ///
    /// Eight bytes at a time: for each special class, the classic "has a zero byte" test on the word flags the
    /// high bit of every byte in the class; bits above the first flagged byte may be spurious (a borrow), the
    /// lowest one never is, so its position is exact.
    @inline(__always)
    private func firstSpecialByte(from start: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            var i = start
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= n {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let quotes = word ^ (ones &* 0x22)
                let backslashes = word ^ (ones &* 0x5C)
                let special =
                    ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
                    | ((word &- ones &* 0x20) & ~word) | word
                let flagged = special & high
                if flagged != 0 { return i + flagged.trailingZeroBitCount >> 3 }
                i += 8
            }
            while i < n {
                let b = raw[i]
                if b == 0x22 || b == 0x5C || b < 0x20 || b >= 0x80 { return i }
                i += 1
            }
            return n
        }
    }

    /// The offset after the escape whose backslash is at `i`, or an error when Python would refuse it.
    private func escapeEnd(at i: Int, quote: Int) throws(JSONValue.DecodingError) -> Int {
        let n = bytes.count
        guard i + 1 < n else { throw failure("Unterminated string starting at", at: quote) }
        switch bytes[i + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return i + 2
        case UInt8(ascii: "u"):
            guard i + 6 <= n, (i + 2..<i + 6).allSatisfy({ Self.hexValue(bytes[$0]) != nil }) else {
                throw failure(JSONParseMessage.invalidUnicodeEscape, at: i)
            }
            return i + 6
        default:
            let length = max(1, UTF8Scanning.sequenceLength(bytes, at: i + 1))
            let text = String(decoding: bytes[i..<min(n, i + 1 + length)], as: UTF8.self)
            throw failure(JSONParseMessage.invalidEscape(text), at: i)
        }
    }

    /// The text of string content `bytes[start..<end]` as written between the quotes of a JSON string, escapes
    /// decoded (a lone surrogate, which a Swift `String` cannot hold, as U+FFFD). Meant for content a reader has
    /// validated; anything else decodes without trapping, invalid UTF-8 repaired.
    package static func decodeStringContent(_ bytes: [UInt8], start: Int, end: Int) -> String {
        let start = min(max(0, start), bytes.count)
        let end = min(max(start, end), bytes.count)
        return bytes.withUnsafeBufferPointer { buffer in
            let content = UnsafeBufferPointer(rebasing: buffer[start..<end])
            guard let firstEscape = content.firstIndex(of: UInt8(ascii: "\\")) else {
                return String(decoding: content, as: UTF8.self)
            }
            var out = [UInt8]()
            out.reserveCapacity(content.count)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: content[..<firstEscape]))
            var i = firstEscape
            let n = content.count
            while i < n {
                let b = content[i]
                guard b == UInt8(ascii: "\\"), i + 1 < n else {
                    out.append(b)
                    i += 1
                    continue
                }
                let c = content[i + 1]
                switch c {
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard let unit = hexQuad(content, at: i + 2) else {
                        out.append(b)
                        i += 1
                        continue
                    }
                    var scalar = unit
                    i += 6
                    if (0xD800...0xDBFF).contains(unit), i + 1 < n, content[i] == UInt8(ascii: "\\"),
                        content[i + 1] == UInt8(ascii: "u"), let low = hexQuad(content, at: i + 2),
                        (0xDC00...0xDFFF).contains(low)
                    {
                        scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                    UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { out.append($0) }
                    continue
                default: out.append(c)
                }
                i += 2
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func hexQuad(_ content: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= content.count else { return nil }
        var value: UInt32 = 0
        for k in offset..<(offset + 4) {
            guard let digit = hexValue(content[k]) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
