import InputSyntax
import JSONSyntax

extension SyntaxNode {
    /// The value the AWS CLI builds from this shorthand tree, as JSON.
    ///
    /// A key repeated inside a hash keeps its first position and its last value (Python's `dict`); bytes from
    /// `fileb://` become `{"$bytes": "<text>"}` (decoded as UTF-8, invalid bytes as U+FFFD), as in the shared test
    /// vectors; a `.missing` value, which only a refused string has, becomes `null`.
    var shorthandJSONValue: JSONValue {
        switch value {
        case .object(let members):
            var positions = [String: Int]()
            var keys = [String]()
            var values = [JSONValue]()
            for member in members {
                let value = member.value.shorthandJSONValue
                if let at = positions[member.key] {
                    values[at] = value
                } else {
                    positions[member.key] = keys.count
                    keys.append(member.key)
                    values.append(value)
                }
            }
            var object = JSONObject()
            for (key, value) in zip(keys, values) { object.appendUnchecked(key, value) }
            return .object(object)
        case .array(let elements):
            return .array(elements.map(\.shorthandJSONValue))
        case .scalar(let scalar):
            switch scalar.kind {
            case .string(let text): return .string(text)
            case .binary(let bytes): return .object(["$bytes": .string(String(decoding: bytes, as: UTF8.self))])
            case .integer(let digits): return Int64(digits).map { .integer($0) } ?? .string(digits)
            case .float(let d): return .double(d)
            case .bool(let b): return .bool(b)
            case .null: return .null
            case .date(let text), .timestamp(let text): return .string(text)
            }
        case .missing:
            return .null
        }
    }
}
