package import JSONSyntax
internal import Synchronization

/// A request from the peer, handed to `MessageHandler.handle(request:)`, that must be answered exactly once.
///
/// The answer may come from any thread, at any time. After the peer has cancelled the request (see
/// `isCancelled`), whatever the handler answers is replaced by a `RequestCancelled` error: the peer asked to stop
/// waiting, and a result computed from state it has since changed must not be applied. A second answer is
/// ignored (and logged). A request released without an answer is answered with `InternalError`, so the peer never
/// waits forever and the connection's table of open requests never grows.
package final class IncomingRequest: Sendable {
    package let id: RequestID
    package let method: String
    package let params: JSONValue?
    package let cancellationToken: CancellationToken
    private let connection: Connection
    private let answered = Atomic<Bool>(false)

    init(id: RequestID, method: String, params: JSONValue?, token: CancellationToken, connection: Connection) {
        self.id = id
        self.method = method
        self.params = params
        self.cancellationToken = token
        self.connection = connection
    }

    deinit {
        if !answered.load(ordering: .acquiring) {
            connection.logger.error("Request \(id) (\(method)) was released without an answer")
            connection.finishIncoming(
                id: id, token: cancellationToken,
                result: .failure(ResponseError(.internalError, "The server did not answer '\(method)'")))
        }
    }

    /// Whether the peer has cancelled this request; a long-running handler checks it now and then.
    package var isCancelled: Bool { cancellationToken.isCancelled }

    /// Answers the request (see the type's rules for cancelled requests and second answers).
    package func reply(_ result: Result<JSONValue, ResponseError>) {
        guard answered.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
        else {
            connection.logger.warning("Request \(id) (\(method)) was answered twice; the second answer is dropped")
            return
        }
        connection.finishIncoming(id: id, token: cancellationToken, result: result)
    }

    package func reply(result: JSONValue) { reply(.success(result)) }

    package func reply(error: ResponseError) { reply(.failure(error)) }
}
