import InputAnalysis
import ServiceModel
import TestSupport
import Testing

@Suite struct FilterHoverTests {
    static let ssm = (try? RepositoryFilters.knowledge("ssm")) ?? ServiceFilters(service: "ssm")

    func hover(_ marked: MarkedText, _ operation: String) throws -> FilterHoverInfo? {
        let tree = try #require(TestSyntaxTree.parse(marked.text))
        return FilterHover.info(at: marked[1], in: tree, operation: operation, filters: Self.ssm)
    }

    @Test func keyHoverNamesTypeDescriptionAndValues() throws {
        let marked = MarkedText("{\"Comment\": \"é🎉\",\r\n \"Filters\": [{\"key\": 0️⃣\"Sta1️⃣tus\"2️⃣, \"value\": \"Success\"}]}")
        let info = try #require(try hover(marked, "ListCommandInvocations"))
        #expect(info.range == marked.range(0, 2))
        #expect(info.text.hasPrefix("`Status`: filter key of ListCommandInvocations (one of 13 values)."))
        #expect(info.text.contains("`Delayed`"))
    }

    @Test func valueHoverNamesItsKey() throws {
        let marked = MarkedText("{\"Filters\": [{\"key\": \"Status\", \"value\": 0️⃣\"Timed1️⃣Out\"2️⃣}]}")
        let info = try #require(try hover(marked, "ListCommandInvocations"))
        #expect(info.range == marked.range(0, 2))
        #expect(info.text.hasPrefix("`TimedOut`: a value of filter key `Status` of ListCommandInvocations."))
        #expect(info.text.contains("Both delivery and execution time-outs."))
    }

    @Test func prefixHoverAndNothingElsewhere() throws {
        let tag = MarkedText("{\"Filters\": [{\"Key\": \"tag:Ow1️⃣ner\", \"Values\": [\"x\"]}]}")
        #expect(try hover(tag, "DescribeInstanceInformation")?.text.hasPrefix("`tag:<key>`: parametric filter key") == true)
        let unknown = MarkedText("{\"Filters\": [{\"Key\": \"No1️⃣pe\", \"Values\": [\"x\"]}]}")
        #expect(try hover(unknown, "DescribeInstanceInformation") == nil)
    }
}
