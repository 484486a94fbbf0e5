/// The text of one document as UTF-8 bytes, with its line index.
///
/// Every offset in the product is a UTF-8 byte offset into one of these. Conversions to line/column positions in
/// any `PositionEncoding` live in `SourceText+Positions.swift`. Invalid UTF-8 is kept as it is; each byte of an
/// invalid sequence counts as one unit in every encoding (it reads as U+FFFD).
package struct SourceText: Sendable, Hashable {
    /// The document's bytes.
    package let bytes: [UInt8]
    /// UTF-8 byte offset of the start of each line; the first entry is 0. Lines end at `\n`, `\r\n` or `\r`, as in
    /// LSP; a document ending with a line break has an empty last line.
    package let lineStarts: [Int]

    package init(bytes: [UInt8]) {
        self.bytes = bytes
        self.lineStarts = SourceText.computeLineStarts(bytes)
    }

    package init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    /// The number of bytes.
    package var count: Int { bytes.count }

    /// The number of lines (at least 1).
    package var lineCount: Int { lineStarts.count }

    /// The whole text, invalid UTF-8 replaced by U+FFFD.
    package var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The text in `range` (clamped), invalid UTF-8 replaced by U+FFFD.
    package func text(in range: ByteRange) -> String {
        let r = range.clamped(toLength: bytes.count)
        return String(decoding: bytes[r.start..<r.end], as: UTF8.self)
    }

    /// `offset` limited to `0...count`.
    package func clamp(_ offset: Int) -> Int {
        min(max(0, offset), bytes.count)
    }

    /// The 0-based line containing `offset` (clamped). An offset on a line terminator belongs to that line.
    package func line(containing offset: Int) -> Int {
        let offset = clamp(offset)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The byte range of line `line` (clamped) without its terminator.
    package func lineContentRange(_ line: Int) -> ByteRange {
        let line = min(max(0, line), lineStarts.count - 1)
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return ByteRange(start: start, end: end)
    }

    /// The byte range of line `line` (clamped) including its terminator.
    package func lineRange(_ line: Int) -> ByteRange {
        let line = min(max(0, line), lineStarts.count - 1)
        let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        return ByteRange(start: lineStarts[line], end: end)
    }

    private static func computeLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var i = 0
            while i < n {
                let b = buffer[i]
                // Bytes above `\r` cannot end a line: one comparison for almost every byte.
                if b > 13 {
                    i += 1
                    continue
                }
                if b == 10 {
                    starts.append(i + 1)
                } else if b == 13 {
                    if i + 1 < n, buffer[i + 1] == 10 { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        return starts
    }
}
