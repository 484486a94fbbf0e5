import TextModel

/// The character classes of the AWS CLI's shorthand grammar, as exact code point sets (AWSCLI.md 1.3).
///
/// The CLI's regular expressions admit only the Basic Multilingual Plane in unquoted values, so every non-ASCII
/// scalar up to U+FFFF belongs to all three value classes and every astral scalar to none. An invalid UTF-8 byte
/// counts as one BMP code point: the CLI would see it as a surrogate escape (U+DC80–U+DCFF), which its classes admit.
enum ShorthandCharacters {
    private static let startBit: UInt8 = 1
    private static let firstFollowBit: UInt8 = 2
    private static let secondFollowBit: UInt8 = 4
    private static let keyBit: UInt8 = 8
    private static let whitespaceBit: UInt8 = 16

    /// Class membership of each ASCII byte, one bit per class.
    private static let asciiTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        func mark(_ ranges: [ClosedRange<UInt8>], _ bit: UInt8) {
            for range in ranges {
                for b in range { table[Int(b)] |= bit }
            }
        }
        // START: `!`, `#`-`&`, `(`-`+`, `-`-`<`, `>`-`Z`, `\`-`z`, `|`-DEL.
        mark([0x21...0x21, 0x23...0x26, 0x28...0x2B, 0x2D...0x3C, 0x3E...0x5A, 0x5C...0x7A, 0x7C...0x7F], startBit)
        // FIRST-follow: Python's `\s` (ASCII part 0x09-0x0D, 0x1C-0x20) plus the listed ranges; no `"` `'` `,` `]` `}`.
        mark(
            [0x09...0x0D, 0x1C...0x21, 0x23...0x26, 0x28...0x2B, 0x2D...0x5C, 0x5E...0x7C, 0x7E...0x7F],
            firstFollowBit)
        // SECOND-follow: like FIRST-follow but brackets and braces are in and `=` is out.
        mark([0x09...0x0D, 0x1C...0x21, 0x23...0x26, 0x28...0x2B, 0x2D...0x3C, 0x3E...0x7F], secondFollowBit)
        // Keys: ASCII letters, digits and `- _ . # / :`.
        mark(
            [
                UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
            ], keyBit)
        for c in "-_.#/:".utf8 { table[Int(c)] |= keyBit }
        // Python's `string.whitespace`, which the parser skips between tokens.
        mark([0x09...0x0D, 0x20...0x20], whitespaceBit)
        return table
    }()

    /// The length in bytes of the character at `offset` when it may start an unquoted value (START), else 0.
    ///
    /// The escaped comma `\,` is not handled here; callers test for it first, as the CLI's regex does.
    @inline(__always)
    static func startLength(_ bytes: [UInt8], _ offset: Int) -> Int {
        length(bytes, offset, startBit)
    }

    /// The length in bytes of the character at `offset` when it may continue a first value, else 0.
    @inline(__always)
    static func firstFollowLength(_ bytes: [UInt8], _ offset: Int) -> Int {
        length(bytes, offset, firstFollowBit)
    }

    /// The length in bytes of the character at `offset` when it may continue a second value, else 0.
    @inline(__always)
    static func secondFollowLength(_ bytes: [UInt8], _ offset: Int) -> Int {
        length(bytes, offset, secondFollowBit)
    }

    /// Whether `byte` may appear in a key.
    @inline(__always)
    static func isKey(_ byte: UInt8) -> Bool {
        byte < 0x80 && asciiTable[Int(byte)] & keyBit != 0
    }

    /// Whether `byte` is ASCII whitespace as Python's `string.whitespace` defines it.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte < 0x80 && asciiTable[Int(byte)] & whitespaceBit != 0
    }

    @inline(__always)
    private static func length(_ bytes: [UInt8], _ offset: Int, _ bit: UInt8) -> Int {
        guard offset < bytes.count else { return 0 }
        let b = bytes[offset]
        if b < 0x80 { return asciiTable[Int(b)] & bit != 0 ? 1 : 0 }
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
