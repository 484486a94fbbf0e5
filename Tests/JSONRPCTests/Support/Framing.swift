import JSONSyntax

@testable import JSONRPC

/// Frames `body` with a `Content-Length` header (CRLF line ends unless told otherwise).
func frame(_ body: String, lineEnd: String = "\r\n", extraHeaders: [String] = []) -> [UInt8] {
    let bytes = Array(body.utf8)
    var header = "Content-Length: \(bytes.count)\(lineEnd)"
    for extra in extraHeaders { header += extra + lineEnd }
    return Array((header + lineEnd).utf8) + bytes
}

/// Frames a message as the connection itself would.
func frame(_ message: Message) -> [UInt8] {
    frame(String(decoding: message.encodedBody(), as: UTF8.self))
}

/// Decodes everything in `bytes` as one chunk.
func frameEvents(_ bytes: [UInt8], limits: FramingLimits = FramingLimits(), finish: Bool = true) -> [FrameEvent] {
    frameEvents(chunks: [bytes], limits: limits, finish: finish)
}

/// Decodes `chunks` in order.
func frameEvents(chunks: [[UInt8]], limits: FramingLimits = FramingLimits(), finish: Bool = true) -> [FrameEvent] {
    var decoder = FrameDecoder(limits: limits)
    var events: [FrameEvent] = []
    for chunk in chunks { decoder.consume(chunk, into: &events) }
    if finish { decoder.finish(into: &events) }
    return events
}

/// The bodies among `events`, as text.
func bodies(_ events: [FrameEvent]) -> [String] {
    events.compactMap {
        if case .body(let body) = $0 { return String(decoding: body, as: UTF8.self) }
        return nil
    }
}

/// `bytes` cut at the given offsets.
func split(_ bytes: [UInt8], at offsets: [Int]) -> [[UInt8]] {
    var chunks: [[UInt8]] = []
    var start = 0
    for offset in offsets.sorted() where offset > start && offset < bytes.count {
        chunks.append(Array(bytes[start..<offset]))
        start = offset
    }
    chunks.append(Array(bytes[start...]))
    return chunks
}

/// The messages in a stream of framed output, in order; traps the test (via `Issue`) on anything else.
func decodeOutput(_ bytes: [UInt8]) -> [Message] {
    frameEvents(bytes).compactMap { event -> Message? in
        guard case .body(let body) = event, case .success(let message) = Message.decode(body: body) else {
            return nil
        }
        return message
    }
}

extension JSONValue {
    /// Parses test JSON; nil-free for well-formed literals.
    static func parse(_ text: String) -> JSONValue {
        (try? JSONValue.decode(text)) ?? .string("<invalid test JSON: \(text)>")
    }
}
