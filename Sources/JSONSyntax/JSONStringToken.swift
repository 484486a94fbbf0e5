/// A string value that `JSONPullReader` has found and validated but not decoded: where its content lies in the
/// reader's bytes.
///
/// Reading a token costs one scan and no allocation, so values the caller skips or keeps for later (model
/// documentation) never become `String`s during a load.
package struct JSONStringToken: Sendable, Hashable {
    /// The first byte after the opening quote (UTF-8 byte offset, 0-based).
    package var start: Int
    /// The closing quote, one past the content (UTF-8 byte offset, 0-based).
    package var end: Int
    /// Whether the content holds backslash escapes, so that its bytes differ from its decoded text.
    package var hasEscapes: Bool

    package init(start: Int, end: Int, hasEscapes: Bool) {
        self.start = start
        self.end = end
        self.hasEscapes = hasEscapes
    }

    /// The length of the content as written (UTF-8 bytes, escapes not decoded).
    package var count: Int { end - start }
}
