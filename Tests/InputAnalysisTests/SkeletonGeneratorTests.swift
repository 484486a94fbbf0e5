import InputAnalysis
import JSONSyntax
import ServiceModel
import Testing

@Suite struct SkeletonGeneratorTests {
    let service: Service

    init() throws {
        service = try SyntheticModels.service(SyntheticModels.synth)
    }

    func skeleton(_ format: SkeletonFormat, _ operation: String = "Synth") throws -> String {
        let op = try #require(service.operation(named: operation))
        return try SkeletonGenerator.generate(format, service: service, operation: op)
    }

    /// AWSCLI.md 2.4's synthetic example, byte for byte (the first line ends with a space).
    @Test func yamlInputMatchesAWSCLIv2() throws {
        let expected = """
            ReqNoDoc: ''  # [REQUIRED] \n\
            Plain: '' # Plain string.
            Colon: '' # Note.
            Eg: '' # An id, e.
            Multi: '' # Line one line two.
            Enum: B_VAL # Pick one. Valid values are: B_VAL, A_VAL.
            Int: 0
            Long: 0
            Flt: 0.0
            Dbl: 0.0
            Bool: true
            Ts: 1970-01-01 00:00:00
            Blob: !!binary ''
            Nested:  # [REQUIRED] Nested struct.
              X: ''  # [REQUIRED] X doc.
              Y: 0
            ListOfStr:
            - ''
            ListOfStruct:
            - X: ''  # [REQUIRED] X doc.
              Y: 0
            MapStr:
              KeyName: ''
            MapStruct:
              KeyName:
                X: ''  # [REQUIRED] X doc.
                Y: 0
            Rec:
              Name: ''
              Child: {}
              Children:
              - {}
            Doc: {}
            EmptyStruct: {}
            ListOfList:
            - - ''

            """
        #expect(try skeleton(.yamlInput) == expected)
    }

    @Test func jsonInputIsPythonIndent4WithFirstEnumValue() throws {
        let expected = """
            {
                "ReqNoDoc": "",
                "Plain": "",
                "Colon": "",
                "Eg": "",
                "Multi": "",
                "Enum": "B_VAL",
                "Int": 0,
                "Long": 0,
                "Flt": 0.0,
                "Dbl": 0.0,
                "Bool": true,
                "Ts": "1970-01-01T00:00:00",
                "Blob": null,
                "Nested": {
                    "X": "",
                    "Y": 0
                },
                "ListOfStr": [
                    ""
                ],
                "ListOfStruct": [
                    {
                        "X": "",
                        "Y": 0
                    }
                ],
                "MapStr": {
                    "KeyName": ""
                },
                "MapStruct": {
                    "KeyName": {
                        "X": "",
                        "Y": 0
                    }
                },
                "Rec": {
                    "Name": "",
                    "Child": {},
                    "Children": [
                        {}
                    ]
                },
                "Doc": {},
                "EmptyStruct": {},
                "ListOfList": [
                    [
                        ""
                    ]
                ]
            }

            """
        #expect(try skeleton(.input) == expected)
    }

    @Test func outputUsesMemberNamesAndListMemberShapeNames() throws {
        let expected = """
            {
                "Id": "Id",
                "Ids": [
                    "Str"
                ],
                "Tags": {
                    "KeyName": ""
                },
                "When": "1970-01-01T00:00:00",
                "Data": null,
                "State": "State",
                "Items": [
                    {
                        "X": "X",
                        "Y": 0
                    }
                ]
            }

            """
        #expect(try skeleton(.output) == expected)
    }

    @Test(arguments: SkeletonFormat.allCases)
    func operationWithoutInputGivesEmptyObject(format: SkeletonFormat) throws {
        #expect(try skeleton(format, "NoInput") == "{}\n")
    }

    @Test func streamingOutputHasNoSkeleton() throws {
        #expect(throws: SkeletonGenerator.Unavailable.self) { try skeleton(.input, "GetBlob") }
    }
}

@Suite struct YAMLSkeletonWrappingTests {
    /// ruamel moves a plain scalar longer than the 80-column line to its own line, indented under its key, leaving
    /// the space after the colon; inside a sequence item it stays (its column is already the indent).
    @Test func longValuesWrapAsRuamelDoes() throws {
        let long = String(repeating: "A", count: 90)
        let service = try SyntheticModels.service("""
            {"operations": {"Op": {"name": "Op", "input": {"shape": "In"}}},
             "shapes": {
               "In": {"type": "structure", "members": {"K": {"shape": "Long"}, "L": {"shape": "LongList"}}},
               "Long": {"type": "string", "enum": ["\(long)"]},
               "LongList": {"type": "list", "member": {"shape": "Long"}}}}
            """)
        let op = try #require(service.operation(named: "Op"))
        let yaml = try SkeletonGenerator.generate(.yamlInput, service: service, operation: op)
        #expect(yaml == "K: \n  \(long)  #  Valid values are: \(long).\nL:\n- \(long)\n")
    }
}
