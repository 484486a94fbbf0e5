/// Conversions between UTF-8 byte offsets and line/column positions in each `PositionEncoding`.
///
/// Out-of-range input is clamped, never trapped: a line past the end maps to the end of the document, a column past
/// the end of its line maps to the end of that line, and a column inside a character maps to the character's start.
extension SourceText {
    /// The position of `offset` (clamped). An offset inside a multi-byte character maps to the character's start.
    package func position(of offset: Int, in encoding: PositionEncoding) -> LinePosition {
        let offset = clamp(offset)
        let line = line(containing: offset)
        var i = lineStarts[line]
        var column = 0
        while i < offset {
            let len = UTF8Scanning.sequenceLength(bytes, at: i)
            if i + len > offset { break }
            column += Self.units(len, encoding)
            i += len
        }
        return LinePosition(line: line, character: column)
    }

    /// The UTF-8 byte offset of `position` (clamped).
    package func offset(of position: LinePosition, in encoding: PositionEncoding) -> Int {
        if position.line < 0 { return 0 }
        if position.line >= lineStarts.count { return bytes.count }
        let content = lineContentRange(position.line)
        var i = content.start
        var column = 0
        let target = max(0, position.character)
        while i < content.end, column < target {
            let len = UTF8Scanning.sequenceLength(bytes, at: i)
            let units = Self.units(len, encoding)
            if column + units > target { break }
            column += units
            i += len
        }
        return i
    }

    /// The positions of both ends of `range`.
    package func lineRange(of range: ByteRange, in encoding: PositionEncoding) -> LineRange {
        LineRange(start: position(of: range.start, in: encoding), end: position(of: range.end, in: encoding))
    }

    /// The byte range of `range`.
    package func byteRange(of range: LineRange, in encoding: PositionEncoding) -> ByteRange {
        let start = offset(of: range.start, in: encoding)
        let end = offset(of: range.end, in: encoding)
        return ByteRange(start: min(start, end), end: max(start, end))
    }

    /// Whether `offset` lies on a character boundary (not inside a well-formed multi-byte sequence).
    package func isCharacterBoundary(_ offset: Int) -> Bool {
        UTF8Scanning.isBoundary(bytes, offset)
    }

    @inline(__always)
    private static func units(_ sequenceLength: Int, _ encoding: PositionEncoding) -> Int {
        switch encoding {
        case .utf8: return sequenceLength
        case .utf16: return sequenceLength == 4 ? 2 : 1
        case .utf32: return 1
        }
    }
}
