/// Helpers for walking UTF-8 that may be invalid, one sequence at a time.
package enum UTF8Scanning {
    /// The length of the well-formed UTF-8 sequence starting at `offset`, or 1 when the byte there does not start
    /// one (a stray continuation byte, an overlong form, a surrogate, a truncated sequence). Returns 0 at the end.
    @inlinable
    package static func sequenceLength(_ bytes: [UInt8], at offset: Int) -> Int {
        let n = bytes.count
        guard offset < n else { return 0 }
        let b0 = bytes[offset]
        if b0 < 0x80 { return 1 }
        @inline(__always) func cont(_ i: Int) -> Bool { i < n && bytes[i] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return cont(offset + 1) ? 2 : 1
        case 0xE0...0xEF:
            guard cont(offset + 1), cont(offset + 2) else { return 1 }
            let b1 = bytes[offset + 1]
            if b0 == 0xE0 && b1 < 0xA0 { return 1 }  // overlong
            if b0 == 0xED && b1 > 0x9F { return 1 }  // surrogate
            return 3
        case 0xF0...0xF4:
            guard cont(offset + 1), cont(offset + 2), cont(offset + 3) else { return 1 }
            let b1 = bytes[offset + 1]
            if b0 == 0xF0 && b1 < 0x90 { return 1 }  // overlong
            if b0 == 0xF4 && b1 > 0x8F { return 1 }  // above U+10FFFF
            return 4
        default:
            return 1
        }
    }

    /// Whether the byte at `offset` starts a well-formed sequence (or is ASCII).
    @inlinable
    package static func isValidSequence(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let b0 = bytes[offset]
        if b0 < 0x80 { return true }
        let len = sequenceLength(bytes, at: offset)
        return len > 1
    }

    /// The byte range of the first invalid UTF-8 sequence in `bytes`, or nil when all of it is valid.
    package static func firstInvalidSequence(_ bytes: [UInt8]) -> ByteRange? {
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] < 0x80 {
                i += 1
                continue
            }
            if !isValidSequence(bytes, at: i) {
                var end = i + 1
                while end < n, end < i + 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
                return ByteRange(start: i, end: end)
            }
            i += sequenceLength(bytes, at: i)
        }
        return nil
    }

    /// Whether `offset` is at a character boundary: not inside a well-formed multi-byte sequence.
    package static func isBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
        if offset <= 0 || offset >= bytes.count { return true }
        if bytes[offset] & 0xC0 != 0x80 { return true }
        // A continuation byte: it is a boundary only if no well-formed sequence starting up to 3 bytes earlier
        // covers it.
        var start = offset - 1
        while start >= 0, start >= offset - 3 {
            if bytes[start] & 0xC0 != 0x80 {
                return start + sequenceLength(bytes, at: start) <= offset
            }
            start -= 1
        }
        return true
    }

    /// The Unicode scalar encoded at `offset`, or U+FFFD for an invalid sequence.
    package static func scalar(_ bytes: [UInt8], at offset: Int) -> Unicode.Scalar {
        let len = sequenceLength(bytes, at: offset)
        guard len > 0 else { return "\u{FFFD}" }
        var value: UInt32
        switch len {
        case 1:
            let b = bytes[offset]
            return b < 0x80 ? Unicode.Scalar(b) : "\u{FFFD}"
        case 2: value = UInt32(bytes[offset] & 0x1F)
        case 3: value = UInt32(bytes[offset] & 0x0F)
        default: value = UInt32(bytes[offset] & 0x07)
        }
        for k in 1..<len { value = value << 6 | UInt32(bytes[offset + k] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
