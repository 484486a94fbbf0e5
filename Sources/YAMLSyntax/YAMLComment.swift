package import TextModel

/// A `#` comment line of a YAML document.
package struct YAMLComment: Sendable, Hashable {
    /// The text after `#`, without surrounding blanks.
    package var text: String
    /// From `#` to the last non-blank byte of the line, UTF-8 byte offsets (0-based).
    package var range: ByteRange

    package init(text: String, range: ByteRange) {
        self.text = text
        self.range = range
    }
}
