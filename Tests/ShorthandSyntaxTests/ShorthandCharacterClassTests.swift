import Foundation
import JSONSyntax
import Testing

@testable import ShorthandSyntax

/// Every code point against the CLI's own regex classes and Python's `str.isspace`, asked of python3 directly.
@Suite struct ShorthandCharacterClassTests {
    private static let script = #"""
        import json, re
        from awscli.shorthand import ShorthandParser as P
        def ranges(pred):
            out, start = [], None
            for c in range(0x110000):
                ok = pred(c)
                if ok and start is None: start = c
                if not ok and start is not None: out.append([start, c - 1]); start = None
            if start is not None: out.append([start, 0x10FFFF])
            return out
        def cls(body):
            rx = re.compile('[' + body + ']', re.UNICODE)
            return ranges(lambda c: rx.match(chr(c)) is not None)
        print(json.dumps({"start": cls(P._START_WORD), "first": cls(P._FIRST_FOLLOW_CHARS),
                          "second": cls(P._SECOND_FOLLOW_CHARS), "space": ranges(lambda c: chr(c).isspace())}))
        """#

    @Test func classesMatchTheCLIsRegexes() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let classes = try? JSONValue.decode(Array(data)) else {
            Issue.record("python3 with the AWS CLI (awscli.shorthand) is required for this test")
            return
        }
        func set(_ name: String) -> [ClosedRange<UInt32>] {
            (classes[name]?.arrayValue ?? []).compactMap { pair in
                guard let lo = pair[0]?.intValue, let hi = pair[1]?.intValue else { return nil }
                return UInt32(lo)...UInt32(hi)
            }
        }
        let start = set("start")
        let first = set("first")
        let second = set("second")
        let space = set("space")
        #expect(!start.isEmpty && !space.isEmpty)
        var mismatches = [String]()
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            func check(_ name: String, _ ours: Bool, _ theirs: [ClosedRange<UInt32>]) {
                if ours != theirs.contains(where: { $0.contains(value) }) {
                    mismatches.append("\(name) U+\(String(value, radix: 16))")
                }
            }
            check("start", ShorthandCharacters.startLength(bytes, 0) == bytes.count, start)
            check("first", ShorthandCharacters.firstFollowLength(bytes, 0) == bytes.count, first)
            check("second", ShorthandCharacters.secondFollowLength(bytes, 0) == bytes.count, second)
            check("space", ShorthandCharacters.pythonRStripEnd(bytes, start: 0, end: bytes.count) == 0, space)
            if mismatches.count > 20 { break }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
