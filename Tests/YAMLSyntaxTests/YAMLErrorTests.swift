import InputSyntax
import Testing
import TestSupport
import TextModel
import YAMLSyntax

/// Everything the AWS CLI v2 answers with "Invalid YAML received.", each with an exact range.
@Suite struct YAMLErrorTests {
    static func diagnostics(_ fixture: MarkedText) -> [SyntaxDiagnostic] {
        YAMLParser.parse(fixture.source).diagnostics
    }

    @Test func libyamlErrorIsOneDiagnosticAtItsMarkAfterMultibyteText() throws {
        // The plain scalar `😀` runs on into `bad`, and `: ` is then not allowed: libyaml's mark is at the colon.
        let fixture = MarkedText("é: 😀\r\n  bad1️⃣:2️⃣ x\r\nnext: 1\r\n")
        let result = YAMLParser.parse(fixture.source)
        #expect(result.diagnostics.count == 1)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == SyntaxDiagnostic.Code.syntax)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.range == fixture.range(1, 2))
        #expect(diagnostic.message.contains("':'"))
        // The tree read before the error is kept.
        #expect(result.root?.members?.first?.key == "é")
    }

    /// Found by the yaml-parser fuzzer: the range of this diagnostic cut the emoji it starts at.
    @Test func blankLineBeforeMoreIndentedBlockScalarContentCoversAWholeCharacter() throws {
        let fixture = MarkedText("c: |\r\n \r\n  1️⃣😀2️⃣é\r\n")
        let diagnostic = try #require(Self.diagnostics(fixture).first)
        #expect(diagnostic.message.hasPrefix("This block scalar starts with a blank line of 1 spaces"))
        #expect(diagnostic.range == ByteRange(start: fixture[1], end: fixture[2]))
    }

    @Test func aLibyamlErrorIsTheOnlySyntaxDiagnostic() {
        let fixture = MarkedText("a: !foo x\nb: *nowhere\nc: [1, 2\n1️⃣")
        let diagnostics = Self.diagnostics(fixture)
        #expect(diagnostics.map(\.range) == [ByteRange.empty(at: fixture[1])])
        let withDuplicate = YAMLParser.parse(SourceText("a: 1\na: 2\nb: {c: 1\n"))
        #expect(withDuplicate.diagnostics.map(\.code) == ["duplicate-key", "syntax"])
    }

    @Test func unclosedFlowListKeepsItsItems() throws {
        let fixture = MarkedText("a: [1, é😀\n1️⃣")
        let result = YAMLParser.parse(fixture.source)
        #expect(result.diagnostics.map(\.range) == [ByteRange.empty(at: fixture[1])])
        let items = try #require(result.root?.member("a")?.value.elements)
        #expect(items.map(\.scalar?.kind) == [.integer("1"), .string("é😀")])
    }

    @Test func invalidUTF8IsReportedAtTheFirstBadByte() throws {
        let bytes = Array("a: é\nb: x".utf8) + [0xE2, 0x82] + Array(" y\nc: 😀".utf8) + [0xFF]
        let result = YAMLParser.parse(SourceText(bytes: bytes))
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.range == ByteRange(start: 10, end: 12))
        #expect(result.root?.member("a")?.value.stringValue == "é")
    }

    @Test func controlCharactersAreReportedOnTheCharacter() {
        let fixture = MarkedText("\u{FEFF}a: é😀\nb: x1️⃣\u{7}2️⃣y\n")
        let result = YAMLParser.parse(fixture.source)
        #expect(result.diagnostics.map(\.range) == [fixture.range(1, 2)])
        #expect(result.diagnostics.first?.message == "Control character U+0007 is not allowed in YAML.")
    }

    @Test func duplicateKeysAreErrorsOnTheRepeatedKey() {
        let fixture = MarkedText("Name: a\nTags: [x]\n1️⃣Name2️⃣: b\n")
        let diagnostics = Self.diagnostics(fixture)
        #expect(diagnostics.map(\.code) == [SyntaxDiagnostic.Code.duplicateKey])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.range == fixture.range(1, 2))
    }

    @Test(arguments: [
        "1: a\n1️⃣true2️⃣: b\n", "1: a\n1️⃣1.02️⃣: b\n", "~: a\n1️⃣null2️⃣: b\n", ".nan: a\n1️⃣.NaN2️⃣: b\n",
        "0x10: a\n1️⃣162️⃣: b\n", "2020-01-01: a\n? !!timestamp 1️⃣2020-1-12️⃣\n: b\n", "a: 1\n1️⃣'a'2️⃣: 2\n",
        "2020-01-01T10:00:00Z: a\n1️⃣2020-01-01 11:00:00 +012️⃣: b\n",
    ])
    func keysEqualInPythonAreDuplicates(text: String) {
        let fixture = MarkedText(text)
        let diagnostics = Self.diagnostics(fixture)
        #expect(diagnostics.map(\.code) == [SyntaxDiagnostic.Code.duplicateKey])
        #expect(diagnostics.first?.range == fixture.range(1, 2))
    }

    @Test(arguments: ["1: a\n'1': b\n", "2020-01-01: a\n2020-01-01 00:00:00: b\n", "? !!float nan\n: 1\n? !!float nan\n: 2\n"])
    func keysDifferentInPythonAreNotDuplicates(text: String) {
        #expect(YAMLParser.parse(SourceText(text)).diagnostics.isEmpty)
    }

    @Test func secondDocumentIsOneErrorOnItsStart() throws {
        let fixture = MarkedText("a: 1\n1️⃣---2️⃣\nb: 2\n")
        let result = YAMLParser.parse(fixture.source)
        #expect(result.diagnostics.map(\.range) == [fixture.range(1, 2)])
        #expect(result.root?.members?.map(\.key) == ["a"])
        let afterEnd = MarkedText("a: 1\n...\n1️⃣b: 22️⃣\n")
        #expect(Self.diagnostics(afterEnd).map(\.range) == [afterEnd.range(1, 2)])
        let strayEnd = MarkedText("a: 1\n...\n1️⃣...2️⃣\n")
        #expect(Self.diagnostics(strayEnd).map(\.range) == [strayEnd.range(1, 2)])
    }

    @Test func unknownTagsAndUndefinedAliasesAreErrors() {
        let tag = MarkedText("a: 1️⃣!foo é2️⃣\n")
        #expect(Self.diagnostics(tag).map(\.range) == [tag.range(1, 2)])
        let alias = MarkedText("a: 1️⃣*nowhere2️⃣\n")
        #expect(Self.diagnostics(alias).map(\.range) == [alias.range(1, 2)])
        let recursive = MarkedText("a: &x [1, 1️⃣*x2️⃣]\n")
        #expect(Self.diagnostics(recursive).map(\.range) == [recursive.range(1, 2)])
    }

    @Test func tabsOutsideScalarsAreRefusedAsRuamelDoes() {
        let fixture = MarkedText("a: é\nb: x1️⃣\t2️⃣\n")
        #expect(Self.diagnostics(fixture).map(\.range) == [fixture.range(1, 2)])
        for accepted in ["a: \"x\ty\"\n", "a: |\n  x\ty\n", "a: 1 # \tcomment\n", "a: [1,\t2]\n"] {
            #expect(YAMLParser.parse(SourceText(accepted)).diagnostics.isEmpty, "\(accepted.debugDescription)")
        }
    }

    @Test func colonGluedToAValueInAFlowListIsRefused() {
        let fixture = MarkedText("a: [\"k\"1️⃣:2️⃣v]\n")
        #expect(Self.diagnostics(fixture).map(\.range) == [fixture.range(1, 2)])
        for accepted in ["a: [\"k\": v]\n", "a: [{\"k\":v}]\n", "a: {\"k\":v}\n", "a: [k:v]\n"] {
            #expect(YAMLParser.parse(SourceText(accepted)).diagnostics.isEmpty, "\(accepted.debugDescription)")
        }
    }

    @Test func complexKeysAreReportedAndLeftOut() throws {
        let fixture = MarkedText("? 1️⃣[a, b]2️⃣\n: c\nd: e\n")
        let result = YAMLParser.parse(fixture.source)
        #expect(result.diagnostics.map(\.range) == [fixture.range(1, 2)])
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.root?.members?.map(\.key) == ["d"])
        let mappingKey = MarkedText("? 1️⃣{a: b}2️⃣\n: c\n")
        let refused = YAMLParser.parse(mappingKey.source)
        #expect(refused.diagnostics.map(\.range) == [mappingKey.range(1, 2)])
        #expect(refused.hasErrors)
    }

    @Test(arguments: [
        "%YAML 1.3\n---\na: 1\n", "a: !!int \"abc\"\n", "<<: 1\n", "<<: {a: 1}\n<<: {b: 2}\n", "a: 2020-02-30\n",
        "a: |\n  \n    more\n", "a: !!str, b\n", "key: \"unterminated\n", "a: b: c\n", "- a\nb: c\n", "\tb: 1\n",
    ])
    func refusedDocuments(text: String) {
        #expect(YAMLParser.parse(SourceText(text)).hasErrors)
    }

    @Test func unknownDirectivesAreIgnoredAsRuamelDoes() throws {
        let result = YAMLParser.parse(SourceText("%FOO bar baz\n---\na: 1\n"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.root?.member("a")?.value.scalar?.kind == .integer("1"))
    }
}
