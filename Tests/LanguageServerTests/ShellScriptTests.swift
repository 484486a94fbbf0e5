import Foundation
import JSONSyntax
import TestSupport
import Testing
import TextModel

/// Shell scripts in the server: findings and completion on `aws` command lines, and input files associated by
/// `--cli-input-json file://…` in a workspace script. Each test has its own workspace directory on disk.
@Suite struct ShellScriptTests {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cli-input-ls-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/inputs", withIntermediateDirectories: true)
    }

    func client() -> LSPTestClient {
        let client = LSPTestClient()
        client.initialize(root: root, options: LanguageServerTests.options)
        return client
    }

    func position(_ text: MarkedText, _ marker: Int) -> JSONValue {
        let position = text.source.position(of: text[marker], in: .utf16)
        return LSPTestClient.position(position.line, position.character)
    }

    func range(_ text: MarkedText, _ from: Int, _ to: Int) -> JSONValue {
        let start = text.source.position(of: text[from], in: .utf16)
        let end = text.source.position(of: text[to], in: .utf16)
        return LSPTestClient.range(start.line, start.character, end.line, end.character)
    }

    @Test func findingsOnCommandLines() throws {
        let client = client()
        let text = MarkedText(
            "#!/bin/sh\r\n# é😀\r\naws ssm describe-maintenance-window-execution-task-invocations \\\r\n"
                + "  --window-execution-id 11111111-2222-3333-4444-555555555555 \\\r\n"
                + "  --task-id 11111111-2222-3333-4444-555555555555 --filters Key=STATUS,Values=1️⃣DONE2️⃣ \\\r\n"
                + "  3️⃣--max-result4️⃣ 10\r\n")
        let uri = "file://\(root)/run.sh"
        client.open(uri, text.text, language: "shellscript")
        let diagnostics = try #require(client.diagnostics(uri))
        let value = try #require(diagnostics.first { $0["code"] == .string("filter-value") })
        #expect(value["range"] == range(text, 1, 2))
        #expect(value["message"]?.stringValue?.contains("PENDING") == true)
        // argparse accepts the unique abbreviation `--max-result` of `--max-results`: nothing to say there.
        #expect(!diagnostics.contains { $0["range"] == range(text, 3, 4) })
        #expect(diagnostics.count == 1)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test func completionOfStatusValuesAndOptions() throws {
        let client = client()
        let text = MarkedText(
            "aws ssm describe-maintenance-window-execution-task-invocations --window-execution-id x --task-id y \\\n"
                + "  --filters 'Key=STATUS,Values=SUCCESS,1️⃣' 2️⃣\n")
        let uri = "file://\(root)/complete.sh"
        client.open(uri, text.text, language: "shellscript")
        let values = try #require(client.result("textDocument/completion", .object([
            "textDocument": .object(["uri": .string(uri)]), "position": position(text, 1),
        ])))
        let labels = values["items"]?.arrayValue?.compactMap { $0["label"]?.stringValue }
        #expect(labels == ["PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED"])
        #expect(values["items"]?[0]?["textEdit"]?["range"] == range(text, 1, 1))
        let options = try #require(client.result("textDocument/completion", .object([
            "textDocument": .object(["uri": .string(uri)]), "position": position(text, 2),
        ])))
        let names = options["items"]?.arrayValue?.compactMap { $0["label"]?.stringValue } ?? []
        #expect(names.contains("--max-items") && names.contains("--region") && !names.contains("--filters"))
    }

    @Test func scriptReferencesAssociateInputFiles() throws {
        try "set -e\naws ssm list-command-invocations --cli-input-json file://inputs/list.json\n"
            .write(toFile: root + "/deploy.sh", atomically: true, encoding: .utf8)
        let client = client()
        let uri = "file://\(root)/inputs/list.json"
        client.open(uri, "{\"Filters\": [{\"key\": \"Status\", \"value\": \"Nope\"}], \"Bogus\": 1}", language: "json")
        let diagnostics = try #require(client.diagnostics(uri))
        #expect(diagnostics.contains { $0["code"] == .string("unknown-member") })
        #expect(diagnostics.contains { $0["code"] == .string("filter-value") })

        // The script changes on disk: the file is no longer an input, so it gets no error findings.
        try "aws ssm list-commands\n".write(toFile: root + "/deploy.sh", atomically: true, encoding: .utf8)
        client.notify("workspace/didChangeWatchedFiles", .object([
            "changes": .array([.object(["uri": .string("file://\(root)/deploy.sh"), "type": .integer(2)])])
        ]))
        let after = client.waitFor {
            $0["method"] == .string("textDocument/publishDiagnostics") && $0["params"]?["uri"] == .string(uri)
                && $0["params"]?["diagnostics"]?.arrayValue?.contains { $0["severity"] == .integer(1) } == false
        }
        #expect(after != nil)
    }

    @Test func settingsAndTheWorkspaceFileDecideAssociations() throws {
        let client = client()
        let uri = "file://\(root)/inputs/mine.json"
        client.open(uri, "{\"CommandId\": \"x\", \"Bogus\": 1}", language: "json")
        #expect(try #require(client.diagnostics(uri)).allSatisfy { $0["severity"] != .integer(1) })
        // A setting associates it.
        client.notify("workspace/didChangeConfiguration", .object([
            "settings": .object(["cliInputLs": .object([
                "modelDirectories": .array([.string(LanguageServerTests.schemas)]),
                "associations": .object(["inputs/*.json": .string("ssm list-command-invocations")]),
            ])])
        ]))
        let associated = client.waitFor {
            $0["params"]?["uri"] == .string(uri)
                && $0["params"]?["diagnostics"]?.arrayValue?.contains { $0["code"] == .string("unknown-member") } == true
        }
        #expect(associated != nil)
        // Settings gone; a `.cli-input.yaml` written and reported through file watching associates it again.
        client.notify("workspace/didChangeConfiguration", .object([
            "settings": .object(["cliInputLs": .object(["modelDirectories": .array([.string(LanguageServerTests.schemas)])])])
        ]))
        _ = client.waitFor {
            $0["params"]?["uri"] == .string(uri)
                && $0["params"]?["diagnostics"]?.arrayValue?.contains { $0["severity"] == .integer(1) } == false
        }
        try "associations:\n  inputs/mine.json: ssm list-commands\n"
            .write(toFile: root + "/.cli-input.yaml", atomically: true, encoding: .utf8)
        client.notify("workspace/didChangeWatchedFiles", .object([
            "changes": .array([.object(["uri": .string("file://\(root)/.cli-input.yaml"), "type": .integer(1)])])
        ]))
        let fromFile = client.waitFor {
            $0["params"]?["uri"] == .string(uri)
                && $0["params"]?["diagnostics"]?.arrayValue?.contains {
                    $0["code"] == .string("unknown-member") && $0["message"]?.stringValue?.contains("Bogus") == true
                } == true
        }
        #expect(fromFile != nil)
    }
}
