/// A cheap pass over the text that finds flow brackets nested deeper than the limit, so that libyaml is never
/// handed a `[[[[…` deeper than the tree may grow.
///
/// It approximates the scanner: `[`/`{` count only where a token can start (after a blank, a line start, another
/// opener, `,` or `:`), quoted strings and comments are skipped. An overcount only shortens the text libyaml sees
/// first; `YAMLParser` parses again in full when the limit was not really reached.
enum YAMLFlowDepthScan {
    /// The UTF-8 byte offset (0-based) of the first opener that makes flow nesting deeper than `maxDepth`, or nil.
    static func firstTooDeepOpener(_ bytes: [UInt8], from start: Int, to end: Int, maxDepth: Int) -> Int? {
        var depth = 0
        var i = max(0, start)
        let end = min(end, bytes.count)
        var atTokenStart = true
        while i < end {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                atTokenStart = true
                i += 1
                continue
            case UInt8(ascii: "#") where atTokenStart:
                while i < end, bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") { i += 1 }
                continue
            case UInt8(ascii: "\"") where atTokenStart:
                i += 1
                while i < end, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
                i += 1
                atTokenStart = false
                continue
            case UInt8(ascii: "'") where atTokenStart:
                i += 1
                while i < end {
                    if bytes[i] == UInt8(ascii: "'") {
                        if i + 1 < end, bytes[i + 1] == UInt8(ascii: "'") { i += 2 } else { break }
                    } else {
                        i += 1
                    }
                }
                i += 1
                atTokenStart = false
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if atTokenStart {
                    depth += 1
                    if depth > maxDepth { return i }
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth > 0 { depth -= 1 }
                atTokenStart = false
                i += 1
                continue
            case UInt8(ascii: ","), UInt8(ascii: ":"):
                atTokenStart = true
                i += 1
                continue
            default:
                atTokenStart = false
                i += 1
                continue
            }
            i += 1
        }
        return nil
    }
}
