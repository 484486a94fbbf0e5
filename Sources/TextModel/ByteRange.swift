/// A half-open range of UTF-8 byte offsets (0-based) into a `SourceText`.
///
/// Plain integers rather than `Range<Int>` so that an empty range at the end of a document and a clamped range
/// read the same everywhere, and so that the type stays trivially `Sendable` and `Hashable`.
package struct ByteRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// First byte of the range, UTF-8 byte offset, 0-based.
    package var start: Int
    /// One past the last byte of the range, UTF-8 byte offset, 0-based.
    package var end: Int

    package init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    package init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// An empty range at `offset`.
    package static func empty(at offset: Int) -> ByteRange {
        ByteRange(start: offset, end: offset)
    }

    package var length: Int { end - start }
    package var isEmpty: Bool { start == end }
    package var range: Range<Int> { start..<end }

    /// Whether `offset` lies inside the range, counting the end as inside (a cursor right after a token is "in" it).
    package func touches(_ offset: Int) -> Bool {
        offset >= start && offset <= end
    }

    /// Whether `offset` lies strictly inside the half-open range.
    package func contains(_ offset: Int) -> Bool {
        offset >= start && offset < end
    }

    package func contains(_ other: ByteRange) -> Bool {
        other.start >= start && other.end <= end
    }

    /// The smallest range covering both.
    package func union(_ other: ByteRange) -> ByteRange {
        ByteRange(start: min(start, other.start), end: max(end, other.end))
    }

    /// The range moved by `delta` bytes.
    package func shifted(by delta: Int) -> ByteRange {
        ByteRange(start: start + delta, end: end + delta)
    }

    /// The range limited to `0...length`.
    package func clamped(toLength length: Int) -> ByteRange {
        let s = min(max(0, start), length)
        let e = min(max(s, end), length)
        return ByteRange(start: s, end: e)
    }

    package static func < (lhs: ByteRange, rhs: ByteRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    package var description: String { "\(start)..<\(end)" }
}
