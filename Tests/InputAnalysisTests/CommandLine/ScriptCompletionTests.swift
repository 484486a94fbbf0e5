import InputAnalysis
import ServiceModel
import TestSupport
import Testing
import TextModel

@Suite struct ScriptCompletionTests {
    static var models: ScriptCompletion.Models {
        ScriptCompletion.Models(
        services: CommandLineFixtures.lookup, filters: { CommandLineFixtures.catalog.filters(for: $0) },
        serviceNames: { CommandLineFixtures.catalog.listing().map(\.cliName) },
            commandNames: { CLICommandTable.commandNames(of: $0) })
    }

    static let task = "aws ssm describe-maintenance-window-execution-task-invocations "
        + "--window-execution-id 11111111-2222-3333-4444-555555555555 --task-id 11111111-2222-3333-4444-555555555555"

    func complete(_ marked: String, _ marker: Int = 1) -> (MarkedText, [CompletionItem]) {
        let text = MarkedText(marked)
        return (text, ScriptCompletion.complete(text.source, offset: text[marker], models: Self.models))
    }

    @Test func filterKeysInShorthand() {
        let (text, items) = complete("#!/bin/sh\r\necho é😀\r\n\(Self.task) --filters Key=1️⃣\r\n")
        // The only key the documentation gives for this operation.
        #expect(items.map(\.label) == ["STATUS"])
        #expect(items.allSatisfy { $0.edit.range == .empty(at: text[1]) })
    }

    @Test func statusValuesInShorthand() {
        let (text, items) = complete("\(Self.task) \\\r\n  --filters 'Key=STATUS,Values=SUCCESS,2️⃣I1️⃣N3️⃣'  # é😀\n")
        #expect(
            items.map(\.label)
                == ["PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED"])
        // The element under the cursor is replaced, nothing past it.
        #expect(items.first?.edit.range == ByteRange(start: text[2], end: text[3]))
    }

    @Test func filterKeysOfListCommandInvocations() {
        let (_, items) = complete("aws ssm list-command-invocations --filters key=1️⃣")
        // ExecutionStage is documented for ListCommands only.
        #expect(Set(items.map(\.label)) == ["InvokedAfter", "InvokedBefore", "Status", "DocumentName"])
    }

    @Test func optionNamesLeaveUsedOnesOutRequiredFirst() {
        let (text, items) = complete("aws ssm describe-maintenance-window-execution-task-invocations --task-id x --1️⃣")
        let labels = items.map(\.label)
        #expect(labels.contains("--window-execution-id"))
        #expect(labels.contains("--filters"))
        #expect(!labels.contains("--task-id"))
        #expect(labels.contains("--region"))
        let required = items.first { $0.label == "--window-execution-id" }
        let optional = items.first { $0.label == "--filters" }
        #expect((required?.sortText ?? "z") < (optional?.sortText ?? ""))
        #expect(items.allSatisfy { $0.edit.range == ByteRange(start: text[1] - 2, end: text[1]) })
    }

    @Test func servicesAndCommands() {
        let (_, services) = complete("aws --region eu-west-1 ss1️⃣")
        #expect(services.map(\.label).contains("ssm"))
        let (_, commands) = complete("aws ssm list-comm1️⃣ --output json")
        #expect(commands.map(\.label).contains("list-command-invocations"))
    }

    @Test func enumValuesOfAScalarOptionAndNewWords() {
        let (_, typed) = complete("aws ssm list-documents --document-filter-list key=Owner,value=x --max-results 5 1️⃣")
        #expect(typed.map(\.label).contains("--filters"))
        let (_, value) = complete("aws ssm create-document --content x --name n --document-format 1️⃣")
        #expect(value.map(\.label) == ["YAML", "JSON", "TEXT"])
        let (_, structure) = complete("aws ssm list-command-invocations --filters 1️⃣")
        // A list takes any number of words: its elements' keys first, then the other options.
        let sorted = structure.sorted { $0.sortText < $1.sortText }.map(\.label)
        #expect(Array(sorted.prefix(2)) == ["key=", "value="])
        #expect(sorted.contains("--command-id") && !sorted.contains("--filters"))
    }

    @Test func nothingOutsideAWSCommands() {
        #expect(complete("echo --fil1️⃣").1.isEmpty)
        #expect(complete("aws ssm list-commands\necho 1️⃣").1.isEmpty)
    }
}

@Suite struct ScriptAnalysisTests {
    @Test func findingsOnTheScriptsCharacters() {
        let text = MarkedText(
            "# é😀\r\naws ssm describe-maintenance-window-execution-task-invocations --window-execution-id x \\\r\n"
                + "  --task-id 11111111-2222-3333-4444-555555555555 --filters Key=STATUS,Values=1️⃣DONE2️⃣\r\n"
                + "aws ssm list-command-invocations --bogus 3️⃣\r\n")
        let analysis = ScriptAnalysis.analyze(
            text.source, services: CommandLineFixtures.lookup,
            filters: { CommandLineFixtures.catalog.filters(for: $0) }, files: nil, options: ValidationOptions())
        #expect(analysis.commands.count == 2)
        let value = analysis.findings.first { $0.code.rawValue == "filter-value" }
        #expect(value?.range == ByteRange(start: text[1], end: text[2]))
        #expect(analysis.findings.contains { $0.code == .minLength })
        #expect(analysis.findings.contains { $0.code.rawValue == "unknown-option" })
    }

    @Test func inputFileReferencesWithoutModels() {
        let source = SourceText(
            "aws --region x ssm list-command-invocations --cli-input-json file://inputs/list.json\n"
                + "aws ssm list-commands --cli-input-yaml=file://a.yaml --output json\n"
                + "aws ssm list-commands --cli-input-json \"file://$DIR/a.json\"\n")
        let references = ScriptAnalysis.inputFileReferences(in: source, version: .v2)
        #expect(references.map(\.path) == ["inputs/list.json", "a.yaml"])
        #expect(references.map(\.operation) == ["list-command-invocations", "list-commands"])
        #expect(references.map(\.format) == [.json, .yaml])
    }

    @Test func longCommandsAreALimitFinding() {
        let long = "aws ssm list-commands --command-id " + String(repeating: "x", count: ScriptAnalysis.maxCommandBytes)
        let analysis = ScriptAnalysis.analyze(
            SourceText(long), services: CommandLineFixtures.lookup, filters: nil, files: nil,
            options: ValidationOptions())
        #expect(analysis.findings.map(\.code) == [.limit])
        #expect(analysis.findings.first?.range == ByteRange(start: 0, end: 3))
    }
}

@Suite struct ScriptAnalysisCacheTests {
    static func analyze(_ text: String, cache: inout ScriptAnalysis.Cache) -> ScriptAnalysis {
        ScriptAnalysis.analyze(
            SourceText(text), services: CommandLineFixtures.lookup,
            filters: { CommandLineFixtures.catalog.filters(for: $0) }, files: nil, options: ValidationOptions(),
            cache: &cache)
    }

    /// An edit in one command gives the same findings as a fresh analysis, moved with the text.
    @Test func cachedCommandsMoveWithTheText() {
        let first = "aws ssm list-command-invocations --filters key=Status,value=Nope\n"
        let second = "aws ssm describe-maintenance-window-execution-task-invocations --window-execution-id x --task-id y\n"
        var cache = ScriptAnalysis.Cache()
        _ = Self.analyze("# é😀\r\n" + first + second, cache: &cache)
        let edited = "# é😀 edited, longer\r\n" + first + "echo between\n" + second + first
        let cached = Self.analyze(edited, cache: &cache)
        let fresh = ScriptAnalysis.analyze(
            SourceText(edited), services: CommandLineFixtures.lookup,
            filters: { CommandLineFixtures.catalog.filters(for: $0) }, files: nil, options: ValidationOptions())
        #expect(cached.findings.map(\.range) == fresh.findings.map(\.range))
        #expect(cached.findings.map(\.message) == fresh.findings.map(\.message))
        #expect(cached.findings.count == 2 * 1 + 4)
    }
}
