import Foundation
import JSONSyntax
import Synchronization
import Testing

@testable import JSONRPC

@Suite("Cancellation of the peer's requests")
struct CancellationTests {
    static func cancel(_ id: RequestID) -> Message {
        .notification(method: "$/cancelRequest", params: .object(["id": id.jsonValue]))
    }

    @Test func cancelledWhileQueuedIsAnsweredWithoutTheHandler() async throws {
        let gate = DispatchSemaphore(value: 0)
        let harness = ConnectionHarness(respond: { request in
            // The first request blocks the queue until the test has cancelled the second.
            if request.method == "blocker" { gate.wait() }
            request.reply(result: .string(request.method))
        })
        harness.send(.request(id: .number(1), method: "blocker", params: nil))
        #expect(await waitUntil { harness.handler.events.count == 1 })
        harness.send(.request(id: .number(2), method: "queued", params: nil))
        harness.send(Self.cancel(.number(2)))
        // A response nobody waits for is logged by the reader thread: once it is, the cancellation before it has
        // been handled too, while the handler is still blocked.
        harness.send(.response(id: .number(999), result: .success(.null)))
        #expect(await waitUntil { harness.log.messages.contains { $0.contains("request 999") } })
        gate.signal()
        #expect(await harness.closeAndWait())
        let methods = harness.handler.events.compactMap { if case .request(_, let m, _) = $0 { m } else { nil } }
        #expect(methods == ["blocker"])
        let responses = harness.responses
        #expect(responses.map(\.id) == [.number(1), .number(2)])
        if case .failure(let error)? = responses.last?.result {
            #expect(error.code == .requestCancelled)
        } else {
            Issue.record("expected RequestCancelled, got \(responses)")
        }
        #expect(!harness.handler.events.contains { if case .notification = $0 { true } else { false } })
    }

    @Test func runningRequestSeesTheTokenAndItsLateAnswerIsReplaced() async throws {
        let sawCancellation = Locked(false)
        let harness = ConnectionHarness(respond: { request in
            // A long computation on another thread, polling the token. Its bound is far beyond any test timeout, so
            // that it cannot finish on its own while a busy machine keeps the test waiting.
            Thread {
                for _ in 0..<300_000 {
                    if request.isCancelled { break }
                    usleep(1000)
                }
                sawCancellation.withLock { $0 = request.isCancelled }
                request.reply(result: .string("stale result"))
            }.start()
        })
        harness.send(.request(id: .string("long"), method: "compute", params: nil))
        #expect(await waitUntil { harness.handler.events.count == 1 })
        #expect(harness.connection.openIncomingRequestCount == 1)
        harness.send(Self.cancel(.string("long")))
        #expect(await waitUntil { harness.responses.count == 1 })
        #expect(sawCancellation.withLock { $0 })
        if case .failure(let error)? = harness.responses.first?.result {
            #expect(error.code == .requestCancelled)
        } else {
            Issue.record("expected RequestCancelled, got \(harness.responses)")
        }
        #expect(harness.responses.first?.id == .string("long"))
        #expect(await harness.closeAndWait())
    }

    @Test func cancellingAnAnsweredOrUnknownRequestChangesNothing() async throws {
        let harness = ConnectionHarness()
        harness.send(.request(id: .number(1), method: "quick", params: nil))
        #expect(await waitUntil { harness.responses.count == 1 })
        harness.send(Self.cancel(.number(1)))
        harness.send(Self.cancel(.string("never sent")))
        harness.send(.notification(method: "$/cancelRequest", params: .object(["id": .bool(true)])))
        #expect(await harness.closeAndWait())
        #expect(harness.responses.count == 1)
        #expect(harness.responses.first.flatMap { try? $0.result.get() } == .object(["method": .string("quick")]))
        #expect(harness.connection.openIncomingRequestCount == 0)
    }
}
