import JSONSyntax

@testable import JSONRPC

/// A connection on memory input and output with a recording handler: the in-process client of these tests.
struct ConnectionHarness {
    let input = MemoryInput()
    let output = MemoryOutput()
    let handler: RecordingHandler
    let log = LogRecorder()
    let connection: Connection

    init(
        limits: FramingLimits = FramingLimits(),
        respond: @escaping @Sendable (IncomingRequest) -> Void = {
            $0.reply(result: .object(["method": .string($0.method)]))
        }
    ) {
        handler = RecordingHandler(respond: respond)
        connection = Connection(input: input, output: output, limits: limits, logger: log.logger)
        connection.start(handler: handler)
    }

    func send(_ message: Message) { input.append(frame(message)) }

    func send(raw text: String) { input.append(Array(text.utf8)) }

    /// What the connection has written so far, decoded.
    var written: [Message] { decodeOutput(output.bytes) }

    /// The responses written so far.
    var responses: [(id: RequestID?, result: Result<JSONValue, ResponseError>)] {
        written.compactMap {
            if case .response(let id, let result) = $0 { return (id, result) }
            return nil
        }
    }

    /// Closes the input and waits until the handler has seen the end; false on timeout.
    func closeAndWait() async -> Bool {
        input.close()
        return await waitUntil { handler.end != nil }
    }
}
