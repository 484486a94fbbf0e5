import JSONSyntax

extension Connection {
    /// The reader thread's loop: read a chunk, decode what it completes, hand it on; until the input ends.
    func readLoop(handler: any MessageHandler) {
        var decoder = FrameDecoder(limits: limits)
        var buffer = [UInt8](repeating: 0, count: limits.readChunkBytes)
        var events: [FrameEvent] = []
        var end: InputEnd
        reading: while true {
            let outcome = buffer.withUnsafeMutableBytes { input.read(into: $0) }
            switch outcome {
            case .bytes(let count):
                buffer.withUnsafeBytes { bytes in
                    decoder.consume(UnsafeRawBufferPointer(rebasing: bytes.prefix(max(0, count))), into: &events)
                }
                for event in events { process(event, handler: handler) }
                events.removeAll(keepingCapacity: true)
            case .end:
                end = .endOfInput
                break reading
            case .interrupted:
                end = .stopped
                break reading
            case .failed(let code):
                end = .readFailed(code)
                break reading
            }
        }
        if end != .stopped {
            decoder.finish(into: &events)
            for event in events { process(event, handler: handler) }
        }
        endInput(end, handler: handler)
    }

    private func process(_ event: FrameEvent, handler: any MessageHandler) {
        switch event {
        case .body(let body):
            process(Message.decode(body: body), handler: handler)
        case .malformedHeader(let reason):
            logger.error("\(reason); skipping to the next Content-Length")
            report(.malformedHeader(reason), to: handler)
        case .truncated(let reason):
            logger.warning(reason)
            report(.truncated(reason), to: handler)
        case .oversizedBody(let contentLength, let peek):
            skipped(contentLength: contentLength, peek: peek, handler: handler)
        }
    }

    private func process(_ decoded: Result<Message, InvalidMessage>, handler: any MessageHandler) {
        switch decoded {
        case .success(.request(let id, let method, let params)):
            receive(request: id, method: method, params: params, handler: handler)
        case .success(.notification("$/cancelRequest", let params)):
            guard let id = params?["id"].flatMap(RequestID.init) else {
                logger.warning("$/cancelRequest without an integer or string 'id' is ignored")
                return
            }
            state.withLock { $0.incoming[id]?.cancel() }
        case .success(.notification(let method, let params)):
            queue.async { handler.handle(notification: method, params: params) }
        case .success(.response(let id, let result)):
            route(response: result, id: id)
        case .failure(let invalid):
            rejected(invalid, handler: handler)
        }
    }

    private func receive(request id: RequestID, method: String, params: JSONValue?, handler: any MessageHandler) {
        let token = CancellationToken()
        let registered = state.withLock { state -> Bool in
            guard state.incoming[id] == nil else { return false }
            state.incoming[id] = token
            return true
        }
        guard registered else {
            let error = ResponseError(.invalidRequest, "Request id \(id) is already in use by an open request")
            rejected(InvalidMessage(error, id: id), handler: handler)
            return
        }
        queue.async { [self] in
            let request = IncomingRequest(id: id, method: method, params: params, token: token, connection: self)
            guard !token.isCancelled else {
                request.reply(error: ResponseError(.requestCancelled, "Request \(id) was cancelled"))
                return
            }
            handler.handle(request: request)
        }
    }

    /// Answers an unusable request-like body (in order, on the queue); an unusable response fails our request.
    private func rejected(_ invalid: InvalidMessage, handler: any MessageHandler) {
        let idText = invalid.id.map { " (id \($0))" } ?? ""
        logger.warning("Unusable message\(idText): \(invalid.error.message)")
        if invalid.isResponse {
            if let id = invalid.id {
                let error = ResponseError(.internalError, "Malformed response: \(invalid.error.message)")
                route(response: .failure(error), id: id)
            }
        } else {
            let answer = Message.response(id: invalid.id, result: .failure(invalid.error))
            queue.async { [writer] in writer.write(answer) }
        }
        report(.invalidMessage(invalid), to: handler)
    }

    /// Deals with a body skipped for its size: answers it when it is certainly a request, fails our request when
    /// it is certainly a response to one, and otherwise only logs.
    private func skipped(contentLength: Int, peek: BodyPeek, handler: any MessageHandler) {
        let limit = limits.maxBodyBytes
        let what = [peek.method.map { "method \($0)" }, peek.id.map { "id \($0)" }].compactMap(\.self)
        let detail = what.isEmpty ? "" : " (\(what.joined(separator: ", ")))"
        logger.error("Skipped a message of \(contentLength) bytes\(detail): the limit is \(limit) bytes")
        let data: JSONValue = .object([
            "contentLength": .integer(Int64(contentLength)), "limit": .integer(Int64(limit)),
        ])
        if peek.isRequest, let id = peek.id {
            let text = "The message of \(contentLength) bytes exceeds the limit of \(limit) bytes and was not read"
            let answer = Message.response(id: id, result: .failure(ResponseError(.invalidRequest, text, data: data)))
            queue.async { [writer] in writer.write(answer) }
        } else if peek.isResponse, let id = peek.id {
            let text = "The response of \(contentLength) bytes exceeds the limit of \(limit) bytes and was not read"
            route(response: .failure(ResponseError(.internalError, text, data: data)), id: id)
        }
        report(.oversizedBody(contentLength: contentLength, limit: limit, peek: peek), to: handler)
    }

    private func report(_ problem: InputProblem, to handler: any MessageHandler) {
        queue.async { handler.inputProblem(problem) }
    }

    /// Records the end, fails our requests still waiting (no response can come now), then tells the handler.
    private func endInput(_ end: InputEnd, handler: any MessageHandler) {
        switch end {
        case .endOfInput: logger.info("The input ended")
        case .readFailed(let code): logger.error("Reading the input failed (errno \(code))")
        case .stopped: logger.info("Reading was stopped")
        }
        let waiting = state.withLock { state -> [(RequestID, OutgoingRequest)] in
            state.inputEnd = end
            let waiting = state.outgoing.filter {
                if case .waiting = $0.value { return true }
                return false
            }
            for id in waiting.keys { state.outgoing[id] = nil }
            return waiting.map { ($0.key, $0.value) }
        }
        for (id, request) in waiting {
            deliver(.failure(Self.inputEndedError(id)), to: request)
        }
        queue.async { handler.inputEnded(end) }
    }

    static func inputEndedError(_ id: RequestID) -> ResponseError {
        ResponseError(.internalError, "The input ended before the response to request \(id) arrived")
    }
}
