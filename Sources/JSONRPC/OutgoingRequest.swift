import JSONSyntax

/// The connection's record of one of its own requests to the peer.
enum OutgoingRequest: Sendable {
    /// The id is taken but the request not sent yet.
    case allocated
    /// Sent; `deliver` gets the outcome once, on the handler queue when `onQueue` is set, else on the thread that
    /// has it (the reader thread for a response).
    case waiting(deliver: @Sendable (Result<JSONValue, ResponseError>) -> Void, onQueue: Bool)
    /// The waiting task was cancelled before the request was sent; it will not be sent.
    case cancelledEarly
}
