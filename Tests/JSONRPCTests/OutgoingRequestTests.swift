import Dispatch
import JSONSyntax
import Synchronization
import Testing

@testable import JSONRPC

@Suite("Requests to the peer")
struct OutgoingRequestTests {
    /// The requests the connection has written so far.
    static func sentRequests(_ harness: ConnectionHarness) -> [(RequestID, String, JSONValue?)] {
        harness.written.compactMap {
            if case .request(let id, let method, let params) = $0 { return (id, method, params) }
            return nil
        }
    }

    /// The error `connection.request(method)` throws, or nil when it succeeds.
    static func failure(of connection: Connection, _ method: String) async -> ResponseError? {
        do throws(ResponseError) {
            _ = try await connection.request(method)
            return nil
        } catch {
            return error
        }
    }

    @Test func callbackGetsTheResponseOnTheHandlerQueueInOrder() async throws {
        let harness = ConnectionHarness()
        let order = Locked<[String]>([])
        let handler = harness.handler
        let id = harness.connection.sendRequest(
            "workspace/configuration", params: .object(["items": .array([])])
        ) { result in
            let seenBefore = handler.events.count
            order.withLock {
                $0.append("response \(((try? result.get()) ?? .null).encode()) after \(seenBefore) events")
            }
        }
        #expect(id == .number(1))
        #expect(Self.sentRequests(harness).map(\.1) == ["workspace/configuration"])
        harness.send(.response(id: id, result: .success(.array([.string("é😀")]))))
        harness.send(.notification(method: "after", params: nil))
        #expect(await harness.closeAndWait())
        // The callback ran before the notification that followed the response reached the handler.
        #expect(order.withLock { $0 } == [#"response ["é😀"] after 0 events"#])
        #expect(harness.handler.events == [.notification("after", nil), .ended(.endOfInput)])
        #expect(harness.connection.pendingOutgoingRequestCount == 0)
    }

    @Test func awaitedRequestGetsItsResult() async throws {
        let harness = ConnectionHarness()
        let task = Task { try await harness.connection.request("client/registerCapability", params: .object([:])) }
        #expect(await waitUntil { Self.sentRequests(harness).count == 1 })
        let (id, method, _) = try #require(Self.sentRequests(harness).first)
        #expect(method == "client/registerCapability")
        // A response to someone else first: dropped without disturbing ours.
        harness.send(.response(id: .number(12345), result: .success(.string("not yours"))))
        harness.send(.response(id: id, result: .success(.string("ok"))))
        #expect(try await task.value == .string("ok"))
        #expect(await harness.closeAndWait())
    }

    @Test func errorResponseIsThrown() async throws {
        let harness = ConnectionHarness()
        let task = Task { () async -> ResponseError? in
            await Self.failure(of: harness.connection, "window/showMessageRequest")
        }
        #expect(await waitUntil { Self.sentRequests(harness).count == 1 })
        let id = try #require(Self.sentRequests(harness).first?.0)
        harness.send(.response(id: id, result: .failure(ResponseError(.requestFailed, "no"))))
        #expect(await task.value == ResponseError(.requestFailed, "no"))
        #expect(await harness.closeAndWait())
    }

    @Test func idsCountUpAndAreDistinct() async throws {
        let harness = ConnectionHarness()
        let ids = (0..<5).map { _ in harness.connection.sendRequest("m") { _ in } }
        #expect(ids == (1...5).map { .number($0) })
        #expect(harness.connection.pendingOutgoingRequestCount == 5)
        #expect(await harness.closeAndWait())
    }

    @Test func endOfInputFailsWaitingRequestsAndLaterOnes() async throws {
        let harness = ConnectionHarness()
        let failures = Locked<[ResponseError]>([])
        harness.connection.sendRequest("a") { result in
            if case .failure(let error) = result { failures.withLock { $0.append(error) } }
        }
        let task = Task { () async -> ResponseError? in
            await Self.failure(of: harness.connection, "b")
        }
        #expect(await waitUntil { harness.connection.pendingOutgoingRequestCount == 2 })
        #expect(await harness.closeAndWait())
        #expect(failures.withLock { $0.map(\.code) } == [.internalError])
        #expect(await task.value?.code == .internalError)
        #expect(harness.connection.pendingOutgoingRequestCount == 0)
        // After the end, no response can come: a new request fails at once.
        await #expect(throws: ResponseError.self) { try await harness.connection.request("c") }
    }

    @Test func cancellingTheWaitingTaskSendsCancelRequest() async throws {
        let harness = ConnectionHarness()
        let task = Task { () async -> ResponseError? in
            await Self.failure(of: harness.connection, "slow")
        }
        #expect(await waitUntil { Self.sentRequests(harness).count == 1 })
        let id = try #require(Self.sentRequests(harness).first?.0)
        task.cancel()
        #expect(await task.value?.code == .requestCancelled)
        #expect(harness.written.last == .notification(method: "$/cancelRequest", params: .object(["id": id.jsonValue])))
        #expect(harness.connection.pendingOutgoingRequestCount == 0)
        // The peer's late answer is dropped.
        harness.send(.response(id: id, result: .success(.null)))
        #expect(await harness.closeAndWait())
        #expect(harness.log.messages.contains { $0.contains("request \(id)") && $0.contains("dropped") })
    }

    @Test func taskCancelledBeforeSendingNeverSends() async throws {
        let harness = ConnectionHarness()
        let task = Task { () async -> ResponseError? in
            withUnsafeCurrentTask { $0?.cancel() }
            return await Self.failure(of: harness.connection, "never")
        }
        #expect(await task.value?.code == .requestCancelled)
        #expect(await harness.closeAndWait())
        #expect(Self.sentRequests(harness).isEmpty)
        #expect(harness.connection.pendingOutgoingRequestCount == 0)
    }

    @Test func malformedOrOversizedResponsesFailTheRequest() async throws {
        let harness = ConnectionHarness(limits: FramingLimits(maxBodyBytes: 100))
        let results = Locked<[RequestID: ResponseError]>([:])
        let first = harness.connection.sendRequest("a") { result in
            if case .failure(let error) = result { results.withLock { $0[.number(1)] = error } }
        }
        let second = harness.connection.sendRequest("b") { result in
            if case .failure(let error) = result { results.withLock { $0[.number(2)] = error } }
        }
        harness.input.append(frame(#"{"jsonrpc":"2.0","id":\#(first),"result":1,"error":{"code":1,"message":"m"}}"#))
        let big = String(repeating: "x", count: 500)
        harness.send(.response(id: second, result: .success(.string(big))))
        #expect(await harness.closeAndWait())
        let errors = results.withLock { $0 }
        #expect(errors[.number(1)]?.message.contains("Malformed response") == true)
        #expect(errors[.number(2)]?.message.contains("exceeds the limit") == true)
        #expect(Self.sentRequests(harness).map(\.1) == ["a", "b"])
        #expect(harness.responses.isEmpty)
    }

    @Test func closedOutputFailsTheRequestAtOnce() async throws {
        let harness = ConnectionHarness()
        harness.output.close()
        await #expect(throws: ResponseError.self) { try await harness.connection.request("x") }
        #expect(harness.connection.pendingOutgoingRequestCount == 0)
        #expect(harness.connection.isOutputClosed)
        #expect(await harness.closeAndWait())
    }
}
