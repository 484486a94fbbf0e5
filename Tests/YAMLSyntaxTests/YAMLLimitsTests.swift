import Foundation
import InputSyntax
import Testing
import TextModel
import YAMLSyntax

/// Inputs built to exhaust time, memory or the stack: each gives one `limit` diagnostic, quickly.
@Suite struct YAMLLimitsTests {
    static let billionLaughs = """
        a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
        """

    @Test func billionLaughsStopsAtTheExpansionLimit() {
        let clock = ContinuousClock()
        var result: ParseResult?
        let elapsed = clock.measure { result = YAMLParser.parse(SourceText(Self.billionLaughs)) }
        let diagnostics = result?.diagnostics ?? []
        #expect(diagnostics.map(\.code) == [SyntaxDiagnostic.Code.limit])
        // A guard against expanding the whole billion (which would take minutes), not a speed goal.
        #expect(elapsed < .seconds(5), "took \(elapsed)")
        // The limit is reported on the alias that crossed it, line f (the sixth).
        let source = SourceText(Self.billionLaughs)
        #expect(diagnostics.first.map { source.text(in: $0.range) } == "*e")
    }

    @Test func aliasesBelowTheLimitExpand() throws {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        let result = YAMLParser.parse(SourceText(text))
        #expect(result.diagnostics.isEmpty)
        let b = try #require(result.root?.member("b")?.value.elements)
        #expect(b.count == 2)
        #expect(b.allSatisfy { $0.elements?.count == 3 })
    }

    @Test(arguments: ["[", "{a: "])
    func deepFlowNestingGivesOneLimit(opener: String) {
        let text = String(repeating: opener, count: 100_000)
        let result = YAMLParser.parse(SourceText(text))
        #expect(result.diagnostics.map(\.code) == [SyntaxDiagnostic.Code.limit])
        let offset = opener.utf8.count * SyntaxLimits.maxNestingDepth
        #expect(result.diagnostics.first?.range.start == offset)
        #expect(result.root != nil)
    }

    @Test func deepBlockNestingGivesOneLimit() {
        var text = ""
        for depth in 0..<2_000 { text += String(repeating: " ", count: depth) + "k:\n" }
        let result = YAMLParser.parse(SourceText(text))
        #expect(result.diagnostics.map(\.code) == [SyntaxDiagnostic.Code.limit])
    }

    @Test func deepCompactSequencesGiveOneLimit() {
        let text = String(repeating: "- ", count: 5_000) + "x\n"
        let result = YAMLParser.parse(SourceText(text))
        #expect(result.diagnostics.map(\.code) == [SyntaxDiagnostic.Code.limit])
    }

    @Test func nestingAtTheLimitIsRead() {
        let depth = SyntaxLimits.maxNestingDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let result = YAMLParser.parse(SourceText(text))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func bracketsInsideScalarsDoNotCountAsNesting() {
        let text = "a: x" + String(repeating: "[", count: 2_000) + "\nb: '" + String(repeating: "{", count: 2_000) + "'\n"
        let result = YAMLParser.parse(SourceText(text))
        #expect(result.diagnostics.isEmpty)
        #expect(result.root?.members?.count == 2)
    }
}
