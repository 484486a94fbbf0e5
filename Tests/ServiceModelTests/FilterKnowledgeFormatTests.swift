import JSONSyntax
import ServiceModel
import Testing

@Suite struct FilterKnowledgeFormatTests {
    @Test(arguments: [
        "Filters[].Key", "Filters[].Values[]", "FilterKey", "Filters{key}", "Filters{value}[]",
        "Aggregators[].Groups[].Filters[].Key", "BaselineOverride.ApprovalRules.PatchRules[].PatchFilterGroup.PatchFilters[].Key",
    ])
    func pathsReadBackAsWritten(_ text: String) throws {
        let path = try #require(FilterPath(parsing: text))
        #expect(path.description == text)
    }

    @Test(arguments: ["", ".Key", "Filters..Key", "Filters[", "Filters{keys}", "[]"])
    func malformedPathsAreRefused(_ text: String) {
        #expect(FilterPath(parsing: text) == nil)
    }

    @Test func layouts() throws {
        func parameter(_ key: String, _ values: String) throws -> FilterParameter {
            try FilterParameter(
                keyPath: #require(FilterPath(parsing: key)), valuesPath: #require(FilterPath(parsing: values)),
                isExhaustive: true, origin: .extracted)
        }
        let list = try parameter("Filters[].Key", "Filters[].Values[]")
        #expect(list.entrySteps == [.member("Filters"), .element])
        #expect(list.keyStep == .member("Key"))
        #expect(list.valuesAreList)
        let single = try parameter("Filters[].key", "Filters[].value")
        #expect(!single.valuesAreList)
        let map = try parameter("Filters{key}", "Filters{value}[]")
        #expect(map.entrySteps == [.member("Filters")])
        #expect(map.keyStep == .mapKey)
        let pair = try parameter("attributeName", "attributeValue")
        #expect(pair.entrySteps == [])
        #expect(throws: FilterParameter.InvalidLayout.self) { try parameter("Filters[].Key", "Other[].Values[]") }
        #expect(throws: FilterParameter.InvalidLayout.self) { try parameter("Filters[].Key", "Filters[].Key") }
        #expect(throws: FilterParameter.InvalidLayout.self) { try parameter("Filters{key}", "Filters[].Values") }
    }

    @Test func knowledgeRoundTripsThroughTheFileFormat() throws {
        let parameter = try FilterParameter(
            keyPath: #require(FilterPath(parsing: "Filters[].Key")), valuesPath: #require(FilterPath(parsing: "Filters[].Values[]")),
            keys: [
                FilterKey(name: "STATUS", type: .enumeration, values: ["A", "B"], valueDescriptions: ["A": "é 🎉"], caseSensitive: true,
                    description: "The status."),
                FilterKey(name: "When", type: .timestamp),
            ],
            prefixes: [FilterKeyPrefix(prefix: "tag:", description: "A tag.")], isExhaustive: true, keysCaseSensitive: false,
            allowsWildcards: false, origin: .handWritten, note: "checked")
        let filters = ServiceFilters(service: "svc", operations: ["DoThing": [parameter]])
        let text = filters.encode(origin: .handWritten, botocoreVersion: "1.2.3").encode(.pythonIndent4)
        let decoded = try ServiceFilters.decode(JSONValue.decode(text))
        #expect(decoded == filters)
    }

    @Test func unsupportedFormatsAndBrokenFilesAreRefused() throws {
        #expect(throws: ServiceFilters.FormatError.self) {
            try ServiceFilters.decode(JSONValue.decode("{\"format\": 2, \"service\": \"s\", \"operations\": {}}"))
        }
        #expect(throws: ServiceFilters.FormatError.self) {
            try ServiceFilters.decode(
                JSONValue.decode("{\"format\": 1, \"service\": \"s\", \"operations\": {\"X\": [{\"key\": \"A\"}]}}"))
        }
        #expect(throws: ServiceFilters.FormatError.self) {
            try ServiceFilters.decode(
                JSONValue.decode(
                    "{\"format\": 1, \"service\": \"s\", \"operations\": {\"X\": [{\"key\": \"F[].K\", \"values\": \"F[].V\", \"keys\": [{\"name\": \"a\", \"type\": \"date\"}]}]}}"
                ))
        }
    }

    @Test func handWrittenKnowledgeComesFirst() throws {
        func parameter(_ keys: [String], origin: FilterOrigin) throws -> FilterParameter {
            try FilterParameter(
                keyPath: #require(FilterPath(parsing: "Filters[].Key")), valuesPath: #require(FilterPath(parsing: "Filters[].Values[]")),
                keys: keys.map { FilterKey(name: $0) }, isExhaustive: true, origin: origin)
        }
        let hand = ServiceFilters(service: "s", operations: ["A": [try parameter(["x"], origin: .handWritten)]])
        let mined = ServiceFilters(
            service: "s", operations: ["A": [try parameter(["y"], origin: .extracted)], "B": [try parameter(["z"], origin: .extracted)]])
        let merged = hand.merged(over: mined)
        #expect(merged.parameters(of: "A").map { $0.keys.map(\.name) } == [["x"]])
        #expect(merged.parameters(of: "B").map { $0.keys.map(\.name) } == [["z"]])
        #expect(merged.parameterCount == 2)
        #expect(merged.operations(documenting: "z", at: try #require(FilterPath(parsing: "Filters[].Key")), except: "A") == ["B"])
    }
}
