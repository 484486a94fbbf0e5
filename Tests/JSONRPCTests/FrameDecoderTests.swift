import Testing

@testable import JSONRPC

@Suite("Framing")
struct FrameDecoderTests {
    /// Bodies with `é`, an emoji and an escaped CRLF, so that Content-Length must count UTF-8 bytes.
    static let sampleBodies = [
        #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#,
        #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"é😀\r\nx"}}"#,
        #"{"jsonrpc":"2.0","id":"two","method":"shutdown"}"#,
    ]

    static var sampleStream: [UInt8] { sampleBodies.flatMap { frame($0) } }

    @Test func oneMessage() {
        let body = Self.sampleBodies[1]
        #expect(Array(body.utf8).count > body.count)
        #expect(bodies(frameEvents(frame(body))) == [body])
    }

    @Test func severalMessagesInOneChunk() {
        #expect(frameEvents(Self.sampleStream) == Self.sampleBodies.map { .body(Array($0.utf8)) })
    }

    @Test func everySplitPointGivesTheSameMessages() {
        let stream = Self.sampleStream
        for cut in 0...stream.count {
            #expect(bodies(frameEvents(chunks: split(stream, at: [cut]))) == Self.sampleBodies, "cut at \(cut)")
        }
    }

    @Test func oneByteAtATime() {
        let chunks = Self.sampleStream.map { [$0] }
        #expect(bodies(frameEvents(chunks: chunks)) == Self.sampleBodies)
    }

    @Test func bareLineFeeds() {
        let stream = Self.sampleBodies.flatMap { frame($0, lineEnd: "\n") }
        #expect(frameEvents(stream) == Self.sampleBodies.map { .body(Array($0.utf8)) })
    }

    @Test(arguments: [
        "content-length: 2\r\n\r\n{}",
        "CONTENT-LENGTH: 2\r\n\r\n{}",
        "Content-Length:2\r\n\r\n{}",
        "Content-Length: \t2 \r\n\r\n{}",
        "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}",
        "Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf8\r\n\r\n{}",
        "X-Unknown: anything at all: really\r\nContent-Length: 2\r\nX-Other:\r\n\r\n{}",
        "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}",
        "\r\n\n\r\nContent-Length: 2\r\n\r\n{}",
        "Content-Length: 02\n\r\n{}",
    ])
    func tolerantHeaders(stream: String) {
        #expect(frameEvents(Array(stream.utf8)) == [.body(Array("{}".utf8))])
    }

    @Test func emptyBody() {
        #expect(frameEvents(Array("Content-Length: 0\r\n\r\n".utf8)) == [.body([])])
    }

    /// Each bad header is reported once, and the message after it is still read.
    @Test(arguments: [
        ("Content-Length: abc\r\n\r\n", "Invalid Content-Length"),
        ("Content-Length: -1\r\n\r\n", "Invalid Content-Length"),
        ("Content-Length: 1.5\r\n\r\n", "Invalid Content-Length"),
        ("Content-Length:\r\n\r\n", "Invalid Content-Length"),
        ("Content-Length: 1234567890123456789\r\n\r\n", "Invalid Content-Length"),
        ("Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", "Conflicting Content-Length"),
        ("Content-Type: application/json\r\n\r\n{\"a\":1}", "without Content-Length"),
        ("hello world\r\n", "Malformed header line"),
        ("{\"jsonrpc\":\"2.0\"}\r\n", "Malformed header line"),
        ("Bad Name: x\r\n", "Malformed header line"),
        (": no name\r\n", "Malformed header line"),
    ])
    func malformedHeaderThenRecovery(bad: String, reason: String) throws {
        let next = Self.sampleBodies[1]
        let events = frameEvents(Array(bad.utf8) + frame(next))
        #expect(events.count == 2)
        guard case .malformedHeader(let text)? = events.first else {
            Issue.record("expected a malformed header, got \(events)")
            return
        }
        #expect(text.contains(reason))
        #expect(events.last == .body(Array(next.utf8)))
    }

    /// The usual desynchronisation: a Content-Length too small leaves the body's tail glued to the next header.
    @Test func resynchronisesInsideALine() {
        let body = #"{"jsonrpc":"2.0","method":"a"}"#
        let tooShort = Array("Content-Length: 20\r\n\r\n\(body)".utf8)
        let next = Self.sampleBodies[0]
        let events = frameEvents(tooShort + frame(next))
        #expect(events.count == 3)
        #expect(events.first == .body(Array(body.utf8.prefix(20))))
        if case .malformedHeader(let text) = events[1] {
            #expect(text.contains("before Content-Length"))
        } else {
            Issue.record("expected a malformed header, got \(events[1])")
        }
        #expect(events.last == .body(Array(next.utf8)))
    }

    @Test func garbageWithoutLineEndsIsSkippedWithBoundedMemory() {
        let limits = FramingLimits(maxHeaderBytes: 256)
        var decoder = FrameDecoder(limits: limits)
        var events: [FrameEvent] = []
        let garbage = [UInt8](repeating: UInt8(ascii: "x"), count: 4096)
        for _ in 0..<64 {
            decoder.consume(garbage, into: &events)
            #expect(decoder.bufferedByteCount <= 256)
        }
        decoder.consume(Array("}Content-Length: 2\r\n\r\n{}".utf8), into: &events)
        #expect(events.count == 2)
        #expect(events.last == .body(Array("{}".utf8)))
    }

    @Test func longHeaderSectionIsRefused() {
        let limits = FramingLimits(maxHeaderBytes: 100)
        let long = "X-Long: " + String(repeating: "y", count: 200) + "\r\n"
        let events = frameEvents(Array(long.utf8) + frame("{}"), limits: limits)
        #expect(events.count == 2)
        #expect(events.first.map { if case .malformedHeader = $0 { true } else { false } } == true)
        #expect(events.last == .body(Array("{}".utf8)))
    }

    @Test func oversizedBodyIsSkippedWithoutBuffering() {
        let limits = FramingLimits(maxBodyBytes: 1024, oversizedPeekBytes: 256)
        let prefix = #"{"jsonrpc":"2.0","id":7,"method":"big","params":{"text":""#
        let size = 1 << 20
        let filler = [UInt8](repeating: UInt8(ascii: "a"), count: size - prefix.utf8.count - 3)
        let body = Array(prefix.utf8) + filler + Array("\"}}".utf8)
        #expect(body.count == size)
        let stream = Array("Content-Length: \(size)\r\n\r\n".utf8) + body + frame(Self.sampleBodies[0])
        var decoder = FrameDecoder(limits: limits)
        var events: [FrameEvent] = []
        var maxBuffered = 0
        var offset = 0
        while offset < stream.count {
            let end = min(stream.count, offset + 4096)
            decoder.consume(Array(stream[offset..<end]), into: &events)
            maxBuffered = max(maxBuffered, decoder.bufferedByteCount)
            offset = end
        }
        #expect(maxBuffered <= 256 + Self.sampleBodies[0].utf8.count)
        #expect(events.count == 2)
        let peek = BodyPeek(id: .number(7), method: "big", hasParams: true)
        #expect(events.first == .oversizedBody(contentLength: size, peek: peek))
        #expect(events.last == .body(Array(Self.sampleBodies[0].utf8)))
    }

    @Test func bodyAtTheLimitIsRead() {
        let limits = FramingLimits(maxBodyBytes: 2)
        #expect(frameEvents(frame("{}"), limits: limits) == [.body(Array("{}".utf8))])
        #expect(frameEvents(frame("[1]"), limits: limits) == [.oversizedBody(contentLength: 3, peek: BodyPeek())])
    }

    @Test(arguments: [
        ("Content-Length: 10\r\n\r\n{\"a\"", "after 4 of 10 body bytes"),
        ("Content-Length: 10\r\n", "inside a header section"),
        ("Content-Len", "inside a header section"),
    ])
    func endOfInputInsideAMessage(stream: String, reason: String) {
        let events = frameEvents(Array(stream.utf8))
        #expect(events.count == 1)
        if case .truncated(let text)? = events.first {
            #expect(text.contains(reason))
        } else {
            Issue.record("expected truncation, got \(events)")
        }
    }

    @Test func endOfInputBetweenMessagesIsQuiet() {
        #expect(frameEvents(Self.sampleStream + Array("\r\n".utf8)).count == Self.sampleBodies.count)
        #expect(frameEvents(Array("garbage".utf8)).isEmpty == false)
        #expect(frameEvents(Array("garbage\r\n".utf8) + Array("more garbage".utf8)).count == 1)
    }

    /// Chunk boundaries never change what is decoded, whatever the bytes.
    @Test func chunkingInvariance() {
        var random = SplitMix64(seed: 0xF4A3E)
        let pieces: [[UInt8]] =
            Self.sampleBodies.map { frame($0) } + [
                Array("Content-Length: ".utf8), Array("\r\n".utf8), Array("\n".utf8), Array("12".utf8),
                Array("}Content-Length: 2\r\n\r\n{}".utf8), Array("content-LENGTH".utf8), Array("xx: y\r\n".utf8),
                Array("{\"id\":1}".utf8), Array("é😀".utf8), [0, 0xFF, 0x0D],
            ]
        let limits = FramingLimits(maxBodyBytes: 40, maxHeaderBytes: 64, oversizedPeekBytes: 16)
        for _ in 0..<400 {
            var stream: [UInt8] = []
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                stream += pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }
            let whole = frameEvents(stream, limits: limits)
            let cuts = (0..<Int.random(in: 1...8, using: &random)).map { _ in
                Int.random(in: 0...stream.count, using: &random)
            }
            #expect(frameEvents(chunks: split(stream, at: cuts), limits: limits) == whole)
        }
    }
}
