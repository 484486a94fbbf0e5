import Foundation
import JSONSyntax
import Testing

@testable import JSONRPC

/// Random and mutated input never crashes, never hangs, and every answer is a well-formed response.
@Suite("Fuzzing")
struct FuzzTests {
    static let pieces: [[UInt8]] = [
        Array("Content-Length: ".utf8), Array("content-length:".utf8), Array("\r\n".utf8), Array("\n".utf8),
        Array("\r\n\r\n".utf8), Array("7".utf8), Array("40".utf8), Array("99999".utf8), Array(": ".utf8),
        Array(#"{"jsonrpc":"2.0","id":1,"method":"m"}"#.utf8), Array(#"{"jsonrpc":"2.0","method":"n"}"#.utf8),
        Array(#"{"jsonrpc":"2.0","id":"é😀","result":null}"#.utf8), Array(#"[{"id":1}]"#.utf8),
        Array(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":1}}"#.utf8), Array("{".utf8),
        Array("}".utf8), Array("\"".utf8), [0x00], [0xFF, 0xFE], Array("é😀".utf8),
    ]

    /// A stream of valid frames, pieces and random bytes; some frames have their bytes flipped.
    static func stream(_ random: inout SplitMix64) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 1...30, using: &random) {
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                let id = Int.random(in: 0..<5, using: &random)
                bytes += frame(.request(id: .number(id), method: "r", params: .object(["t": .string("é😀")])))
            case 1:
                bytes += pieces[Int.random(in: 0..<pieces.count, using: &random)]
            case 2:
                var framed = frame(.notification(method: "n", params: .array([.integer(1)])))
                let position = Int.random(in: 0..<framed.count, using: &random)
                framed[position] = UInt8.random(in: 0...255, using: &random)
                bytes += framed
            default:
                bytes += (0..<Int.random(in: 0...64, using: &random)).map { _ in
                    UInt8.random(in: 0...255, using: &random)
                }
            }
        }
        return bytes
    }

    static func randomChunks(_ bytes: [UInt8], _ random: inout SplitMix64) -> [[UInt8]] {
        var chunks: [[UInt8]] = []
        var offset = 0
        while offset < bytes.count {
            let n = min(bytes.count - offset, Int.random(in: 1...97, using: &random))
            chunks.append(Array(bytes[offset..<(offset + n)]))
            offset += n
        }
        return chunks
    }

    @Test func decoderSurvivesRandomStreams() {
        var random = SplitMix64(seed: 20_261_123)
        let limits = FramingLimits(maxBodyBytes: 48, maxHeaderBytes: 96, oversizedPeekBytes: 24)
        for _ in 0..<2_000 {
            let bytes = Self.stream(&random)
            var decoder = FrameDecoder(limits: limits)
            var events: [FrameEvent] = []
            for chunk in Self.randomChunks(bytes, &random) {
                decoder.consume(chunk, into: &events)
                #expect(decoder.bufferedByteCount <= 48 + 96 + 24)
            }
            decoder.finish(into: &events)
            for case .body(let body) in events { _ = Message.decode(body: body) }
            #expect(events == frameEvents(bytes, limits: limits))
        }
    }

    /// Each round must end within 10 seconds, all 150 within 60; the rounds run on a thread of their own so that
    /// the clock measures the connection, not other tests holding the shared test executor.
    @Test func connectionSurvivesRandomStreams() async throws {
        let failures = await onThread { () -> [String] in
            var random = SplitMix64(seed: 77)
            var failures: [String] = []
            let start = Date()
            for round in 0..<150 {
                let limits = FramingLimits(maxBodyBytes: round % 2 == 0 ? 48 : 1 << 20, maxHeaderBytes: 128)
                let harness = ConnectionHarness(limits: limits)
                for chunk in Self.randomChunks(Self.stream(&random), &random) { harness.input.append(chunk) }
                harness.input.close()
                let deadline = Date().addingTimeInterval(10)
                while harness.handler.end == nil && Date() < deadline { usleep(500) }
                guard harness.handler.end != nil else {
                    failures.append("round \(round) did not end")
                    break
                }
                // Every answer is a whole response; no handler call follows the end.
                for event in frameEvents(harness.output.bytes) {
                    guard case .body(let body) = event, case .success(.response) = Message.decode(body: body) else {
                        failures.append("round \(round): bad output \(event)")
                        continue
                    }
                }
                if harness.handler.events.last != .ended(.endOfInput) {
                    failures.append("round \(round): events after the end")
                }
            }
            let elapsed = Date().timeIntervalSince(start)
            if elapsed >= 60 { failures.append("150 rounds took \(elapsed) s") }
            return failures
        }
        #expect(failures == [])
    }
}
