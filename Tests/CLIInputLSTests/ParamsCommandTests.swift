import Foundation
import JSONSyntax
import Testing

/// `cli-input-ls params`, run as a process over the bundled models.
@Suite struct ParamsCommandTests {
    static let models: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schemas").path
    }()

    func params(_ arguments: [String], input: String = "", in directory: URL? = nil) throws
        -> (stdout: String, stderr: String, status: Int32)
    {
        try BuiltCommand.run(["params", "--models", Self.models] + arguments, input: input, in: directory)
    }

    @Test func printsTheFirstRequestWithFourSpaceIndent() throws {
        let run = try params([
            "ssm", "list-command-invocations", "--filters", "key=Status,value=Success", "--page-size", "3",
        ])
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                {
                    "Filters": [
                        {
                            "key": "Status",
                            "value": "Success"
                        }
                    ],
                    "MaxResults": 3
                }

                """)
        #expect(run.stderr.isEmpty)
    }

    @Test func aWholePastedCommandAfterTheMarker() throws {
        let run = try params(["--", "aws", "--region", "eu-west-1", "ssm", "list-commands", "--max-items", "5"])
        #expect(run.status == 0)
        #expect(run.stdout == "{}\n")
    }

    @Test func refusalsGoToStandardErrorWithACaretUnderTheCharacter() throws {
        let run = try params(["ssm", "list-command-invocations", "--filters", "key=é😀,value=x"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.first?.hasPrefix("error: Error parsing parameter '--filters': Expected: ',', received: '😀'") == true)
        #expect(lines.first?.hasSuffix("[syntax]") == true)
        #expect(lines.dropFirst().first == "  key=é😀,value=x")
        // `key=é` takes five columns; the emoji is two columns wide.
        #expect(lines.dropFirst(2).first == "       ^^")
    }

    @Test func jsonFormatGivesTheArgumentAndItsColumns() throws {
        let run = try params([
            "--format", "json", "ssm", "list-command-invocations", "--max-results", "0", "--filtrs", "x",
        ])
        #expect(run.status == 1)
        let report = try JSONValue.decode(run.stdout)
        let diagnostics = report["diagnostics"]?.arrayValue ?? []
        let unknown = try #require(diagnostics.first { $0["code"]?.stringValue == "unknown-option" })
        #expect(unknown["argument"]?.intValue == 4)
        #expect(unknown["columns"]?.arrayValue?.compactMap(\.intValue) == [0, 8])
        #expect(unknown["suggestions"]?[0]?.stringValue == "--filters")
        let minimum = try #require(diagnostics.first { $0["code"]?.stringValue == "min-value" })
        #expect(minimum["argument"]?.intValue == 3)
        #expect(minimum["path"]?.stringValue == "MaxResults")
        #expect(report["refused"] == .bool(true))
    }

    @Test func filesAreReadRelativeToTheWorkingDirectoryAndBytesPrintAsBase64() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("params-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0, 1, 0xFF]).write(to: directory.appendingPathComponent("key.bin"))
        try Data("{\"KeyId\": \"from-file\", \"EncryptionContext\": {\"a\": \"b\"}}".utf8)
            .write(to: directory.appendingPathComponent("in.json"))
        let run = try params(
            ["kms", "encrypt", "--plaintext", "fileb://key.bin", "--cli-input-json", "file://in.json"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let value = try JSONValue.decode(run.stdout)
        #expect(value["Plaintext"]?["$base64"]?.stringValue == "AAH/")
        #expect(value["KeyId"]?.stringValue == "from-file")
    }

    @Test func batchAnswersOneLinePerCommand() throws {
        let input = """
            ["ssm", "list-commands", "--max-results", "5"]
            ["ssm", "list-commands", "--max-results", "x"]

            """
        let run = try params(["--batch", "--cli-version", "1"], input: input)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map { try? JSONValue.decode(String($0)) }
        #expect(lines.count == 2)
        #expect(lines[0]?["parameters"]?["MaxResults"]?.intValue == 5)
        #expect(lines[1]?["refused"] == .bool(true))
    }

    @Test func listsTheArgumentTable() throws {
        let run = try params(["--list-arguments", "--cli-version", "1", "ec2", "run-instances"])
        #expect(run.status == 0)
        let table = try JSONValue.decode(run.stdout)
        let names = table["run-instances"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(names.contains("--count"))
        #expect(names.contains("--enable-api-termination"))
        #expect(!names.contains("--min-count"))
    }

    @Test func usageErrors() throws {
        #expect(try params(["ssm"]).status != 0)
    }
}
