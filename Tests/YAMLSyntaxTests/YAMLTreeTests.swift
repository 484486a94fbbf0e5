import InputSyntax
import Testing
import TestSupport
import TextModel
import YAMLSyntax

/// The tree's shape and byte-exact ranges, with `é`, emoji, CRLF and a byte-order mark in the text.
@Suite struct YAMLTreeTests {
    @Test func rangesAreByteExactWithMultibyteTextAndCRLF() throws {
        let fixture = MarkedText(
            "# cli-input: ec2 describe-instances\r\n1️⃣Filters2️⃣:\r\n  - 3️⃣Name4️⃣: 5️⃣\"tag:Nàme😀\"6️⃣\r\n"
                + "    Values: [7️⃣é8️⃣, 😀]\r\nDryRun: 9️⃣true0️⃣\r\n")
        let result = YAMLParser.parse(fixture.source)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        let filters = try #require(root.member("Filters"))
        #expect(filters.keyRange == fixture.range(1, 2))
        let item = try #require(filters.value.elements?.first)
        let name = try #require(item.member("Name"))
        #expect(name.keyRange == fixture.range(3, 4))
        #expect(name.value.range == fixture.range(5, 6))
        #expect(name.value.scalar == Scalar(.string("tag:Nàme😀"), style: .doubleQuoted))
        let values = try #require(item.member("Values")?.value.elements)
        #expect(values.first?.range == fixture.range(7, 8))
        #expect(values.first?.stringValue == "é")
        let dryRun = try #require(root.member("DryRun"))
        #expect(dryRun.value.range == fixture.range(9, 0))
        #expect(dryRun.value.scalar == Scalar(.bool(true), style: .plain))
        // Block collections end at their last content byte, not at the next token libyaml reports.
        #expect(filters.value.range.end == fixture.source.text(in: ByteRange(start: 0, end: fixture.source.count))
            .utf8.count - "\r\nDryRun: true\r\n".utf8.count)
        #expect(root.range == ByteRange(start: fixture[1], end: fixture[0]))
    }

    @Test func goldenDump() throws {
        let text = """
            # cli-input: ssm list-command-invocations
            InstanceId: i-0123456789abcdef0
            MaxResults: 50
            Filters:
              - Key: Status  # which key
                Values: [Success, "Failed"]
              - Key: InvokedAfter
                Values:
                  - 2020-01-01T10:00:00Z
            Details: true
            Comment: |
              line é
              😀

            """
        let result = YAMLParser.parse(SourceText(text))
        #expect(result.diagnostics.isEmpty)
        let dump = try #require(result.root?.dump())
        #expect(
            dump == """
                object 42..<263
                  "InstanceId" 42..<52 = string "i-0123456789abcdef0" plain 54..<73
                  "MaxResults" 74..<84 = integer 50 plain 86..<88
                  "Filters" 89..<96 = array 100..<221
                    object 102..<158
                      "Key" 102..<105 = string "Status" plain 107..<113
                      "Values" 131..<137 = array 139..<158
                        string "Success" plain 140..<147
                        string "Failed" doubleQuoted 149..<157
                    object 163..<221
                      "Key" 163..<166 = string "InvokedAfter" plain 168..<180
                      "Values" 185..<191 = array 199..<221
                        timestamp 2020-01-01T10:00:00Z plain 201..<221
                  "Details" 222..<229 = bool true plain 231..<235
                  "Comment" 236..<243 = string "line é\\n😀\\n" literal 245..<263

                """)
    }

    @Test func byteOrderMarkKeepsRangesExact() throws {
        let fixture = MarkedText("\u{FEFF}1️⃣a2️⃣: 3️⃣é😀4️⃣\n")
        let result = YAMLParser.parse(fixture.source)
        #expect(result.diagnostics.isEmpty)
        let member = try #require(result.root?.member("a"))
        #expect(member.keyRange == fixture.range(1, 2))
        #expect(member.value.range == fixture.range(3, 4))
        #expect(fixture[1] == 3)
    }

    @Test func keyRangesLeaveOutAnchorsAndTagsButKeepQuotes() throws {
        let fixture = MarkedText("&k 1️⃣key2️⃣: v\n!!str 3️⃣kk4️⃣: x\n5️⃣'q é'6️⃣: y\n")
        let members = try #require(YAMLParser.parse(fixture.source).root?.members)
        #expect(members.map(\.key) == ["key", "kk", "q é"])
        #expect(members.map(\.keyRange) == [fixture.range(1, 2), fixture.range(3, 4), fixture.range(5, 6)])
    }

    @Test func nonStringKeysKeepTheirText() throws {
        let members = try #require(YAMLParser.parse(SourceText("1: a\n0x10: b\n~: c\n2020-01-01: d\n")).root?.members)
        #expect(members.map(\.key) == ["1", "0x10", "~", "2020-01-01"])
    }

    @Test func emptyDocumentsHaveNoRoot() {
        for text in ["", "# only a comment\n", "\n\n", "---\n", "---\n...\n", "\u{FEFF}"] {
            let result = YAMLParser.parse(SourceText(text))
            #expect(result.root == nil, "\(text.debugDescription)")
            #expect(result.diagnostics.isEmpty, "\(text.debugDescription)")
        }
        #expect(YAMLParser.parse(SourceText("~\n")).root?.scalar == Scalar(.null, style: .plain))
    }

    @Test func jsonTextIsAccepted() throws {
        let result = YAMLParser.parse(SourceText("{\"Name\": \"x\", \"Count\": 5, \"On\": true, \"List\": [1.5, null]}"))
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root.member("Count")?.value.scalar?.kind == .integer("5"))
        #expect(root.member("List")?.value.elements?.last?.scalar?.kind == .null)
    }

    @Test func setsOrderedMapsAndPairsTakeTheClosestShape() throws {
        let root = try #require(
            YAMLParser.parse(SourceText("s: !!set {a, b}\no: !!omap [x: 1, y: 2]\np: !!pairs [x: 1, x: 2]\n")).root)
        #expect(root.member("s")?.value.members?.map(\.key) == ["a", "b"])
        #expect(root.member("o")?.value.members?.map(\.key) == ["x", "y"])
        let pairs = try #require(root.member("p")?.value.elements)
        #expect(pairs.map { $0.elements?.first?.stringValue } == ["x", "x"])
        #expect(pairs.map { $0.elements?.last?.scalar?.kind } == [.integer("1"), .integer("2")])
    }
}
