/// A replacement of a byte range with new text.
package struct TextEdit: Hashable, Sendable {
    /// The bytes replaced, UTF-8 byte offsets into the text the edit applies to.
    package var range: ByteRange
    package var newText: String

    package init(range: ByteRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}

extension SourceText {
    /// The text with `range` (clamped) replaced by `newText`.
    package func replacing(_ range: ByteRange, with newText: String) -> SourceText {
        let r = range.clamped(toLength: bytes.count)
        var result = [UInt8]()
        result.reserveCapacity(bytes.count - r.length + newText.utf8.count)
        result.append(contentsOf: bytes[0..<r.start])
        result.append(contentsOf: newText.utf8)
        result.append(contentsOf: bytes[r.end...])
        return SourceText(bytes: result)
    }

    /// The text with non-overlapping `edits` applied; each range refers to this text, not to the result of an
    /// earlier edit. Overlapping edits are applied in order from the end, so a later overlap loses.
    package func applying(_ edits: [TextEdit]) -> SourceText {
        let sorted = edits.enumerated().sorted { a, b in
            (a.element.range.start, a.offset) < (b.element.range.start, b.offset)
        }
        var result = [UInt8]()
        result.reserveCapacity(bytes.count)
        var cursor = 0
        for (_, edit) in sorted {
            let r = edit.range.clamped(toLength: bytes.count)
            let start = max(r.start, cursor)
            result.append(contentsOf: bytes[cursor..<start])
            result.append(contentsOf: edit.newText.utf8)
            cursor = max(cursor, r.end)
        }
        result.append(contentsOf: bytes[cursor...])
        return SourceText(bytes: result)
    }
}
