import Foundation
import JSONRPC
import JSONSyntax
import TestSupport
import Testing

/// The server in process, through an in-memory connection, with the repository's bundled models.
@Suite struct LanguageServerTests {
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schemas").path
    static let options: JSONValue = .object(["modelDirectories": .array([.string(schemas)])])

    let window = "file:///w/typos.ssm.describe-maintenance-window-execution-task-invocations.json"

    func client(encodings: [String] = ["utf-16"]) -> LSPTestClient {
        let client = LSPTestClient()
        client.initialize(root: "/w", encodings: encodings, options: Self.options)
        return client
    }

    @Test func requestsBeforeInitializeAreRefused() {
        let client = LSPTestClient()
        let response = client.request("textDocument/hover", .object([:]))
        #expect(response?["error"]?["code"] == .integer(-32002))
        #expect(client.request("initialize", .object(["capabilities": .object([:])]))?["result"]?["capabilities"] != nil)
        #expect(client.request("no/such")?["error"]?["code"] == .integer(-32601))
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func exitWithoutShutdownIsOne() {
        let client = client()
        client.notify("exit")
        #expect(client.server.waitForExit() == 1)
    }

    @Test func diagnosticsWithUTF16RangesAndData() throws {
        let client = client()
        client.open(window, "{\"😀\": 1, \"TaskID\": \"x\"}", language: "json")
        let diagnostics = try #require(client.diagnostics(window))
        let unknown = diagnostics.filter { $0["code"] == .string("unknown-member") }
        #expect(unknown.count == 2)
        // `"😀"` is 4 UTF-16 units: characters 1..<5.
        #expect(unknown[0]["range"] == LSPTestClient.range(0, 1, 0, 5))
        #expect(unknown[1]["data"]?["suggestions"]?[0] == .string("TaskId"))
        #expect(unknown[1]["source"] == .string("cli-input-ls"))
        #expect(diagnostics.contains { $0["code"] == .string("missing-required") })
    }

    @Test func utf8PositionsWhenTheClientOffersThem() throws {
        let client = client(encodings: ["utf-8", "utf-16"])
        client.open(window, "{\"é\": 1}", language: "json")
        let diagnostic = try #require(client.diagnostics(window)?.first { $0["code"] == .string("unknown-member") })
        #expect(diagnostic["range"] == LSPTestClient.range(0, 1, 0, 5))
    }

    @Test func incrementalChangesProduceVersionedDiagnostics() throws {
        let client = client()
        client.open(window, "{\r\n\"TaskId\": \"x\"\r\n}", language: "json")
        _ = client.diagnostics(window, version: 1)
        client.change(window, version: 2, [
            .object(["range": LSPTestClient.range(1, 5, 1, 7), "text": .string("ID")])
        ])
        let diagnostics = try #require(client.diagnostics(window, version: 2))
        #expect(diagnostics.contains { $0["code"] == .string("unknown-member") && $0["range"] == LSPTestClient.range(1, 0, 1, 8) })
        // An out-of-date change is ignored.
        client.change(window, version: 1, [.object(["text": .string("{}")])])
        client.change(window, version: 3, [.object(["text": .string("[]")])])
        #expect(client.diagnostics(window, version: 3)?.first?["code"] == .string("invalid-type"))
    }

    @Test func completionOfStatusValues() throws {
        let client = client()
        let text = "{\"Filters\": [{\"Key\": \"STATUS\", \"Values\": [\"\"]}]}"
        client.open(window, text, language: "json")
        let result = try #require(client.result("textDocument/completion", .object([
            "textDocument": .object(["uri": .string(window)]), "position": LSPTestClient.position(0, 43),
        ])))
        let labels = result["items"]?.arrayValue?.compactMap { $0["label"]?.stringValue }
        #expect(labels == ["PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED"])
        #expect(result["items"]?[0]?["textEdit"]?["range"] == LSPTestClient.range(0, 42, 0, 44))
    }

    @Test func hoverShowsTheMember() throws {
        let client = client()
        client.open(window, "{\"TaskId\": \"x\"}", language: "json")
        let hover = try #require(client.result("textDocument/hover", .object([
            "textDocument": .object(["uri": .string(window)]), "position": LSPTestClient.position(0, 3),
        ])))
        #expect(hover["contents"]?["value"]?.stringValue?.contains("**TaskId**") == true)
        #expect(hover["range"] == LSPTestClient.range(0, 1, 0, 9))
    }

    @Test func quickFixReplacesTheKey() throws {
        let client = client()
        client.open(window, "{\"TaskID\": \"x\"}", language: "json")
        _ = client.diagnostics(window)
        let actions = try #require(client.result("textDocument/codeAction", .object([
            "textDocument": .object(["uri": .string(window)]), "range": LSPTestClient.range(0, 2, 0, 2),
            "context": .object(["diagnostics": .array([])]),
        ]))?.arrayValue)
        let fix = try #require(actions.first { $0["title"] == .string("Change to TaskId") })
        let edit = try #require(fix["edit"]?["documentChanges"]?[0]?["edits"]?[0])
        #expect(edit["newText"] == .string("\"TaskId\""))
        #expect(edit["range"] == LSPTestClient.range(0, 1, 0, 9))
        #expect(actions.contains { $0["title"]?.stringValue?.hasPrefix("Convert to YAML") == true })
    }

    @Test func generateSkeletonCommand() throws {
        let client = client()
        let skeleton = try #require(client.result("workspace/executeCommand", .object([
            "command": .string("cli-input.generateSkeleton"),
            "arguments": .array([.string("ssm"), .string("list-command-invocations"), .string("input")]),
        ])))
        #expect(skeleton.stringValue?.hasPrefix("{\n    \"CommandId\": \"\",") == true)
        let failed = client.request("workspace/executeCommand", .object([
            "command": .string("cli-input.generateSkeleton"),
            "arguments": .array([.string("ssm"), .string("nope")]),
        ]))
        #expect(failed?["error"]?["code"] == .integer(-32803))
    }

    @Test func unrelatedFilesGetNoErrors() throws {
        let client = client()
        let uri = "file:///w/package.json"
        client.open(uri, "{\"name\": \"x\", \"version\": \"1.0.0\", \"scripts\": {}}", language: "json")
        // Not even the hint that its keys look like an input: package.json belongs to npm.
        #expect(try #require(client.diagnostics(uri)).isEmpty)
        let compose = "file:///w/docker-compose.yml"
        client.open(compose, "version: '3'\nservices:\n  web:\n    image: nginx\n", language: "yaml")
        #expect(try #require(client.diagnostics(compose)).isEmpty)
    }

    @Test func symbolsAndFolding() throws {
        let client = client()
        client.open(window, "{\n  \"Filters\": [\n    {\"Key\": \"STATUS\"}\n  ]\n}", language: "json")
        let symbols = try #require(client.result("textDocument/documentSymbol", .object([
            "textDocument": .object(["uri": .string(window)])
        ]))?.arrayValue)
        #expect(symbols.first?["name"] == .string("Filters"))
        let folds = try #require(client.result("textDocument/foldingRange", .object([
            "textDocument": .object(["uri": .string(window)])
        ]))?.arrayValue)
        #expect(folds.contains { $0["startLine"] == .integer(1) && $0["endLine"] == .integer(3) })
    }

    @Test func malformedInputIsSurvived() throws {
        let client = client()
        client.sendRaw(Array("Content-Length: 5\r\n\r\n{oops".utf8))
        client.sendRaw(Array("garbage without headers\r\n\r\n".utf8))
        let parseError = client.waitFor { $0["error"]?["code"] == .integer(-32700) }
        #expect(parseError != nil)
        client.open(window, "{}", language: "json")
        #expect(client.diagnostics(window) != nil)
        #expect(client.shutdownAndExit() == 0)
    }

    /// A client may send a lone surrogate (an emoji cut in half) as a `\uD83D` escape; the edit must still apply,
    /// as U+FFFD, which takes the same one UTF-16 unit, so that later positions agree with the editor's.
    @Test func editWithALoneSurrogateEscapeIsApplied() throws {
        let client = client()
        let uri = "file:///w/x.json"
        client.open(uri, "{\"é\": 1}\r\n😀", language: "json")
        let change = #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":"#
            + #"{"uri":"file:///w/x.json","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":2},"#
            + #""end":{"line":0,"character":2}},"text":"\ud83d"},{"range":{"start":{"line":1,"character":2},"#
            + #""end":{"line":1,"character":2}},"text":"a"}]}}"#
        client.sendRaw(Array("Content-Length: \(change.utf8.count)\r\n\r\n\(change)".utf8))
        let text = try #require(client.result("workspace/executeCommand", .object([
            "command": .string("cli-input.documentText"), "arguments": .array([.string(uri)]),
        ])))
        #expect(text == .string("{\"\u{FFFD}é\": 1}\r\n😀a"))
        let unknown = client.request("workspace/executeCommand", .object([
            "command": .string("cli-input.documentText"), "arguments": .array([.string("file:///w/closed.json")]),
        ]))
        #expect(unknown?["error"]?["code"] == .integer(-32602))
        #expect(client.shutdownAndExit() == 0)
    }

    /// A notification over the message limit is skipped unread; the user is told, and the server keeps serving.
    @Test func oversizedNotificationIsReportedAndServingGoesOn() throws {
        let client = LSPTestClient(limits: FramingLimits(maxBodyBytes: 4096))
        client.initialize(root: "/w", encodings: ["utf-16"], options: Self.options)
        let uri = "file:///w/big.json"
        client.open(uri, "{\"é😀\": \"" + String(repeating: "x", count: 5000) + "\"}\r\n", language: "json")
        let shown = try #require(client.waitFor { $0["method"] == .string("window/showMessage") })
        #expect(shown["params"]?["type"] == .integer(1))
        #expect(shown["params"]?["message"]?.stringValue?.hasPrefix("A textDocument/didOpen message of ") == true)
        let small = "file:///w/small.json"
        client.open(small, "{}", language: "json")
        #expect(client.diagnostics(small) != nil)
        #expect(client.shutdownAndExit() == 0)
    }
}
