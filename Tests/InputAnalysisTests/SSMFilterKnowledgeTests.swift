import InputAnalysis
import InputSyntax
import ServiceModel
import Testing

/// Every SSM filter parameter, from the hand-written knowledge: each documented key is accepted with each allowed
/// value; an undocumented key, a wrong value and a wrong-case value are flagged with the right suggestion.
@Suite struct SSMFilterKnowledgeTests {
    static let ssm = (try? RepositoryFilters.handWritten("ssm")) ?? ServiceFilters(service: "ssm")
    static let cases = FilterParameterCase.all(ssm)

    @Test func theHandWrittenFileCoversEveryFilterParameterOfSSM() throws {
        let knowledge = try RepositoryFilters.handWritten("ssm")
        let model = try RepositoryFilters.model("ssm")
        let expected = FilterExtractor.filterParameterPaths(in: model)
        var missing = [String]()
        for (operation, paths) in expected {
            let known = Set(knowledge.parameters(of: operation).map(\.keyPath))
            for path in paths where !known.contains(path) { missing.append("\(operation) \(path)") }
        }
        #expect(missing.sorted() == [])
        #expect(knowledge.parameterCount == 51)
        #expect(knowledge.operations.count == 42)
        for (operation, _) in knowledge.operations { #expect(model.operation(named: operation) != nil, "\(operation)") }
    }

    @Test(arguments: cases) func documentedKeysAreAcceptedWithEachAllowedValue(_ item: FilterParameterCase) throws {
        for key in item.parameter.keys {
            for value in FilterDocument.validValues(for: key) {
                let tree = try #require(FilterDocument.tree(item.parameter, key: key.name, values: [value]))
                let findings = FilterRule.findings(in: tree, operation: item.operation, filters: Self.ssm)
                #expect(findings == [], "\(key.name)=\(value)")
            }
        }
        for prefix in item.parameter.prefixes {
            let tree = try #require(FilterDocument.tree(item.parameter, key: prefix.prefix + "Owner", values: ["TeamA"]))
            #expect(FilterRule.findings(in: tree, operation: item.operation, filters: Self.ssm) == [])
        }
    }

    @Test(arguments: cases) func anUndocumentedKeyIsFlaggedWhenTheListIsExhaustive(_ item: FilterParameterCase) throws {
        let tree = try #require(FilterDocument.tree(item.parameter, key: "NotAFilterKey", values: ["x"]))
        let findings = FilterRule.findings(in: tree, operation: item.operation, filters: Self.ssm)
        if item.parameter.isExhaustive {
            #expect(findings.map(\.code) == [.filterKey])
            #expect(findings.first?.severity == .warning)
            #expect(findings.first?.path.description.hasSuffix(item.parameter.keyPath.steps.last.map(Self.name) ?? "") == true)
        } else {
            #expect(findings == [])
        }
    }

    @Test(arguments: cases) func aKeyInTheWrongCaseIsFlaggedWithTheDocumentedKey(_ item: FilterParameterCase) throws {
        for key in item.parameter.keys {
            let wrong = key.name == key.name.lowercased() ? key.name.uppercased() : key.name.lowercased()
            guard wrong != key.name, !item.parameter.keys.contains(where: { $0.name == wrong }) else { continue }
            let tree = try #require(FilterDocument.tree(item.parameter, key: wrong, values: ["x"]))
            let findings = FilterRule.findings(in: tree, operation: item.operation, filters: Self.ssm)
            #expect(findings.map(\.code) == [.filterKey], "\(wrong)")
            #expect(findings.first?.suggestions.first == key.name)
        }
    }

    @Test(arguments: cases) func wrongAndWrongCaseValuesAreFlaggedWithSuggestions(_ item: FilterParameterCase) throws {
        for key in item.parameter.keys {
            func findings(_ value: String) throws -> [Finding] {
                let tree = try #require(FilterDocument.tree(item.parameter, key: key.name, values: [value]))
                return FilterRule.findings(in: tree, operation: item.operation, filters: Self.ssm)
            }
            switch key.type {
            case .enumeration:
                for value in key.values {
                    let wrongCase = value == value.lowercased() ? value.uppercased() : value.lowercased()
                    if wrongCase != value, !key.values.contains(wrongCase), key.caseSensitive != false {
                        let flagged = try findings(wrongCase)
                        #expect(flagged.map(\.code) == [.filterValue], "\(key.name)=\(wrongCase)")
                        #expect(flagged.first?.suggestions.first == value)
                        #expect(flagged.first?.message.contains("case-sensitive") == true)
                    }
                    if value.count >= 5 {
                        let typo = String(value.dropLast())
                        guard !key.values.contains(typo) else { continue }
                        let flagged = try findings(typo)
                        #expect(flagged.map(\.code) == [.filterValue], "\(key.name)=\(typo)")
                        #expect(flagged.first?.suggestions.contains(value) == true, "\(key.name)=\(typo)")
                    }
                }
                #expect(try findings("NOT-A-VALUE").map(\.code) == [.filterValue])
            case .timestamp:
                #expect(try findings("yesterday").map(\.code) == [.filterValue])
                #expect(try findings("07/07/2024").map(\.code) == [.filterValue])
            case .integer:
                #expect(try findings("three").map(\.code) == [.filterValue])
            case .boolean:
                #expect(try findings("maybe").first?.suggestions == [])
                #expect(try findings("ture").first?.suggestions.first == "true")
            case .string, .id:
                #expect(try findings("NOT-A-VALUE") == [])
            }
        }
    }

    static func name(_ step: FilterPath.Step) -> String {
        if case .member(let name) = step { return name }
        return ""
    }
}
