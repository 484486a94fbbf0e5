import Foundation
import JSONSyntax
import ServiceModel
import Testing

/// The extractor's patterns, one synthetic model each, and the forms it must not mistake for keys or values.
@Suite struct FilterExtractorTests {
    /// A model with operation `DescribeThings` whose `Filters` is a list of `{Name, Values}` documented by
    /// `parameterDoc`, `nameDoc`, `valuesDoc`; `nameEnum` puts an enum on the key.
    static func model(
        parameterDoc: String = "", nameDoc: String = "", valuesDoc: String = "", elementDoc: String = "",
        nameEnum: [String]? = nil, operation: String = "DescribeThings"
    ) throws -> Service {
        func quoted(_ s: String) -> String {
            let data = try? JSONSerialization.data(withJSONObject: [s], options: [.fragmentsAllowed])
            return String(decoding: data ?? Data(), as: UTF8.self).dropFirst().dropLast().description
        }
        let enumText = nameEnum.map { ", \"enum\": [" + $0.map(quoted).joined(separator: ", ") + "]" } ?? ""
        let json = """
            {"metadata": {"apiVersion": "2020-01-01"},
             "operations": {"\(operation)": {"name": "\(operation)", "input": {"shape": "Input"}, "documentation": "<p>x</p>"}},
             "shapes": {
               "Input": {"type": "structure", "members": {"Filters": {"shape": "FilterList", "documentation": \(quoted(parameterDoc))}}},
               "FilterList": {"type": "list", "member": {"shape": "Filter"}},
               "Filter": {"type": "structure", "documentation": \(quoted(elementDoc)), "members": {
                 "Name": {"shape": "FilterName", "documentation": \(quoted(nameDoc))},
                 "Values": {"shape": "ValueList", "documentation": \(quoted(valuesDoc))}}},
               "FilterName": {"type": "string"\(enumText)},
               "ValueList": {"type": "list", "member": {"shape": "Value"}},
               "Value": {"type": "string"}
             }}
            """
        return try Service.decode(JSONValue.decode(json), name: "svc", apiVersion: "2020-01-01", file: "svc.json")
    }

    static func parameter(_ service: Service, _ operation: String = "DescribeThings") -> FilterParameter? {
        FilterExtractor.extract(from: service).parameters(of: operation).first
    }

    @Test func listItemsWithCodeKeysAndParenthesisedValues() throws {
        let service = try Self.model(
            parameterDoc: """
                <p>The filters.</p> <ul> <li> <p> <code>state</code> - The state (<code>on</code> | <code>off</code>).</p> </li>
                <li> <p> <code>thing-id</code> - The ID of the thing.</p> </li>
                <li> <p> <code>enabled</code> - Whether it is enabled (<code>true</code> | <code>false</code>).</p> </li>
                <li> <p> <code>protocol</code> - The protocol (<code>tcp</code> | <code>udp</code>, a protocol number, or -1).</p> </li>
                <li> <p> <code>launch-time</code> - When, for example, <code>2021-09-29T11:04:43.305Z</code>.</p> </li>
                <li> <p> <code>tag</code>:&lt;key&gt; - The key/value combination of a tag.</p> </li> </ul>
                """, nameDoc: "<p>The name of the filter. Filter names are case-sensitive.</p>")
        let parameter = try #require(Self.parameter(service))
        #expect(parameter.keyPath.description == "Filters[].Name")
        #expect(parameter.valuesPath.description == "Filters[].Values[]")
        #expect(parameter.keys.map(\.name) == ["state", "thing-id", "enabled", "protocol", "launch-time"])
        #expect(parameter.keys.map(\.type) == [.enumeration, .id, .boolean, .string, .timestamp])
        #expect(parameter.key(named: "state")?.values == ["on", "off"])
        #expect(parameter.key(named: "protocol")?.values == [])
        #expect(parameter.key(named: "thing-id")?.description == "The ID of the thing.")
        #expect(parameter.prefixes.map(\.pattern) == ["tag:<key>"])
        #expect(parameter.isExhaustive)
        #expect(parameter.keysCaseSensitive == true)
        #expect(parameter.allowsWildcards)
    }

    @Test func sentencePatterns() throws {
        let cases: [(String, [String])] = [
            ("<p>Valid filter names: a-one | b-two | c-three</p>", ["a-one", "b-two", "c-three"]),
            ("<p>Valid values are <code>x-arn</code> and <code>x-id</code>.</p>", ["x-arn", "x-id"]),
            ("<p>The only valid filter is <code>replication-instance-id</code>.</p>", ["replication-instance-id"]),
            ("<p>Supported filter keys are <code>Name</code>, <code>Kind</code>, and <code>Size</code>.</p>", ["Name", "Kind", "Size"]),
            ("<p>You can filter on <code>name</code>, <code>version</code>, and <code>type</code>.</p>", ["name", "version", "type"]),
            ("<p>For example, you can filter by the <code>AmazonEC2</code> service code.</p>", []),
            ("<p>The following actions can be filtered:</p> <ul> <li> <p> <code>DescribeThings</code> </p> </li> </ul>", []),
            ("<p>This parameter isn't currently supported.</p>", []),
        ]
        for (doc, expected) in cases {
            let keys = try Self.parameter(Self.model(parameterDoc: doc))?.keys.map(\.name) ?? []
            #expect(keys == expected, "\(doc)")
        }
    }

    @Test func theSupportedKeyWithItsCorrespondingValues() throws {
        let service = try Self.model(
            parameterDoc: """
                <p>Optional filters. The supported filter key is <code>STATUS</code> with the corresponding values \
                <code>PENDING</code>, <code>SUCCESS</code>, and <code>FAILED</code>.</p>
                """)
        let key = try #require(Self.parameter(service)?.keys.first)
        #expect(key.name == "STATUS")
        #expect(key.values == ["PENDING", "SUCCESS", "FAILED"])
        #expect(key.type == .enumeration)
    }

    @Test func nestedValueListsAndDefinitionLists() throws {
        let nested = try Self.model(
            parameterDoc: """
                <p>Supported filters:</p> <ul> <li> <p> <code>status</code> </p> <ul> <li> <p> <code>active</code> - Current.</p> </li>
                <li> <p> <code>retained</code> - Kept.</p> </li> </ul> </li> <li> <p> <code>engine-mode</code> - Accepts modes. \
                Valid modes are the following:</p> <ul> <li> <p> <code>global</code> </p> </li> <li> <p> <code>serverless</code> </p> </li> </ul> </li> </ul>
                """)
        let parameter = try #require(Self.parameter(nested))
        #expect(parameter.key(named: "status")?.values == ["active", "retained"])
        #expect(parameter.key(named: "status")?.valueDescriptions["retained"] == "Kept.")
        #expect(parameter.key(named: "engine-mode")?.values == ["global", "serverless"])

        let definitions = try Self.model(
            parameterDoc: """
                <p>The filter to apply.</p> <dl> <dt>JOB_NAME</dt> <dd> <p>A case-insensitive match for the job name.</p> </dd>
                <dt>BEFORE_CREATED_AT</dt> <dd> <p>The number of milliseconds since 00:00:00 UTC on January 1, 1970.</p> </dd> </dl>
                """)
        let keys = try #require(Self.parameter(definitions)).keys
        #expect(keys.map(\.name) == ["JOB_NAME", "BEFORE_CREATED_AT"])
        #expect(keys.map(\.type) == [.string, .integer])
        #expect(keys.first?.caseSensitive == false)
    }

    @Test func perOperationSectionsApplyToTheirOperationOnly() throws {
        let nameDoc = """
            <p>The name of the filter.</p> <p> <b>DescribeThings</b> </p> <p>Valid values include:</p> <ul>
            <li> <p> <code>thing-key</code> - A key.</p> </li> </ul> <p> <b>DescribeOthers</b> </p> <p>Valid values include:</p>
            <ul> <li> <p> <code>other-key</code> - Another key.</p> </li> </ul>
            """
        let things = try Self.parameter(Self.model(nameDoc: nameDoc))
        #expect(things?.keys.map(\.name) == ["thing-key"])
        let others = try Self.parameter(Self.model(nameDoc: nameDoc, operation: "DescribeOthers"), "DescribeOthers")
        #expect(others?.keys.map(\.name) == ["other-key"])
    }

    @Test func enumKeysGetDetailsFromTheDocumentationAndConflictsAreDropped() throws {
        let service = try Self.model(
            valuesDoc: """
                <p>The value.</p> <ul> <li> <p>Specify <code>Optimized</code> or <code>NotOptimized</code> if you specify the \
                <code>name</code> parameter as <code>Finding</code> for groups.</p> </li> <li> <p>Specify <code>Under</code> or \
                <code>Optimized</code> if you specify the <code>name</code> parameter as <code>Finding</code> for instances.</p> </li>
                <li> <p>Specify <code>A</code> or <code>B</code> if you specify the <code>name</code> parameter as <code>Source</code>.</p> </li> </ul>
                """, nameEnum: ["Finding", "Source"])
        let parameter = try #require(Self.parameter(service))
        #expect(parameter.keys.map(\.name) == ["Finding", "Source"])
        #expect(parameter.key(named: "Finding")?.values == [])
        #expect(parameter.key(named: "Source")?.values == ["A", "B"])
    }

    @Test func aParameterDocumentedSubsetOfTheEnumWins() throws {
        let service = try Self.model(
            parameterDoc: "<p>The supported names are <code>a</code> and <code>b</code>.</p>", nameEnum: ["a", "b", "c"])
        #expect(try Self.parameter(service)?.keys.map(\.name) == ["a", "b"])
    }

    @Test func structureDescriptionsAreNotKeys() throws {
        let service = try Self.model(
            parameterDoc: """
                <p>An array of filters.</p> <ul> <li> <p> <code>Name</code> - The parameter to filter on. Valid values are \
                <code>Status</code> and <code>Arn</code>.</p> </li> <li> <p> <code>Values</code> - The value to match.</p> </li> </ul>
                """)
        #expect(try Self.parameter(service)?.keys.map(\.name) == ["Status", "Arn"])
    }

    @Test func noDocumentationNoKnowledge() throws {
        #expect(try Self.parameter(Self.model(parameterDoc: "<p>One or more filters.</p>")) == nil)
    }

    @Test func malformedAndDeepMarkupNeverTraps() throws {
        let deep = String(repeating: "<ul><li>", count: 2000) + "<code>k</code> - x"
        let broken = "<p>Valid filter names: <code>a</code> | <code>b</code></ul></li><b><i>&bogus; &#xZZ; <code>unclosed"
        for doc in [deep, broken, "<", "&", "<<>>", "<p", "</p></p>"] {
            _ = FilterExtractor.extract(from: try Self.model(parameterDoc: doc))
        }
        #expect(try Self.parameter(Self.model(parameterDoc: broken))?.keys.map(\.name) == ["a", "b"])
    }
}
