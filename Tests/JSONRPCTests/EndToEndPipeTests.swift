import Foundation
import JSONSyntax
import Testing

@testable import JSONRPC

/// The production path: file descriptors (pipes) both ways, a client writing in random pieces.
@Suite("Connection over pipes")
struct EndToEndPipeTests {
    @Test func requestsOverPipesInRandomPieces() async throws {
        var toServer: [Int32] = [-1, -1]
        var fromServer: [Int32] = [-1, -1]
        #expect(pipe(&toServer) == 0)
        #expect(pipe(&fromServer) == 0)
        let handler = RecordingHandler()
        let connection = Connection(
            input: FileDescriptorInput(descriptor: toServer[0], ownsDescriptor: true),
            output: FileDescriptorOutput(descriptor: fromServer[1], ownsDescriptor: true), logger: .silent)
        connection.start(handler: handler)

        let count = 500
        var stream: [UInt8] = []
        for i in 0..<count {
            stream += frame(.request(id: .number(i), method: "m\(i)", params: .object(["t": .string("é😀\r\n")])))
        }
        let writeEnd = toServer[1]
        let bytes = stream
        let client = Thread {
            var random = SplitMix64(seed: 7)
            var offset = 0
            while offset < bytes.count {
                let n = min(bytes.count - offset, Int.random(in: 1...3000, using: &random))
                let written = bytes[offset..<(offset + n)].withUnsafeBytes { write(writeEnd, $0.baseAddress, n) }
                if written <= 0 { break }
                offset += written
            }
            close(writeEnd)
        }
        client.start()

        // Read the server's output until every request is answered.
        let readEnd = fromServer[0]
        let events = await onThread { () -> [FrameEvent] in
            var decoder = FrameDecoder()
            var events: [FrameEvent] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while events.count < count {
                let n = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                decoder.consume(Array(buffer[0..<n]), into: &events)
            }
            close(readEnd)
            return events
        }
        let ids = events.compactMap { event -> RequestID? in
            guard case .body(let body) = event, case .success(.response(let id, .success)) = Message.decode(body: body)
            else { return nil }
            return id
        }
        #expect(ids == (0..<count).map { .number($0) })
        #expect(await waitUntil { handler.end == .endOfInput })
    }
}
