package import InputSyntax
package import ServiceModel
package import TextModel

/// Hover text for a filter key or value.
package struct FilterHoverInfo: Sendable, Hashable {
    /// The key or value hovered, UTF-8 byte offsets.
    package var range: ByteRange
    /// Markdown.
    package var text: String
}

/// Hover for filter keys (what the key filters on, its type and values) and values (the value's description and the
/// key it belongs to).
package enum FilterHover {
    /// The hover at `offset` (UTF-8 byte offset, 0-based), or nil when the cursor is not on a known filter key or
    /// value.
    package static func info(
        at offset: Int, in root: SyntaxNode, operation: String, filters: ServiceFilters, parameter: String? = nil
    ) -> FilterHoverInfo? {
        let parameters = filters.parameters(of: operation)
        let entries =
            parameter.map { FilterEntries.find(inParameter: $0, value: root, parameters: parameters) }
            ?? FilterEntries.find(in: root, parameters: parameters)
        for entry in entries {
            guard let name = entry.key else { continue }
            if let range = entry.keyRange, range.contains(offset) {
                return keyHover(name, entry.parameter, operation: operation, range: range)
            }
            for value in entry.values where value.node.range.contains(offset) {
                guard let text = value.node.stringValue, let key = entry.parameter.key(named: name) else { return nil }
                var lines = ["`\(text)`: a value of filter key `\(key.name)` of \(operation)."]
                if let description = key.valueDescriptions[text] { lines.append(description) }
                if let description = key.description { lines.append("`\(key.name)`: \(description)") }
                return FilterHoverInfo(range: value.node.range, text: lines.joined(separator: "\n\n"))
            }
        }
        return nil
    }

    private static func keyHover(
        _ name: String, _ parameter: FilterParameter, operation: String, range: ByteRange
    ) -> FilterHoverInfo? {
        if let key = parameter.key(named: name) {
            var lines = ["`\(key.name)`: filter key of \(operation) (\(typeText(key)))."]
            if let description = key.description { lines.append(description) }
            if key.type == .enumeration, !key.values.isEmpty {
                lines.append("Values: " + key.values.map { "`\($0)`" }.joined(separator: ", "))
            } else if !key.values.isEmpty {
                lines.append("For example: " + key.values.map { "`\($0)`" }.joined(separator: ", "))
            }
            return FilterHoverInfo(range: range, text: lines.joined(separator: "\n\n"))
        }
        if let prefix = parameter.prefix(matching: name) {
            var lines = ["`\(prefix.pattern)`: parametric filter key of \(operation)."]
            if let description = prefix.description { lines.append(description) }
            return FilterHoverInfo(range: range, text: lines.joined(separator: "\n\n"))
        }
        return nil
    }

    private static func typeText(_ key: FilterKey) -> String {
        switch key.type {
        case .enumeration: "one of \(key.values.count) values"
        case .timestamp: "ISO 8601 timestamp"
        case .integer: "integer"
        case .boolean: "true or false"
        case .id: "identifier"
        case .string: "text"
        }
    }
}
