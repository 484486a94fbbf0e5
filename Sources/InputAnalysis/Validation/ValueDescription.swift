package import InputSyntax
package import ServiceModel
package import TextModel

/// Words for values and types in messages, in the user's terms rather than Python's.
package enum ValueDescription {
    /// What a node holds: "a string", "an integer", "a list"...
    package static func kind(of node: SyntaxNode) -> String {
        switch node.value {
        case .object: return "an object"
        case .array: return "a list"
        case .missing: return "nothing"
        case .scalar(let scalar):
            switch scalar.kind {
            case .string: return "a string"
            case .integer: return "an integer"
            case .float: return "a decimal number"
            case .bool: return "a boolean"
            case .null: return "null"
            case .date: return "a date without a time"
            case .timestamp: return "a date and time"
            case .binary: return "binary data"
            }
        }
    }

    /// What a shape expects: "an object", "a list", "an integer"...
    package static func expectation(of shape: Shape) -> String {
        if shape.isDocument { return "any JSON value" }
        switch shape.type {
        case .structure: return "an object"
        case .map: return "an object (a map)"
        case .list: return "a list"
        case .string: return "a string"
        case .integer, .long: return "an integer"
        case .float, .double: return "a number"
        case .boolean: return "true or false"
        case .timestamp: return "a timestamp such as 2024-07-07T00:00:00Z"
        case .blob: return "binary data (a string)"
        }
    }

    /// The value as written, shortened for a message.
    package static func quote(_ node: SyntaxNode, in source: SourceText, limit: Int = 40) -> String {
        let text = source.text(in: node.range)
        let collapsed = text.count > limit ? String(text.prefix(limit)) + "…" : text
        return collapsed.replacingAll("\n", with: "⏎")
    }
}
