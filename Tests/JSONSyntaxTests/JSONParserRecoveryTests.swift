import InputSyntax
import JSONSyntax
import Testing
import TestSupport
import TextModel

/// Half-written and broken documents: the trees editor features need, with one precise diagnostic per problem.
@Suite struct JSONParserRecoveryTests {
    @Test func unterminatedStringValueInsideNestedContainers() throws {
        let marked = MarkedText(#"{"Filters": [{"Key": 1️⃣"2️⃣"#)
        let result = parse(marked)
        let root = try #require(result.root)
        #expect(
            root.dump() == """
                object 0..<22
                  "Filters" 1..<10 = array 12..<22
                    object 13..<22
                      "Key" 14..<19 = string "" doubleQuoted 21..<22

                """)
        let value = try #require(root.at(["Filters", 0, "Key"]))
        #expect(value.range == marked.range(1, 2))
        #expect(result.diagnosticLines == ["syntax error 21..<22 Unterminated string: add the closing \""])
    }

    @Test func unterminatedKeyAtTheEnd() throws {
        let marked = MarkedText("{1️⃣\"Fé😀2️⃣")
        let result = parse(marked)
        let member = try #require(result.root?.members?.first)
        #expect(member.key == "Fé😀")
        #expect(member.keyRange == marked.range(1, 2))
        #expect(member.value.isMissing)
        #expect(member.value.range == .empty(at: marked[2]))
        #expect(result.errors.map(\.range) == [marked.range(1, 2)])
    }

    @Test(arguments: [#"{"Filters": 1️⃣"#, #"{"Filters":1️⃣"#, "{\"Filters\":\r\n  1️⃣"])
    func memberWithoutValueAtTheEnd(fixture: String) throws {
        let marked = MarkedText(fixture)
        let result = parse(marked)
        let member = try #require(result.root?.members?.first)
        #expect(member.key == "Filters")
        #expect(member.value.isMissing)
        #expect(member.value.range == .empty(at: marked[1]))
        #expect(result.diagnosticLines == [syntaxError(at: marked[1], "Unexpected end of text: expecting a value")])
    }

    @Test func missingCommaBetweenMembers() throws {
        let marked = MarkedText(#"{"a": 51️⃣ "b": 2}"#)
        let result = parse(marked)
        #expect(result.root?.members?.map(\.key) == ["a", "b"])
        #expect(result.root?.at(["b"])?.scalar?.kind == .integer("2"))
        #expect(result.diagnosticLines == [syntaxError(at: marked[1], "Expecting ',' delimiter")])
    }

    @Test func trailingCommaInObjectAndArray() throws {
        let object = MarkedText(#"{"a": 1 1️⃣,2️⃣ }"#)
        let result = parse(object)
        #expect(result.root?.members?.count == 1)
        #expect(result.diagnosticLines == [syntaxError(object.range(1, 2), "Illegal trailing comma before end of object")])

        let array = MarkedText("[\"é\"1️⃣,2️⃣\r\n]")
        let arrayResult = parse(array)
        #expect(arrayResult.root?.elements?.count == 1)
        #expect(arrayResult.errors.map(\.range) == [array.range(1, 2)])
    }

    @Test func missingColon() throws {
        let marked = MarkedText(#"{"a"1️⃣ 1}"#)
        let result = parse(marked)
        #expect(result.root?.at(["a"])?.scalar?.kind == .integer("1"))
        #expect(result.diagnosticLines == [syntaxError(at: marked[1], "Expecting ':' delimiter")])
    }

    @Test(arguments: ["{1️⃣a2️⃣: 1}", "{1️⃣'a'2️⃣: 1}"])
    func unquotedAndSingleQuotedKeys(fixture: String) throws {
        let marked = MarkedText(fixture)
        let result = parse(marked)
        let member = try #require(result.root?.members?.first)
        #expect(member.key == "a")
        #expect(member.keyRange == marked.range(1, 2))
        #expect(member.value.scalar?.kind == .integer("1"))
        #expect(result.errors.map(\.range) == [marked.range(1, 2)])
    }

    @Test func singleQuotedValueKeepsItsText() throws {
        let result = parse(#"{"a": 'it\'s é'}"#)
        #expect(result.root?.at(["a"])?.scalar == Scalar(.string("it's é"), style: .singleQuoted))
        #expect(result.errors.count == 1)
    }

    @Test func unclosedContainersAreClosedAtTheEnd() throws {
        let marked = MarkedText("{\"a\": [1, {\"b\": true}1️⃣")
        let result = parse(marked)
        let root = try #require(result.root)
        #expect(root.range == ByteRange(start: 0, end: marked[1]))
        #expect(root.at(["a"])?.range.end == marked[1])
        #expect(root.at(["a", 1, "b"])?.scalar?.kind == .bool(true))
        #expect(result.diagnosticLines == [syntaxError(at: marked[1], "Unexpected end of text: expecting ',' or ']'")])
    }

    @Test func strayClosingBracketIsSkipped() throws {
        let marked = MarkedText(#"{"a": 1, 1️⃣]2️⃣ "b": 2}"#)
        let result = parse(marked)
        #expect(result.root?.members?.map(\.key) == ["a", "b"])
        #expect(result.diagnosticLines == [syntaxError(marked.range(1, 2), "Unexpected ']'")])
    }

    @Test func mismatchedClosingBracketClosesTheInnerContainer() throws {
        let marked = MarkedText(#"{"a": [1, 21️⃣}"#)
        let result = parse(marked)
        let root = try #require(result.root)
        #expect(root.at(["a"])?.elements?.count == 2)
        #expect(root.at(["a"])?.range.end == marked[1])
        #expect(root.range.end == marked.source.count)
        #expect(result.diagnosticLines == [syntaxError(at: marked[1], "Expecting ']' to close the array")])
    }

    @Test(arguments: [
        "{\"a\": 1, 1️⃣@#2️⃣ \"b\": 2}", "{\"a\": 1, 1️⃣\u{A0}2️⃣\"b\": 2}", "{\"a\": 1, 1️⃣\u{1}2️⃣\"b\": 2}",
    ])
    func unknownCharactersAreSkipped(fixture: String) throws {
        let marked = MarkedText(fixture)
        let result = parse(marked)
        #expect(result.root?.members?.map(\.key) == ["a", "b"])
        #expect(result.errors.map(\.range) == [marked.range(1, 2)])
    }

    @Test func commentsAreReportedAndSkipped() throws {
        let marked = MarkedText("{1️⃣// é😀2️⃣\r\n\"a\": 3️⃣/* x */4️⃣ 1}")
        let result = parse(marked)
        #expect(result.root?.at(["a"])?.scalar?.kind == .integer("1"))
        #expect(result.errors.map(\.range) == [marked.range(1, 2), marked.range(3, 4)])
    }

    @Test func missingValueBeforeTheNextKeyOnTheNextLine() throws {
        let marked = MarkedText("{\r\n  \"Filters\": \r\n  1️⃣\"Other\": 1\r\n}")
        let result = parse(marked)
        let root = try #require(result.root)
        #expect(root.members?.map(\.key) == ["Filters", "Other"])
        #expect(root.at(["Filters"])?.isMissing == true)
        #expect(root.at(["Filters"])?.range == .empty(at: marked[1]))
        #expect(root.at(["Other"])?.scalar?.kind == .integer("1"))
        #expect(result.diagnosticLines == [syntaxError(at: marked[1], "Expecting value")])
    }

    @Test func unterminatedStringStopsAtTheLineBreak() throws {
        let marked = MarkedText("{\r\n  \"Name\": 1️⃣\"abé2️⃣\r\n  \"Other\": 1\r\n}")
        let result = parse(marked)
        let root = try #require(result.root)
        #expect(root.members?.map(\.key) == ["Name", "Other"])
        #expect(root.at(["Name"])?.stringValue == "abé")
        #expect(root.at(["Name"])?.range == marked.range(1, 2))
        #expect(result.diagnosticLines == [syntaxError(marked.range(1, 2), "Unterminated string: add the closing \"")])
    }

    @Test func unterminatedKeyStopsAtTheLineBreak() throws {
        let marked = MarkedText("{\r\n  \"Filters\": [],\r\n  1️⃣\"Ma2️⃣\r\n  \"Other\": 1\r\n}")
        let result = parse(marked)
        let root = try #require(result.root)
        #expect(root.members?.map(\.key) == ["Filters", "Ma", "Other"])
        #expect(root.at(["Ma"])?.range == .empty(at: marked[2]))
        #expect(result.errors.map(\.range) == [marked.range(1, 2)])
    }

    @Test func missingArrayElementsKeepIndexes() throws {
        let marked = MarkedText("[1,1️⃣,2]")
        let result = parse(marked)
        let elements = try #require(result.root?.elements)
        #expect(elements.count == 3)
        #expect(elements[1].isMissing)
        #expect(elements[1].range == .empty(at: marked[1]))
        #expect(result.errors.map(\.range) == [.empty(at: marked[1])])
    }

    @Test func keyWithoutColonOrValueBeforeTheNextKey() throws {
        let marked = MarkedText(#"{"a"1️⃣ "b": 2}"#)
        let result = parse(marked)
        #expect(result.root?.members?.map(\.key) == ["a", "b"])
        #expect(result.root?.at(["a"])?.isMissing == true)
        #expect(result.root?.at(["b"])?.scalar?.kind == .integer("2"))
        #expect(result.errors.map(\.range) == [.empty(at: marked[1])])
    }

    @Test func valuesWhereKeysBelongAreReadAndDropped() throws {
        let result = parse(#"{"a": 1, [2, {"x": 3}], "b": 4}"#)
        #expect(result.root?.members?.map(\.key) == ["a", "b"])
        #expect(result.errors.count == 1)
        let colon = parse(#"{: 1, "b": 4}"#)
        #expect(colon.root?.members?.map(\.key) == ["b"])
        #expect(colon.errors.count == 1)
    }

    @Test func unquotedValueIsAStringWithAHint() throws {
        let marked = MarkedText("{\"a\": 1️⃣True2️⃣, \"b\": 3️⃣abc4️⃣}")
        let result = parse(marked)
        #expect(result.root?.at(["a"])?.scalar == Scalar(.string("True"), style: .plain))
        #expect(
            result.diagnosticLines == [
                syntaxError(marked.range(1, 2), "Expecting value: JSON writes true, not True"),
                "syntax error \(marked.range(3, 4)) Expecting value: strings must be enclosed in double quotes",
            ])
    }

    @Test func extraDataAfterTheDocument() throws {
        let marked = MarkedText("{\"a\": 1}\r\n1️⃣{\"b\": 2} x2️⃣\r\n")
        let result = parse(marked)
        #expect(result.root?.members?.map(\.key) == ["a"])
        let message = "Extra data: the document must hold exactly one JSON value"
        #expect(result.diagnosticLines == [syntaxError(marked.range(1, 2), message)])
    }

    @Test func byteOrderMarkIsReportedAndTheRestRead() throws {
        let result = parse("\u{FEFF}{\"a\": 1}")
        #expect(result.root?.at(["a"])?.scalar?.kind == .integer("1"))
        #expect(result.errors.map(\.range) == [ByteRange(start: 0, end: 3)])
        #expect(result.errors.first?.message.hasPrefix("Unexpected UTF-8 BOM") == true)
    }

    @Test(arguments: ["", "  \r\n\t"])
    func emptyDocument(text: String) {
        let result = parse(text)
        #expect(result.root == nil)
        #expect(result.diagnosticLines == [syntaxError(at: text.utf8.count, "Expecting value: the document is empty")])
    }
}
