/// The unit in which a position's `character` counts, as negotiated with an LSP client.
package enum PositionEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 code units (bytes).
    case utf8 = "utf-8"
    /// UTF-16 code units: LSP's default.
    case utf16 = "utf-16"
    /// Unicode scalars; also what the text printers call "characters".
    case utf32 = "utf-32"
}

/// A line and a column inside a document.
package struct LinePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 0-based line number.
    package var line: Int
    /// 0-based column, in the units of the `PositionEncoding` it was computed with.
    package var character: Int

    package init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    package static func < (lhs: LinePosition, rhs: LinePosition) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }

    package var description: String { "\(line):\(character)" }
}

/// A start and end `LinePosition`.
package struct LineRange: Hashable, Sendable, CustomStringConvertible {
    package var start: LinePosition
    package var end: LinePosition

    package init(start: LinePosition, end: LinePosition) {
        self.start = start
        self.end = end
    }

    package var description: String { "\(start)-\(end)" }
}
