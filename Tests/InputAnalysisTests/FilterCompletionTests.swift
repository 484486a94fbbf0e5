import InputAnalysis
import InputSyntax
import ServiceModel
import TestSupport
import TextModel
import Testing

/// Completion of filter keys and values; each test applies the returned edit and compares the text.
@Suite struct FilterCompletionTests {
    static let ssm = (try? RepositoryFilters.knowledge("ssm")) ?? ServiceFilters(service: "ssm")

    func items(_ marked: MarkedText, _ operation: String, format: DocumentFormat = .json) throws -> [FilterCompletionItem] {
        let tree = try #require(TestSyntaxTree.parse(marked.text))
        return FilterCompletion.items(at: marked[1], in: tree, format: format, operation: operation, filters: Self.ssm)
    }

    func applying(_ item: FilterCompletionItem?, to marked: MarkedText) throws -> String {
        let item = try #require(item)
        return marked.source.applying([item.edit]).string
    }

    @Test func maintenanceWindowTaskInvocationsKeyIsStatus() throws {
        let marked = MarkedText("{\"Filters\": [{\"Key\": \"ST1️⃣\", \"Values\": []}],\r\n \"Comment\": \"é🎉\"}")
        let found = try items(marked, "DescribeMaintenanceWindowExecutionTaskInvocations")
        #expect(found.map(\.label) == ["STATUS"])
        #expect(found.map(\.kind) == [.key])
        #expect(
            try applying(found.first, to: marked)
                == "{\"Filters\": [{\"Key\": \"STATUS\", \"Values\": []}],\r\n \"Comment\": \"é🎉\"}")
    }

    @Test func maintenanceWindowTaskInvocationsStatusValues() throws {
        let marked = MarkedText("{\"Comment\": \"é🎉\",\r\n \"Filters\": [{\"Key\": \"STATUS\", \"Values\": [1️⃣]}]}")
        let found = try items(marked, "DescribeMaintenanceWindowExecutionTaskInvocations")
        #expect(found.map(\.label) == ["PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED"])
        #expect(found.allSatisfy { $0.kind == .value && $0.detail == nil })
        #expect(
            try applying(found.first { $0.label == "SUCCESS" }, to: marked)
                == "{\"Comment\": \"é🎉\",\r\n \"Filters\": [{\"Key\": \"STATUS\", \"Values\": [\"SUCCESS\"]}]}")
    }

    @Test func listCommandInvocationsKeys() throws {
        let marked = MarkedText("{\"Filters\": [{\"key\": 1️⃣\"\", \"value\": \"x\"}]}")
        let found = try items(marked, "ListCommandInvocations")
        #expect(found.map(\.label) == ["InvokedAfter", "InvokedBefore", "Status", "DocumentName"])
        #expect(found.map(\.detail) == ["timestamp", "timestamp", "enum", "string"])
        #expect(try applying(found[2], to: marked) == "{\"Filters\": [{\"key\": \"Status\", \"value\": \"x\"}]}")
    }

    @Test func listCommandInvocationsStatusValuesInAHalfWrittenEntry() throws {
        let marked = MarkedText("{\"Filters\": [{\"key\": \"Status\", \"value\": 1️⃣}]}")
        let found = try items(marked, "ListCommandInvocations")
        #expect(
            found.map(\.label) == [
                "Pending", "InProgress", "Delayed", "Success", "Cancelled", "Failed", "TimedOut", "AccessDenied",
                "DeliveryTimedOut", "ExecutionTimedOut", "Undeliverable", "InvalidPlatform", "Terminated",
            ])
        #expect(found.first { $0.label == "TimedOut" }?.documentation == "Both delivery and execution time-outs.")
        #expect(
            try applying(found.first { $0.label == "Delayed" }, to: marked)
                == "{\"Filters\": [{\"key\": \"Status\", \"value\": \"Delayed\"}]}")
    }

    @Test func listCommandsStatusValuesDiffer() throws {
        let marked = MarkedText("{\"Filters\": [{\"key\": \"Status\", \"value\": \"Su1️⃣\"}]}")
        let found = try items(marked, "ListCommands")
        #expect(found.count == 12)
        #expect(found.contains { $0.label == "NoInstancesInTag" })
        #expect(!found.contains { $0.label == "Delayed" })
    }

    @Test func prefixesAndExamplesAreOffered() throws {
        let keys = MarkedText("{\"Filters\": [{\"Key\": \"t1️⃣\", \"Values\": []}]}")
        let keyItems = try items(keys, "DescribeInstanceInformation")
        #expect(keyItems.last?.label == "tag:")
        #expect(keyItems.last?.kind == .keyPrefix)
        #expect(keyItems.last?.detail == "tag:<key>")
        let values = MarkedText("{\"Filters\": [{\"Key\": \"OWNER\", \"Values\": [\"A\", 1️⃣]}]}")
        let valueItems = try items(values, "DescribePatchBaselines")
        #expect(valueItems.map(\.label) == ["AWS", "Self"])
        #expect(valueItems.allSatisfy { $0.detail == "example" })
        #expect(try applying(valueItems.last, to: values) == "{\"Filters\": [{\"Key\": \"OWNER\", \"Values\": [\"A\", \"Self\"]}]}")
    }

    @Test func unknownKeysAndOtherPlacesGiveNothing() throws {
        #expect(try items(MarkedText("{\"Filters\": [{\"key\": \"Nope\", \"value\": 1️⃣}]}"), "ListCommands") == [])
        #expect(try items(MarkedText("{\"Comment\": 1️⃣\"x\", \"Filters\": []}"), "ListCommands") == [])
    }

    @Test func shorthandAndYAMLSpelling() throws {
        // `Key=STATUS,Values=` as the shorthand front end reads it: the values member is missing.
        let shorthand = MarkedText("Key=STATUS,Values=1️⃣")
        let value = SyntaxNode(
            .object([
                SyntaxMember(
                    key: "Key", keyRange: ByteRange(start: 0, end: 3),
                    value: SyntaxNode(.scalar(Scalar(.string("STATUS"), style: .plain)), range: ByteRange(start: 4, end: 10))),
                SyntaxMember(
                    key: "Values", keyRange: ByteRange(start: 11, end: 17),
                    value: SyntaxNode(.missing, range: .empty(at: shorthand[1]))),
            ]), range: ByteRange(start: 0, end: shorthand.text.utf8.count))
        let found = FilterCompletion.items(
            at: shorthand[1], in: value, format: .shorthand, operation: "DescribeMaintenanceWindowExecutionTasks",
            filters: Self.ssm, parameter: "Filters")
        #expect(found.count == 7)
        #expect(try applying(found.first { $0.label == "IN_PROGRESS" }, to: shorthand) == "Key=STATUS,Values=IN_PROGRESS")

        // YAML: plain where it reads back as the string, quoted otherwise, and the replaced scalar's quotes kept.
        let yaml = MarkedText("Filters:\r\n- Key: 1️⃣STA\r\n  Values: [é🎉]\r\n")
        let keyNode = SyntaxNode(.scalar(Scalar(.string("STA"), style: .plain)), range: ByteRange(start: yaml[1], end: yaml[1] + 3))
        let element = SyntaxNode(.scalar(Scalar(.string("é🎉"), style: .plain)), range: ByteRange(start: 33, end: 39))
        let entry = SyntaxNode(
            .object([
                SyntaxMember(key: "Key", keyRange: ByteRange(start: 12, end: 15), value: keyNode),
                SyntaxMember(
                    key: "Values", keyRange: ByteRange(start: 24, end: 30),
                    value: SyntaxNode(.array([element]), range: ByteRange(start: 32, end: 40))),
            ]), range: ByteRange(start: 12, end: 40))
        let root = SyntaxNode(
            .object([
                SyntaxMember(
                    key: "Filters", keyRange: ByteRange(start: 0, end: 7),
                    value: SyntaxNode(.array([entry]), range: ByteRange(start: 10, end: 40)))
            ]), range: ByteRange(start: 0, end: yaml.text.utf8.count))
        #expect(yaml.source.text(in: element.range) == "é🎉")
        #expect(yaml[1] == 17)
        let yamlItems = FilterCompletion.items(
            at: yaml[1] + 2, in: root, format: .yaml, operation: "DescribeMaintenanceWindowExecutionTasks", filters: Self.ssm)
        #expect(try applying(yamlItems.first, to: yaml) == "Filters:\r\n- Key: STATUS\r\n  Values: [é🎉]\r\n")
        let enabled = FilterCompletion.items(
            at: yaml[1] + 2, in: root, format: .yaml, operation: "DescribeMaintenanceWindows", filters: Self.ssm)
        #expect(enabled.map(\.edit.newText) == ["Name", "Enabled"])
    }
}
