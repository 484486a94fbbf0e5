package import InputSyntax
package import JSONSyntax

/// Rewrites a document's value in the other format: JSON as AWS CLI v2-style block YAML, YAML as 4-space JSON.
package enum DocumentConversion {
    /// Block YAML for the value of `root` (ruamel's layout, the CLI's quoting).
    package static func yaml(_ root: SyntaxNode) -> String {
        YAMLBlockWriter.write(yamlNode(root))
    }

    /// 4-space-indented JSON for the value of `root`, UTF-8 kept; YAML dates and times become strings, binary data
    /// its base64 text.
    package static func json(_ root: SyntaxNode) -> String {
        jsonValue(root).encode(.indent4) + "\n"
    }

    private static func yamlNode(_ node: SyntaxNode) -> YAMLBlockWriter.Node {
        switch node.value {
        case .object(let members):
            return .mapping(members.map { YAMLBlockWriter.Entry(key: $0.key, value: yamlNode($0.value)) })
        case .array(let elements):
            return .sequence(elements.map(yamlNode))
        case .missing:
            return .scalar("null", .plain, tag: nil)
        case .scalar(let scalar):
            switch scalar.kind {
            case .string(let text):
                return .scalar(text, YAMLScalarStyle.choose(text, simpleKey: false), tag: nil)
            case .integer(let digits):
                return .scalar(digits, .plain, tag: nil)
            case .float(let value):
                return .scalar(yamlFloat(value), .plain, tag: nil)
            case .bool(let flag):
                return .scalar(flag ? "true" : "false", .plain, tag: nil)
            case .null:
                return .scalar("null", .plain, tag: nil)
            case .date(let text), .timestamp(let text):
                return .scalar(text, .plain, tag: nil)
            case .binary(let bytes):
                return .scalar(Base64.encode(bytes), .plain, tag: "!!binary")
            }
        }
    }

    /// Python's `repr` of a float, in YAML's spelling of the special values.
    private static func yamlFloat(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        let text = "\(value)"
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }

    private static func jsonValue(_ node: SyntaxNode) -> JSONValue {
        switch node.value {
        case .object(let members):
            var object = JSONObject()
            for member in members { object[member.key] = jsonValue(member.value) }
            return .object(object)
        case .array(let elements):
            return .array(elements.map(jsonValue))
        case .missing:
            return .null
        case .scalar(let scalar):
            switch scalar.kind {
            case .string(let text): return .string(text)
            case .integer(let digits): return Int64(digits).map(JSONValue.integer) ?? .double(Double(digits) ?? 0)
            case .float(let value): return .double(value)
            case .bool(let flag): return .bool(flag)
            case .null: return .null
            case .date(let text), .timestamp(let text): return .string(text)
            case .binary(let bytes): return .string(Base64.encode(bytes))
            }
        }
    }
}
