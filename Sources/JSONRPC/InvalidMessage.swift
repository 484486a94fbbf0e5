/// A body that is not a JSON-RPC message this connection accepts, with what the connection does about it.
package struct InvalidMessage: Error, Sendable, Hashable {
    /// The error to answer with (for a request-like message) or to report (for a response-like one).
    package var error: ResponseError
    /// The message's id when it could be read; JSON-RPC answers `"id": null` otherwise.
    package var id: RequestID?
    /// Whether the message looked like a response (no `method`, but a `result` or an `error`). Responses are never
    /// answered, so that two peers cannot bounce errors at each other forever.
    package var isResponse: Bool

    package init(_ error: ResponseError, id: RequestID? = nil, isResponse: Bool = false) {
        self.error = error
        self.id = id
        self.isResponse = isResponse
    }
}
