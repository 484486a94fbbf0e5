import InputAnalysis
import InputSyntax
import JSONSyntax
import ServiceModel
import TestSupport
import Testing
import TextModel
import YAMLSyntax

/// Validation findings on marked fixtures: `1️⃣…2️⃣` delimit the expected range of the first finding checked.
@Suite struct InputValidatorTests {
    let service: Service

    init() throws {
        service = try SyntheticModels.service(ValidationModel.json, name: "validation")
    }

    func findings(
        _ text: String, format: DocumentFormat = .json, operation: String = "Put", version: CLIVersion = .v2
    ) throws -> [Finding] {
        let source = SourceText(text)
        let op = try #require(service.operation(named: operation))
        return DocumentAnalysis.analyze(
            source, format: format, target: .init(service: service, operation: op),
            options: ValidationOptions(cliVersion: version)
        ).findings
    }

    func codes(_ found: [Finding]) -> [String] { found.map(\.code.rawValue) }

    @Test func validDocumentHasNoFindings() throws {
        let found = try findings(#"{"Name": "abc", "Count": 5, "Tags": {"ab": "x"}, "Items": [{"Id": "1"}]}"#)
        #expect(found.isEmpty)
    }

    @Test func missingRequiredCoversTheObjectAndNamesTheMember() throws {
        let marked = MarkedText(#"{"Items": [1️⃣{"N": 2}2️⃣], "Name": "abcd"}"#)
        let found = try findings(marked.text)
        let finding = try #require(found.first { $0.code == .missingRequired })
        #expect(finding.range == marked.range(1, 2))
        #expect(finding.member == "Id")
        #expect(finding.path.description == "Items[0]")
        // The idempotency token is required in the model but filled in by botocore.
        #expect(!found.contains { $0.member == "Token" })
    }

    @Test func topLevelMissingRequiredHasPathInput() throws {
        let found = try findings("{}")
        #expect(found.map { "\($0.code) \($0.path) \($0.member ?? "")" } == ["missing-required input Name"])
    }

    @Test func unknownMemberPointsAtTheKeyWithSuggestions() throws {
        let marked = MarkedText(#"{"Name": "abcd", 1️⃣"Cuont"2️⃣: 3, "é😀": 1}"#)
        let found = try findings(marked.text)
        let unknown = found.filter { $0.code == .unknownMember }
        #expect(unknown.count == 2)
        #expect(unknown[0].range == marked.range(1, 2))
        #expect(unknown[0].member == "Cuont")
        #expect(unknown[0].suggestions.first == "Count")
        #expect(unknown[1].member == "é😀")
    }

    @Test(arguments: [
        (#"{"Name": "abcd", "Count": null}"#, ["invalid-type"]),
        (#"{"Name": "abcd", "Count": "5"}"#, ["invalid-type"]),
        (#"{"Name": "abcd", "Count": 5.0}"#, ["invalid-type"]),
        (#"{"Name": "abcd", "Count": true}"#, ["bool-as-number"]),
        (#"{"Name": "abcd", "Ratio": 2}"#, []),
        (#"{"Name": "abcd", "Ratio": false}"#, ["bool-as-number", "min-value"]),
        (#"{"Name": "abcd", "Enabled": "true"}"#, ["invalid-type"]),
        (#"{"Name": "abcd", "Data": 5}"#, ["invalid-type"]),
        (#"{"Name": "abcd", "Data": "aGk="}"#, []),
        (#"{"Name": "abcd", "Items": {"Id": "x"}}"#, ["invalid-type"]),
        (#"{"Name": "abcd", "Tags": ["x"]}"#, ["invalid-type"]),
        (#"{"Name": 5}"#, ["invalid-type"]),
        (#"{"Name": "abcd", "Doc": {"any": [1, "x", null, {"deep": true}]}}"#, []),
        (#"{"Name": "abcd", "Meta": {"k": [1, 2]}}"#, []),
        (#"{"Name": "abcd", "When": null}"#, ["invalid-type"]),
        (#"[1, 2]"#, ["invalid-type"]),
    ])
    func typeVerdictsFollowBotocore(text: String, expected: [String]) throws {
        #expect(codes(try findings(text)) == expected)
    }

    @Test func stringLengthCountsCodePoints() throws {
        // "é😀x" is 3 code points (4 UTF-16 units, 7 bytes): exactly the minimum.
        #expect(try findings(#"{"Name": "é😀x"}"#).isEmpty)
        let marked = MarkedText(#"{"Name": 1️⃣"é😀"2️⃣}"#)
        let finding = try #require(try findings(marked.text).first)
        #expect(finding.code == .minLength)
        #expect(finding.range == marked.range(1, 2))
        #expect(try codes(findings(#"{"Name": "abcdefghi"}"#)) == ["max-length"])
    }

    @Test func hostLabelsHaveAnImplicitMinimumOfOne() throws {
        #expect(try codes(findings(#"{"Name": "abcd", "Host": ""}"#)) == ["min-length"])
        #expect(try findings(#"{"Name": "abcd", "Token": ""}"#).isEmpty)
    }

    @Test func numbersBelowTheMinimumAndAboveTheMaximum() throws {
        #expect(try codes(findings(#"{"Name": "abcd", "Count": 0}"#)) == ["min-value"])
        #expect(try codes(findings(#"{"Name": "abcd", "Count": 51}"#)) == ["max-value"])
        #expect(try codes(findings(#"{"Name": "abcd", "Ratio": 0.25}"#)) == ["min-value"])
    }

    @Test func listsAndMaps() throws {
        #expect(try codes(findings(#"{"Name": "abcd", "Items": []}"#)) == ["min-length"])
        #expect(try codes(findings(#"{"Name": "abcd", "Items": [{"Id":"1"},{"Id":"2"},{"Id":"3"},{"Id":"4"}]}"#))
            == ["max-length"])
        let marked = MarkedText(#"{"Name": "abcd", "Tags": {1️⃣"a"2️⃣: "x"}}"#)
        let finding = try #require(try findings(marked.text).first)
        #expect(finding.code == .minLength)
        #expect(finding.range == marked.range(1, 2))
        #expect(finding.path.description == "Tags (key: a)")
        #expect(try findings(#"{"Name": "abcd", "Tags": {"ab": 5}}"#).first?.path.description == "Tags.ab")
    }

    @Test func unions() throws {
        #expect(try codes(findings(#"{"Name": "abcd", "Choice": {}}"#)) == ["union-empty"])
        let marked = MarkedText(#"{"Name": "abcd", "Choice": {"A": "x", 1️⃣"B"2️⃣: 2}}"#)
        let finding = try #require(try findings(marked.text).first)
        #expect(finding.code == .unionMultiple)
        #expect(finding.range == marked.range(1, 2))
    }

    @Test func duplicateKeysValidateTheLastValue() throws {
        let found = try findings(#"{"Name": 5, "Name": "abcd"}"#)
        #expect(codes(found) == ["duplicate-key"])
        #expect(found[0].severity == .warning)
    }

    @Test func enumValuesSuggestTheCaseInsensitiveMatchFirst() throws {
        let found = try findings(#"{"Name": "abcd", "State": "success"}"#)
        #expect(codes(found) == ["enum-value"])
        #expect(found[0].suggestions.first == "Success")
        #expect(found[0].severity == .warning)
    }

    @Test func patternDeprecatedAndFileReferences() throws {
        #expect(try codes(findings(#"{"Name": "abcd", "Code": "abc"}"#)) == ["pattern"])
        #expect(try findings(#"{"Name": "abcd", "Code": "ABC"}"#).isEmpty)
        #expect(try codes(findings(#"{"Name": "abcd", "Old": "x"}"#)) == ["deprecated"])
        #expect(try codes(findings(#"{"Name": "file://name.txt"}"#)) == ["max-length", "file-reference"])
    }

    @Test func paginationConfigDependsOnTheCLIVersion() throws {
        let withToken = #"{"MaxResults": 5, "PaginationConfig": {"PageSize": 5}}"#
        let alone = #"{"PaginationConfig": {"PageSize": 5}}"#
        // This synthetic model has no paginators, so PaginationConfig is always unknown here.
        #expect(try codes(findings(alone, operation: "ListThings")) == ["unknown-member"])
        #expect(try codes(findings(withToken, operation: "ListThings", version: .v1)) == ["unknown-member"])
    }

    @Test func findingsStopAtTheLimit() throws {
        let members = (0..<30).map { "\"Bad\($0)\": 1" }.joined(separator: ", ")
        let source = SourceText("{\"Name\": \"abcd\", \(members)}")
        let op = try #require(service.operation(named: "Put"))
        let found = DocumentAnalysis.analyze(
            source, format: .json, target: .init(service: service, operation: op),
            options: ValidationOptions(maxFindings: 10)
        ).findings
        #expect(found.count == 11)
        #expect(found.last?.code == .limit)
    }
}

@Suite struct YAMLValidationTests {
    let service: Service

    init() throws {
        service = try SyntheticModels.service(ValidationModel.json, name: "validation")
    }

    func findings(_ text: String) throws -> [Finding] {
        let op = try #require(service.operation(named: "Put"))
        return DocumentAnalysis.analyze(
            SourceText(text), format: .yaml, target: .init(service: service, operation: op)
        ).findings
    }

    @Test func yesIsAStringInYAML12() throws {
        let found = try findings("Name: abcd\nEnabled: yes\n")
        #expect(found.map(\.code.rawValue) == ["invalid-type", "yaml-scalar"])
        #expect(found[1].suggestions == ["true"])
    }

    @Test func unquotedNumbersAndDatesInStrings() throws {
        let marked = MarkedText("Name: 1️⃣12345678902️⃣\r\nState: 2020-01-01\r\n")
        let found = try findings(marked.text)
        #expect(found.map(\.code.rawValue) == ["invalid-type", "yaml-scalar", "invalid-type", "yaml-scalar"])
        #expect(found[0].range == marked.range(1, 2))
        #expect(found[1].suggestions == ["'1234567890'"])
    }

    @Test func leadingZeroIntegerIsDecimal() throws {
        #expect(try findings("Name: abcd\nCount: 010\n").map(\.code.rawValue) == ["yaml-scalar"])
    }

    @Test func dateOnlyTimestampIsRefused() throws {
        let found = try findings("Name: abcd\nWhen: 2020-01-01\n")
        #expect(found.map(\.code.rawValue) == ["invalid-type", "yaml-scalar"])
        #expect(try findings("Name: abcd\nWhen: 2020-01-01 10:00:00\n").isEmpty)
    }

    @Test func emptyDocumentIsNotAMapping() throws {
        #expect(try findings("# only a comment\n").map(\.code.rawValue) == ["invalid-type"])
    }

    @Test func datesInsideDocumentsAreNotJSON() throws {
        #expect(try findings("Name: abcd\nDoc:\n  when: 2020-01-01\n").map(\.code.rawValue) == ["invalid-type"])
    }

    @Test func duplicateKeysAreErrorsInYAML() throws {
        let found = try findings("Name: abcd\nName: abce\n")
        #expect(found.contains { $0.code == .duplicateKey && $0.severity == .error })
    }
}

@Suite struct TimestampValidationTests {
    let service: Service

    init() throws {
        service = try SyntheticModels.service(ValidationModel.json, name: "validation")
    }

    func codes(_ value: String) throws -> [String] {
        let op = try #require(service.operation(named: "Put"))
        return DocumentAnalysis.analyze(
            SourceText(#"{"Name": "abcd", "When": \#(value)}"#), format: .json,
            target: .init(service: service, operation: op),
            options: ValidationOptions(today: .init(year: 2026, month: 11, day: 23))
        ).findings.map(\.code.rawValue)
    }

    @Test(arguments: [
        (#""2024-07-07T00:00:00Z""#, [String]()), ("1720310400", []), ("1720310400.5", []),
        (#""2024-07-07""#, ["timestamp-format"]), (#""Jan 1 2020 10:00 PST""#, ["timestamp-format"]),
        (#""not a date""#, ["invalid-type"]), (#""2020-13-01""#, ["invalid-type"]), ("true", ["timestamp-format"]),
        ("[1]", ["invalid-type"]), ("null", ["invalid-type"]),
    ])
    func verdicts(value: String, expected: [String]) throws {
        #expect(try codes(value) == expected)
    }
}
