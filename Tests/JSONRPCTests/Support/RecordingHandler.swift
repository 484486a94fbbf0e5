import JSONSyntax
import Synchronization

@testable import JSONRPC

/// A handler that records what it sees, in order, and answers requests with `respond`.
final class RecordingHandler: MessageHandler {
    enum Event: Sendable, Hashable {
        case notification(String, JSONValue?)
        case request(RequestID, String, JSONValue?)
        case problem(InputProblem)
        case ended(InputEnd)
    }

    private let recorded = Mutex<[Event]>([])
    private let respond: @Sendable (IncomingRequest) -> Void

    /// By default every request is answered at once with `{"method": METHOD}`.
    init(
        respond: @escaping @Sendable (IncomingRequest) -> Void = {
            $0.reply(result: .object(["method": .string($0.method)]))
        }
    ) {
        self.respond = respond
    }

    var events: [Event] { recorded.withLock { $0 } }

    var problems: [InputProblem] {
        events.compactMap {
            if case .problem(let p) = $0 { return p }
            return nil
        }
    }

    var end: InputEnd? {
        events.lazy.compactMap {
            if case .ended(let end) = $0 { return end }
            return nil
        }.first
    }

    func handle(notification method: String, params: JSONValue?) {
        recorded.withLock { $0.append(.notification(method, params)) }
    }

    func handle(request: IncomingRequest) {
        recorded.withLock { $0.append(.request(request.id, request.method, request.params)) }
        respond(request)
    }

    func inputEnded(_ end: InputEnd) {
        recorded.withLock { $0.append(.ended(end)) }
    }

    func inputProblem(_ problem: InputProblem) {
        recorded.withLock { $0.append(.problem(problem)) }
    }
}

/// Collects log lines for assertions.
final class LogRecorder: Sendable {
    private let lines = Mutex<[(Logger.Level, String)]>([])

    var logger: Logger {
        Logger(minimumLevel: .debug) { [self] level, message in lines.withLock { $0.append((level, message)) } }
    }

    var messages: [String] { lines.withLock { $0.map(\.1) } }
}
