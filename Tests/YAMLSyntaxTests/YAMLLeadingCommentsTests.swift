import Testing
import TestSupport
import TextModel
import YAMLSyntax

@Suite struct YAMLLeadingCommentsTests {
    @Test func commentsBeforeTheFirstContentLine() {
        let fixture = MarkedText(
            "\u{FEFF}1️⃣# cli-input: ssm list-command-invocations2️⃣  \r\n\r\n  3️⃣#aws ssm list-command-invocations --details é😀4️⃣\r\nFilters: [] # not leading\r\n# after content\r\n")
        let comments = YAMLLeadingComments.scan(fixture.source)
        #expect(comments == [
            YAMLComment(text: "cli-input: ssm list-command-invocations", range: fixture.range(1, 2)),
            YAMLComment(text: "aws ssm list-command-invocations --details é😀", range: fixture.range(3, 4)),
        ])
    }

    @Test func scanningStopsAtContentDocumentMarkersAndTheLineLimit() {
        #expect(YAMLLeadingComments.scan(SourceText("---\n# later\n")).isEmpty)
        #expect(YAMLLeadingComments.scan(SourceText("%YAML 1.2\n# later\n")).isEmpty)
        let many = String(repeating: "\n", count: 10) + "# line 11\n"
        #expect(YAMLLeadingComments.scan(SourceText(many)).isEmpty)
        #expect(YAMLLeadingComments.scan(SourceText(many), maxLines: 11).map(\.text) == ["line 11"])
        #expect(YAMLLeadingComments.scan(SourceText("#\n#   \n")).map(\.text) == ["", ""])
        #expect(YAMLLeadingComments.scan(SourceText("")).isEmpty)
    }
}
