package import TextModel

/// Fixture text with position markers: keycap emoji `0️⃣` … `9️⃣` mark byte offsets and are removed from the text.
///
/// Keycaps cannot clash with JSON, YAML or shorthand punctuation, and a fixture can still contain ordinary emoji
/// (the markers are digit + U+FE0F + U+20E3 sequences only).
package struct MarkedText: Sendable {
    /// The text without markers.
    package let text: String
    /// UTF-8 byte offset of each marker in `text`, by marker digit.
    package let markers: [Int: Int]

    package init(_ marked: String) {
        var bytes = [UInt8]()
        var markers = [Int: Int]()
        let scalars = Array(marked.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if i + 2 < scalars.count, ("0"..."9").contains(s), scalars[i + 1] == "\u{FE0F}",
                scalars[i + 2] == "\u{20E3}"
            {
                markers[Int(s.value - 48)] = bytes.count
                i += 3
                continue
            }
            bytes.append(contentsOf: String(s).utf8)
            i += 1
        }
        self.text = String(decoding: bytes, as: UTF8.self)
        self.markers = markers
    }

    package var source: SourceText { SourceText(text) }

    /// The byte offset of marker `digit`; traps when the fixture lacks it (a broken test, not user input).
    package subscript(_ digit: Int) -> Int {
        guard let offset = markers[digit] else { preconditionFailure("fixture has no marker \(digit)") }
        return offset
    }

    /// The byte range between markers `from` and `to`.
    package func range(_ from: Int, _ to: Int) -> ByteRange {
        ByteRange(start: self[from], end: self[to])
    }
}
