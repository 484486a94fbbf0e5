package import InputSyntax
package import ServiceModel
package import TextModel

/// One completion candidate for a filter key or value.
package struct FilterCompletionItem: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        /// A documented key.
        case key
        /// A parametric key's prefix (`tag:`), to be followed by a name of the user's choice.
        case keyPrefix
        /// A value of the key in the same filter.
        case value
    }

    /// The text shown, and inserted before quoting (`Status`, `tag:`, `Success`).
    package var label: String
    package var kind: Kind
    /// A short note: the key's value type, or "example" for a value that is only an example.
    package var detail: String?
    /// The description, for the documentation pane.
    package var documentation: String?
    /// The replacement: the node under the cursor (or the cursor position) with the label written for the format.
    package var edit: TextEdit
}

/// Completion of filter keys (the documented keys of the parameter) and values (the allowed values, or examples, of
/// the key in the same filter entry), in JSON, YAML and shorthand documents, including half-written ones.
package enum FilterCompletion {
    /// The candidates at `offset` (UTF-8 byte offset, 0-based) in the document whose tree is `root`, empty when the
    /// cursor is not on a filter key or value.
    ///
    /// - Parameters:
    ///   - parameter: for a shorthand argument, the input member it is the value of (`Filters`); nil when `root`
    ///     is the whole input.
    package static func items(
        at offset: Int, in root: SyntaxNode, format: DocumentFormat, operation: String, filters: ServiceFilters,
        parameter: String? = nil
    ) -> [FilterCompletionItem] {
        let parameters = filters.parameters(of: operation)
        let entries =
            parameter.map { FilterEntries.find(inParameter: $0, value: root, parameters: parameters) }
            ?? FilterEntries.find(in: root, parameters: parameters)
        for entry in entries {
            if let keyRange = entry.keyRange, keyRange.touches(offset), entry.keyNode?.members == nil,
                entry.keyNode?.elements == nil
            {
                return keyItems(entry, replacing: keyRange, node: entry.keyNode, format: format, mapKey: entry.keyNode == nil)
            }
            for value in entry.values where value.node.scalar != nil || value.node.isMissing {
                if value.node.range.touches(offset) {
                    return valueItems(entry, replacing: value.node.range, node: value.node, format: format)
                }
            }
            if let list = entry.valuesNode, list.elements != nil, list.range.contains(offset),
                !entry.values.contains(where: { $0.node.range.touches(offset) })
            {
                return valueItems(entry, replacing: .empty(at: offset), node: nil, format: format)
            }
        }
        return []
    }

    private static func keyItems(
        _ entry: FilterEntry, replacing range: ByteRange, node: SyntaxNode?, format: DocumentFormat, mapKey: Bool
    ) -> [FilterCompletionItem] {
        let style = mapKey ? nil : node?.scalar?.style
        var items = entry.parameter.keys.map { key in
            FilterCompletionItem(
                label: key.name, kind: .key, detail: key.type.rawValue, documentation: key.description,
                edit: TextEdit(range: range, newText: ScalarSpelling.write(key.name, format: format, style: style)))
        }
        items += entry.parameter.prefixes.map { prefix in
            FilterCompletionItem(
                label: prefix.prefix, kind: .keyPrefix, detail: prefix.pattern, documentation: prefix.description,
                edit: TextEdit(range: range, newText: ScalarSpelling.write(prefix.prefix, format: format, style: style)))
        }
        return items
    }

    private static func valueItems(
        _ entry: FilterEntry, replacing range: ByteRange, node: SyntaxNode?, format: DocumentFormat
    ) -> [FilterCompletionItem] {
        guard let name = entry.key, let key = entry.parameter.key(named: name) else { return [] }
        let style = node?.scalar?.style
        let values: [String]
        let detail: String?
        switch key.type {
        case .enumeration:
            values = key.values
            detail = nil
        case .boolean:
            values = ["true", "false"]
            detail = nil
        default:
            values = key.values
            detail = "example"
        }
        return values.map { value in
            FilterCompletionItem(
                label: value, kind: .value, detail: detail, documentation: key.valueDescriptions[value],
                edit: TextEdit(range: range, newText: ScalarSpelling.write(value, format: format, style: style)))
        }
    }
}
