// libFuzzer target: JSON-RPC framing (FrameDecoder) and message decoding on arbitrary byte streams.
// Checks: no trap; the events do not depend on where the stream is cut into chunks; memory held between chunks
// stays within the limits; every body decodes to a message or an error without trapping, and a decoded message
// encodes and decodes back to itself; the oversized-body peek never traps.
import JSONRPC
import JSONSyntax

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJSONRPCFraming(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var input = FuzzData(data, size)
    // Small limits, taken from the input, so that oversized bodies and headers are reached by short inputs.
    let limits = FramingLimits(
        maxBodyBytes: Int(input.byte()) * 4, maxHeaderBytes: 64 + Int(input.byte()),
        oversizedPeekBytes: Int(input.byte()), readChunkBytes: 1 + Int(input.byte()))
    let chunkSeed = input.byte()
    let stream = input.rest()

    var whole = FrameDecoder(limits: limits)
    var expected = [FrameEvent]()
    whole.consume(stream, into: &expected)
    whole.finish(into: &expected)

    var chunked = FrameDecoder(limits: limits)
    var events = [FrameEvent]()
    var start = 0
    var step = Int(chunkSeed)
    let bound = limits.maxHeaderBytes + limits.maxBodyBytes + limits.oversizedPeekBytes + 2
    while start < stream.count {
        step = (step &* 73 &+ 41) & 0xFF
        let end = min(stream.count, start + 1 + step % 37)
        chunked.consume(Array(stream[start..<end]), into: &events)
        Properties.require(
            chunked.bufferedByteCount <= bound, "\(chunked.bufferedByteCount) bytes buffered, limits allow \(bound)")
        start = end
    }
    chunked.finish(into: &events)
    Properties.require(events == expected, "events depend on chunking: \(events.count) vs \(expected.count)")

    for event in expected {
        switch event {
        case .body(let body):
            Properties.require(body.count <= limits.maxBodyBytes, "a body of \(body.count) bytes")
            _ = BodyPeek(scanning: body)
            if case .success(let message) = Message.decode(body: body) {
                let again = Message.decode(body: message.encodedBody())
                Properties.require(again == .success(message), "\(message) does not survive encoding")
            }
        case .oversizedBody, .malformedHeader, .truncated:
            break
        }
    }
    // The whole stream as one body too: message decoding on any bytes.
    _ = Message.decode(body: stream)
    return 0
}
