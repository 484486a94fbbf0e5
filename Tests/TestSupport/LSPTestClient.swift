internal import Foundation
package import JSONRPC
package import JSONSyntax
package import LanguageServer
internal import Synchronization

/// An in-process LSP client for tests: it talks to a `LanguageServer` through an in-memory connection, sends
/// requests and notifications, and waits for answers and notifications (with a timeout, so a broken server fails
/// the test instead of hanging it).
package final class LSPTestClient: Sendable {
    package let server: LanguageServer
    private let input = MemoryInput()
    private let sink = MessageCollector()
    private let state = Mutex(1)

    package init(version: String = "test") {
        let connection = Connection(input: input, output: sink, logger: .silent)
        server = LanguageServer(connection: connection, version: version)
        server.start()
    }

    deinit {
        input.close()
    }

    // MARK: - Sending

    /// Sends raw bytes (for malformed-input tests).
    package func sendRaw(_ bytes: [UInt8]) {
        input.append(bytes)
    }

    private func send(_ message: JSONValue) {
        let body = Array(message.encode().utf8)
        input.append(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    package func notify(_ method: String, _ params: JSONValue? = nil) {
        var object: JSONObject = ["jsonrpc": .string("2.0"), "method": .string(method)]
        if let params { object["params"] = params }
        send(.object(object))
    }

    /// Sends a request and returns its id (answer with `response(to:)`).
    @discardableResult
    package func sendRequest(_ method: String, _ params: JSONValue? = nil) -> Int {
        let id = state.withLock { next -> Int in
            defer { next += 1 }
            return next
        }
        var object: JSONObject = ["jsonrpc": .string("2.0"), "id": .integer(Int64(id)), "method": .string(method)]
        if let params { object["params"] = params }
        send(.object(object))
        return id
    }

    /// Sends a request and waits for its response message (`result` or `error` inside).
    package func request(_ method: String, _ params: JSONValue? = nil, timeout: Double = 10) -> JSONValue? {
        response(to: sendRequest(method, params), timeout: timeout)
    }

    /// The result of a request, or nil on error or timeout.
    package func result(_ method: String, _ params: JSONValue? = nil) -> JSONValue? {
        request(method, params)?["result"]
    }

    package func response(to id: Int, timeout: Double = 10) -> JSONValue? {
        waitFor(timeout: timeout) { message in
            message["id"] == .integer(Int64(id)) && message["method"] == nil
        }
    }

    /// Waits for a message satisfying `predicate` (and keeps it in the log).
    package func waitFor(timeout: Double = 10, _ predicate: (JSONValue) -> Bool) -> JSONValue? {
        sink.waitFor(timeout: timeout, predicate)
    }

    /// Every message the server has sent so far.
    package var messages: [JSONValue] { sink.messages }

    /// The latest `publishDiagnostics` for `uri` with `version` (any version when nil).
    package func diagnostics(_ uri: String, version: Int? = nil, timeout: Double = 10) -> [JSONValue]? {
        func matches(_ message: JSONValue) -> Bool {
            message["method"] == .string("textDocument/publishDiagnostics") && message["params"]?["uri"] == .string(uri)
                && (version == nil || message["params"]?["version"] == .integer(Int64(version ?? 0)))
        }
        guard sink.waitFor(timeout: timeout, matches) != nil else { return nil }
        // The latest one: a later publish replaces earlier ones.
        return sink.messages.last(where: matches)?["params"]?["diagnostics"]?.arrayValue ?? []
    }

    /// Answers a request the server sent to the client.
    package func reply(to request: JSONValue, result: JSONValue) {
        guard let id = request["id"] else { return }
        send(.object(["jsonrpc": .string("2.0"), "id": id, "result": result]))
    }

    /// `initialize` + `initialized` with typical capabilities (UTF-16 unless `encodings` says otherwise).
    @discardableResult
    package func initialize(
        root: String? = nil, encodings: [String] = ["utf-16"], snippets: Bool = true, options: JSONValue? = nil,
        extraCapabilities: JSONObject = [:]
    ) -> JSONValue? {
        var capabilities: JSONObject = [
            "general": .object(["positionEncodings": .array(encodings.map(JSONValue.string))]),
            "textDocument": .object([
                "completion": .object(["completionItem": .object(["snippetSupport": .bool(snippets)])]),
                "hover": .object(["contentFormat": .array([.string("markdown")])]),
                "documentSymbol": .object(["hierarchicalDocumentSymbolSupport": .bool(true)]),
                "codeAction": .object(["codeActionLiteralSupport": .object([:])]),
            ]),
            "workspace": .object([
                "workspaceEdit": .object([
                    "documentChanges": .bool(true), "resourceOperations": .array([.string("create")]),
                ])
            ]),
        ]
        for (key, value) in extraCapabilities { capabilities[key] = value }
        var params: JSONObject = ["processId": .null, "capabilities": .object(capabilities)]
        if let root {
            params["rootUri"] = .string("file://" + root)
            params["workspaceFolders"] = .array([.object(["uri": .string("file://" + root), "name": .string("w")])])
        }
        if let options { params["initializationOptions"] = options }
        let result = request("initialize", .object(params))
        notify("initialized", .object([:]))
        return result
    }

    package func open(_ uri: String, _ text: String, language: String, version: Int = 1) {
        notify("textDocument/didOpen", .object([
            "textDocument": .object([
                "uri": .string(uri), "languageId": .string(language), "version": .integer(Int64(version)),
                "text": .string(text),
            ])
        ]))
    }

    package func change(_ uri: String, version: Int, _ changes: [JSONValue]) {
        notify("textDocument/didChange", .object([
            "textDocument": .object(["uri": .string(uri), "version": .integer(Int64(version))]),
            "contentChanges": .array(changes),
        ]))
    }

    /// An LSP position.
    package static func position(_ line: Int, _ character: Int) -> JSONValue {
        .object(["line": .integer(Int64(line)), "character": .integer(Int64(character))])
    }

    package static func range(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> JSONValue {
        .object(["start": position(l1, c1), "end": position(l2, c2)])
    }

    /// Ends the session properly and returns the server's exit code.
    package func shutdownAndExit() -> Int32 {
        _ = request("shutdown")
        notify("exit")
        return server.waitForExit()
    }
}

