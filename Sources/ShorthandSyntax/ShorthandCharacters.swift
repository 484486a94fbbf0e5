import TextModel

/// The character classes of the AWS CLI's shorthand grammar, as exact code point sets (AWSCLI.md 1.3).
///
/// The CLI's regular expressions admit only the Basic Multilingual Plane in unquoted values, so every non-ASCII
/// scalar up to U+FFFF belongs to all three value classes and every astral scalar to none. An invalid UTF-8 byte
/// counts as one BMP code point: the CLI would see it as a surrogate escape (U+DC80–U+DCFF), which its classes admit.
enum ShorthandCharacters {
    /// A set of ASCII bytes as two 64-bit masks: constant, so membership costs no lazy initialisation.
    private struct ASCIISet {
        var low: UInt64
        var high: UInt64

        @inline(__always)
        func contains(_ b: UInt8) -> Bool {
            b < 64 ? (low >> UInt64(b)) & 1 != 0 : b < 128 && (high >> UInt64(b &- 64)) & 1 != 0
        }
    }

    /// START: `!`, `#`-`&`, `(`-`+`, `-`-`<`, `>`-`Z`, `\`-`z`, `|`-DEL.
    private static let start = ASCIISet(low: 0xDFFF_EF7A_0000_0000, high: 0xF7FF_FFFF_F7FF_FFFF)
    /// FIRST-follow: Python's `\s` (ASCII part 0x09-0x0D, 0x1C-0x20) and the listed ranges; no `"` `'` `,` `]` `}`.
    private static let firstFollow = ASCIISet(low: 0xFFFF_EF7B_F000_3E00, high: 0xDFFF_FFFF_DFFF_FFFF)
    /// SECOND-follow: like FIRST-follow, but brackets and braces are in and `=` is out.
    private static let secondFollow = ASCIISet(low: 0xDFFF_EF7B_F000_3E00, high: 0xFFFF_FFFF_FFFF_FFFF)
    /// Keys: ASCII letters, digits and `- _ . # / :`.
    private static let key = ASCIISet(low: 0x07FF_E008_0000_0000, high: 0x07FF_FFFE_87FF_FFFE)
    /// Python's `string.whitespace`, which the parser skips between tokens.
    private static let whitespace = ASCIISet(low: 0x0000_0001_0000_3E00, high: 0x0000_0000_0000_0000)

    /// The length in bytes of the character at `offset` when it may start an unquoted value (START), else 0.
    ///
    /// The escaped comma `\,` is not handled here; callers test for it first, as the CLI's regex does.
    @inline(__always)
    static func startLength(_ bytes: [UInt8], _ offset: Int) -> Int {
        length(bytes, offset, start)
    }

    /// The length in bytes of the character at `offset` when it may continue a first value, else 0.
    @inline(__always)
    static func firstFollowLength(_ bytes: [UInt8], _ offset: Int) -> Int {
        length(bytes, offset, firstFollow)
    }

    /// The length in bytes of the character at `offset` when it may continue a second value, else 0.
    @inline(__always)
    static func secondFollowLength(_ bytes: [UInt8], _ offset: Int) -> Int {
        length(bytes, offset, secondFollow)
    }

    /// Whether `byte` may appear in a key.
    @inline(__always)
    static func isKey(_ byte: UInt8) -> Bool {
        key.contains(byte)
    }

    /// Whether `byte` is ASCII whitespace as Python's `string.whitespace` defines it.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        whitespace.contains(byte)
    }

    @inline(__always)
    private static func length(_ bytes: [UInt8], _ offset: Int, _ set: ASCIISet) -> Int {
        guard offset < bytes.count else { return 0 }
        let b = bytes[offset]
        if b < 0x80 { return set.contains(b) ? 1 : 0 }
        let len = UTF8Scanning.sequenceLength(bytes, at: offset)
        // Four-byte sequences are the astral planes, outside every class.
        return len == 4 ? 0 : len
    }

    /// The offset where the Python `str.rstrip()` of `bytes[start..<end]` ends: trailing Unicode whitespace removed.
    static func pythonRStripEnd(_ bytes: [UInt8], start: Int, end: Int) -> Int {
        var e = end
        while e > start {
            let last = bytes[e - 1]
            if last < 0x80 {
                // 0x09-0x0D, 0x1C-0x20.
                if (0x09...0x0D).contains(last) || (0x1C...0x20).contains(last) {
                    e -= 1
                    continue
                }
                return e
            }
            if e - 2 >= start, bytes[e - 2] == 0xC2, last == 0x85 || last == 0xA0 {
                e -= 2
                continue
            }
            if e - 3 >= start, isThreeByteWhitespace(bytes[e - 3], bytes[e - 2], last) {
                e -= 3
                continue
            }
            return e
        }
        return e
    }

    /// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000 in UTF-8.
    private static func isThreeByteWhitespace(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        switch (b0, b1) {
        case (0xE1, 0x9A): return b2 == 0x80
        case (0xE2, 0x80): return (0x80...0x8A).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF
        case (0xE2, 0x81): return b2 == 0x9F
        case (0xE3, 0x80): return b2 == 0x80
        default: return false
        }
    }
}
