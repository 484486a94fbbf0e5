import InputAnalysis
import InputSyntax
import ServiceModel
import TestSupport
import TextModel
import Testing

/// The filter rule on the seeds' operations: exact ranges and paths, messages, suggestions, shorthand.
@Suite struct FilterRuleTests {
    static let ssm = (try? RepositoryFilters.knowledge("ssm")) ?? ServiceFilters(service: "ssm")

    func findings(_ marked: MarkedText, _ operation: String) throws -> [Finding] {
        let tree = try #require(TestSyntaxTree.parse(marked.text))
        return FilterRule.findings(in: tree, operation: operation, filters: Self.ssm)
    }

    @Test func wrongCaseValueAndUnknownKeyInListCommandInvocations() throws {
        let marked = MarkedText(
            "{\"Comment\": \"café 🎉\",\r\n \"Filters\": [\r\n"
                + "  {\"key\": \"DocumentName\", \"value\": \"café-🎉\"},\r\n"
                + "  {\"key\": \"Status\", \"value\": 1️⃣\"success\"2️⃣},\r\n"
                + "  {\"key\": 3️⃣\"ExecutionStage\"4️⃣, \"value\": \"Executing\"},\r\n"
                + "  {\"key\": 5️⃣\"Statsu\"6️⃣, \"value\": \"Pending\"},\r\n"
                + "  {\"key\": \"InvokedAfter\", \"value\": 7️⃣\"last week\"8️⃣}\r\n]}")
        let found = try findings(marked, "ListCommandInvocations")
        try #require(found.count == 4)
        #expect(found[0].code == .filterValue)
        #expect(found[0].range == marked.range(1, 2))
        #expect(found[0].path.description == "Filters[1].value")
        #expect(found[0].suggestions == ["Success"])
        #expect(found[0].severity == .warning)

        #expect(found[1].code == .filterKey)
        #expect(found[1].range == marked.range(3, 4))
        #expect(found[1].path.description == "Filters[2].key")
        #expect(found[1].message == "'ExecutionStage' is a filter key of ListCommands, not of ListCommandInvocations")

        #expect(found[2].code == .filterKey)
        #expect(found[2].range == marked.range(5, 6))
        #expect(found[2].suggestions.first == "Status")
        #expect(found[2].message.contains("documented keys: InvokedAfter, InvokedBefore, Status, DocumentName"))

        #expect(found[3].code == .filterValue)
        #expect(found[3].range == marked.range(7, 8))
        #expect(found[3].message.contains("ISO 8601"))
        // The ranges are byte ranges: the emoji and é before them count as 4 and 2 bytes.
        #expect(marked.source.text(in: found[0].range) == "\"success\"")
        #expect(marked.source.position(of: found[0].range.start, in: .utf16).line == 3)
    }

    @Test func maintenanceWindowStatusSuggestsUppercase() throws {
        let marked = MarkedText(
            "{\"WindowExecutionId\": \"é🎉\", \"TaskId\": \"t\",\r\n"
                + " \"Filters\": [{\"Key\": \"STATUS\", \"Values\": [\"PENDING\", 1️⃣\"success\"2️⃣, 3️⃣\"SUCCES\"4️⃣]}]}")
        let found = try findings(marked, "DescribeMaintenanceWindowExecutionTaskInvocations")
        #expect(found.map(\.range) == [marked.range(1, 2), marked.range(3, 4)])
        #expect(found.map(\.path.description) == ["Filters[0].Values[1]", "Filters[0].Values[2]"])
        #expect(found.map { $0.suggestions.first } == ["SUCCESS", "SUCCESS"])
        #expect(found[1].message.hasPrefix("'SUCCES' is not a value of filter key STATUS; allowed: PENDING, IN_PROGRESS"))
    }

    @Test func keyDocumentedForAnotherOperation() throws {
        let marked = MarkedText("{\"Path\": \"/é\", \"ParameterFilters\": [{\"Key\": 1️⃣\"Tier\"2️⃣, \"Values\": [\"Standard\"]}]}")
        let found = try findings(marked, "GetParametersByPath")
        #expect(found.count == 1)
        #expect(found.first?.message == "'Tier' is a filter key of DescribeParameters, not of GetParametersByPath")
        #expect(found.first?.range == marked.range(1, 2))
    }

    @Test func parametricKeysAndWildcardsAreAccepted() throws {
        let marked = MarkedText(
            "{\"Filters\": [{\"Key\": \"tag:Environment\", \"Values\": [\"prod 🎉\"]},\r\n"
                + " {\"Key\": \"PingStatus\", \"Values\": [\"Onl*\"]}, {\"Key\": \"PingStatus\", \"Values\": [1️⃣\"Off*\"2️⃣]}]}")
        let found = try findings(marked, "DescribeInstanceInformation")
        #expect(found.map(\.range) == [marked.range(1, 2)])
        #expect(found.first?.message.contains("matches no value") == true)
    }

    @Test func booleanKeysReadTrueInAnyCaseWhenDocumentedSo() throws {
        let ok = MarkedText("{\"Filters\": [{\"Key\": \"Enabled\", \"Values\": [\"True\", \"false\"]}]}")
        #expect(try findings(ok, "DescribeMaintenanceWindows") == [])
        let bad = MarkedText("{\"Filters\": [{\"Key\": \"Enabled\", \"Values\": [1️⃣\"yes\"2️⃣]}]}")
        #expect(try findings(bad, "DescribeMaintenanceWindows").map(\.range) == [bad.range(1, 2)])
    }

    @Test func halfWrittenAndNonStringEntriesAreLeftAlone() throws {
        let marked = MarkedText("{\"Filters\": [{\"Key\": , \"Values\": [\"x\"]}, {\"Key\": 3, \"Values\": [true]}, {\"Values\": []}]}")
        #expect(try findings(marked, "DescribeMaintenanceWindowExecutionTasks") == [])
    }

    @Test func operationsWithoutKnowledgeGiveNothing() throws {
        let marked = MarkedText("{\"Filters\": [{\"Key\": \"anything\", \"Values\": [\"x\"]}]}")
        #expect(try findings(marked, "GetOpsSummary") == [])
        #expect(try findings(marked, "NoSuchOperation") == [])
    }

    /// `--filters Key=STATUS,Values=SUCCES`: the shorthand front end's tree for the argument's value.
    @Test func shorthandArgument() throws {
        let marked = MarkedText("1️⃣Key2️⃣=3️⃣STATUS4️⃣,5️⃣Values6️⃣=7️⃣SUCCES8️⃣")
        func plain(_ text: String, _ from: Int, _ to: Int) -> SyntaxNode {
            SyntaxNode(.scalar(Scalar(.string(text), style: .plain)), range: marked.range(from, to))
        }
        let value = SyntaxNode(
            .object([
                SyntaxMember(key: "Key", keyRange: marked.range(1, 2), value: plain("STATUS", 3, 4)),
                SyntaxMember(key: "Values", keyRange: marked.range(5, 6), value: plain("SUCCES", 7, 8)),
            ]), range: ByteRange(start: 0, end: marked.text.utf8.count))
        let found = FilterRule.findings(
            inParameter: "Filters", value: value, operation: "DescribeMaintenanceWindowExecutionTasks", filters: Self.ssm)
        #expect(found.map(\.code) == [.filterValue])
        #expect(found.first?.range == marked.range(7, 8))
        #expect(found.first?.path.description == "Filters[0].Values[0]")
        #expect(found.first?.suggestions == ["SUCCESS"])
        let otherParameter = FilterRule.findings(
            inParameter: "WindowExecutionId", value: value, operation: "DescribeMaintenanceWindowExecutionTasks",
            filters: Self.ssm)
        #expect(otherParameter == [])
    }

    @Test func extractedKnowledgeWorksTheSameWay() throws {
        let ec2 = try RepositoryFilters.knowledge("ec2")
        let marked = MarkedText(
            "{\"Filters\": [{\"Name\": \"instance-state-name\", \"Values\": [\"running\", 1️⃣\"Running\"2️⃣, \"stop*\"]},\r\n"
                + " {\"Name\": \"tag:Name\", \"Values\": [\"café\"]}, {\"Name\": 3️⃣\"instance-state\"4️⃣, \"Values\": [\"x\"]}]}")
        let tree = try #require(TestSyntaxTree.parse(marked.text))
        let found = FilterRule.findings(in: tree, operation: "DescribeInstances", filters: ec2)
        #expect(found.map(\.range) == [marked.range(1, 2), marked.range(3, 4)])
        #expect(found.first?.suggestions == ["running"])
        #expect(found.last?.suggestions.contains("instance-state-name") == true)
    }

    @Test func findingCodesAreDeclared() {
        #expect(FindingCode.filterKey.rawValue == "filter-key")
        #expect(FindingCode.filterValue.rawValue == "filter-value")
        #expect(FindingCode.filterKey.defaultSeverity == .warning)
        #expect(!FindingCode.filterKey.isCLIVerdict && !FindingCode.filterValue.isCLIVerdict)
    }
}
