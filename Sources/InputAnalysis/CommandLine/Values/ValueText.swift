import TextModel

/// A string the AWS CLI processes (an option's word, or a file's text) with where each byte is written.
struct ValueText: Sendable {
    /// The UTF-8 bytes of the value.
    let bytes: [UInt8]
    /// The word the value is (part of), when it comes from the command line.
    let word: CommandWord?
    /// When the value is a file's contents: the offset of its first byte in the interpretation's combined text
    /// (the command's source, then each file read; UTF-8 byte offsets, 0-based).
    let base: Int

    init(word: CommandWord) {
        self.bytes = word.value
        self.word = word
        self.base = word.range.start
    }

    init(bytes: [UInt8], base: Int) {
        self.bytes = bytes
        self.word = nil
        self.base = base
    }

    /// The value as Python's `str`, invalid UTF-8 replaced by U+FFFD.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Where value bytes `range` are written, in the combined text.
    func sourceRange(_ range: ByteRange) -> ByteRange {
        if let word { return word.sourceRange(range) }
        return range.clamped(toLength: bytes.count).shifted(by: base)
    }

    /// The whole value as written: the word (quotes included), or the file's text.
    var range: ByteRange {
        word?.range ?? ByteRange(start: base, end: base + bytes.count)
    }

    /// Whether the value bytes `range` overlap a run-time shell expansion (unknown text).
    func isUnknown(_ range: ByteRange) -> Bool {
        word?.touchesExpansion(range) ?? false
    }
}

/// An option's value as argparse and the paramfile step leave it (Python's `str`, `list` of `str`, or `bytes`).
enum RawValue: Sendable {
    /// One string: a word, or the text of a `file://` file.
    case text(ValueText)
    /// The words of an option taking several (`nargs='*'` or `'+'`).
    case list([ValueText])
    /// The contents of a `fileb://` file.
    case bytes(ValueText)
}
