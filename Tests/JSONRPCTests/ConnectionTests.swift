import Foundation
import JSONSyntax
import Synchronization
import Testing

@testable import JSONRPC

@Suite("Connection")
struct ConnectionTests {
    @Test func answersARequestWithByteCountedFraming() async throws {
        let harness = ConnectionHarness(respond: { $0.reply(result: .string("é😀\r\n")) })
        harness.send(.request(id: .number(1), method: "hover", params: .object(["x": .string("é")])))
        #expect(await harness.closeAndWait())
        let expectedBody = #"{"jsonrpc":"2.0","id":1,"result":"é😀\r\n"}"#
        #expect(harness.output.bytes == Array("Content-Length: \(expectedBody.utf8.count)\r\n\r\n\(expectedBody)".utf8))
        #expect(
            harness.handler.events == [
                .request(.number(1), "hover", .object(["x": .string("é")])), .ended(.endOfInput),
            ])
        #expect(harness.connection.inputEnd == .endOfInput)
        #expect(harness.connection.openIncomingRequestCount == 0)
    }

    @Test func parseErrorIsAnsweredWithNullID() async throws {
        let harness = ConnectionHarness()
        harness.input.append(frame(#"{"jsonrpc":"2.0","id":1,"method":"#))
        harness.send(.notification(method: "after", params: nil))
        #expect(await harness.closeAndWait())
        let responses = harness.responses
        #expect(responses.count == 1)
        #expect(responses.first?.id == nil)
        #expect(responses.first.flatMap { try? $0.result.get() } == nil)
        if case .failure(let error)? = responses.first?.result { #expect(error.code == .parseError) }
        #expect(harness.handler.events.contains(.notification("after", nil)))
    }

    @Test(arguments: [
        (#"{"jsonrpc":"2.0","id":9,"method":["m"]}"#, RequestID.number(9) as RequestID?),
        (#"{"jsonrpc":"2.0","id":"s","method":"m","params":"p"}"#, .string("s")),
        (#"[{"jsonrpc":"2.0","id":1,"method":"m"}]"#, nil),
        (#"{"jsonrpc":"2.0","method":"m","params":3}"#, nil),
    ])
    func invalidRequestIsAnsweredWithItsID(body: String, id: RequestID?) async throws {
        let harness = ConnectionHarness()
        harness.input.append(frame(body))
        #expect(await harness.closeAndWait())
        let responses = harness.responses
        #expect(responses.count == 1)
        #expect(responses.first?.id == id)
        if case .failure(let error)? = responses.first?.result {
            #expect(error.code == .invalidRequest)
        } else {
            Issue.record("expected an error, got \(responses)")
        }
        let requests = harness.handler.events.filter { if case .request = $0 { true } else { false } }
        #expect(requests.isEmpty)
        #expect(harness.handler.problems.count == 1)
    }

    @Test func malformedResponsesAreNeverAnswered() async throws {
        let harness = ConnectionHarness()
        harness.input.append(frame(#"{"jsonrpc":"2.0","id":1,"result":1,"error":{"code":1,"message":"m"}}"#))
        harness.input.append(frame(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"yours"}}"#))
        #expect(await harness.closeAndWait())
        #expect(harness.output.bytes.isEmpty)
        #expect(harness.log.messages.contains { $0.contains("yours") })
    }

    @Test func thousandsOfMessagesKeepTheirOrder() async throws {
        let harness = ConnectionHarness()
        let count = 10_000
        var batch: [UInt8] = []
        for i in 0..<count {
            let message: Message =
                i % 2 == 0
                ? .request(id: .number(i), method: "r\(i)", params: nil)
                : .notification(method: "n\(i)", params: .object(["i": .integer(Int64(i))]))
            batch += frame(message)
            // Uneven chunks, so that messages straddle reads.
            if batch.count > 7_777 || i == count - 1 {
                harness.input.append(batch)
                batch = []
            }
        }
        #expect(await harness.closeAndWait())
        let seen = harness.handler.events.compactMap { event -> String? in
            switch event {
            case .request(_, let method, _), .notification(let method, _): method
            default: nil
            }
        }
        #expect(seen == (0..<count).map { $0 % 2 == 0 ? "r\($0)" : "n\($0)" })
        #expect(harness.handler.events.last == .ended(.endOfInput))
        let answered = harness.responses.map(\.id)
        #expect(answered == stride(from: 0, to: count, by: 2).map { .number($0) })
    }

    @Test func endOfInputComesAfterEverythingAndStopsReading() async throws {
        let harness = ConnectionHarness()
        harness.send(.notification(method: "a", params: nil))
        harness.input.append(Array("Content-Length: 50\r\n\r\n{\"jsonrpc\"".utf8))
        #expect(await harness.closeAndWait())
        let readsAtEnd = harness.input.readCount
        harness.send(.notification(method: "after the end", params: nil))
        try await Task.sleep(for: .milliseconds(20))
        #expect(harness.input.readCount == readsAtEnd)
        let events = harness.handler.events
        #expect(events.first == .notification("a", nil))
        #expect(events.last == .ended(.endOfInput))
        #expect(events.count == 3)
        if case .problem(.truncated(let reason)) = events[1] {
            #expect(reason.contains("10 of 50"))
        } else {
            Issue.record("expected a truncation, got \(events)")
        }
    }

    @Test func unansweredRequestIsAnsweredWhenReleased() async throws {
        let harness = ConnectionHarness(respond: { _ in })
        harness.send(.request(id: .number(4), method: "forgotten", params: nil))
        #expect(await harness.closeAndWait())
        #expect(await waitUntil { harness.responses.count == 1 })
        if case .failure(let error)? = harness.responses.first?.result {
            #expect(error.code == .internalError)
        } else {
            Issue.record("expected an error, got \(harness.responses)")
        }
        #expect(harness.connection.openIncomingRequestCount == 0)
    }

    @Test func secondAnswerIsDropped() async throws {
        let harness = ConnectionHarness(respond: { request in
            request.reply(result: .integer(1))
            request.reply(result: .integer(2))
        })
        harness.send(.request(id: .number(1), method: "twice", params: nil))
        #expect(await harness.closeAndWait())
        #expect(harness.responses.map(\.id) == [.number(1)])
        #expect(harness.responses.first.flatMap { try? $0.result.get() } == .integer(1))
        #expect(harness.log.messages.contains { $0.contains("answered twice") })
    }

    @Test func answerFromAnotherThreadLater() async throws {
        let harness = ConnectionHarness(respond: { request in
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(20)) {
                request.reply(result: .string("later"))
            }
        })
        harness.send(.request(id: .number(1), method: "slow", params: nil))
        harness.send(.request(id: .number(2), method: "slow", params: nil))
        #expect(await waitUntil { harness.responses.count == 2 })
        #expect(Set(harness.responses.compactMap(\.id)) == [.number(1), .number(2)])
        #expect(await harness.closeAndWait())
    }

    @Test func duplicateOpenIDIsRefused() async throws {
        let held = Locked<[IncomingRequest]>([])
        let harness = ConnectionHarness(respond: { request in held.withLock { $0.append(request) } })
        harness.send(.request(id: .number(1), method: "first", params: nil))
        harness.send(.request(id: .number(1), method: "second", params: nil))
        #expect(await waitUntil { harness.responses.count == 1 })
        if case .failure(let error)? = harness.responses.first?.result {
            #expect(error.code == .invalidRequest)
        }
        held.withLock { $0.first?.reply(result: .null) }
        #expect(await waitUntil { harness.responses.count == 2 })
        // Once answered, the id may be used again.
        harness.send(.request(id: .number(1), method: "third", params: nil))
        #expect(await harness.closeAndWait())
        held.withLock { $0.last?.reply(result: .null) }
        #expect(harness.responses.count == 3)
    }

    @Test func oversizedRequestIsAnsweredAndReadingGoesOn() async throws {
        let limits = FramingLimits(maxBodyBytes: 256)
        let harness = ConnectionHarness(limits: limits)
        let text = String(repeating: "é", count: 1000)
        harness.send(.request(id: .string("big"), method: "m", params: .object(["text": .string(text)])))
        harness.send(.notification(method: "textDocument/didOpen", params: .object(["text": .string(text)])))
        harness.send(.request(id: .number(2), method: "small", params: nil))
        #expect(await harness.closeAndWait())
        let responses = harness.responses
        #expect(responses.map(\.id) == [.string("big"), .number(2)])
        if case .failure(let error)? = responses.first?.result {
            #expect(error.code == .invalidRequest)
            #expect(error.data?["limit"] == .integer(256))
        } else {
            Issue.record("expected an error, got \(responses)")
        }
        let oversized = harness.handler.problems.filter { if case .oversizedBody = $0 { true } else { false } }
        #expect(oversized.count == 2)
    }

    @Test func malformedHeaderIsLoggedAndSkipped() async throws {
        let harness = ConnectionHarness()
        harness.send(raw: "Content-Length: nope\r\n\r\n{}")
        harness.send(.notification(method: "fine", params: nil))
        #expect(await harness.closeAndWait())
        #expect(harness.output.bytes.isEmpty)
        #expect(harness.handler.events.contains(.notification("fine", nil)))
        #expect(harness.log.messages.contains { $0.contains("Invalid Content-Length") })
    }

    @Test func stopEndsReadingFromABlockedDescriptor() async throws {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer {
            close(fds[0])
            close(fds[1])
        }
        let handler = RecordingHandler()
        let connection = Connection(
            input: FileDescriptorInput(descriptor: fds[0]), output: MemoryOutput(), logger: .silent)
        connection.start(handler: handler)
        try await Task.sleep(for: .milliseconds(20))
        #expect(handler.end == nil)
        connection.stop()
        #expect(await waitUntil { handler.end == .stopped })
    }

    @Test func startingTwiceIsHarmless() async throws {
        let harness = ConnectionHarness()
        harness.connection.start(handler: RecordingHandler())
        harness.send(.notification(method: "once", params: nil))
        #expect(await harness.closeAndWait())
        #expect(harness.handler.events == [.notification("once", nil), .ended(.endOfInput)])
    }
}
