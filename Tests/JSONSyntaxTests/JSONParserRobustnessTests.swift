import Foundation
import InputSyntax
import JSONSyntax
import Testing
import TestSupport
import TextModel

/// Inputs that must never crash, recurse deeply or lose structure: every prefix of the fixtures, extreme
/// nesting, invalid UTF-8.
@Suite struct JSONParserRobustnessTests {
    static let fixtures: [[UInt8]] = {
        let texts = [
            "{\r\n  \"Filters\": [{\"Name\": \"tag:é\", \"Values\": [\"😀\", \"a\\u00e9\\ud83d\\ude00\"]}],\r\n"
                + "  \"MaxResults\": 5, \"DryRun\": false, \"Ratio\": -1.5e2, \"N\": null,\r\n"
                + "  \"X\": [NaN, -Infinity]\r\n}\r\n",
            "{\"a\": [1, {\"b\": 'c'}, tru, 01], // note\r\n \"é\" 2, \"😀\": \"\\q\\u12\"}} extra",
            "[\"é\t😀\", {\"k\": [[], {}, \"\\\"\"]}, 1e400, -0]",
            RealisticDocuments.runInstances(targetBytes: 1_500),
        ]
        return texts.map { Array($0.utf8) }
            + [[0x7B, 0x22, 0xC3, 0x22, 0x3A, 0x20, 0x22, 0xF0, 0x9F, 0x98, 0x22, 0x7D],
               Array("[\"é😀\"]".utf8) + [0xED, 0xA0, 0x80, 0x5D]]
    }()

    @Test func everyPrefixOfEveryFixtureParses() {
        var parsed = 0
        // The hand-written differential documents too, except the few thousand-digit numbers.
        let short = JSONParserDifferentialTests.handWritten.map { Array($0.utf8) }.filter { $0.count < 300 }
        for fixture in Self.fixtures + short {
            for length in 0...fixture.count {
                let prefix = Array(fixture[0..<length])
                let result = JSONParser.parse(SourceText(bytes: prefix))
                let problems = TreeInvariants.violations(in: result, length: length)
                let shown = String(decoding: fixture, as: UTF8.self).debugDescription
                #expect(problems.isEmpty, "prefix \(length) of \(shown): \(problems)")
                parsed += 1
            }
        }
        #expect(parsed > 2_000)
    }

    @Test func prefixesOfAnObjectAreErrorsWithTheirKeysSoFar() throws {
        let text = #"{"Name": "é", "Values": ["😀"]}"#
        let bytes = Array(text.utf8)
        for length in 1..<bytes.count {
            let result = JSONParser.parse(SourceText(bytes: Array(bytes[0..<length])))
            #expect(result.hasErrors, "prefix \(length)")
            let root = try #require(result.root, "prefix \(length)")
            #expect(root.members != nil, "prefix \(length)")
            if length > 14 { #expect(root.member("Name")?.value.stringValue == "é", "prefix \(length)") }
        }
    }

    @Test func deepNestingIsCutAtTheLimitWithOneDiagnostic() throws {
        let depth = SyntaxLimits.maxNestingDepth
        let atLimit = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(parse(atLimit).diagnostics.isEmpty)

        let marked = MarkedText(
            String(repeating: "[", count: depth) + "1️⃣[2️⃣[\"]]]\"]]" + String(repeating: "]", count: depth))
        let result = parse(marked)
        #expect(result.diagnostics.count == 1)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == SyntaxDiagnostic.Code.limit)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.range == marked.range(1, 2))
        let root = try #require(result.root)
        #expect(TreeInvariants.depth(of: root) == depth)
        #expect(root.range == ByteRange(start: 0, end: marked.source.count))
    }

    /// Documents 100,000 levels deep, named so that test logs stay short.
    static let deepDocuments: [String: String] = [
        "unclosed arrays": String(repeating: "[", count: 100_000),
        "closed arrays": String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
        "unclosed objects": String(repeating: "{\"a\":", count: 100_000),
        "objects and arrays around a string":
            String(repeating: "{\"a\": [", count: 50_000) + "\"é😀\"" + String(repeating: "]}", count: 50_000),
    ]

    @Test(arguments: deepDocuments.keys.sorted())
    func hundredThousandLevelsDoNotExhaustTheStack(name: String) throws {
        let text = try #require(Self.deepDocuments[name])
        let clock = ContinuousClock()
        var result: ParseResult?
        let elapsed = clock.measure { result = parse(text) }
        let parsed = try #require(result)
        #expect(parsed.diagnostics.filter { $0.code == SyntaxDiagnostic.Code.limit }.count == 1)
        #expect(parsed.diagnostics.count <= 2)
        let root = try #require(parsed.root)
        #expect(TreeInvariants.depth(of: root) <= SyntaxLimits.maxNestingDepth)
        #expect(TreeInvariants.violations(in: parsed, length: text.utf8.count).isEmpty)
        print("\(name), \(text.utf8.count) bytes: \(elapsed)")
    }

    @Test(arguments: [("[", "}"), ("{\"a\": ", "]")])
    func longRunsOfStrayClosersStayLinear(opener: String, closer: String) throws {
        // Hundreds of open containers of one kind, then 200,000 closers of the other kind, which match nothing.
        let text =
            String(repeating: opener, count: SyntaxLimits.maxNestingDepth / 2)
            + String(repeating: closer, count: 200_000)
        let clock = ContinuousClock()
        var result: ParseResult?
        let elapsed = clock.measure { result = parse(text) }
        let parsed = try #require(result)
        #expect(parsed.diagnostics.count == JSONParser.maxDiagnostics + 1)
        #expect(parsed.diagnostics.last?.code == SyntaxDiagnostic.Code.limit)
        print("\(text.utf8.count) bytes of stray closers: \(elapsed)")
    }

    @Test func invalidUTF8IsReportedWhereverItIs() throws {
        // {"a\xFF": "\xC3(x", "b": [\xED\xA0\x80], "c": "\xF0\x9F\x98"} — a bad byte in a key, a truncated
        // sequence in a value, an encoded surrogate between tokens, a truncated emoji before the quote.
        var bytes = Array(#"{"a"#.utf8)
        let badInKey = bytes.count
        bytes += [0xFF]
        bytes += Array(#"": ""#.utf8)
        let badInValue = bytes.count
        bytes += [0xC3]
        bytes += Array(#"(x", "b": ["#.utf8)
        let badBetween = bytes.count
        bytes += [0xED, 0xA0, 0x80]
        bytes += Array(#"], "c": ""#.utf8)
        let badAtEnd = bytes.count
        bytes += [0xF0, 0x9F, 0x98]
        bytes += Array(#""}"#.utf8)
        let result = JSONParser.parse(SourceText(bytes: bytes))
        #expect(
            result.errors.map(\.range) == [
                ByteRange(start: badInKey, end: badInKey + 1), ByteRange(start: badInValue, end: badInValue + 1),
                ByteRange(start: badBetween, end: badBetween + 3), ByteRange(start: badAtEnd, end: badAtEnd + 3),
            ])
        #expect(result.errors.allSatisfy { $0.message == "Invalid UTF-8: the AWS CLI cannot read the file" })
        let root = try #require(result.root)
        #expect(root.members?.map(\.key) == ["a\u{FFFD}", "b", "c"])
        #expect(root.at(["a\u{FFFD}"])?.stringValue == "\u{FFFD}(x")
        #expect(root.at(["b"])?.elements?.isEmpty == true)
        #expect(root.at(["c"])?.stringValue == "\u{FFFD}")
    }

    @Test func randomBytesNeverBreakTheTree() {
        var random = SplitMix64(seed: 99)
        let alphabet = Array("{}[]:,\"\\' \t\r\n0123456789-+.eEtrufalsnNIy/*é".utf8) + [0x00, 0x80, 0xC3, 0xFF, 0xED]
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<80, using: &random)
            let bytes = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
            let result = JSONParser.parse(SourceText(bytes: bytes))
            #expect(TreeInvariants.violations(in: result, length: length).isEmpty, "\(bytes)")
        }
    }
}
