import InputSyntax
import JSONSyntax

extension SyntaxNode {
    /// The value the CLI's parser returns for this tree, as JSON: dicts keep a repeated key at its first position
    /// with its last value (Python's `dict`), bytes read `{"$bytes": "<text>"}` as in the shared vectors.
    var pythonValue: JSONValue {
        switch value {
        case .object(let members):
            var object = JSONObject()
            for member in members { object[member.key] = member.value.pythonValue }
            return .object(object)
        case .array(let elements):
            return .array(elements.map(\.pythonValue))
        case .scalar(let scalar):
            switch scalar.kind {
            case .string(let text): return .string(text)
            case .binary(let bytes): return .object(["$bytes": .string(String(decoding: bytes, as: UTF8.self))])
            default: return .null
            }
        case .missing:
            return .null
        }
    }
}
