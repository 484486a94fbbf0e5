import JSONSyntax
import ServiceModel
import Testing

/// The streaming model decoder on hand-written models: sdk-extras merged as botocore's `deep_merge` merges them,
/// repeated keys as Python's `dict` keeps them, errors that name the file and the reference, and documentation
/// decoded when read.
@Suite struct ModelDecoderTests {
    static let model = """
        {"version": "2.0", "metadata": {"serviceId": "Svc", "protocol": "json"},
         "operations": {
           "DoThing": {"name": "DoThing", "http": {"method": "POST", "requestUri": "/"},
                       "input": {"shape": "In"}, "output": {"shape": "Out"},
                       "documentation": "<p>Does \\"the\\" thing, é\\u00e9 \\ud83d\\ude00.</p>"},
           "Other": {"name": "Other", "input": {"shape": "In"}, "deprecated": true}
         },
         "shapes": {
           "In": {"type": "structure", "required": ["A"],
                  "members": {"A": {"shape": "S", "documentation": "A doc"}, "B": {"shape": "L"}}},
           "Out": {"type": "structure", "members": {"M": {"shape": "Map"}}},
           "L": {"type": "list", "member": {"shape": "S"}, "min": 1},
           "Map": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "N"}},
           "S": {"type": "string", "documentation": "A string.", "enum": ["x", "y"]},
           "N": {"type": "integer", "max": 9223372036854775807}
         },
         "documentation": "Service doc"}
        """

    func decode(_ model: String, extras: String? = nil, file: String = "svc.json") throws -> Service {
        try Service.decode(
            modelBytes: Array(model.utf8), extras: extras.map { try JSONValue.decode($0)["merge"] ?? .null },
            name: "svc", apiVersion: "2020-01-01", file: file)
    }

    @Test func decodesEveryPartAndResolvesReferencesByName() throws {
        let service = try decode(Self.model)
        #expect(service.serviceID == "Svc" && service.protocolName == "json" && service.documentation == "Service doc")
        #expect(service.operations.map(\.cliName) == ["do-thing", "other"])
        let operation = try #require(service.operation(named: "DoThing"))
        #expect(operation.httpMethod == "POST" && operation.requestURI == "/")
        #expect(operation.input.map { service[$0].name } == "In")
        #expect(operation.output.map { service[$0].name } == "Out")
        #expect(operation.documentation == "<p>Does \"the\" thing, éé 😀.</p>")
        #expect(service.operation(named: "Other")?.isDeprecated == true)
        let input = try #require(service.shape(named: "In"))
        #expect(input.members.map(\.name) == ["A", "B"] && input.required == ["A"])
        #expect(input.members.map { service[$0.shape].name } == ["S", "L"])
        #expect(service.documentation(of: input.members[0]) == "A doc")
        #expect(service.documentation(of: input.members[1]) == nil)
        let list = try #require(service.shape(named: "L"))
        #expect(list.listMember?.name == "S" && list.min == 1)
        #expect(service.documentation(of: try #require(list.listMember)) == "A string.")
        let map = try #require(service.shape(named: "Map"))
        #expect(map.mapKey?.name == "S" && map.mapValue?.name == "N")
        #expect(service.shape(named: "N")?.max == 9_223_372_036_854_775_807)
        #expect(service.shape(named: "S")?.enumValues == ["x", "y"])
        // IDs follow the order names first appear; every shape is found under its own name.
        #expect(service.shapes.map(\.name) == ["In", "Out", "S", "L", "Map", "N"])
        for shape in service.shapes { #expect(service.shape(named: shape.name) === shape) }
    }

    @Test func documentationCanBeSetAndComparesByText() throws {
        let service = try decode(Self.model)
        var operation = try #require(service.operation(named: "DoThing"))
        var copy = operation
        copy.documentation = "<p>Does \"the\" thing, éé 😀.</p>"
        #expect(copy == operation)
        operation.documentation = nil
        #expect(operation.documentation == nil && operation != copy)
    }

    @Test func sdkExtrasMergeLikeBotocoresDeepMerge() throws {
        let extras = """
            {"version": 1.0, "merge": {
              "metadata": {"serviceId": "Renamed"},
              "documentation": "New doc",
              "shapes": {
                "In": {"members": {"A": {"documentation": "Merged"}, "C": {"shape": "Extra"}}},
                "S": {"type": "timestamp"},
                "Extra": {"type": "string", "min": 2}
              },
              "operations": {"Other": {"output": {"shape": "Extra"}}, "Added": {"name": "Added"}}
            }}
            """
        let service = try decode(Self.model, extras: extras)
        #expect(service.serviceID == "Renamed" && service.protocolName == "json")
        #expect(service.documentation == "New doc")
        let input = try #require(service.shape(named: "In"))
        #expect(input.members.map(\.name) == ["A", "B", "C"])
        #expect(input.members.map { service[$0.shape].name } == ["S", "L", "Extra"])
        #expect(service.documentation(of: input.members[0]) == "Merged")
        #expect(service.shape(named: "S")?.type == .timestamp)
        #expect(service.shape(named: "S")?.enumValues == ["x", "y"])
        #expect(service.shape(named: "Extra")?.min == 2)
        #expect(service.operations.map(\.name) == ["DoThing", "Other", "Added"])
        #expect(service.operation(named: "Other").flatMap(\.output).map { service[$0].name } == "Extra")
        #expect(service.operation(named: "Other")?.isDeprecated == true)
    }

    @Test func extrasThatReplaceTheWholeModelAreMergedAsDocuments() throws {
        #expect {
            try decode(Self.model, extras: #"{"merge": [1]}"#)
        } throws: { error in
            guard case .corrupt(let file, let reason) = error as? ModelError else { return false }
            return file == "svc.json" && reason == "the top level is not an object"
        }
        #expect {
            try decode(Self.model, extras: #"{"merge": {"shapes": "none"}}"#)
        } throws: { error in
            guard case .corrupt(_, let reason) = error as? ModelError else { return false }
            return reason == "it has no \"shapes\" object"
        }
    }

    @Test func repeatedKeysKeepTheFirstPositionAndTheLastValue() throws {
        let model = """
            {"operations": {"Op": {"input": {"shape": "Gone"}}, "Op": {"input": {"shape": "In"}}},
             "shapes": {"Gone": {"type": "string"}},
             "shapes": {
               "In": {"type": "structure",
                      "members": {"A": {"shape": "S"}, "B": {"shape": "S"}, "A": {"shape": "T"}}},
               "S": {"type": "string"}, "T": {"type": "integer"}, "S": {"type": "long"},
               "Odd": {"type": "string", "member": {"shape": "Nowhere"}}
             }}
            """
        let service = try decode(model)
        #expect(service.operations.count == 1)
        let input = try #require(service.shape(named: "In"))
        #expect(input.members.map(\.name) == ["A", "B"])
        #expect(input.members.map { service[$0.shape].name } == ["T", "S"])
        #expect(service.shape(named: "S")?.type == .long)
        // "Gone" (replaced) and "Nowhere" (a stray list member) name no shape: IDs close over the gaps.
        #expect(service.shapes.map(\.name).sorted() == ["In", "Odd", "S", "T"])
        #expect(service.shape(named: "Gone") == nil)
        for shape in service.shapes { #expect(service.shape(named: shape.name) === shape) }
        #expect(service.operations[0].input.map { service[$0].name } == "In")
        #expect(service.shape(named: "Odd")?.listMember == nil)
    }

    @Test(arguments: [
        (#"[]"#, "the top level is not an object"),
        (#"{"operations": {}}"#, "it has no \"shapes\" object"),
        (#"{"shapes": {}}"#, "it has no \"operations\" object"),
        (#"{"operations": {}, "shapes": {"A": []}}"#, "shape \"A\" is not an object"),
        (#"{"operations": {}, "shapes": {"A": {"type": "strang"}}}"#, "shape \"A\" has an unknown type"),
        (#"{"operations": {}, "shapes": {"A": {"type": "list"}}}"#, "list A has no shape reference"),
        (#"{"operations": {}, "shapes": {"A": {"type": "map", "key": {"shape": "A"}}}}"#,
         "map A value has no shape reference"),
        (#"{"operations": {}, "shapes": {"A": {"type": "structure", "members": {"é😀": {"shape": 1}}}}}"#,
         "member A.é😀 has no shape reference"),
        (#"{"operations": {}, "shapes": {"A": {"type": "structure", "members": {"M": {"shape": "Nope"}}}}}"#,
         "member A.M refers to the missing shape \"Nope\""),
        (#"{"operations": {"X": {"input": {"shape": "Nope"}}}, "shapes": {}}"#,
         "operation X input refers to the missing shape \"Nope\""),
        (#"{"operations": {"X": {"output": "Nope"}}, "shapes": {}}"#, "operation X output has no shape reference"),
        ("{\"operations\": {},\r\n \"shapes\": {\"é😀\": {\"type\": \"string\",}}}",
         "invalid JSON: Illegal trailing comma before end of object (line 2, column 36)"),
    ])
    func problemsNameTheFileAndWhatIsWrong(model: String, reason: String) {
        #expect {
            try decode(model, file: "/models/svc/service-2.json")
        } throws: { error in
            guard case .corrupt(let file, let found) = error as? ModelError else { return false }
            return file == "/models/svc/service-2.json" && found == reason
        }
    }

    @Test func handWrittenModelsDecodeThroughTheSameReader() throws {
        let value = try JSONValue.decode(Self.model)
        let fromValue = try Service.decode(value, name: "svc", apiVersion: "2020-01-01", file: "svc.json")
        let fromBytes = try decode(Self.model)
        #expect(fromValue.shapes.map(\.name) == fromBytes.shapes.map(\.name))
        #expect(fromValue.operations == fromBytes.operations)
    }
}
