/// What the frame decoder found in the byte stream, in stream order.
package enum FrameEvent: Sendable, Hashable {
    /// A complete body of exactly `Content-Length` bytes.
    case body([UInt8])
    /// A header section that could not be used (the reason, with the offending line); the decoder skips ahead to
    /// the next `Content-Length`.
    case malformedHeader(String)
    /// A body longer than `FramingLimits.maxBodyBytes`, skipped; `peek` describes what its first bytes revealed.
    case oversizedBody(contentLength: Int, peek: BodyPeek)
    /// The input ended inside a message (the reason).
    case truncated(String)
}
