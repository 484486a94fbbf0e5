/// Rewrites `\uD800`-style escapes of unpaired UTF-16 surrogates as `\uFFFD`, so that jansson reads the message.
///
/// LSP text is a JSON string written by a JavaScript (or Python) client, and such strings may hold a lone surrogate
/// (an editor buffer cut in the middle of an emoji); `JSON.stringify` and `json.dumps` write it as a `\uXXXX`
/// escape. jansson refuses the whole message for it, which would drop an edit and leave the server's copy of the
/// document different from the editor's. U+FFFD takes one UTF-16 unit, as the lone surrogate did, so every LSP
/// position after it still means the same place.
enum LoneSurrogateEscapes {
    /// `body` with every escape of an unpaired surrogate replaced by `\uFFFD` (same length, so byte offsets keep
    /// their meaning), or nil when it has none. Linear time.
    static func repaired(_ body: [UInt8]) -> [UInt8]? {
        var result: [UInt8]?
        let n = body.count
        var i = 0
        var inString = false
        while i < n {
            let byte = body[i]
            if byte == UInt8(ascii: "\"") {
                inString.toggle()
                i += 1
                continue
            }
            guard inString, byte == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            guard let unit = escapedUnit(body, at: i) else {
                i += 2  // another escape (\n, \", \\): skip both bytes so an escaped backslash is not read as one
                continue
            }
            switch unit {
            case 0xD800...0xDBFF:
                if let next = escapedUnit(body, at: i + 6), (0xDC00...0xDFFF).contains(next) {
                    i += 12  // a well-formed pair
                    continue
                }
            case 0xDC00...0xDFFF:
                break
            default:
                i += 6
                continue
            }
            if result == nil { result = body }
            result?.replaceSubrange((i + 2)..<(i + 6), with: Array("FFFD".utf8))
            i += 6
        }
        return result
    }

    /// The UTF-16 unit of the `\uXXXX` escape at `offset` (UTF-8 byte offset of its backslash), or nil when no
    /// complete one starts there.
    private static func escapedUnit(_ bytes: [UInt8], at offset: Int) -> UInt16? {
        guard offset + 6 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
        else { return nil }
        var value: UInt16 = 0
        for byte in bytes[(offset + 2)..<(offset + 6)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
