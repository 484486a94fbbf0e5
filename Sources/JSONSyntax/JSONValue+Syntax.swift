package import InputSyntax

extension JSONValue {
    /// The value of a syntax tree built by `JSONParser` (integers beyond 64 bits become doubles).
    package init(_ node: SyntaxNode) {
        switch node.value {
        case .object(let members):
            // Python keeps a repeated key at its first position with its last value.
            var object = JSONObject()
            var seen = Set<String>(minimumCapacity: members.count)
            var repeated = false
            for member in members where !seen.insert(member.key).inserted { repeated = true }
            if repeated {
                for member in members { object[member.key] = JSONValue(member.value) }
            } else {
                for member in members { object.appendUnchecked(member.key, JSONValue(member.value)) }
            }
            self = .object(object)
        case .array(let elements):
            self = .array(elements.map(JSONValue.init))
        case .missing:
            self = .null
        case .scalar(let scalar):
            switch scalar.kind {
            case .string(let text): self = .string(text)
            case .integer(let digits): self = Int64(digits).map(JSONValue.integer) ?? .double(Double(digits) ?? 0)
            case .float(let value): self = .double(value)
            case .bool(let flag): self = .bool(flag)
            case .null: self = .null
            case .date(let text), .timestamp(let text): self = .string(text)
            case .binary(let bytes): self = .string(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// Parses a whole document (data files, model files) with `JSONPullReader`: strict as Python's `json.loads`,
    /// no syntax tree, no line index; several times faster than jansson on large documents. The first problem is
    /// thrown.
    package static func parseStrict(_ bytes: [UInt8]) throws(DecodingError) -> JSONValue {
        var reader = JSONPullReader(bytes: bytes)
        let value = try reader.readValue()
        try reader.finish()
        return value
    }
}
