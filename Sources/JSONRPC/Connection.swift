internal import Dispatch
internal import Foundation
package import JSONSyntax
internal import Synchronization

/// A JSON-RPC 2.0 connection over LSP's base protocol: reads framed messages on its own thread and hands them, in
/// order, to one `MessageHandler` on one serial queue; writes through one `MessageWriter`.
///
/// The reader thread decodes bodies and does what cannot wait behind a busy handler: `$/cancelRequest` marks the
/// request's `CancellationToken` at once, and responses to our own requests go straight to whoever waits for them.
/// It never writes (answers to unusable input go through the queue too), so a client that is slow to read can
/// never stop us from reading.
///
/// Safe to share between threads: its mutable state (open requests both ways, the end of input) sits behind one
/// `Mutex`; everything else is immutable or itself `Sendable`.
package final class Connection: Sendable {
    let input: any ByteInput
    let writer: MessageWriter
    package let limits: FramingLimits
    let logger: Logger
    /// The one serial queue on which the handler runs.
    let queue = DispatchQueue(label: "cli-input-ls.jsonrpc.handler")
    let state = Mutex(State())

    struct State {
        var started = false
        /// The peer's requests that have not been answered yet.
        var incoming: [RequestID: CancellationToken] = [:]
        /// Our requests to the peer, by the ids we gave them.
        var outgoing: [RequestID: OutgoingRequest] = [:]
        var nextOutgoingID = 1
        var inputEnd: InputEnd?
    }

    /// Reads from `input` and writes framed messages to `output`; nothing happens until `start(handler:)`.
    package init(
        input: any ByteInput, output: any ByteOutput, limits: FramingLimits = FramingLimits(),
        logger: Logger = .standardError()
    ) {
        self.input = input
        self.writer = MessageWriter(output: output, logger: logger)
        self.limits = limits
        self.logger = logger
    }

    /// A connection on standard input and standard output (which it then owns: nothing else may print there).
    package static func standardIO(limits: FramingLimits = FramingLimits(), logger: Logger = .standardError())
        -> Connection
    {
        Connection(
            input: FileDescriptorInput(descriptor: 0), output: FileDescriptorOutput(descriptor: 1), limits: limits,
            logger: logger)
    }

    /// Starts the reader thread; messages go to `handler` from now on. A second call does nothing.
    package func start(handler: any MessageHandler) {
        let first = state.withLock { state in
            defer { state.started = true }
            return !state.started
        }
        guard first else {
            logger.warning("The connection was started twice; the second start is ignored")
            return
        }
        let thread = Thread { [self] in readLoop(handler: handler) }
        thread.name = "cli-input-ls.jsonrpc.reader"
        thread.start()
    }

    /// Stops reading: the handler's `inputEnded(.stopped)` follows the messages already read. Messages can still
    /// be sent; requests already handed to the handler can still be answered.
    package func stop() {
        input.interrupt()
    }

    /// Why reading stopped, once it has; nil while reading.
    package var inputEnd: InputEnd? { state.withLock { $0.inputEnd } }

    /// Whether the output has failed (the client has gone), after which nothing more is written.
    package var isOutputClosed: Bool { writer.isClosed }

    /// The peer's requests not answered yet (queued, running, or held by the handler).
    package var openIncomingRequestCount: Int { state.withLock { $0.incoming.count } }

    /// Our requests still waiting for the peer's response.
    package var pendingOutgoingRequestCount: Int {
        state.withLock { state in
            state.outgoing.values.filter {
                if case .waiting = $0 { return true }
                return false
            }.count
        }
    }

    /// Sends a notification; returns false when the output is closed.
    @discardableResult
    package func send(notification method: String, params: JSONValue? = nil) -> Bool {
        writer.write(.notification(method: method, params: params))
    }

    /// Answers one of the peer's requests, applying the cancellation rule; called by `IncomingRequest` only.
    func finishIncoming(id: RequestID, token: CancellationToken, result: Result<JSONValue, ResponseError>) {
        let cancelled = state.withLock { state -> Bool? in
            guard let open = state.incoming[id], open === token else { return nil }
            state.incoming[id] = nil
            return open.isCancelled
        }
        guard let cancelled else {
            logger.warning("An answer to request \(id), which is not open, is dropped")
            return
        }
        let answer = cancelled ? .failure(ResponseError(.requestCancelled, "Request \(id) was cancelled")) : result
        writer.write(.response(id: id, result: answer))
    }
}
