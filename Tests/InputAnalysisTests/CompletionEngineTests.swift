import InputAnalysis
import InputSyntax
import ServiceModel
import TestSupport
import Testing
import TextModel

/// Completion on marked fixtures (`1️⃣` is the cursor), with the edits applied and the resulting text compared.
@Suite struct CompletionEngineTests {
    let ssm: Service
    let filters: ServiceFilters

    init() throws {
        ssm = try RepositoryFilters.model("ssm")
        filters = try RepositoryFilters.knowledge("ssm")
    }

    func complete(_ marked: String, _ format: DocumentFormat, _ operation: String) throws -> (MarkedText, [CompletionItem]) {
        let text = MarkedText(marked)
        let op = try #require(ssm.operation(cliName: operation))
        let items = CompletionEngine.complete(
            text.source, format: format, offset: text[1],
            target: .init(service: ssm, operation: op, filters: filters))
        return (text, items)
    }

    func applying(_ item: CompletionItem, to text: MarkedText) -> String {
        text.source.applying([item.edit]).string
    }

    let window = "describe-maintenance-window-execution-task-invocations"
    let invocations = "list-command-invocations"
    let statuses = ["PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED"]

    @Test func statusValuesInAJSONValuesArray() throws {
        let (text, items) = try complete(#"{"Filters": [{"Key": "STATUS", "Values": ["1️⃣"]}]}"#, .json, window)
        #expect(items.map(\.label) == statuses)
        #expect(applying(items[2], to: text) == #"{"Filters": [{"Key": "STATUS", "Values": ["SUCCESS"]}]}"#)
    }

    @Test func statusValuesInAHalfWrittenYAMLDocument() throws {
        let (text, items) = try complete("Filters:\r\n  - Key: STATUS\r\n    Values:\r\n      - SUC1️⃣", .yaml, window)
        #expect(items.map(\.label) == statuses)
        #expect(applying(items[2], to: text).hasSuffix("      - SUCCESS"))
    }

    @Test func filterKeyInJSON() throws {
        let (_, items) = try complete(#"{"Filters": [{"Key": "1️⃣"#, .json, window)
        #expect(items.map(\.label) == ["STATUS"])
    }

    @Test func listCommandInvocationsStatusValues() throws {
        let (_, keys) = try complete(#"{"Filters": [{"key": "1️⃣"}]}"#, .json, invocations)
        #expect(keys.map(\.label).contains("Status"))
        #expect(!keys.map(\.label).contains("ExecutionStage"))
        let (_, values) = try complete("Filters:\n  - key: Status\n    value: 1️⃣\n", .yaml, invocations)
        #expect(values.count == 13)
        #expect(values.first?.label == "Pending")
    }

    @Test func membersInAnEmptyJSONObjectRequiredFirst() throws {
        let (text, items) = try complete("{1️⃣}", .json, window)
        #expect(items.map(\.label) == ["WindowExecutionId", "TaskId", "Filters", "MaxResults", "NextToken"])
        #expect(items[0].sortText < items[2].sortText)
        #expect(applying(items[0], to: text) == #"{"WindowExecutionId": ""}"#)
        #expect(items[0].snippet == #""WindowExecutionId": "$1""#)
    }

    @Test func presentMembersAreLeftOutAndACommaIsAdded() throws {
        let (text, items) = try complete(#"{"MaxResults": 10 1️⃣}"#, .json, window)
        #expect(!items.map(\.label).contains("MaxResults"))
        let filters = try #require(items.first { $0.label == "Filters" })
        #expect(applying(filters, to: text) == #"{"MaxResults": 10 , "Filters": [{"Key":"","Values":[""]}]}"#)
    }

    @Test func aKeyBeingTypedIsReplaced() throws {
        let (text, items) = try complete(#"{"Task1️⃣"#, .json, window)
        let task = try #require(items.first { $0.label == "TaskId" })
        #expect(applying(task, to: text) == #"{"TaskId": """#)
    }

    @Test func yamlKeyBeingTyped() throws {
        let (text, items) = try complete("MaxResults: 10\né: 1\nWind1️⃣", .yaml, window)
        let first = try #require(items.first)
        #expect(first.label == "WindowExecutionId")
        #expect(applying(first, to: text) == "MaxResults: 10\né: 1\nWindowExecutionId: ''")
    }

    @Test func yamlBlankLineInsideAListItem() throws {
        let (_, items) = try complete("Filters:\n  - Key: STATUS\n    1️⃣\nMaxResults: 10\n", .yaml, window)
        #expect(items.map(\.label) == ["Values"])
    }

    @Test func emptyYAMLDocumentOffersTheInput() throws {
        let (_, items) = try complete("# cli-input: ssm \(window)\n1️⃣", .yaml, window)
        #expect(items.first?.label == "WindowExecutionId")
    }

    @Test func booleansAndEnums() throws {
        let (_, booleans) = try complete(#"{"Details": 1️⃣}"#, .json, invocations)
        #expect(booleans.map(\.label) == ["true", "false"])
        let (text, keys) = try complete("Filters:\n- key: 1️⃣\n", .yaml, invocations)
        #expect(keys.map(\.label).contains("InvokedAfter"))
        #expect(keys.allSatisfy { !applying($0, to: text).contains("\"") })
    }

    @Test func editsNeverReachPastTheLine() throws {
        let (text, items) = try complete("{\"Filters\": [{\"Key\": \"STATUS\", \"Values\": [\"1️⃣\n]}]}", .json, window)
        for item in items {
            let line = text.source.line(containing: text[1])
            #expect(text.source.line(containing: item.edit.range.end) == line)
        }
    }
}
