internal import Dispatch
package import JSONRPC
package import JSONSyntax
internal import Synchronization

/// The language server: LSP 3.17 over a JSON-RPC `Connection`. Every message arrives on the connection's one
/// serial queue, in order; handlers answer synchronously (the analysis is fast), so answers keep that order.
///
/// The state sits behind one `Mutex` (only the handler queue touches it, but the type must be `Sendable`).
package final class LanguageServer: MessageHandler {
    package static let name = "cli-input-ls"
    package let version: String
    let connection: Connection
    let state = Mutex(ServerState())
    private let finished = DispatchSemaphore(value: 0)
    private let exitCode = Atomic<Int32>(1)

    package init(connection: Connection, version: String) {
        self.connection = connection
        self.version = version
    }

    /// Serves until `exit` or the end of input; returns the process exit code (0 after `shutdown` then `exit`).
    package func run() -> Int32 {
        start()
        return waitForExit()
    }

    /// Starts reading messages (in-process tests call this, then talk to the connection).
    package func start() {
        connection.start(handler: self)
    }

    /// Blocks until `exit` or the end of input; returns the exit code.
    package func waitForExit() -> Int32 {
        finished.wait()
        return exitCode.load(ordering: .acquiring)
    }

    // MARK: - MessageHandler

    package func handle(notification method: String, params: JSONValue?) {
        let phase = state.withLock { $0.phase }
        if method == "exit" {
            exitCode.store(phase == .shutDown ? 0 : 1, ordering: .releasing)
            connection.stop()
            return
        }
        guard phase == .running else { return }
        switch method {
        case "initialized": initialized()
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didClose": didClose(params)
        case "textDocument/didSave": didSave(params)
        case "workspace/didChangeConfiguration": didChangeConfiguration(params)
        case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params)
        default: break  // unknown notifications are ignored, as LSP asks
        }
    }

    package func handle(request: IncomingRequest) {
        let phase = state.withLock { $0.phase }
        if phase == .uninitialized && request.method != "initialize" {
            request.reply(error: ResponseError(.serverNotInitialized, "initialize first"))
            return
        }
        if phase == .shutDown {
            request.reply(error: ResponseError(.invalidRequest, "the server is shutting down"))
            return
        }
        if request.isCancelled {
            request.reply(error: ResponseError(.requestCancelled, "cancelled"))
            return
        }
        let result: Result<JSONValue, ResponseError>
        switch request.method {
        case "initialize": result = initialize(request.params)
        case "shutdown":
            state.withLock { $0.phase = .shutDown }
            result = .success(.null)
        case "textDocument/completion": result = completion(request.params)
        case "textDocument/hover": result = hover(request.params)
        case "textDocument/codeAction": result = codeActions(request.params)
        case "textDocument/diagnostic": result = pullDiagnostics(request.params)
        case "textDocument/documentSymbol": result = documentSymbols(request.params)
        case "textDocument/foldingRange": result = foldingRanges(request.params)
        case "workspace/executeCommand": result = executeCommand(request.params)
        default:
            result = .failure(ResponseError(.methodNotFound, "unknown method \(request.method)"))
        }
        request.reply(result)
    }

    package func inputEnded(_ end: InputEnd) {
        finished.signal()
    }

    /// A notification over the message-size limit was skipped unread (requests are answered with an error by the
    /// connection). A lost `didOpen` or `didChange` leaves the server's text behind the editor's, so the user is
    /// told, once per skipped message, rather than shown findings for text they no longer have.
    package func inputProblem(_ problem: InputProblem) {
        guard case .oversizedBody(let length, let limit, let peek) = problem, !peek.isRequest, !peek.isResponse
        else { return }
        let what = peek.method.map { "A \($0) message" } ?? "A message"
        connection.send(
            notification: "window/showMessage",
            params: .object([
                "type": .integer(1),
                "message": .string(
                    "\(what) of \(length) bytes exceeds the server's limit of \(limit) bytes "
                        + "(serve --max-message-bytes) and was not read; close and reopen the document to bring "
                        + "the server up to date."),
            ]))
    }

    // MARK: - Helpers for handlers

    func log(_ message: String) {
        connection.send(
            notification: "window/logMessage", params: .object(["type": .integer(4), "message": .string(message)]))
    }

    /// `InvalidParams` for a request whose parameters lack what it needs.
    static func invalidParams(_ what: String) -> ResponseError {
        ResponseError(.invalidParams, what)
    }
}
