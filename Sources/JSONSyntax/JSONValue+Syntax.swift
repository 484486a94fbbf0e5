package import InputSyntax
package import TextModel

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

    /// Parses trusted JSON data (model files) with the Swift parser, which is several times faster than jansson on
    /// large documents; the first syntax error is thrown.
    package static func parseStrict(_ bytes: [UInt8]) throws(DecodingError) -> JSONValue {
        let source = SourceText(bytes: bytes)
        let result = JSONParser.parse(source)
        if let error = result.diagnostics.first(where: { $0.severity == .error }) {
            let position = source.position(of: error.range.start, in: .utf32)
            throw DecodingError(
                message: error.message, line: position.line + 1, column: position.character + 1,
                position: error.range.start)
        }
        guard let root = result.root else { throw DecodingError(message: "empty document", line: 0, column: 0, position: 0) }
        return JSONValue(root)
    }
}
