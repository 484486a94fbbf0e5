import Foundation
import JSONSyntax
import ShorthandSyntax
import Testing

@testable import cli_input_ls

/// `cli-input-ls shorthand`, run as a process: output format, exit codes, stdin mode, and `@=` files.
@Suite struct ShorthandCommandTests {
    /// The shared vectors, read from the shorthand parser's fixtures.
    static let vectors: [JSONValue] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ShorthandSyntaxTests/Fixtures/shorthand.json")
        guard let data = try? Data(contentsOf: url), let root = try? JSONValue.decode(Array(data)) else { return [] }
        return root["vectors"]?.arrayValue ?? []
    }()

    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("hello\n".utf8).write(to: directory.appendingPathComponent("pf.txt"))
        return directory
    }

    @Test func everyVectorThroughStandardInput() throws {
        #expect(Self.vectors.count == 130)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = Self.vectors.map { ($0["in"] ?? .null).encode(.compact) + "\n" }.joined()
        let run = try BuiltCommand.run(["shorthand", "-"], input: input, in: directory)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == Self.vectors.count)
        for (vector, line) in zip(Self.vectors, lines) {
            let answer = try JSONValue.decode(String(line))
            if vector["ok"]?.boolValue == true {
                let expected = try JSONValue.decode(vector["out"]?.stringValue ?? "")
                #expect(answer["value"] == expected, "\(vector.encode())")
            } else if let index = vector["index"]?.intValue {
                #expect(answer["error"]?["offset"]?.intValue == index, "\(vector.encode())")
            } else {
                #expect(answer["error"]?["message"]?.stringValue == vector["msg"]?.stringValue)
            }
        }
    }

    @Test func oneStringExitsZeroWithTheValue() throws {
        let run = try BuiltCommand.run(["shorthand", "Key=STATUS,Values=é,\"😀\",c"])
        #expect(run.status == 0)
        #expect(run.stdout == "{\"value\":{\"Key\":\"STATUS\",\"Values\":[\"é\",\"😀\",\"c\"]}}\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func oneRefusedStringExitsOneWithBothRenderings() throws {
        let run = try BuiltCommand.run(["shorthand", "a=中😀"])
        #expect(run.status == 1)
        let error = try #require(try JSONValue.decode(run.stdout)["error"])
        #expect(error["kind"]?.stringValue == "syntax")
        #expect(error["offset"]?.intValue == 3)
        #expect(error["range"] == .array([.integer(5), .integer(9)]))
        #expect(error["expected"]?.stringValue == ",")
        #expect(error["actual"]?.stringValue == "😀")
        #expect(error["message"]?.stringValue == "Expected: ',', received: '😀' for input:\n a=中😀\n   ^")
        // Standard error gets the caret under the emoji, past the two columns of 中.
        #expect(run.stderr == "Expected: ',', received: '😀' for input:\na=中😀\n    ^\n")
    }

    @Test func aStringStartingWithADashFollowsTheSeparator() throws {
        let run = try BuiltCommand.run(["shorthand", "--", "-k=v"])
        #expect(run.stdout == "{\"value\":{\"-k\":\"v\"}}\n")
    }

    @Test func linesThatAreNotJSONStringsAreReportedInPlace() throws {
        let run = try BuiltCommand.run(["shorthand", "-"], input: "\"a=1\"\nplain\n\"b=\\n\"\n")
        #expect(run.status == 2)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "{\"value\":{\"a\":\"1\"}}")
        #expect(lines[1].contains("\"kind\":\"input\""))
        #expect(lines[2] == "{\"value\":{\"b\":\"\"}}")
    }

    @Test func answersArriveLineByLine() throws {
        // The first answer must be readable while standard input is still open.
        let process = Process()
        process.executableURL = BuiltCommand.url
        process.arguments = ["shorthand", "-"]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        defer {
            try? stdin.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        stdin.fileHandleForWriting.write(Data("\"a=b\"\n".utf8))
        let answered = DispatchSemaphore(value: 0)
        let reader = Thread {
            _ = stdout.fileHandleForReading.availableData
            answered.signal()
        }
        reader.start()
        #expect(answered.wait(timeout: .now() + 20) == .success)
    }

    @Test func homeAndVariablesExpandAsInPython() throws {
        let environment = ["HOME": "/home/me/", "X": "x", "EMPTY": ""]
        #expect(LocalParamFileLoader.expandUser("~/a", environment: environment) == "/home/me/a")
        #expect(LocalParamFileLoader.expandUser("~", environment: environment) == "/home/me")
        #expect(LocalParamFileLoader.expandUser("a/~", environment: environment) == "a/~")
        #expect(LocalParamFileLoader.expandUser("~nosuchuser-xyz/a", environment: environment) == "~nosuchuser-xyz/a")
        if let rootHome = FileManager.default.homeDirectory(forUser: "root")?.path {
            #expect(LocalParamFileLoader.expandUser("~root/a", environment: environment) == rootHome + "/a")
        }
        #expect(LocalParamFileLoader.expandUser("~/a", environment: ["HOME": "/"]) == "/a")
        #expect(
            LocalParamFileLoader.expandVariables("$X/${X}é$Y/$/${}/$EMPTY.", environment: environment)
                == "x/xé$Y/$/${}/.")
        #expect(LocalParamFileLoader.expandVariables("${X", environment: environment) == "${X")
    }

    @Test func loaderReportsOSErrorsAsPython() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let loader = LocalParamFileLoader(environment: ["D": directory.path])
        #expect(try loader.load(path: "$D/pf.txt", binary: true) == Array("hello\n".utf8))
        #expect(
            throws: ParamFileError.system(
                code: 2, description: "No such file or directory", path: "\(directory.path)/none")
        ) {
            try loader.load(path: "$D/none", binary: false)
        }
        #expect(throws: ParamFileError.system(code: 21, description: "Is a directory", path: directory.path)) {
            try loader.load(path: "$D", binary: false)
        }
    }
}
