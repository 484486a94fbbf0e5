import InputSyntax
import JSONSyntax
import Testing
import TestSupport
import TextModel

/// Trees of valid documents: structure, scalar kinds and styles, and exact byte ranges.
@Suite struct JSONParserTreeTests {
    /// Offsets checked independently with Python: `"é"` is 2 bytes, `"😀"` 4, and each CRLF 2.
    @Test func goldenDumpOfAValidDocumentWithCRLFAccentAndEmoji() throws {
        let text = "{\r\n  \"Filters\": [{\"Name\": \"tag:é\", \"Values\": [\"😀\", \"a\\u00e9\"]}],\r\n"
            + "  \"Max😀\": 5, \"DryRun\": false, \"Ratio\": -1.5e2, \"N\": null\r\n}\r\n"
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(
            root.dump() == """
                object 0..<132
                  "Filters" 5..<14 = array 16..<67
                    object 17..<66
                      "Name" 18..<24 = string "tag:é" doubleQuoted 26..<34
                      "Values" 36..<44 = array 46..<65
                        string "😀" doubleQuoted 47..<53
                        string "aé" doubleQuoted 55..<64
                  "Max😀" 72..<81 = integer 5 plain 83..<84
                  "DryRun" 86..<94 = bool false plain 96..<101
                  "Ratio" 103..<110 = float -150.0 plain 112..<118
                  "N" 120..<123 = null plain 125..<129

                """)
    }

    @Test func markedRangesOfKeysAndValues() throws {
        let marked = MarkedText("{\r\n\t1️⃣\"é😀\"2️⃣ : 3️⃣\"x\\n😀\"4️⃣,\r\n\t5️⃣\"k\"6️⃣:7️⃣[8️⃣1, 2]9️⃣\r\n}")
        let result = parse(marked)
        #expect(result.diagnostics.isEmpty)
        let members = try #require(result.root?.members)
        #expect(members.count == 2)
        #expect(members[0].key == "é😀")
        #expect(members[0].keyRange == marked.range(1, 2))
        #expect(members[0].value.range == marked.range(3, 4))
        #expect(members[0].value.stringValue == "x\n😀")
        #expect(members[1].keyRange == marked.range(5, 6))
        #expect(members[1].value.range == marked.range(7, 9))
        #expect(members[1].value.elements?.first?.range.start == marked[8])
        #expect(result.root?.range == ByteRange(start: 0, end: marked.source.count))
        // The key's range in line/column terms: line 1, after the tab.
        let position = marked.source.position(of: members[0].keyRange.start, in: .utf16)
        #expect(position == LinePosition(line: 1, character: 1))
        let keyEnd = marked.source.position(of: members[0].keyRange.end, in: .utf16)
        #expect(keyEnd == LinePosition(line: 1, character: 6))
    }

    @Test(arguments: [
        ("0", ScalarKind.integer("0")), ("-0", .integer("0")), ("42", .integer("42")), ("-17", .integer("-17")),
        ("123456789012345678901234567890", .integer("123456789012345678901234567890")),
        ("0.5", .float(0.5)), ("-0.0", .float(-0.0)), ("1e3", .float(1000)), ("1E+3", .float(1000)),
        ("25e-1", .float(2.5)), ("1e400", .float(.infinity)), ("-1e400", .float(-.infinity)), ("1e-400", .float(0)),
        ("Infinity", .float(.infinity)), ("-Infinity", .float(-.infinity)), ("true", .bool(true)),
        ("false", .bool(false)), ("null", .null),
    ])
    func numbersAndLiteralsReadAsPythonReadsThem(text: String, kind: ScalarKind) throws {
        let result = parse(" \(text) ")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root.scalar == Scalar(kind, style: .plain))
        #expect(root.range == ByteRange(start: 1, end: 1 + text.utf8.count))
    }

    @Test func nanIsAFloat() throws {
        let scalar = try #require(parse("NaN").root?.scalar)
        guard case .float(let value) = scalar.kind else {
            Issue.record("expected a float, got \(scalar.kind)")
            return
        }
        #expect(value.isNaN)
    }

    @Test(arguments: [
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
        (#""\u00e9\u00C9\u0000""#, "éÉ\u{0}"),
        (#""\ud83d\ude00""#, "😀"),
        // Lone surrogates: valid for Python, U+FFFD in a Swift string.
        (#""\ud800""#, "\u{FFFD}"),
        (#""\udc00\ud800x""#, "\u{FFFD}\u{FFFD}x"),
        (#""\ud800\u0041""#, "\u{FFFD}A"),
        ("\"é😀\u{7F}\u{2028}\"", "é😀\u{7F}\u{2028}"),
    ])
    func stringEscapes(text: String, expected: String) throws {
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.root?.stringValue == expected)
        #expect(result.root?.scalar?.style == .doubleQuoted)
    }

    @Test func integerDigitLimitFollowsPython() {
        #expect(!parse(String(repeating: "7", count: 4300)).hasErrors)
        #expect(!parse("-" + String(repeating: "7", count: 4300)).hasErrors)
        let tooLong = parse("[" + String(repeating: "7", count: 4301) + "]")
        #expect(tooLong.errors.map(\.range) == [ByteRange(start: 1, end: 4302)])
        // Floats have no such limit.
        #expect(!parse(String(repeating: "7", count: 5000) + ".5").hasErrors)
    }

    @Test func emptyContainersAndNesting() throws {
        let result = parse(#"{"a": {}, "b": [], "c": [[{}]]}"#)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root.at(["a"])?.members?.isEmpty == true)
        #expect(root.at(["b"])?.elements?.isEmpty == true)
        #expect(root.at(["c", 0, 0])?.members?.isEmpty == true)
        #expect(root.at(["c", 0])?.range == ByteRange(start: 25, end: 29))
    }

    @Test func anObjectWithManyMembersKeepsSourceOrder() throws {
        let keys = (0..<40).map { "K\($0)é" }
        let text = "{" + keys.map { "\"\($0)\": \"\($0)\"" }.joined(separator: ", ") + "}"
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.root?.members?.map(\.key) == keys)
        #expect(result.root?.members?.map(\.value.stringValue) == keys)
    }
}
