package import ServiceModel

/// Writes AWS CLI v2's `--generate-cli-skeleton yaml-input` output: ruamel.yaml's block layout (mapping indent 2,
/// sequence indent 2 with offset 0) with an end-of-line comment on each structure member (AWSCLI.md 2.4).
package enum YAMLSkeletonWriter {
    /// A node of the skeleton before layout.
    private indirect enum Node {
        case mapping([Entry])
        case sequence([Node])
        /// A scalar already rendered as YAML text (`''`, `0`, `!!binary ''`, `B_VAL`).
        case scalar(String)
    }

    private struct Entry {
        var key: String
        var value: Node
        /// The comment text after `# `, when the entry has one.
        var comment: String?
    }

    /// The YAML skeleton of the operation's input, ending with a newline.
    package static func skeleton(service: Service, operation: Operation) -> String {
        guard let input = operation.input else { return "{}\n" }
        var stack = [String]()
        let root = node(service, shape: input, enumValues: [], stack: &stack)
        var out = ""
        switch root {
        case .mapping(let entries) where !entries.isEmpty:
            writeMapping(entries, column: 0, firstInline: false, into: &out)
        default:
            out = "{}\n"
        }
        return out
    }

    private static func node(_ service: Service, shape id: ShapeID, enumValues: [String], stack: inout [String])
        -> Node
    {
        let shape = service[id]
        stack.append(shape.name)
        defer { stack.removeLast() }
        switch shape.type {
        case .structure:
            if stack.lazy.filter({ $0 == shape.name }).count > 1 { return .mapping([]) }
            return .mapping(
                shape.members.map { member in
                    Entry(
                        key: member.name,
                        value: node(service, shape: member.shape, enumValues: service.enumValues(of: member),
                            stack: &stack),
                        comment: comment(service, shape: shape, member: member))
                })
        case .list:
            guard let member = shape.listMember else { return .sequence([]) }
            return .sequence([node(service, shape: member.shape, enumValues: service.enumValues(of: member),
                stack: &stack)])
        case .map:
            guard let value = shape.mapValue else { return .mapping([]) }
            return .mapping([
                Entry(key: "KeyName", value: node(service, shape: value.shape,
                    enumValues: service.enumValues(of: value), stack: &stack), comment: nil)
            ])
        case .string:
            return .scalar(YAMLScalarStyle.render(enumValues.first ?? "", simpleKey: false))
        case .integer, .long:
            return .scalar("0")
        case .float, .double:
            return .scalar("0.0")
        case .boolean:
            return .scalar("true")
        case .timestamp:
            return .scalar("1970-01-01 00:00:00")
        case .blob:
            return .scalar("!!binary ''")
        }
    }

    /// `[REQUIRED]`, the first sentence of the documentation (always present, even when empty) and the valid
    /// values, joined with single spaces; nil when that is only whitespace.
    private static func comment(_ service: Service, shape: Shape, member: Member) -> String? {
        var parts = [String]()
        if shape.isRequired(member.name) { parts.append("[REQUIRED]") }
        parts.append(DocumentationSummary.firstSentence(service.documentation(of: member) ?? ""))
        let values = service.enumValues(of: member)
        if !values.isEmpty { parts.append("Valid values are: " + values.joined(separator: ", ") + ".") }
        let text = parts.joined(separator: " ")
        return text.allSatisfy(\.isWhitespace) ? nil : text
    }

    private static func writeMapping(_ entries: [Entry], column: Int, firstInline: Bool, into out: inout String) {
        for (i, entry) in entries.enumerated() {
            if !(i == 0 && firstInline) { out += String(repeating: " ", count: column) }
            out += YAMLScalarStyle.render(entry.key, simpleKey: true) + ":"
            let separator = commentSeparator(entries, at: i)
            func writeComment() {
                if let comment = entry.comment { out += separator + "# " + comment }
            }
            switch entry.value {
            case .scalar(let text):
                out += " " + text
                writeComment()
                out += "\n"
            case .mapping(let children) where children.isEmpty:
                out += " {}"
                writeComment()
                out += "\n"
            case .mapping(let children):
                writeComment()
                out += "\n"
                writeMapping(children, column: column + 2, firstInline: false, into: &out)
            case .sequence(let items) where items.isEmpty:
                out += " []"
                writeComment()
                out += "\n"
            case .sequence(let items):
                writeComment()
                out += "\n"
                writeSequence(items, column: column, firstInline: false, into: &out)
            }
        }
    }

    private static func writeSequence(_ items: [Node], column: Int, firstInline: Bool, into out: inout String) {
        for (i, item) in items.enumerated() {
            if !(i == 0 && firstInline) { out += String(repeating: " ", count: column) }
            out += "- "
            switch item {
            case .scalar(let text):
                out += text + "\n"
            case .mapping(let entries) where entries.isEmpty:
                out += "{}\n"
            case .mapping(let entries):
                writeMapping(entries, column: column + 2, firstInline: true, into: &out)
            case .sequence(let nested) where nested.isEmpty:
                out += "[]\n"
            case .sequence(let nested):
                writeSequence(nested, column: column + 2, firstInline: true, into: &out)
            }
        }
    }

    /// ruamel's end-of-line comment column: one space when the mapping already has a comment to line up with (the
    /// previous key's, or an earlier key's found by its lookup, which walks the keys in insertion order and stops at
    /// the first key sorting at or after the current one), two spaces otherwise.
    private static func commentSeparator(_ entries: [Entry], at index: Int) -> String {
        if index > 0, entries[index - 1].comment != nil { return " " }
        let key = entries[index].key
        for earlier in entries[..<index] {
            if !(Array(earlier.key.unicodeScalars).lexicographicallyPrecedes(Array(key.unicodeScalars))) { break }
            if earlier.comment != nil { return " " }
        }
        return "  "
    }
}
