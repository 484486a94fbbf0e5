import Foundation
import JSONSyntax
import Testing

/// `cli-input-ls check`, `skeleton` and `operations`, run as processes on the bundled models only.
@Suite struct CheckCommandTests {
    let home: URL
    let environment: [String: String]

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        environment = BuiltCommand.bundledOnly(home: home)
    }

    func run(_ arguments: [String], in directory: URL? = nil) throws -> (stdout: String, stderr: String, status: Int32) {
        try BuiltCommand.run(arguments, in: directory ?? BuiltCommand.repository, environment: environment)
    }

    func write(_ name: String, _ text: String) throws -> URL {
        let url = home.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func examplesGiveTextFindingsAndExitOne() throws {
        let result = try run(["check", "examples"])
        #expect(result.status == 1)
        #expect(result.stdout.contains(
            "examples/typos.ssm.describe-maintenance-window-execution-task-invocations.json:3:5: error: Unknown member \"TaskID\""))
        #expect(result.stdout.contains("[filter-value]"))
        #expect(result.stdout.contains("examples/invocations.yaml:4:10: error:"))
        #expect(!result.stdout.contains("valid.ssm"))
    }

    @Test func validFilesExitZero() throws {
        let result = try run(["check", "examples/valid.ssm.describe-maintenance-window-execution-task-invocations.json",
            "examples/valid.ssm.list-command-invocations.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test func jsonOutputCountsUTF16AndNamesMembers() throws {
        let file = try write("in.ssm.list-command-invocations.json", "{\"é😀\": 1,\r\n \"Bogus\": 2}")
        let result = try run(["check", "--format", "json", file.path])
        #expect(result.status == 1)
        let root = try JSONValue.decode(result.stdout)
        let file0 = try #require(root["files"]?[0])
        #expect(file0["operation"] == .string("ssm list-command-invocations"))
        let diagnostics = try #require(file0["diagnostics"]?.arrayValue)
        #expect(diagnostics.count == 2)
        // `"é😀"` starts at character 1; it is 5 UTF-16 units long ("é" 1, emoji 2, quotes 2).
        #expect(diagnostics[0]["range"]?["start"]?["character"] == .integer(1))
        #expect(diagnostics[0]["range"]?["end"]?["character"] == .integer(6))
        #expect(diagnostics[0]["member"] == .string("é😀"))
        #expect(diagnostics[1]["range"]?["start"]?["line"] == .integer(1))
        #expect(diagnostics[1]["path"] == .string("input"))
    }

    @Test func sarifHasRulesAndRegions() throws {
        let file = try write("x.ssm.list-command-invocations.json", "{\"MaxResults\": 0}")
        let result = try run(["check", "--format", "sarif", file.path])
        let root = try JSONValue.decode(result.stdout)
        #expect(root["version"] == .string("2.1.0"))
        let run0 = try #require(root["runs"]?[0])
        let rules = try #require(run0["tool"]?["driver"]?["rules"]?.arrayValue)
        #expect(rules.contains { $0["id"] == .string("min-value") })
        let result0 = try #require(run0["results"]?[0])
        #expect(result0["ruleId"] == .string("min-value"))
        #expect(result0["locations"]?[0]?["physicalLocation"]?["region"]?["startColumn"] == .integer(16))
    }

    @Test func anExplicitFileWithoutOperationIsAnError() throws {
        let file = try write("unrelated.json", "{}")
        let result = try run(["check", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Cannot tell which AWS CLI operation"))
        #expect(try run(["check", "--operation", "ssm list-commands", file.path]).status == 0)
    }

    @Test func unknownOperationInAModelineIsAFindingWithSuggestions() throws {
        let file = try write("a.yaml", "# cli-input: ssm list-comands\nA: 1\n")
        let result = try run(["check", "--format", "json", file.path])
        let diagnostic = try #require(try JSONValue.decode(result.stdout)["files"]?[0]?["diagnostics"]?[0])
        #expect(diagnostic["code"] == .string("unknown-operation"))
        #expect(diagnostic["suggestions"]?[0] == .string("list-commands"))
        #expect(diagnostic["range"]?["start"]?["character"] == .integer(13))
    }

    @Test func shellScriptsAreCheckedAndAssociateTheirInputFiles() throws {
        let script = try write(
            "w/deploy.sh",
            "# é😀\r\naws ssm list-command-invocations --cli-input-json file://inputs/list.json\r\n"
                + "aws ssm describe-maintenance-window-execution-task-invocations --window-execution-id x \\\r\n"
                + "  --task-id 11111111-2222-3333-4444-555555555555 --filters Key=STATUS,Values=DONE\r\n")
        _ = try write("w/inputs/list.json", "{\"Filters\": [{\"key\": \"Status\", \"value\": \"Nope\"}]}")
        _ = try write("w/unrelated.sh", "echo é😀\n")
        let directory = script.deletingLastPathComponent()
        let result = try run(["check", "."], in: directory)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // The script's own findings, at their characters; CRLF and the emoji line counted as lines.
        #expect(lines.contains { $0.hasPrefix("./deploy.sh:3:86: error: WindowExecutionId is 1 character long") })
        #expect(lines.contains { $0.hasPrefix("./deploy.sh:4:78: warning: 'DONE' is not a value of filter key STATUS") })
        // The input file is associated through the script.
        #expect(lines.contains { $0.hasPrefix("./inputs/list.json:1:41: warning: 'Nope' is not a value") })
        #expect(!result.stdout.contains("unrelated.sh"))
        let json = try run(["check", "--format", "json", "unrelated.sh"], in: directory)
        #expect(json.status == 0)
        #expect(try JSONValue.decode(json.stdout)["files"]?[0]?["diagnostics"] == .array([]))
    }

    @Test func skeletonsFromTheBundle() throws {
        let json = try run(["skeleton", "ssm", "describe-maintenance-window-execution-task-invocations"])
        #expect(json.status == 0)
        #expect(json.stdout.hasPrefix("{\n    \"WindowExecutionId\": \"\",\n    \"TaskId\": \"\","))
        let yaml = try run(["skeleton", "ssm", "list-command-invocations", "yaml-input"])
        #expect(yaml.stdout.contains(
            "- key: InvokedAfter  # [REQUIRED]  Valid values are: InvokedAfter, InvokedBefore, Status, ExecutionStage, DocumentName."))
        let unknown = try run(["skeleton", "ssm", "list-comand-invocations"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean"))
        #expect(unknown.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1)
        let streaming = try run(["skeleton", "s3api", "get-object"])
        #expect(streaming.status == 1)
        #expect(try run(["skeleton", "sts", "get-caller-identity"]).stdout == "{}\n")
    }

    @Test func operationsSaysWhereModelsComeFrom() throws {
        let result = try run(["operations", "--json"])
        let services = try #require(try JSONValue.decode(result.stdout)["services"]?.arrayValue)
        #expect(services.count > 400)
        #expect(services.first?["source"]?["kind"] == .string("bundled"))
        #expect(try run(["operations", "ssm"]).stdout.contains("list-command-invocations\n"))
    }

    @Test func brokenModelDirectoriesAreReportedByName() throws {
        let missing = try run(["skeleton", "--models", home.appendingPathComponent("nope").path, "ssm", "list-commands"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope"))
        let corrupt = try write("models/ssm/2014-11-06/service-2.json.gz", "not gzip at all")
        let result = try run(["skeleton", "--models", home.appendingPathComponent("models").path, "ssm", "list-commands"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(corrupt.path))
        #expect(!result.stderr.contains("Fatal error"))
    }
}

@Suite struct ParallelCheckTests {
    /// Checking a directory on every core prints exactly what checking its files one by one prints.
    @Test func aDirectoryGivesTheSameOutputAsItsFilesOneByOne() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("many-\(UUID().uuidString)")
        let environment = BuiltCommand.bundledOnly(home: home)
        var names = [String]()
        for i in 0..<200 {
            let directory = home.appendingPathComponent("d\(i % 7)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let name: String
            let text: String
            if i % 2 == 0 {
                name = "f\(i).ssm.describe-maintenance-window-execution-task-invocations.json"
                text = "{\"WindowExecutionId\": \"é\(i)\", \"TaskID\": \"😀\", \"MaxResults\": \(i)}"
            } else {
                name = "f\(i).yaml"
                text = "# cli-input: ssm list-command-invocations\r\nDetails: \(i % 3 == 0 ? "yes" : "true")\r\nMaxResults: \(i)\r\n"
            }
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
            names.append("d\(i % 7)/\(name)")
        }
        let all = try BuiltCommand.run(["check", "--format", "json", "."], in: home, environment: environment)
        #expect(all.status == 1)
        var oneByOne = [JSONValue]()
        for name in names.sorted() {
            let single = try BuiltCommand.run(["check", "--format", "json", "./\(name)"], in: home, environment: environment)
            oneByOne += try JSONValue.decode(single.stdout)["files"]?.arrayValue ?? []
        }
        let together = try JSONValue.decode(all.stdout)["files"]?.arrayValue ?? []
        #expect(together.count == 200)
        #expect(together == oneByOne)
    }
}
