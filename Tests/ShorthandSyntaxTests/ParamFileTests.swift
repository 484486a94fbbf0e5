import InputSyntax
import JSONSyntax
import ShorthandSyntax
import TestSupport
import Testing
import TextModel

/// `key@=file://…` and `fileb://…` values: loading, literal references without a loader, and the CLI's messages.
@Suite struct ParamFileTests {
    @Test func withoutALoaderReferencesStayLiteralAndAreListed() throws {
        let marked = MarkedText("a@=0️⃣file://x.txt1️⃣,b=file://y.txt")
        let result = ShorthandParser.parse(marked.text)
        #expect(result.error == nil)
        #expect(result.root?.member("a")?.value.stringValue == "file://x.txt")
        // `b=` without `@` is never a reference.
        #expect(result.hasFileReferences)
        #expect(
            result.fileReferences == [
                ShorthandFileReference(range: marked.range(0, 1), path: "x.txt", binary: false, loaded: false)
            ])
        #expect(result.fileReferences.first?.reference == "file://x.txt")
    }

    @Test func textAndBinaryContents() throws {
        let files = TemporaryParamFiles(files: ["t.txt": Array("é\r\nx\ry".utf8), "b.bin": [0xFF, 0x00, 0x0D, 0x0A]])
        let result = ShorthandParser.parse("a@=file://t.txt,b@=[fileb://b.bin]", fileLoader: files)
        #expect(result.error == nil)
        // Python's text mode: universal newlines.
        #expect(result.root?.member("a")?.value.stringValue == "é\nx\ny")
        let binary = try #require(result.root?.member("b")?.value.elements?.first?.scalar)
        #expect(binary.kind == .binary([0xFF, 0x00, 0x0D, 0x0A]))
        #expect(result.fileReferences.map(\.loaded) == [true, true])
    }

    @Test func theFlagLeaksOutOfNestedHashesAsInTheCLI() throws {
        let files = TemporaryParamFiles()
        // The last hash key's `@=` stays in force after the hash; a plain key before it resets the flag.
        let leaked = ShorthandParser.parse("a=[{b@=x},file://pf.txt]", fileLoader: files)
        #expect(leaked.root?.pythonValue == .object(["a": .array([.object(["b": .string("x")]), .string("hello\n")])]))
        let reset = ShorthandParser.parse("a@=[{b=x},file://pf.txt]", fileLoader: files)
        #expect(
            reset.root?.pythonValue == .object(["a": .array([.object(["b": .string("x")]), .string("file://pf.txt")])]))
    }

    @Test func eachFileIsReadOnce() throws {
        let files = TemporaryParamFiles()
        let result = ShorthandParser.parse("a@=file://pf.txt,file://pf.txt,fileb://pf.txt", fileLoader: files)
        #expect(result.error == nil)
        #expect(files.requests == ["pf.txt", "pf.txt"])
    }

    @Test func nothingIsReadAfterTheCLIWouldHaveStopped() throws {
        let files = TemporaryParamFiles()
        let result = ShorthandParser.parse("a=\"x\"y,e@=file://pf.txt", fileLoader: files)
        #expect(result.error?.index == 5)
        #expect(files.requests.isEmpty)
        #expect(result.root?.member("e")?.value.stringValue == "file://pf.txt")
        #expect(result.fileReferences.map(\.loaded) == [false])
    }

    @Test func aFailedLoadIsTheCLIsResourceLoadingError() throws {
        let files = TemporaryParamFiles()
        let marked = MarkedText("é@=1,a @= 0️⃣'file://missing é.txt'1️⃣")
        let text = String(marked.text.dropFirst(5))
        let result = ShorthandParser.parse(text, fileLoader: files).shifted(by: "é@=1,".utf8.count)
        let error = try #require(result.error)
        #expect(error.kind == .paramFile)
        #expect(
            error.cliMessage
                == "Unable to load paramfile file://missing é.txt: [Errno 2] No such file or directory: "
                + "'missing é.txt'")
        #expect(error.summary == error.cliMessage)
        #expect(error.range == marked.range(0, 1))
        #expect(result.diagnostics.first?.code == SyntaxDiagnostic.Code.paramFile)
        // The tolerant tree keeps the literal.
        #expect(result.root?.member("a")?.value.stringValue == "file://missing é.txt")
    }

    @Test func undecodableTextFile() throws {
        let files = TemporaryParamFiles(files: ["bad.txt": [0xFF]])
        let error = try #require(ShorthandParser.parse("a@=file://bad.txt", fileLoader: files).error)
        #expect(
            error.cliMessage
                == "Unable to load paramfile (bad.txt), text contents could not be decoded.  If this is a binary file, "
                + "please use the fileb:// prefix instead of the file:// prefix.")
        #expect(ShorthandParser.parse("a@=fileb://bad.txt", fileLoader: files).error == nil)
    }

    @Test(arguments: [
        ("/x", "'/x'"),
        ("it's", "\"it's\""),
        ("a'b\"c", "'a\\'b\"c'"),
        ("tab\there\\", "'tab\\there\\\\'"),
        ("\u{7F}\u{85}\u{A0}é\u{200B}😀", "'\\x7f\\x85\\xa0é\\u200b😀'"),
    ])
    func pathsAreQuotedAsPythonsRepr(path: String, repr: String) {
        let message = ParamFileError.system(code: 2, description: "No such file or directory", path: path)
            .cliMessage(reference: "file://p")
        #expect(message == "Unable to load paramfile file://p: [Errno 2] No such file or directory: \(repr)")
    }

    @Test func pythonTextMode() {
        #expect(ParamFileText.pythonTextMode(Array("a\r\nb\rc\n\r".utf8)) == Array("a\nb\nc\n\n".utf8))
        #expect(ParamFileText.pythonTextMode([0xEF, 0xBB, 0xBF, 0x61]) == [0xEF, 0xBB, 0xBF, 0x61])
        #expect(ParamFileText.pythonTextMode([0x61, 0xC3]) == nil)
        #expect(ParamFileText.pythonTextMode([0xED, 0xA0, 0x80]) == nil)
        #expect(ParamFileText.pythonTextMode([]) == [])
    }
}
