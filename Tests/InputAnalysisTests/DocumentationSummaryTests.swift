import InputAnalysis
import Testing

@Suite struct DocumentationSummaryTests {
    @Test(arguments: [
        ("<p>The ID of the task.</p>", "The ID of the task."),
        ("e.g. i-123", "e."),
        ("Note: x", "Note."),
        ("https://example.com", "https."),
        ("", ""),
        (".leading dot", ""),
        (" ContinuationToken indicates.", " ContinuationToken indicates."),
        ("<p>A &amp; B &lt;c&gt; &#65;&#x42;.</p>", "A & B <c> AB."),
        // Not well-formed XML: the raw text, tags included.
        ("<p>Fish & chips.</p>", "<p>Fish & chips."),
        ("<p>One<br>two.</p>", "<p>One<br>two."),
        ("<p>Use &nbsp; here.</p>", "<p>Use &nbsp; here."),
        ("Line one\nline two.", "Line one line two."),
        ("Line\u{2028}two.", "Line two."),
        ("<a href=\"https://x.y/z\">Link</a> text. More.", "Link text."),
        ("<![CDATA[raw <b>]]> end.", "raw <b> end."),
        ("<p>Keep\r\nCRLF.</p>", "Keep CRLF."),
    ])
    func firstSentence(html: String, expected: String) {
        #expect(DocumentationSummary.firstSentence(html) == expected)
    }

    @Test func plainTextCollapsesWhitespace() {
        #expect(DocumentationSummary.plainText("<p>One\n  <code>two</code></p>") == "One two")
    }
}
