package import ServiceModel

/// Writes AWS CLI v2's `--generate-cli-skeleton yaml-input` output: the input shape as `YAMLBlockWriter` nodes, with
/// an end-of-line comment on each structure member (AWSCLI.md 2.4).
package enum YAMLSkeletonWriter {
    typealias Node = YAMLBlockWriter.Node
    typealias Entry = YAMLBlockWriter.Entry

    /// The YAML skeleton of the operation's input, ending with a newline.
    package static func skeleton(service: Service, operation: Operation) -> String {
        guard let input = operation.input else { return "{}\n" }
        var stack = [String]()
        return YAMLBlockWriter.write(node(service, shape: input, enumValues: [], stack: &stack))
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
            let text = enumValues.first ?? ""
            return .scalar(text, YAMLScalarStyle.choose(text, simpleKey: false), tag: nil)
        case .integer, .long:
            return .scalar("0", .plain, tag: nil)
        case .float, .double:
            return .scalar("0.0", .plain, tag: nil)
        case .boolean:
            return .scalar("true", .plain, tag: nil)
        case .timestamp:
            return .scalar("1970-01-01 00:00:00", .plain, tag: nil)
        case .blob:
            return .scalar("", .singleQuoted, tag: "!!binary")
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
}
