import InputSyntax
import TextModel

/// Decoding of string tokens: escapes, surrogate pairs, and the problems Python's strict decoder refuses.
extension JSONParser {
    /// The value of a string token, its quote being `quote`. Problems are reported only for double-quoted
    /// strings: a single-quoted one already has its own diagnostic, and one per token is enough.
    mutating func stringValue(_ token: JSONToken, quote: UInt8) -> String {
        let start = token.start + 1
        let end = token.isTerminated ? token.end - 1 : token.end
        guard start < end else { return "" }
        if token.isSimple { return text(ByteRange(start: start, end: end)) }
        let reports = quote == UInt8(ascii: "\"")
        var out = [UInt8]()
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "\\") {
                i = decodeEscape(at: i, end: end, quote: quote, reports: reports, into: &out)
            } else if b < 0x20 {
                if reports { report(JSONParseMessage.invalidControlCharacter, ByteRange(start: i, end: i + 1)) }
                out.append(b)
                i += 1
            } else if b < 0x80 {
                out.append(b)
                i += 1
            } else {
                let length = UTF8Scanning.sequenceLength(bytes, at: i)
                if length > 1 {
                    out.append(contentsOf: bytes[i..<(i + length)])
                    i += length
                } else {
                    let invalid = invalidRun(at: i, end: end)
                    if reports { report(JSONParseMessage.invalidUTF8, invalid) }
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    i = invalid.end
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes the escape whose backslash is at `i`, appending its UTF-8 to `out`; returns the offset after it.
    private mutating func decodeEscape(
        at i: Int, end: Int, quote: UInt8, reports: Bool, into out: inout [UInt8]
    ) -> Int {
        // A backslash last in an unterminated string: the unterminated-string diagnostic covers it.
        guard i + 1 < end else {
            out.append(UInt8(ascii: "\\"))
            return end
        }
        let c = bytes[i + 1]
        let simple: UInt8?
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = c
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "'") where quote == UInt8(ascii: "'"): simple = c
        case UInt8(ascii: "u"): return decodeUnicodeEscape(at: i, end: end, reports: reports, into: &out)
        default: simple = nil
        }
        if let simple {
            out.append(simple)
            return i + 2
        }
        let after = min(end, i + 1 + max(1, UTF8Scanning.sequenceLength(bytes, at: i + 1)))
        if reports {
            let range = ByteRange(start: i, end: after)
            report(JSONParseMessage.invalidEscape(excerpt(range)), range)
        }
        // Keep the backslash: `C:\Users` most likely meant one.
        out.append(contentsOf: bytes[i..<after])
        return after
    }

    /// Decodes `\uXXXX` at `i`, joining a surrogate pair. A lone surrogate is valid for Python but has no
    /// Swift `String` form: it reads as U+FFFD.
    private mutating func decodeUnicodeEscape(
        at i: Int, end: Int, reports: Bool, into out: inout [UInt8]
    ) -> Int {
        guard let unit = hexQuad(at: i + 2, end: end) else {
            var stop = i + 2
            while stop < end, stop < i + 6, Self.hexValue(bytes[stop]) != nil { stop += 1 }
            if reports { report(JSONParseMessage.invalidUnicodeEscape, ByteRange(start: i, end: stop)) }
            out.append(contentsOf: bytes[i..<stop])
            return stop
        }
        var scalarValue = unit
        var next = i + 6
        if (0xD800...0xDBFF).contains(unit), next + 1 < end, bytes[next] == UInt8(ascii: "\\"),
            bytes[next + 1] == UInt8(ascii: "u"), let low = hexQuad(at: next + 2, end: end),
            (0xDC00...0xDFFF).contains(low)
        {
            scalarValue = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            next += 6
        }
        let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
        UTF8.encode(scalar) { out.append($0) }
        return next
    }

    /// The value of four hexadecimal digits at `offset`, all before `end`.
    private func hexQuad(at offset: Int, end: Int) -> UInt32? {
        guard offset + 4 <= end else { return nil }
        var value: UInt32 = 0
        for k in offset..<(offset + 4) {
            guard let digit = Self.hexValue(bytes[k]) else { return nil }
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

    /// The run of bytes, starting at the invalid one at `offset`, that do not start a well-formed UTF-8
    /// sequence (stopping before ASCII and at `end`): one diagnostic covers it.
    func invalidRun(at offset: Int, end: Int) -> ByteRange {
        var stop = offset + 1
        while stop < end, bytes[stop] >= 0x80, UTF8Scanning.sequenceLength(bytes, at: stop) <= 1 { stop += 1 }
        return ByteRange(start: offset, end: stop)
    }

    /// Reports every run of invalid UTF-8 in `range`; returns whether there was any.
    @discardableResult
    mutating func reportInvalidUTF8(in range: ByteRange) -> Bool {
        var found = false
        var i = range.start
        while i < range.end {
            if bytes[i] < 0x80 {
                i += 1
                continue
            }
            let length = UTF8Scanning.sequenceLength(bytes, at: i)
            if length > 1 {
                i += length
                continue
            }
            let invalid = invalidRun(at: i, end: range.end)
            report(JSONParseMessage.invalidUTF8, invalid)
            found = true
            i = invalid.end
        }
        return found
    }
}
