import Foundation
import JSONSyntax
import Testing

/// `cli-input-ls serve` as a process: LSP over its standard input and output, malformed input included.
@Suite struct ServeCommandTests {
    /// A running server and a reader of its framed output.
    final class Session: @unchecked Sendable {
        // Mutable state is guarded by `lock`; the reader thread and the test thread share it.
        let process = Process()
        let stdin = Pipe()
        let stdout = Pipe()
        private let lock = NSLock()
        private var buffer = [UInt8]()
        private var messages = [JSONValue]()

        init(environment: [String: String]) throws {
            process.executableURL = BuiltCommand.url
            process.arguments = ["serve"]
            process.environment = environment
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = FileHandle.nullDevice
            stdout.fileHandleForReading.readabilityHandler = { [weak self] handle in
                self?.received(Array(handle.availableData))
            }
            try process.run()
        }

        private func received(_ bytes: [UInt8]) {
            lock.lock()
            defer { lock.unlock() }
            buffer += bytes
            while let range = buffer.firstRange(of: Array("\r\n\r\n".utf8)) {
                let header = String(decoding: buffer[..<range.lowerBound], as: UTF8.self)
                guard let length = header.split(separator: "\r\n").compactMap({ line -> Int? in
                    let parts = line.split(separator: ":")
                    return parts.count == 2 && parts[0].lowercased() == "content-length"
                        ? Int(parts[1].trimmingCharacters(in: .whitespaces)) : nil
                }).first, buffer.count >= range.upperBound + length else { return }
                let body = Array(buffer[range.upperBound..<(range.upperBound + length)])
                buffer.removeFirst(range.upperBound + length)
                if let message = try? JSONValue.decode(body) { messages.append(message) }
            }
        }

        func sendRaw(_ bytes: [UInt8]) {
            stdin.fileHandleForWriting.write(Data(bytes))
        }

        func send(_ message: JSONValue) {
            let body = Array(message.encode().utf8)
            sendRaw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
        }

        func waitFor(_ predicate: (JSONValue) -> Bool) -> JSONValue? {
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                lock.lock()
                let found = messages.first(where: predicate)
                lock.unlock()
                if let found { return found }
                usleep(2000)
            }
            return nil
        }

        func exitCode() -> Int32 {
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    let environment: [String: String]

    init() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        environment = BuiltCommand.bundledOnly(home: home)
    }

    func request(_ id: Int, _ method: String, _ params: JSONValue) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "id": .integer(Int64(id)), "method": .string(method), "params": params])
    }

    func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params])
    }

    @Test func aSessionOverStdioSurvivesMalformedInput() throws {
        let session = try Session(environment: environment)
        session.send(request(1, "textDocument/hover", .object([:])))
        #expect(session.waitFor { $0["id"] == .integer(1) }?["error"]?["code"] == .integer(-32002))
        session.send(request(2, "initialize", .object(["capabilities": .object([:])])))
        #expect(session.waitFor { $0["id"] == .integer(2) }?["result"]?["capabilities"] != nil)
        session.send(notification("initialized", .object([:])))
        // A body that is not JSON, headers without a length, a request without a method, an oversized length.
        session.sendRaw(Array("Content-Length: 3\r\n\r\n{x}".utf8))
        #expect(session.waitFor { $0["error"]?["code"] == .integer(-32700) } != nil)
        session.sendRaw(Array("Content-Type: nothing\r\n\r\n".utf8))
        session.send(.object(["jsonrpc": .string("2.0"), "id": .integer(3)]))
        #expect(session.waitFor { $0["id"] == .integer(3) }?["error"]?["code"] == .integer(-32600))
        // Still serving: a document gets its diagnostics.
        let uri = "file:///tmp/x.ssm.list-command-invocations.json"
        session.send(notification("textDocument/didOpen", .object([
            "textDocument": .object([
                "uri": .string(uri), "languageId": .string("json"), "version": .integer(1),
                "text": .string("{\"MaxResults\": 0, \"é😀\": 1}"),
            ])
        ])))
        let published = session.waitFor { $0["method"] == .string("textDocument/publishDiagnostics") }
        let codes = published?["params"]?["diagnostics"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? []
        #expect(codes.contains("min-value") && codes.contains("unknown-member"))
        session.send(request(4, "shutdown", .null))
        #expect(session.waitFor { $0["id"] == .integer(4) } != nil)
        session.send(notification("exit", .null))
        #expect(session.exitCode() == 0)
    }

    @Test func endOfInputWithoutShutdownExitsOne() throws {
        let session = try Session(environment: environment)
        session.send(request(1, "initialize", .object(["capabilities": .object([:])])))
        _ = session.waitFor { $0["id"] == .integer(1) }
        try session.stdin.fileHandleForWriting.close()
        #expect(session.exitCode() == 1)
    }
}
