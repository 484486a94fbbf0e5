internal import Foundation
package import JSONSyntax
internal import Synchronization

/// A `ByteOutput` that decodes what is written into messages and keeps them: the other end of an in-process
/// connection, for tests and benchmarks that play the client.
package final class MessageCollector: ByteOutput, Sendable {
    private struct State {
        var decoder = FrameDecoder()
        var messages: [JSONValue] = []
    }

    private let state = Mutex(State())
    private let arrived = NSCondition()

    package init() {}

    package func write(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        state.withLock { state in
            var events = [FrameEvent]()
            state.decoder.consume(bytes, into: &events)
            for case .body(let body) in events {
                if let message = try? JSONValue.decode(body) { state.messages.append(message) }
            }
        }
        arrived.lock()
        arrived.broadcast()
        arrived.unlock()
        return nil
    }

    /// Every message so far.
    package var messages: [JSONValue] { state.withLock { $0.messages } }

    /// The number of messages so far.
    package var count: Int { state.withLock { $0.messages.count } }

    /// Drops the messages collected so far (long benchmarks keep memory flat).
    package func removeAll() {
        state.withLock { $0.messages.removeAll(keepingCapacity: true) }
    }

    /// The first message (from `start` on) satisfying `predicate`, waiting up to `timeout` seconds.
    package func waitFor(from start: Int = 0, timeout: Double = 10, _ predicate: (JSONValue) -> Bool) -> JSONValue? {
        let deadline = Date().addingTimeInterval(timeout)
        arrived.lock()
        defer { arrived.unlock() }
        while true {
            let found = state.withLock { state -> JSONValue? in
                guard start < state.messages.count else { return nil }
                return state.messages[start...].first(where: predicate)
            }
            if let found { return found }
            if !arrived.wait(until: deadline) { return nil }
        }
    }
}
