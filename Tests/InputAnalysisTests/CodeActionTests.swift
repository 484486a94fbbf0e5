import InputAnalysis
import InputSyntax
import ServiceModel
import TestSupport
import Testing
import TextModel

@Suite struct CodeActionTests {
    let ssm: Service
    let filters: ServiceFilters

    init() throws {
        ssm = try RepositoryFilters.model("ssm")
        filters = try RepositoryFilters.knowledge("ssm")
    }

    func actions(_ text: String, _ format: DocumentFormat, operation: String = "describe-maintenance-window-execution-task-invocations",
        at offset: Int? = nil) throws -> (SourceText, [CodeActionCandidate])
    {
        let source = SourceText(text)
        let op = try #require(ssm.operation(cliName: operation))
        let target = DocumentAnalysis.Target(service: ssm, operation: op, filters: filters)
        let result = DocumentAnalysis.analyze(source, format: format, target: target)
        let range = offset.map { ByteRange.empty(at: $0) } ?? ByteRange(start: 0, end: source.count)
        return (source, QuickFixes.actions(
            for: result.findings, touching: range, source: source, format: format, parse: result.parse, target: target))
    }

    func apply(_ action: CodeActionCandidate, _ source: SourceText) -> String {
        source.applying(action.edits).string
    }

    @Test func renameAnUnknownMember() throws {
        let (source, found) = try actions(#"{"WindowExecutionId": "x", "TaskID": "y"}"#, .json)
        let rename = try #require(found.first { $0.title == "Change to TaskId" })
        #expect(apply(rename, source) == #"{"WindowExecutionId": "x", "TaskId": "y"}"#)
        let remove = try #require(found.first { $0.title == "Remove TaskID" })
        #expect(apply(remove, source) == #"{"WindowExecutionId": "x"}"#)
    }

    @Test func removeAMemberAndItsComma() throws {
        let (source, found) = try actions("{\n  \"Bogus\": 1,\n  \"TaskId\": \"y\"\n}", .json)
        let remove = try #require(found.first { $0.title == "Remove Bogus" })
        #expect(apply(remove, source).hasPrefix("{\n  \"TaskId\""))
    }

    @Test func addMissingRequiredMembersInJSON() throws {
        let (source, found) = try actions("{\n    \"MaxResults\": 10\n}", .json)
        let add = try #require(found.first { $0.title == "Add the 2 missing required members" })
        #expect(apply(add, source) == "{\n    \"WindowExecutionId\": \"\",\n    \"TaskId\": \"\",\n    \"MaxResults\": 10\n}")
        #expect(add.isPreferred)
    }

    @Test func addMissingRequiredMembersInYAML() throws {
        let (source, found) = try actions("MaxResults: 10\r\nFilters:\r\n  - Key: STATUS\r\n", .yaml)
        let add = try #require(found.first { $0.title.hasPrefix("Add") })
        #expect(apply(add, source).hasPrefix("WindowExecutionId: ''\nTaskId: ''\nMaxResults: 10"))
    }

    @Test func filterValueFixKeepsTheQuotes() throws {
        let (source, found) = try actions(
            #"{"WindowExecutionId": "é", "TaskId": "😀", "Filters": [{"Key": "STATUS", "Values": ["success"]}]}"#, .json)
        let fix = try #require(found.first { $0.title == "Change to SUCCESS" })
        #expect(apply(fix, source).contains(#"["SUCCESS"]"#))
    }

    @Test func quoteAYAMLScalar() throws {
        let (source, found) = try actions("WindowExecutionId: 123\nTaskId: x\n", .yaml)
        let quote = try #require(found.first { $0.title == "Write '123'" })
        #expect(apply(quote, source) == "WindowExecutionId: '123'\nTaskId: x\n")
    }

    @Test func skeletonIntoAnEmptyDocumentKeepsTheModeline() throws {
        let source = SourceText("# cli-input: ssm list-command-invocations\n\n")
        let op = try #require(ssm.operation(cliName: "list-command-invocations"))
        let parse = DocumentAnalysis.parse(source, format: .yaml)
        let refactorings = Refactorings.actions(
            source: source, format: .yaml, parse: parse, target: .init(service: ssm, operation: op), fileName: "x.yaml")
        let insert = try #require(refactorings.first { $0.title.hasPrefix("Insert the skeleton") })
        #expect(source.applying(insert.edits).string.hasPrefix("# cli-input: ssm list-command-invocations\nCommandId: ''"))
    }

    @Test func convertJSONToYAMLAndBack() throws {
        let json = """
            {
                "Name": "é😀",
                "Count": 5,
                "On": true,
                "List": [
                    "yes",
                    "1.0",
                    {
                        "A": null
                    }
                ]
            }

            """
        let source = SourceText(json)
        let parse = DocumentAnalysis.parse(source, format: .json)
        let toYAML = try #require(Refactorings.actions(source: source, format: .json, parse: parse, target: nil,
            fileName: "in.json").first?.fileChange)
        #expect(toYAML.path == "in.yaml")
        #expect(toYAML.text == "Name: é😀\nCount: 5\nOn: true\nList:\n- yes\n- '1.0'\n- A: null\n")
        let back = SourceText(toYAML.text)
        let backParse = DocumentAnalysis.parse(back, format: .yaml)
        let toJSON = try #require(Refactorings.actions(source: back, format: .yaml, parse: backParse, target: nil,
            fileName: "in.yaml").first?.fileChange)
        #expect(toJSON.text == json)
    }

    @Test func associationSuggestionsRankByMembers() throws {
        let index = try #require(OperationIndex.load(schemas: RepositoryFilters.schemas))
        let parse = DocumentAnalysis.parse(SourceText(#"{"WindowExecutionId": "x", "TaskId": "y", "Filters": []}"#), format: .json)
        let found = AssociationSuggestions.actions(
            parse: parse, format: .json, index: index, relativePath: "jobs/a.json", workspaceFile: nil)
        #expect(found.first?.title.contains("ssm describe-maintenance-window-execution-task") == true)
        #expect(found.first?.fileChange?.text.hasPrefix("associations:\n  jobs/a.json: ssm describe-maintenance-window-execution-task") == true)
        #expect(AssociationSuggestions.addingAssociation(to: "models: [m]\nassociations:\n  a.json: ssm x\n",
            glob: "b.json", operation: "ssm y") == "models: [m]\nassociations:\n  b.json: ssm y\n  a.json: ssm x\n")
    }

    @Test func outlineAndFolding() {
        let source = SourceText("Filters:\n  - Key: STATUS\n    Values:\n      - SUCCESS\nMaxResults: 10\n")
        let parse = DocumentAnalysis.parse(source, format: .yaml)
        let symbols = DocumentOutline.symbols(parse.root)
        #expect(symbols.map(\.name) == ["Filters", "MaxResults"])
        #expect(symbols[0].children.first?.children.map(\.name) == ["Key", "Values"])
        let folds = DocumentOutline.foldingRanges(parse.root, source: source)
        #expect(folds.contains { $0.startLine == 0 && $0.endLine == 3 })
    }
}
