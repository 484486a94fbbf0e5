import Foundation
import ServiceModel
import Testing

/// `CLINames.xformName` against botocore's own `xform_name` (its rules, without the fixed-name cache): every
/// operation and shape name of the installed botocore's models, and generated names built from the characters
/// the rules look at.
@Suite struct CLINamesDifferentialTests {
    static let script = #"""
        import os, sys, json, gzip, botocore
        from botocore import xform_name
        names = set(line.rstrip("\n") for line in sys.stdin)
        data = os.path.join(os.path.dirname(botocore.__file__), "data")
        for service in os.listdir(data):
            for root, _, files in os.walk(os.path.join(data, service)):
                for name in files:
                    if name.startswith("service-2.json"):
                        raw = open(os.path.join(root, name), "rb").read()
                        model = json.loads(gzip.decompress(raw) if name.endswith(".gz") else raw)
                        names |= set(model.get("operations", {})) | set(model.get("shapes", {}))
        for name in sorted(names):
            print(name + "\t" + xform_name(name, "-", _xform_cache={}))
        """#

    /// Names made of the pieces the rules distinguish: upper-case runs, lower-case runs, digits, a final `s`.
    static func generatedNames(count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        // Non-ASCII pieces too: the rules' classes are ASCII, but a non-ASCII character may stand before a capital
        // and is lower-cased at the end (`É` -> `é`), as Python's `str.lower()` does.
        let pieces = [
            "A", "B", "Ab", "ARN", "s", "x", "Iv", "2", "10", "V", "Ls", "a", "IPv", "SQL", "S", "É", "é", "Ωs", "😀",
        ]
        return (0..<count).map { _ in (0...next(5)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func agreesWithBotocoreOnEveryModelNameAndGeneratedNames() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data((Self.generatedNames(count: 20_000).joined(separator: "\n") + "\n").utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with botocore is needed")
        var compared = 0
        var disagreements = [String]()
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let ours = CLINames.xformName(String(parts[0]))
            if ours != parts[1] { disagreements.append("\(parts[0]): botocore \(parts[1]), ours \(ours)") }
            compared += 1
        }
        print("xform_name differential: \(compared) names, \(disagreements.count) disagreements")
        #expect(compared > 50_000)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20).joined(separator: "\n"))")
    }

    /// The fixed-name table read from the installed botocore's `__init__.py` is the one botocore itself holds, and
    /// so is the version read next to it.
    @Test func installedFixedNamesAndVersionAreBotocoresOwn() throws {
        let installed = try #require(InstalledCLILocator.locate(), "the differential tests need the AWS CLI")
        let script = """
            import botocore
            print(botocore.__version__)
            for (name, separator), value in sorted(botocore._xform_cache.items()):
                if separator == "-": print(name + "\\t" + value)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        process.waitUntilExit()
        let expected = Dictionary(
            uniqueKeysWithValues: lines.dropFirst().map { line in
                let parts = line.split(separator: "\t").map(String.init)
                return (parts[0], parts.count > 1 ? parts[1] : "")
            })
        #expect(InstalledCLILocator.botocoreVersion(dataDirectory: installed.path) == lines.first)
        #expect(XformExceptions.installed(dataDirectory: installed.path) == expected)
        #expect(expected.count >= 20)
    }
}
