package import TextModel

/// One word of a command line: the value the program receives and where the word is written in the source text.
///
/// Quotes, escapes and line continuations make the value differ from the written text, so every value byte keeps
/// the source offset it came from; findings on a value (a shorthand key, a JSON comma) can then mark the exact
/// characters the user wrote.
package struct CommandWord: Sendable, Hashable {
    /// A part of the value that a shell expands at run time (`$VAR`, `${VAR}`, `$(...)`, backticks), unknown here.
    package struct Expansion: Sendable, Hashable {
        /// Where the expansion sits in `value`: UTF-8 byte offsets into the value, 0-based. The value holds the
        /// expansion's source text there (`$VAR`), so that messages can show it.
        package var valueRange: ByteRange
        /// Whether the expansion is inside double quotes; an unquoted one may split into several words, or none.
        package var isQuoted: Bool

        package init(valueRange: ByteRange, isQuoted: Bool) {
            self.valueRange = valueRange
            self.isQuoted = isQuoted
        }
    }

    /// The value as the program receives it, UTF-8 bytes (quotes removed, escapes resolved).
    package let value: [UInt8]
    /// The word as written, quotes included: UTF-8 byte offsets into the source text, 0-based.
    package let range: ByteRange
    /// The source offset (UTF-8, 0-based) of the byte that produced each value byte, plus one entry for the end of
    /// the value; nil when the value is the source text itself starting at `range.start`.
    private let offsets: [Int]?
    /// The run-time expansions in the value, in order.
    package let expansions: [Expansion]

    /// A word whose value is written literally at `start` (an argument passed to a program, not a shell word).
    package init(literal value: [UInt8], at start: Int) {
        self.value = value
        self.range = ByteRange(start: start, end: start + value.count)
        self.offsets = nil
        self.expansions = []
    }

    /// A word whose value bytes came from the given source offsets (`offsets.count == value.count + 1`).
    package init(value: [UInt8], range: ByteRange, offsets: [Int], expansions: [Expansion] = []) {
        self.value = value
        self.range = range
        let identity =
            offsets.count == value.count + 1
            && offsets.enumerated().allSatisfy { $0.element == range.start + $0.offset }
        self.offsets = identity || offsets.count != value.count + 1 ? nil : offsets
        self.expansions = expansions
    }

    /// The value as a string, invalid UTF-8 replaced by U+FFFD.
    package var text: String { String(decoding: value, as: UTF8.self) }

    /// Whether any part of the value is only known at run time.
    package var hasExpansions: Bool { !expansions.isEmpty }

    /// Whether an unquoted expansion may turn this word into several words, or none.
    package var maySplit: Bool { expansions.contains { !$0.isQuoted } }

    /// The source offset of value offset `offset` (clamped to `0...value.count`).
    package func sourceOffset(_ offset: Int) -> Int {
        let clamped = min(max(0, offset), value.count)
        guard let offsets else { return range.start + clamped }
        return offsets[clamped]
    }

    /// The source range of a range of value bytes: from the first byte's origin to just after the last byte's.
    package func sourceRange(_ valueRange: ByteRange) -> ByteRange {
        let start = sourceOffset(valueRange.start)
        guard valueRange.end > valueRange.start, valueRange.end <= value.count else {
            return ByteRange.empty(at: start)
        }
        return ByteRange(start: start, end: sourceOffset(valueRange.end - 1) + 1)
    }

    /// Whether a range of value bytes overlaps a run-time expansion.
    package func touchesExpansion(_ valueRange: ByteRange) -> Bool {
        expansions.contains {
            valueRange.isEmpty
                ? $0.valueRange.touches(valueRange.start)
                : $0.valueRange.start < valueRange.end && valueRange.start < $0.valueRange.end
        }
    }

    /// The word with `prefixLength` value bytes removed (`--opt=value` → `value`).
    package func dropping(prefix prefixLength: Int) -> CommandWord {
        let n = min(max(0, prefixLength), value.count)
        let offsets = (0...value.count).map(sourceOffset)
        let kept = Array(offsets[n...])
        let start = kept.first ?? range.end
        let expansions = self.expansions.compactMap { expansion -> Expansion? in
            guard expansion.valueRange.end > n else { return nil }
            return Expansion(
                valueRange: ByteRange(start: max(0, expansion.valueRange.start - n), end: expansion.valueRange.end - n),
                isQuoted: expansion.isQuoted)
        }
        return CommandWord(
            value: Array(value[n...]), range: ByteRange(start: min(start, range.end), end: range.end), offsets: kept,
            expansions: expansions)
    }
}

extension CommandWord {
    /// A program's arguments laid out as one line of text, separated by single spaces, with each argument as a word
    /// of that text (findings on the arguments then have ranges to show).
    package static func layOut(_ arguments: [String]) -> (source: SourceText, words: [CommandWord]) {
        var bytes = [UInt8]()
        var words = [CommandWord]()
        for argument in arguments {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
            let value = Array(argument.utf8)
            words.append(CommandWord(literal: value, at: bytes.count))
            bytes += value
        }
        return (SourceText(bytes: bytes), words)
    }
}
