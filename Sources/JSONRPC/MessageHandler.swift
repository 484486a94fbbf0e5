package import JSONSyntax

/// What a `Connection` hands incoming messages to.
///
/// Every call comes on the connection's one serial queue, in the order the messages arrived, one at a time; state
/// touched only from these calls therefore needs no further locking, though the type must still be `Sendable`
/// because the queue's thread is not the thread that created it.
package protocol MessageHandler: Sendable {
    /// A notification. `$/cancelRequest` is handled by the connection and never reaches this.
    func handle(notification method: String, params: JSONValue?)

    /// A request: answer it exactly once with `request.reply`, now or later, from any thread. One that is
    /// released without an answer is answered with `InternalError`.
    func handle(request: IncomingRequest)

    /// The input ended or failed, or the connection was stopped; called once, after every message read before.
    /// Deciding the process's exit code is the caller's business.
    func inputEnded(_ end: InputEnd)

    /// Input the connection could not use; it has already been logged and answered where possible.
    func inputProblem(_ problem: InputProblem)
}

extension MessageHandler {
    package func inputProblem(_ problem: InputProblem) {}
}
