/// Something in the input the connection could not use, reported to the handler after being logged and, where
/// possible, answered.
package enum InputProblem: Sendable, Hashable {
    /// Unusable header lines (see `FrameDecoder`); nothing could be answered.
    case malformedHeader(String)
    /// The input ended inside a message.
    case truncated(String)
    /// A body over `FramingLimits.maxBodyBytes`, skipped unread. A request whose id was found in the body's first
    /// bytes has been answered with `InvalidRequest`; a response to one of our requests has failed that request.
    case oversizedBody(contentLength: Int, limit: Int, peek: BodyPeek)
    /// A body that is not an acceptable message. Request-like ones have been answered with `message.error`;
    /// response-like ones were dropped (or failed our request with that id).
    case invalidMessage(InvalidMessage)
}
