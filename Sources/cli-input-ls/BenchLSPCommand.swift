import ArgumentParser
import Foundation
import JSONRPC
import JSONSyntax
import LanguageServer

/// `cli-input-ls bench lsp`: the language server in process, timed from the client's side: start to first
/// diagnostics, keystroke to published diagnostics, completion, and resident memory over many edits.
struct BenchLSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp", abstract: "Time the language server in process (used by Benchmarks/).")

    @Option(help: "Edits for the latency figures.")
    var edits = 1000

    @Option(help: "Edits for the memory figure (resident memory is read after 1,000 and after this many).")
    var memoryEdits = 100_000

    @Option(help: "Approximate size of the edited document, in bytes.")
    var documentBytes = 5000

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let input = MemoryInput()
        let output = MessageCollector()
        let server = LanguageServer(
            connection: Connection(input: input, output: output, logger: .silent), version: CLIInputLS.version)
        server.start()
        var nextID = 1
        func send(_ message: JSONValue) {
            let body = Array(message.encode().utf8)
            input.append(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
        }
        func request(_ method: String, _ params: JSONValue) -> JSONValue? {
            let id = nextID
            nextID += 1
            let mark = output.count
            send(.object(["jsonrpc": "2.0", "id": .integer(Int64(id)), "method": .string(method), "params": params]))
            return output.waitFor(from: mark) { $0["id"] == .integer(Int64(id)) && $0["method"] == nil }
        }
        func notify(_ method: String, _ params: JSONValue) {
            send(.object(["jsonrpc": "2.0", "method": .string(method), "params": params]))
        }
        let uri = "file:///bench/doc.ssm.describe-maintenance-window-execution-task-invocations.json"
        let text = Self.document(bytes: documentBytes)
        _ = request("initialize", .object(["capabilities": .object([:]), "rootUri": "file:///bench"]))
        notify("initialized", .object([:]))
        var mark = output.count
        notify("textDocument/didOpen", .object([
            "textDocument": .object([
                "uri": .string(uri), "languageId": "json", "version": 1, "text": .string(text),
            ])
        ]))
        guard output.waitFor(from: mark, timeout: 30, { $0["method"] == "textDocument/publishDiagnostics" }) != nil
        else { throw failure("no diagnostics after didOpen", code: 1) }
        let firstDiagnostics = clock.now - start

        // Keystrokes: type a character into a string value and delete it again, alternately.
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count / 2
        var latencies = [Double]()
        var version = 1
        func edit(_ i: Int) {
            version += 1
            let range: JSONValue = .object([
                "start": .object(["line": .integer(Int64(line)), "character": 20]),
                "end": .object(["line": .integer(Int64(line)), "character": i % 2 == 0 ? 20 : 21]),
            ])
            mark = output.count
            let sent = clock.now
            notify("textDocument/didChange", .object([
                "textDocument": .object(["uri": .string(uri), "version": .integer(Int64(version))]),
                "contentChanges": .array([.object(["range": range, "text": .string(i % 2 == 0 ? "x" : "")])]),
            ]))
            _ = output.waitFor(from: mark, timeout: 30) {
                $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["version"] == .integer(Int64(version))
            }
            latencies.append(Self.milliseconds(clock.now - sent))
            if output.count > 100 { output.removeAll() }
        }
        for i in 0..<edits { edit(i) }
        var completions = [Double]()
        for _ in 0..<200 {
            let sent = clock.now
            _ = request("textDocument/completion", .object([
                "textDocument": .object(["uri": .string(uri)]),
                "position": .object(["line": .integer(Int64(line)), "character": 21]),
            ]))
            completions.append(Self.milliseconds(clock.now - sent))
        }
        var rss1000 = Self.residentKilobytes()
        var i = edits
        while i < max(1000, memoryEdits) {
            edit(i)
            i += 1
            if i == 1000 { rss1000 = Self.residentKilobytes() }
        }
        let rssEnd = Self.residentKilobytes()
        _ = request("shutdown", .null)
        notify("exit", .null)
        _ = server.waitForExit()
        writeStandardOutput(
            """
            document: \(text.utf8.count) bytes
            start to first diagnostics: \(Self.format(Self.milliseconds(firstDiagnostics))) ms (models loaded lazily)
            keystroke to published diagnostics: median \(Self.format(Self.percentile(latencies, 0.5))) ms, \
            p95 \(Self.format(Self.percentile(latencies, 0.95))) ms over \(edits) edits
            completion: median \(Self.format(Self.percentile(completions, 0.5))) ms, \
            p95 \(Self.format(Self.percentile(completions, 0.95))) ms over 200 requests
            resident memory: \(rss1000 / 1024) MB after 1,000 edits, \(rssEnd / 1024) MB after \(max(1000, memoryEdits)) \
            edits (\(Self.format(Double(rssEnd - rss1000) * 100 / Double(max(rss1000, 1))))%)

            """)
    }

    /// A realistic input document of about `bytes` bytes: many filters.
    static func document(bytes: Int) -> String {
        var entries = [String]()
        var text = ""
        var i = 0
        repeat {
            entries.append("""
                        {"Key": "STATUS", "Values": ["SUCCESS", "FAILED", "TIMED_OUT"]}
                """)
            i += 1
            text = """
                {
                    "WindowExecutionId": "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
                    "TaskId": "6a7b8c9d-0e1f-2a3b-4c5d-6e7f8a9b0c1d",
                    "Filters": [
                \(entries.joined(separator: ",\n"))
                    ],
                    "MaxResults": 10
                }

                """
        } while text.utf8.count < bytes
        return text
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }

    static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    /// VmRSS from /proc/self/status, in kilobytes.
    static func residentKilobytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}
