package import JSONSyntax

extension Connection {
    /// Sends a request to the peer; `completion` gets the response (or the reason there will be none) once, on
    /// the handler queue, in order with incoming messages. Returns the id the connection gave the request.
    ///
    /// Ids are integers counting up from 1, separate from the peer's own ids. If the input has ended, or the
    /// output is closed, `completion` gets an `InternalError` at once.
    @discardableResult
    package func sendRequest(
        _ method: String, params: JSONValue? = nil,
        completion: @escaping @Sendable (Result<JSONValue, ResponseError>) -> Void
    ) -> RequestID {
        let id = allocateOutgoingID()
        register(id: id, method: method, params: params, waiting: .waiting(deliver: completion, onQueue: true))
        return id
    }

    /// Sends a request to the peer and waits for its response.
    ///
    /// When the calling task is cancelled, this sends `$/cancelRequest` and throws `RequestCancelled` at once;
    /// the peer's late response is then dropped. Throws `InternalError` when the input ends or the output is
    /// closed before the response arrives.
    package func request(_ method: String, params: JSONValue? = nil) async throws(ResponseError) -> JSONValue {
        let id = allocateOutgoingID()
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation {
                (continuation: CheckedContinuation<Result<JSONValue, ResponseError>, Never>) in
                register(
                    id: id, method: method, params: params,
                    waiting: .waiting(deliver: { continuation.resume(returning: $0) }, onQueue: false))
            }
        } onCancel: {
            cancelWaiting(id)
        }
        return try result.get()
    }

    /// Asks the peer to cancel our request `id` (`$/cancelRequest`); its completion still gets the peer's answer.
    package func cancelRequest(_ id: RequestID) {
        send(notification: "$/cancelRequest", params: .object(["id": id.jsonValue]))
    }

    private func allocateOutgoingID() -> RequestID {
        state.withLock { state in
            let id = RequestID.number(state.nextOutgoingID)
            state.nextOutgoingID += 1
            state.outgoing[id] = .allocated
            return id
        }
    }

    private enum Registration {
        case registered
        case cancelled
        case inputEnded
    }

    private func register(id: RequestID, method: String, params: JSONValue?, waiting: OutgoingRequest) {
        let registration = state.withLock { state -> Registration in
            if case .cancelledEarly? = state.outgoing[id] {
                state.outgoing[id] = nil
                return .cancelled
            }
            if state.inputEnd != nil {
                state.outgoing[id] = nil
                return .inputEnded
            }
            state.outgoing[id] = waiting
            return .registered
        }
        switch registration {
        case .cancelled:
            deliver(.failure(ResponseError(.requestCancelled, "Request \(id) was cancelled")), to: waiting)
        case .inputEnded:
            deliver(.failure(Self.inputEndedError(id)), to: waiting)
        case .registered:
            guard !writer.write(.request(id: id, method: method, params: params)) else { return }
            if let request = takeWaiting(id) {
                deliver(.failure(ResponseError(.internalError, "Request \(id) could not be sent")), to: request)
            }
        }
    }

    /// The calling task was cancelled: stop waiting at once, and tell the peer if the request went out.
    private func cancelWaiting(_ id: RequestID) {
        let request = state.withLock { state -> OutgoingRequest? in
            switch state.outgoing[id] {
            case .allocated?:
                state.outgoing[id] = .cancelledEarly
                return nil
            case .waiting?:
                return state.outgoing.removeValue(forKey: id)
            case .cancelledEarly?, nil:
                return nil
            }
        }
        guard let request else { return }
        cancelRequest(id)
        deliver(.failure(ResponseError(.requestCancelled, "Request \(id) was cancelled")), to: request)
    }

    private func takeWaiting(_ id: RequestID) -> OutgoingRequest? {
        state.withLock { state in
            guard case .waiting? = state.outgoing[id] else { return nil }
            return state.outgoing.removeValue(forKey: id)
        }
    }

    /// Hands a response from the peer to whoever waits for it.
    func route(response result: Result<JSONValue, ResponseError>, id: RequestID?) {
        guard let id else {
            if case .failure(let error) = result {
                logger.warning("The peer reported an error about an unreadable message: \(error)")
            } else {
                logger.warning("A response with a null id is dropped")
            }
            return
        }
        guard let request = takeWaiting(id) else {
            logger.info(
                "A response to request \(id), which is not waiting (unknown, cancelled or answered), is dropped")
            return
        }
        deliver(result, to: request)
    }

    func deliver(_ result: Result<JSONValue, ResponseError>, to request: OutgoingRequest) {
        guard case .waiting(let deliver, let onQueue) = request else { return }
        if onQueue {
            queue.async { deliver(result) }
        } else {
            deliver(result)
        }
    }
}
