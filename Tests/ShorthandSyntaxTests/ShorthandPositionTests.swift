import InputSyntax
import ShorthandSyntax
import TestSupport
import Testing
import TextModel

/// Byte ranges of keys and values, and the CLI's code point index beside our byte offset, with `é` (2 bytes),
/// emoji (4 bytes, one code point) and CRLF.
@Suite struct ShorthandPositionTests {
    @Test func implicitListWithQuotedEmojiAndCRLF() throws {
        let marked = MarkedText("0️⃣Key1️⃣=2️⃣éa3️⃣\r\n,4️⃣'😀,b'5️⃣,6️⃣Name7️⃣=8️⃣x\r\ny9️⃣")
        let result = ShorthandParser.parse(marked.text)
        #expect(result.error == nil)
        let root = try #require(result.root)
        #expect(root.range == ByteRange(start: 0, end: marked.text.utf8.count))
        let members = try #require(root.members)
        #expect(members.map(\.key) == ["Key", "Name"])
        #expect(members[0].keyRange == marked.range(0, 1))
        // The list runs from its first value to the end of the quoted one; the CRLF stripped from `éa` is outside.
        #expect(members[0].value.range == marked.range(2, 5))
        let elements = try #require(members[0].value.elements)
        #expect(elements.map(\.range) == [marked.range(2, 3), marked.range(4, 5)])
        #expect(elements.map(\.stringValue) == ["éa", "😀,b"])
        #expect(elements.map { $0.scalar?.style } == [.plain, .singleQuoted])
        #expect(members[1].keyRange == marked.range(6, 7))
        // A line break inside an unquoted value is part of it.
        #expect(members[1].value.range == marked.range(8, 9))
        #expect(members[1].value.stringValue == "x\r\ny")
    }

    @Test func nestedLiterals() throws {
        let marked = MarkedText("a=0️⃣{1️⃣b2️⃣ = 3️⃣[4️⃣\"é😀\"5️⃣, 6️⃣c\r\n7️⃣]8️⃣}9️⃣")
        let result = ShorthandParser.parse(marked.text)
        #expect(result.error == nil)
        let hash = try #require(result.root?.member("a")?.value)
        #expect(hash.range == marked.range(0, 9))
        let b = try #require(hash.member("b"))
        #expect(b.keyRange == marked.range(1, 2))
        #expect(b.value.range == marked.range(3, 8))
        let elements = try #require(b.value.elements)
        #expect(elements.map(\.range) == [marked.range(4, 5), ByteRange(start: marked[6], end: marked[6] + 1)])
        #expect(elements.map(\.stringValue) == ["é😀", "c"])
        _ = marked[7]
    }

    @Test func emptyValuesAreEmptyRangesWhereTheyWouldStart() throws {
        let marked = MarkedText("a=0️⃣,b=[1️⃣,c],2️⃣=3️⃣")
        let root = try #require(ShorthandParser.parse(marked.text).root)
        #expect(root.member("a")?.value.range == .empty(at: marked[0]))
        #expect(root.member("b")?.value.elements?.first?.range == .empty(at: marked[1]))
        #expect(root.member("")?.keyRange == .empty(at: marked[2]))
        #expect(root.member("")?.value.range == .empty(at: marked[3]))
    }

    @Test func fileReferenceRanges() throws {
        let marked = MarkedText("é=x,a@=0️⃣'file://😀.txt'1️⃣,2️⃣fileb://b3️⃣")
        // `é` is not a key character: the CLI refuses at once; the tolerant tree still lists the references.
        let refused = ShorthandParser.parse(marked.text)
        #expect(refused.error?.index == 0)
        #expect(refused.fileReferences.map(\.range) == [marked.range(0, 1), marked.range(2, 3)])
        let accepted = ShorthandParser.parse(String(marked.text.dropFirst(4)))
        #expect(accepted.error == nil)
        let shifted = accepted.shifted(by: "é=x,".utf8.count)
        #expect(shifted.fileReferences.map(\.range) == [marked.range(0, 1), marked.range(2, 3)])
        #expect(shifted.fileReferences.map(\.path) == ["😀.txt", "b"])
        #expect(shifted.fileReferences.map(\.binary) == [false, true])
        #expect(shifted.fileReferences.allSatisfy { !$0.loaded })
    }

    @Test(arguments: [
        // (marked text, expected, actual, CLI index in code points)
        ("a=0️⃣😀1️⃣", ",", "😀", 2),
        ("0️⃣é1️⃣=b", "=", "é", 0),
        ("a=é,\r\nc=0️⃣=1️⃣d", ",", "=", 8),
        ("a=[é, 0️⃣😀1️⃣]", ",", "😀", 6),
        ("a=é😀0️⃣\"1️⃣", ",", "😀", 3),
        ("k=\"é\",0️⃣'1️⃣x", "=", "'", 6),
        ("a={b=\"😀\"} 0️⃣1️⃣", ",", "EOF", 0),
    ])
    func errorIndexCountsCodePointsAndRangeCountsBytes(marked: String, expected: String, actual: String, index: Int)
        throws
    {
        let text = MarkedText(marked)
        let error = try #require(ShorthandParser.parse(text.text).error)
        #expect(error.kind == .syntax)
        #expect(error.expected == expected)
        if actual == "EOF" {
            #expect(error.actual == "EOF")
            #expect(error.index == text.text.unicodeScalars.count)
            #expect(error.range == .empty(at: text.text.utf8.count))
            return
        }
        // `a=é😀"`: the value stops before the emoji; the CLI reports the emoji, not the quote.
        if marked.hasPrefix("a=é😀") {
            #expect(error.actual == "😀")
            #expect(error.index == 3)
            #expect(error.range == ByteRange(start: 4, end: 8))
            return
        }
        #expect(error.actual == actual)
        #expect(error.index == index)
        #expect(error.range == text.range(0, 1))
        #expect(error.offset == text[0])
    }

    @Test func duplicateKeyIndexAndRange() throws {
        let marked = MarkedText("a=\"é\",0️⃣a1️⃣=b")
        let error = try #require(ShorthandParser.parse(marked.text).error)
        #expect(error.kind == .duplicateKey)
        // The CLI's caret: one code point past the end of the previous value (the comma counts as one).
        #expect(error.index == 6)
        #expect(error.offset == 7)
        #expect(error.range == marked.range(0, 1))
        #expect(ShorthandParser.parse(marked.text).diagnostics.first?.code == SyntaxDiagnostic.Code.duplicateKey)
    }

    @Test func shiftingMovesRangesButNotTheCLIIndex() throws {
        let result = ShorthandParser.parse("a=é,b=😀")
        let shifted = result.shifted(by: 10)
        let error = try #require(shifted.error)
        #expect(error.index == result.error?.index)
        #expect(error.offset == (result.error?.offset ?? 0) + 10)
        #expect(error.range == result.error?.range.shifted(by: 10))
        #expect(shifted.root?.member("a")?.keyRange == ByteRange(start: 10, end: 11))
        #expect(shifted.root?.member("a")?.value.range == ByteRange(start: 12, end: 14))
        #expect(shifted.diagnostics.first?.range == error.range)
    }

    @Test func sourceTextAndBytesEntryPointsAgree() {
        let text = "Key=STATUS,Values=é,😀"
        #expect(ShorthandParser.parse(SourceText(text)) == ShorthandParser.parse(text))
        #expect(ShorthandParser.parse(bytes: Array(text.utf8)) == ShorthandParser.parse(text))
    }

    @Test func invalidUTF8CountsOneCodePointPerByte() throws {
        // 0xFF and a truncated sequence: unquoted values admit them (the CLI would see surrogate escapes).
        let valid = ShorthandParser.parse(bytes: [0x61, 0x3D, 0xFF, 0xE2, 0x82])
        #expect(valid.error == nil)
        #expect(valid.root?.member("a")?.value.range == ByteRange(start: 2, end: 5))
        let refused = try #require(ShorthandParser.parse(bytes: [0x61, 0x3D, 0xFF, 0xE2, 0x82, 0x5D]).error)
        #expect(refused.index == 5)
        #expect(refused.offset == 5)
        #expect(refused.input.unicodeScalars.count == 6)
    }
}
