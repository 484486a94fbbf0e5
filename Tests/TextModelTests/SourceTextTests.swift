import Testing
import TestSupport
import TextModel

@Suite struct SourceTextTests {
    // `é` is 2 UTF-8 bytes, 1 UTF-16 unit; `😀` is 4 bytes, 2 UTF-16 units, 1 scalar.
    let text = SourceText("aé😀b\r\nx\ny\rz")

    @Test func lineStartsHandleEveryTerminator() {
        #expect(text.lineStarts == [0, 10, 12, 14])
        #expect(text.lineCount == 4)
        #expect(text.lineContentRange(0) == ByteRange(start: 0, end: 8))
        #expect(SourceText("a\n").lineCount == 2)
        #expect(SourceText("").lineCount == 1)
    }

    @Test(arguments: [
        (PositionEncoding.utf8, [0, 1, 3, 7, 8]),
        (.utf16, [0, 1, 2, 4, 5]),
        (.utf32, [0, 1, 2, 3, 4]),
    ])
    func columnsInEachEncoding(encoding: PositionEncoding, columns: [Int]) {
        let offsets = [0, 1, 3, 7, 8]
        for (offset, column) in zip(offsets, columns) {
            #expect(text.position(of: offset, in: encoding) == LinePosition(line: 0, character: column))
            #expect(text.offset(of: LinePosition(line: 0, character: column), in: encoding) == offset)
        }
    }

    @Test func offsetsInsideACharacterMapToItsStart() {
        #expect(text.position(of: 5, in: .utf16) == LinePosition(line: 0, character: 2))
        // UTF-16 column 3 is the middle of the surrogate pair of 😀.
        #expect(text.offset(of: LinePosition(line: 0, character: 3), in: .utf16) == 3)
    }

    @Test func outOfRangePositionsAreClamped() {
        #expect(text.offset(of: LinePosition(line: 0, character: 99), in: .utf16) == 8)
        #expect(text.offset(of: LinePosition(line: 99, character: 0), in: .utf16) == text.count)
        #expect(text.offset(of: LinePosition(line: -1, character: 5), in: .utf16) == 0)
        #expect(text.position(of: 10_000, in: .utf16) == LinePosition(line: 3, character: 1))
        #expect(text.position(of: -4, in: .utf8) == LinePosition(line: 0, character: 0))
    }

    @Test func crlfBelongsToItsLine() {
        #expect(text.position(of: 9, in: .utf16) == LinePosition(line: 0, character: 6))
        #expect(text.position(of: 10, in: .utf16) == LinePosition(line: 1, character: 0))
    }

    @Test func invalidUTF8CountsOneUnitPerByte() {
        let bad = SourceText(bytes: [0x61, 0xFF, 0xC3, 0x62])
        #expect(bad.position(of: 4, in: .utf16) == LinePosition(line: 0, character: 4))
        #expect(bad.position(of: 4, in: .utf32) == LinePosition(line: 0, character: 4))
        #expect(UTF8Scanning.firstInvalidSequence(bad.bytes) == ByteRange(start: 1, end: 2))
        #expect(UTF8Scanning.firstInvalidSequence(Array("é😀".utf8)) == nil)
    }

    @Test func editsApplyFromTheirOwnOffsets() {
        let source = SourceText("{\"a\": 1}")
        let edited = source.applying([
            TextEdit(range: ByteRange(start: 7, end: 7), newText: ", \"b\": 2"),
            TextEdit(range: ByteRange(start: 6, end: 7), newText: "😀"),
        ])
        #expect(edited.string == "{\"a\": 😀, \"b\": 2}")
        #expect(source.replacing(ByteRange(start: 100, end: 200), with: "x").string == "{\"a\": 1}x")
    }

    @Test func scalarIndexConverterWalksBothWays() {
        var converter = ScalarIndexConverter(bytes: Array("é😀ab".utf8))
        #expect(converter.byteOffset(forScalarIndex: 2) == 6)
        #expect(converter.byteOffset(forScalarIndex: 1) == 2)
        #expect(converter.byteOffset(forScalarIndex: 4) == 8)
        #expect(converter.byteOffset(forScalarIndex: 40) == 8)
        #expect(converter.byteOffset(forScalarIndex: 0) == 0)
    }

    @Test func markersGiveByteOffsets() {
        let marked = MarkedText("é1️⃣😀2️⃣")
        #expect(marked.text == "é😀")
        #expect(marked[1] == 2)
        #expect(marked[2] == 6)
    }
}
