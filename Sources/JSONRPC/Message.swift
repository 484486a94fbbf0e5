package import JSONSyntax

/// One JSON-RPC 2.0 message, as it travels in either direction.
package enum Message: Sendable, Hashable {
    /// A call that expects exactly one response with the same id.
    case request(id: RequestID, method: String, params: JSONValue?)
    /// A call without an id, which is never answered.
    case notification(method: String, params: JSONValue?)
    /// The answer to a request. The id is nil only for errors about a message whose id could not be read
    /// (JSON-RPC writes it as `"id": null`).
    case response(id: RequestID?, result: Result<JSONValue, ResponseError>)

    /// The method of a request or notification; nil for a response.
    package var method: String? {
        switch self {
        case .request(_, let method, _), .notification(let method, _): method
        case .response: nil
        }
    }
}
