package import TextModel

/// A value the CLI would replace with a file's contents: a `file://` or `fileb://` value under a `key@=` key.
package struct ShorthandFileReference: Sendable, Hashable {
    /// The value as written, quotes included; UTF-8 byte offsets into the parsed string, 0-based.
    package var range: ByteRange
    /// The text after the prefix, before any expansion (`~/x.txt`).
    package var path: String
    /// True for `fileb://` (the value becomes bytes), false for `file://` (the value becomes text).
    package var binary: Bool
    /// Whether a loader read the file and the tree holds its contents; false when no loader was given, in which
    /// case the tree keeps the literal `file://…` string.
    package var loaded: Bool

    package init(range: ByteRange, path: String, binary: Bool, loaded: Bool) {
        self.range = range
        self.path = path
        self.binary = binary
        self.loaded = loaded
    }

    /// The whole reference as the CLI sees it, prefix included (`file://x.txt`).
    package var reference: String { (binary ? "fileb://" : "file://") + path }
}
