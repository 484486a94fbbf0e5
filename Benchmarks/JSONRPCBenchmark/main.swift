// Times the JSON-RPC layer; prints numbers, asserts nothing.
//
//     swift run -c release jsonrpc-benchmark
//
// 1. Framing alone: 100,000 small messages in 64 KiB chunks.
// 2. Framing and decoding (jansson) of the same stream.
// 3. A 10 MB didOpen-like notification framed and decoded.
// 4. A whole connection over memory: 100,000 requests read, handled in order, answered and written.

import Foundation
import JSONRPC
import JSONSyntax
import Synchronization

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Best of `runs`, so that one disturbed run does not count.
func best(_ runs: Int = 5, _ body: () -> Void) -> Double {
    (0..<runs).map { _ in seconds(body) }.min() ?? 0
}

func framed(_ message: Message) -> [UInt8] {
    let body = message.encodedBody()
    return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
}

func chunks(_ bytes: [UInt8], size: Int = 64 << 10) -> [[UInt8]] {
    stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min(bytes.count, $0 + size)]) }
}

let count = 100_000
var stream: [UInt8] = []
for i in 0..<count {
    let params: JSONValue = .object([
        "textDocument": .object(["uri": .string("file:///project/input-\(i % 50).json")]),
        "position": .object(["line": .integer(Int64(i % 300)), "character": .integer(12)]),
    ])
    stream += framed(.request(id: .number(i), method: "textDocument/completion", params: params))
}
let streamChunks = chunks(stream)
let megabytes = Double(stream.count) / 1e6
print("stream: \(count) requests, \(String(format: "%.1f", megabytes)) MB")

let framing = best {
    var decoder = FrameDecoder()
    var events: [FrameEvent] = []
    for chunk in streamChunks {
        decoder.consume(chunk, into: &events)
        events.removeAll(keepingCapacity: true)
    }
}
print(String(format: "framing only:          %7.1f ms  (%5.0f MB/s)", framing * 1e3, megabytes / framing))

let decoding = best {
    var decoder = FrameDecoder()
    var events: [FrameEvent] = []
    for chunk in streamChunks {
        decoder.consume(chunk, into: &events)
        for case .body(let body) in events { _ = Message.decode(body: body) }
        events.removeAll(keepingCapacity: true)
    }
}
print(
    String(
        format: "framing + decoding:    %7.1f ms  (%5.2f µs per message)", decoding * 1e3,
        decoding * 1e6 / Double(count)))

let text = String(repeating: "{\"Key\": \"é😀 value\",\r\n", count: 10_000_000 / 26)
let big = framed(.notification(method: "textDocument/didOpen", params: .object(["text": .string(text)])))
let bigChunks = chunks(big)
let bigTime = best {
    var decoder = FrameDecoder()
    var events: [FrameEvent] = []
    for chunk in bigChunks { decoder.consume(chunk, into: &events) }
    for case .body(let body) in events { _ = Message.decode(body: body) }
}
print(String(format: "10 MB notification:    %7.1f ms  (framing + decoding)", bigTime * 1e3))
let bigBody = Array(big.drop { $0 != UInt8(ascii: "{") })
let janssonTime = best { _ = try? JSONValue.decode(bigBody) }
print(String(format: "  of which jansson:    %7.1f ms  (JSONValue.decode of the body)", janssonTime * 1e3))
let encodeTime = best { _ = Message.notification(method: "x", params: .object(["text": .string(text)])).encodedBody() }
print(String(format: "10 MB encoding:        %7.1f ms", encodeTime * 1e3))

/// Answers every request at once and counts the end.
final class Answering: MessageHandler {
    let ended = DispatchSemaphore(value: 0)
    func handle(notification method: String, params: JSONValue?) {}
    func handle(request: IncomingRequest) { request.reply(result: .array([])) }
    func inputEnded(_ end: InputEnd) { ended.signal() }
}

let roundTrip = best(3) {
    let input = MemoryInput(chunks: streamChunks, closed: true)
    let output = MemoryOutput()
    let handler = Answering()
    let connection = Connection(input: input, output: output, logger: .silent)
    connection.start(handler: handler)
    handler.ended.wait()
}
print(
    String(
        format: "connection round trip: %7.1f ms  (%5.2f µs per request: read, decode, handle, encode, write)",
        roundTrip * 1e3, roundTrip * 1e6 / Double(count)))
