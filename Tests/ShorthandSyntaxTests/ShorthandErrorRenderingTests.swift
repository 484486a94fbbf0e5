import ShorthandSyntax
import Testing

/// The CLI's messages with their caret blocks, our aligned variant, and the one-line summaries.
@Suite struct ShorthandErrorRenderingTests {
    private func error(_ text: String) throws -> ShorthandError {
        try #require(ShorthandParser.parse(text).error)
    }

    @Test func cliMessageHasTheExtraSpaceOfV2() throws {
        // AWSCLI.md 1.7's example, `--filters key`.
        let e = try error("key")
        #expect(e.cliMessage == "Expected: '=', received: 'EOF' for input:\n key\n   ^")
        #expect(e.message(style: .aligned) == "Expected: '=', received: 'EOF' for input:\nkey\n   ^")
    }

    @Test func caretGoesUnderTheCulpritsLine() throws {
        let later = try error("a=b,\nc==d")
        #expect(later.cliMessage == "Expected: ',', received: '=' for input:\n a=b,\nc==d\n  ^")
        #expect(later.message(style: .aligned) == "Expected: ',', received: '=' for input:\na=b,\nc==d\n  ^")
        let earlier = try error("a b\nc=d")
        #expect(earlier.cliMessage == "Expected: '=', received: 'b' for input:\n a b\n  ^\nc=d")
        #expect(earlier.message(style: .aligned) == "Expected: '=', received: 'b' for input:\na b\n  ^\nc=d")
    }

    @Test func crlfStaysInTheLineAndTheCaretCountsCodePoints() throws {
        let e = try error("é=\r\nx")
        #expect(e.index == 0)
        #expect(e.cliMessage == "Expected: '=', received: 'é' for input:\n é=\r\n^\nx")
    }

    @Test func alignedCaretCountsDisplayColumnsAndKeepsTabs() throws {
        let wide = try error("a=中中😀")
        #expect(wide.index == 4)
        #expect(wide.cliMessage.hasSuffix("\n a=中中😀\n    ^"))
        #expect(wide.message(style: .aligned).hasSuffix("\na=中中😀\n      ^"))
        let tab = try error("a=b\tc\"")
        #expect(tab.index == 5)
        #expect(tab.message(style: .aligned).hasSuffix("\na=b\tc\"\n   \t ^"))
        // `e` + U+0301 is one column on screen but two code points for the CLI.
        let combining = try error("a=e\u{301}x}")
        #expect(combining.index == 5)
        #expect(combining.cliMessage.hasSuffix("\n     ^"))
        #expect(combining.message(style: .aligned).hasSuffix("\n    ^"))
    }

    @Test func duplicateKeyMessageIsTheSameInEveryVersion() throws {
        let e = try error("key=Status,value=Success,key=Status")
        let expected = """
            Second instance of key "key" encountered for input:
            key=Status,value=Success,key=Status
                                     ^
            This is often because there is a preceding "," instead of a space.
            """
        #expect(e.cliMessage == expected)
        #expect(e.message(style: .aligned) == expected)
        #expect(e.summary == "Duplicate key \"key\": the AWS CLI refuses a top-level key given twice")
    }

    @Test(arguments: [
        ("a", "Expected '=', found end of input"),
        ("a b=c", "Expected '=', found 'b'"),
        ("a=b,", "Expected a value after ','"),
        ("a='b", "Unterminated single-quoted value"),
        ("a=\"b", "Unterminated double-quoted value"),
        ("a=[b]\n", "Expected ',', found end of input"),
        ("a=\"b\"\u{200B}", "Expected ',', found U+200B"),
        ("a=\"b\"\t,", "Expected a value after ','"),
        ("a=[b\"]", "Expected ',', found '\"'"),
        (" a=b", "Expected '=', found 'a'"),
        ("a=\"b\" x", "Expected ',', found 'x'"),
        ("a=b\n,\n", "Expected a value after ','"),
        ("a=[\"x\"\n]y", "Expected ',', found 'y'"),
        ("a=[\"x\"\ny]", "Expected ',', found 'y'"),
        ("a={\"b\"=c}", "Expected '=', found '\"'"),
        ("a={b=c}\r\n", "Expected ',', found end of input"),
    ])
    func summaryIsOneLine(text: String, summary: String) throws {
        let e = try error(text)
        #expect(e.summary == summary)
        #expect(!e.summary.contains("\n"))
    }

    @Test func invisibleCharactersAreSpelledOut() throws {
        #expect(try error("a=[b]\u{0}").summary == "Expected ',', found U+0000")
        #expect(ShorthandParser.parse("a=\"b\"\n").error == nil)
        #expect(try error("a=\"b\"\nx").summary == "Expected ',', found 'x'")
        #expect(try error("a b").summary == "Expected '=', found 'b'")
        #expect(try error("a\tb").summary == "Expected '=', found 'b'")
        #expect(try error("a=\"b\"\u{3000}").summary == "Expected ',', found U+3000")
    }
}
