import TextModel

/// Splits JSON text into `JSONToken`s, one at a time, starting at any byte offset.
///
/// The lexer is stateless and reports nothing: it only finds where each token starts and ends. It is lenient on
/// purpose: everything between delimiters is one `.word`, so `tru`, `01`, `abc` or `@@` each become a single token
/// that the parser can judge and report once.
struct JSONLexer: Sendable {
    let bytes: [UInt8]

    /// The first token at or after `offset` (UTF-8 byte offset, 0-based), skipping JSON whitespace.
    func token(at offset: Int) -> JSONToken {
        let n = bytes.count
        let i = skipWhitespace(from: offset)
        guard i < n else { return JSONToken(.endOfText, n, n) }
        switch bytes[i] {
        case UInt8(ascii: "{"): return JSONToken(.beginObject, i, i + 1)
        case UInt8(ascii: "}"): return JSONToken(.endObject, i, i + 1)
        case UInt8(ascii: "["): return JSONToken(.beginArray, i, i + 1)
        case UInt8(ascii: "]"): return JSONToken(.endArray, i, i + 1)
        case UInt8(ascii: ":"): return JSONToken(.colon, i, i + 1)
        case UInt8(ascii: ","): return JSONToken(.comma, i, i + 1)
        case UInt8(ascii: "\""): return string(at: i, quote: UInt8(ascii: "\""), kind: .string)
        case UInt8(ascii: "'"): return string(at: i, quote: UInt8(ascii: "'"), kind: .singleQuotedString)
        case UInt8(ascii: "/") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "/"):
            var end = i + 2
            while end < n, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
            return JSONToken(.comment, i, end)
        case UInt8(ascii: "/") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "*"):
            var end = i + 2
            while end + 1 < n, !(bytes[end] == UInt8(ascii: "*") && bytes[end + 1] == UInt8(ascii: "/")) { end += 1 }
            if end + 1 < n { return JSONToken(.comment, i, end + 2) }
            return JSONToken(.comment, i, n, isTerminated: false)
        default:
            return word(at: i)
        }
    }

    /// The offset (UTF-8 byte offset, 0-based) of the first byte at or after `offset` that is not JSON
    /// whitespace, or the end of the text.
    func skipWhitespace(from offset: Int) -> Int {
        let n = bytes.count
        var i = max(0, offset)
        while i < n, Self.isWhitespace(bytes[i]) {
            i += 1
            // Indentation comes in long runs of spaces: step over them eight at a time.
            if i + 8 <= n, bytes[i] == 0x20 {
                i = bytes.withUnsafeBytes { raw in
                    var j = i
                    while j + 8 <= raw.count,
                        raw.loadUnaligned(fromByteOffset: j, as: UInt64.self) == Self.eightSpaces
                    {
                        j += 8
                    }
                    return j
                }
            }
        }
        return i
    }

    private static let eightSpaces: UInt64 = 0x2020_2020_2020_2020

    /// JSON's four whitespace bytes, the only ones Python's `json` skips.
    @inline(__always)
    static func isWhitespace(_ b: UInt8) -> Bool {
        // Bits 9 (tab), 10 (line feed), 13 (carriage return) and 32 (space): two operations per byte.
        b <= 0x20 && (0x1_0000_2600 as UInt64) >> b & 1 == 1
    }

    /// Whether `b` ends a word: whitespace, a structural character or a quote.
    @inline(__always)
    private static func isDelimiter(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "'"):
            true
        default:
            false
        }
    }

    private func word(at start: Int) -> JSONToken {
        let n = bytes.count
        var i = start + 1
        while i < n {
            let b = bytes[i]
            if Self.isDelimiter(b) { break }
            if b == UInt8(ascii: "/"), i + 1 < n,
                bytes[i + 1] == UInt8(ascii: "/") || bytes[i + 1] == UInt8(ascii: "*")
            {
                break
            }
            i += 1
        }
        return JSONToken(.word, start, i)
    }

    /// A string starting at the quote at `start`; it ends after the matching quote, or unterminated before a line
    /// break or at the end of the text.
    private func string(at start: Int, quote: UInt8, kind: JSONToken.Kind) -> JSONToken {
        let n = bytes.count
        var i = start + 1
        var simple = true
        while i < n {
            let b = bytes[i]
            if b == quote {
                return JSONToken(kind, start, i + 1, isSimple: simple)
            }
            if b == UInt8(ascii: "\\") {
                simple = false
                // Skip the escaped byte unless it is a line break (the string stops there) or non-ASCII (the
                // decoder reads the whole sequence).
                if i + 1 < n, bytes[i + 1] < 0x80, bytes[i + 1] != 0x0A, bytes[i + 1] != 0x0D {
                    i += 2
                } else {
                    i += 1
                }
                continue
            }
            if b < 0x20 {
                if b == 0x0A || b == 0x0D { break }
                simple = false
                i += 1
                continue
            }
            if b >= 0x80 {
                let length = UTF8Scanning.sequenceLength(bytes, at: i)
                if length <= 1 { simple = false }
                i += max(1, length)
                continue
            }
            i += 1
        }
        return JSONToken(kind, start, i, isTerminated: false, isSimple: simple)
    }
}
