/// A synthetic model with one operation per validation feature.
enum ValidationModel {
    static let json = """
        {
          "metadata": {"apiVersion": "2020-01-01", "protocol": "json"},
          "operations": {
            "Put": {"name": "Put", "input": {"shape": "PutInput"}},
            "ListThings": {"name": "ListThings", "input": {"shape": "ListInput"}}
          },
          "shapes": {
            "PutInput": {
              "type": "structure",
              "required": ["Name", "Token"],
              "members": {
                "Name": {"shape": "Name"},
                "Token": {"shape": "Str", "idempotencyToken": true},
                "Count": {"shape": "Count"},
                "Ratio": {"shape": "Ratio"},
                "Enabled": {"shape": "Bool"},
                "State": {"shape": "State"},
                "When": {"shape": "Ts"},
                "Data": {"shape": "Blob"},
                "Tags": {"shape": "TagMap"},
                "Items": {"shape": "ItemList"},
                "Choice": {"shape": "Choice"},
                "Doc": {"shape": "Doc"},
                "Host": {"shape": "Str", "hostLabel": true},
                "Old": {"shape": "Str", "deprecated": true, "deprecatedMessage": "Use Name."},
                "Code": {"shape": "Code"},
                "Meta": {"shape": "Str", "jsonvalue": true, "location": "header"}
              }
            },
            "ListInput": {
              "type": "structure",
              "members": {"NextToken": {"shape": "Str"}, "MaxResults": {"shape": "Count"}}
            },
            "Name": {"type": "string", "min": 3, "max": 8},
            "Str": {"type": "string"},
            "Count": {"type": "integer", "min": 1, "max": 50},
            "Ratio": {"type": "double", "min": 0.5},
            "Bool": {"type": "boolean"},
            "State": {"type": "string", "enum": ["Pending", "InProgress", "Success"]},
            "Ts": {"type": "timestamp"},
            "Blob": {"type": "blob"},
            "TagMap": {"type": "map", "key": {"shape": "TagKey"}, "value": {"shape": "Str"}, "max": 2},
            "TagKey": {"type": "string", "min": 2},
            "ItemList": {"type": "list", "member": {"shape": "Item"}, "min": 1, "max": 3},
            "Item": {"type": "structure", "required": ["Id"], "members": {"Id": {"shape": "Str"}, "N": {"shape": "Count"}}},
            "Choice": {"type": "structure", "union": true, "members": {"A": {"shape": "Str"}, "B": {"shape": "Count"}}},
            "Doc": {"type": "structure", "members": {}, "document": true},
            "Code": {"type": "string", "pattern": "^[A-Z]{3}$"}
          }
        }
        """
}
