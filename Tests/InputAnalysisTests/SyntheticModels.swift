import JSONSyntax
import ServiceModel

/// Small botocore models written by hand for tests: every shape type, recursion, maps, documents.
enum SyntheticModels {
    /// The model of AWSCLI.md 2.4's "synthetic full-coverage example" (operation `Synth`).
    static let synth = """
        {
          "metadata": {"apiVersion": "2020-01-01", "protocol": "json", "serviceId": "Synth"},
          "operations": {
            "Synth": {"name": "Synth", "input": {"shape": "SynthInput"}, "output": {"shape": "SynthOutput"}},
            "NoInput": {"name": "NoInput"},
            "GetBlob": {"name": "GetBlob", "input": {"shape": "Empty"}, "output": {"shape": "BlobOutput"}}
          },
          "shapes": {
            "SynthInput": {
              "type": "structure",
              "required": ["ReqNoDoc", "Nested"],
              "members": {
                "ReqNoDoc": {"shape": "Str"},
                "Plain": {"shape": "Str", "documentation": "<p>Plain string.</p>"},
                "Colon": {"shape": "Str", "documentation": "Note: x"},
                "Eg": {"shape": "Str", "documentation": "An id, e.g. i-123"},
                "Multi": {"shape": "Str", "documentation": "Line one\\nline two."},
                "Enum": {"shape": "Choice", "documentation": "Pick one."},
                "Int": {"shape": "Int"},
                "Long": {"shape": "Long"},
                "Flt": {"shape": "Flt"},
                "Dbl": {"shape": "Dbl"},
                "Bool": {"shape": "Bool"},
                "Ts": {"shape": "Ts"},
                "Blob": {"shape": "Blob"},
                "Nested": {"shape": "Nested", "documentation": "Nested struct."},
                "ListOfStr": {"shape": "StrList"},
                "ListOfStruct": {"shape": "NestedList"},
                "MapStr": {"shape": "StrMap"},
                "MapStruct": {"shape": "NestedMap"},
                "Rec": {"shape": "Rec"},
                "Doc": {"shape": "Doc"},
                "EmptyStruct": {"shape": "Empty"},
                "ListOfList": {"shape": "StrListList"}
              }
            },
            "SynthOutput": {
              "type": "structure",
              "members": {
                "Id": {"shape": "Str"},
                "Ids": {"shape": "StrList"},
                "Tags": {"shape": "StrMap"},
                "When": {"shape": "Ts"},
                "Data": {"shape": "Blob"},
                "State": {"shape": "Choice"},
                "Items": {"shape": "NestedList"}
              }
            },
            "BlobOutput": {"type": "structure", "members": {"Body": {"shape": "StreamBlob"}}, "payload": "Body"},
            "StreamBlob": {"type": "blob", "streaming": true},
            "Str": {"type": "string"},
            "Choice": {"type": "string", "enum": ["B_VAL", "A_VAL"]},
            "Int": {"type": "integer", "min": 1},
            "Long": {"type": "long"},
            "Flt": {"type": "float"},
            "Dbl": {"type": "double"},
            "Bool": {"type": "boolean"},
            "Ts": {"type": "timestamp"},
            "Blob": {"type": "blob"},
            "Nested": {
              "type": "structure",
              "required": ["X"],
              "members": {"X": {"shape": "Str", "documentation": "X doc."}, "Y": {"shape": "Int"}}
            },
            "StrList": {"type": "list", "member": {"shape": "Str"}},
            "NestedList": {"type": "list", "member": {"shape": "Nested"}},
            "StrMap": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Str"}},
            "NestedMap": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Nested"}},
            "Rec": {
              "type": "structure",
              "members": {"Name": {"shape": "Str"}, "Child": {"shape": "Rec"}, "Children": {"shape": "RecList"}}
            },
            "RecList": {"type": "list", "member": {"shape": "Rec"}},
            "Doc": {"type": "structure", "members": {}, "document": true},
            "Empty": {"type": "structure", "members": {}},
            "StrListList": {"type": "list", "member": {"shape": "StrList"}}
          }
        }
        """

    static func service(_ json: String, name: String = "synth") throws -> Service {
        try Service.decode(JSONValue.decode(json), name: name, apiVersion: "2020-01-01", file: "\(name).json")
    }
}
