import JSONSyntax
import Testing

@Suite struct JSONValueTests {
    @Test func decodesEveryTypeKeepingKeyOrder() throws {
        let value = try JSONValue.decode(#"{"z": 1, "a": [true, false, null, 1.5, "é"], "m": {}}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
        #expect(value["a"] == .array([.bool(true), .bool(false), .null, .double(1.5), .string("é")]))
        #expect(value["z"]?.intValue == 1)
    }

    @Test func reportsWhereDecodingFailed() {
        #expect(throws: JSONValue.DecodingError.self) { try JSONValue.decode("{\"a\": }") }
        do {
            _ = try JSONValue.decode("[1,\n 2,, 3]")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func encodesLikePythonJSONDumpsIndent4() {
        let value: JSONValue = .object([
            "Name": .string("é\u{1F600}\n"),
            "Empty": .array([]),
            "Map": .object([:]),
            "List": .array([.integer(0), .double(0.0), .bool(true), .null]),
        ])
        let expected = """
            {
                "Name": "\\u00e9\\ud83d\\ude00\\n",
                "Empty": [],
                "Map": {},
                "List": [
                    0,
                    0.0,
                    true,
                    null
                ]
            }
            """
        #expect(value.encode(.pythonIndent4) == expected)
    }

    @Test func compactEncodingKeepsUTF8() {
        #expect(JSONValue.object(["a": .string("é"), "": .string("")]).encode() == #"{"a":"é","":""}"#)
    }
}
