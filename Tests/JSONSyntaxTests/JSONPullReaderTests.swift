import InputSyntax
import JSONSyntax
import TestSupport
import Testing

@Suite struct JSONPullReaderTests {
    /// Reads `{"key": value, ...}` keys with `nextKey`, each value with `body`.
    private func keys(
        _ reader: inout JSONPullReader, _ body: (String, inout JSONPullReader) throws -> Void
    ) throws {
        try reader.beginObject()
        while let key = try reader.nextKey() { try body(reader.string(of: key), &reader) }
    }

    @Test func pullsKeysValuesAndTokensWithByteRanges() throws {
        let fixture = MarkedText(
            "{\r\n \"é😀\": \"1️⃣a\\\"é2️⃣\",\r\n \"n\": [1, -2.5e1, true, null, NaN],\r\n \"s\": {\"x\": []}}")
        var reader = JSONPullReader(bytes: Array(fixture.text.utf8))
        var seen = [String]()
        try keys(&reader) { key, reader in
            seen.append(key)
            switch key {
            case "é😀":
                let token = try reader.readStringToken()
                #expect(token.start == fixture[1] && token.end == fixture[2])
                #expect(token.hasEscapes)
                #expect(reader.string(of: token) == "a\"é")
            case "n":
                try reader.beginArray()
                var values = [String]()
                while try reader.nextElement() {
                    switch try reader.peekKind() {
                    case .number: values.append("\(try reader.readNumber())")
                    case .bool: values.append("\(try reader.readBool())")
                    case .null:
                        try reader.readNull()
                        values.append("null")
                    default: Issue.record("unexpected kind")
                    }
                }
                #expect(values == ["1.0", "-25.0", "true", "null", "nan"])
            default:
                try reader.skipValue()
            }
        }
        try reader.finish()
        #expect(seen == ["é😀", "n", "s"])
        #expect(reader.depth == 0)
    }

    /// Errors point where Python 3.13 points: the byte offset, 1-based line, and column in characters, counted
    /// after `é`, an emoji and a CRLF line break (lines and columns checked with `json.loads`).
    @Test(arguments: [
        ("{\"é😀\": 1,\r\n \"b\": [1 1️⃣2]}", "Expecting ',' delimiter", 2, 10),
        ("{\"é😀\": 1,\r\n 1️⃣b: 2}", "Expecting property name enclosed in double quotes", 2, 2),
        ("[\"é😀\"1️⃣: 1]", "Expecting ',' delimiter", 1, 6),
        ("{\"é😀\"\r\n 1️⃣1}", "Expecting ':' delimiter", 2, 2),
        (
            "{\"a\": \"é😀1️⃣\r\n\"}", "Invalid control character in string: write it as an escape such as \\t or \\u0000",
            1, 10
        ),
        ("{\"a\": 1️⃣\"é😀", "Unterminated string starting at", 1, 7),
        ("[\"é😀\"1️⃣, ]", "Illegal trailing comma before end of array", 1, 6),
        ("{\"é😀\": 11️⃣,}", "Illegal trailing comma before end of object", 1, 9),
        (
            "[\"é😀1️⃣\\x\"]", "Invalid \\escape '\\x': JSON allows only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX", 1,
            5
        ),
        ("[\"é😀\"]\r\n1️⃣[]", "Extra data: the document must hold exactly one JSON value", 2, 1),
        ("[\"é😀\", 1️⃣tru]", "Expecting value", 1, 8),
        ("[\"é😀\", 01️⃣1]", "Expecting ',' delimiter", 1, 9),
    ])
    func errorsNameThePosition(marked: String, message: String, line: Int, column: Int) {
        let fixture = MarkedText(marked)
        var reader = JSONPullReader(bytes: Array(fixture.text.utf8))
        #expect {
            try reader.skipValue()
            try reader.finish()
        } throws: { error in
            guard let error = error as? JSONValue.DecodingError else { return false }
            return error.message == message && error.position == fixture[1] && error.line == line
                && error.column == column
        }
    }

    @Test func invalidUTF8AndByteOrderMarkAreRefused() {
        let documents: [[UInt8]] = [
            [0x22, 0xC3, 0x28, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0xEF, 0xBB, 0xBF, 0x7B, 0x7D], [0xFF],
        ]
        let messages = documents.map { document -> String? in
            var reader = JSONPullReader(bytes: document)
            do throws(JSONValue.DecodingError) {
                try reader.skipValue()
                return nil
            } catch {
                return error.message
            }
        }
        #expect(messages[0]?.hasPrefix("Invalid UTF-8") == true)
        #expect(messages[1]?.hasPrefix("Invalid UTF-8") == true)
        #expect(messages[2]?.hasPrefix("Unexpected UTF-8 BOM") == true)
        #expect(messages[3]?.hasPrefix("Invalid UTF-8") == true)
    }

    @Test func nestingIsBoundedWithoutRecursion() throws {
        let limit = SyntaxLimits.maxNestingDepth
        let deepest = Array((String(repeating: "[", count: limit) + String(repeating: "]", count: limit)).utf8)
        var reader = JSONPullReader(bytes: deepest)
        try reader.skipValue()
        #expect(try JSONValue.parseStrict(deepest) != .null)
        let tooDeep = Array(
            (String(repeating: "{\"a\":", count: limit + 1) + "1" + String(repeating: "}", count: limit + 1)).utf8)
        #expect(throws: JSONValue.DecodingError.self) { try JSONValue.parseStrict(tooDeep) }
        let huge = Array(String(repeating: "[", count: 200_000).utf8)
        var hugeReader = JSONPullReader(bytes: huge)
        #expect(throws: JSONValue.DecodingError.self) { try hugeReader.skipValue() }
    }

    @Test func everyPrefixOfAnObjectIsRefusedWithoutTrapping() {
        let text = "{\"é\": [\"😀\\u00e9\\ud83d\\ude00\", -1.5e2, 0, true, false, null, {}],\r\n \"b\": {\"c\": \"d\"}}"
        let bytes = Array(text.utf8)
        #expect((try? JSONValue.parseStrict(bytes)) != nil)
        for length in 0..<bytes.count {
            #expect(throws: JSONValue.DecodingError.self) { try JSONValue.parseStrict(Array(bytes[0..<length])) }
        }
    }

    @Test(arguments: [
        ("plain é😀", "plain é😀"),
        ("\\\"\\\\\\/\\b\\f\\n\\r\\t", "\"\\/\u{8}\u{C}\n\r\t"),
        ("\\u00e9\\ud83d\\ude00x", "é😀x"),
        ("\\ud800 lone", "\u{FFFD} lone"),
        ("\\udc00\\ud800", "\u{FFFD}\u{FFFD}"),
        ("trailing \\", "trailing \\"),
    ])
    func decodesStringContent(written: String, decoded: String) {
        let bytes = Array(("xx" + written + "yy").utf8)
        #expect(JSONPullReader.decodeStringContent(bytes, start: 2, end: bytes.count - 2) == decoded)
    }

    @Test func decodingOutOfRangeContentIsClamped() {
        #expect(JSONPullReader.decodeStringContent(Array("abc".utf8), start: -5, end: 99) == "abc")
        #expect(JSONPullReader.decodeStringContent(Array("abc".utf8), start: 2, end: 1) == "")
    }

    @Test func readValueKeepsTheFirstPositionAndLastValueOfARepeatedKey() throws {
        var pairs = (0..<40).map { "\"k\($0)\": \($0)" }
        pairs.append("\"k3\": \"last\"")
        pairs.append("\"k30\": \"last\"")
        let small = try JSONValue.parseStrict(Array("{\"a\": 1, \"b\": 2, \"a\": 3}".utf8))
        #expect(small.objectValue?.keys == ["a", "b"] && small["a"] == .integer(3))
        let large = try JSONValue.parseStrict(Array(("{" + pairs.joined(separator: ", ") + "}").utf8))
        #expect(large.objectValue?.count == 40)
        #expect(large["k3"] == .string("last") && large["k30"] == .string("last"))
        #expect(large.objectValue?.keys.last == "k39")
    }

    @Test func numbersReadAsPythonReadsThem() throws {
        let value = try JSONValue.parseStrict(
            Array("[0, -0, 9223372036854775807, 9223372036854775808, 1e400, -1.5E-1, 123456789012345678]".utf8))
        #expect(value[0] == .integer(0) && value[1] == .integer(0))
        #expect(value[2] == .integer(.max))
        #expect(value[3] == .double(9_223_372_036_854_775_808))
        #expect(value[4] == .double(.infinity))
        #expect(value[5] == .double(-0.15))
        #expect(value[6] == .integer(123_456_789_012_345_678))
    }
}
