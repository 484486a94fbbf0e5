package import InputSyntax
package import ServiceModel
package import TextModel

/// What hovering over a key or value shows.
package struct HoverInfo: Sendable, Hashable {
    /// The hovered key or value, UTF-8 byte offsets.
    package var range: ByteRange
    /// Markdown.
    package var markdown: String
}

/// Hover over keys and values of input documents: the member's type, whether it is required, its constraints and
/// enum values, and its documentation from the model. Pure.
package enum HoverEngine {
    package static func hover(
        _ source: SourceText, format: DocumentFormat, offset: Int, target: DocumentAnalysis.Target,
        parse: ParseResult? = nil
    ) -> HoverInfo? {
        let parse = parse ?? DocumentAnalysis.parse(source, format: format)
        let service = target.service
        if let filters = target.filters, let root = parse.root,
            let info = FilterHover.info(at: offset, in: root, operation: target.operation.name, filters: filters)
        {
            return HoverInfo(range: info.range, markdown: info.text)
        }
        let cursor = CursorTarget.locate(
            offset, in: parse.root, source: source, format: format, service: service, input: target.operation.input)
        switch cursor.place {
        case .key(let key):
            guard let object = cursor.innermost else { return nil }
            guard let member = CursorTarget.childMember(of: object.shape, key: key.key, service: service) else {
                return unknownKey(key, object: object, service: service)
            }
            let required = object.shape.map { service[$0].type == .structure ? service[$0].isRequired(key.key) : false }
            return HoverInfo(range: key.keyRange, markdown: MemberDescription.markdown(
                member, in: service, required: required).replacingAll("**\(member.name)**", with: "**\(key.key)**"))
        case .value:
            guard let value = cursor.innermost, let member = value.member, value.node.scalar != nil else { return nil }
            var text = MemberDescription.markdown(member, in: service, required: nil)
            if let string = value.node.stringValue {
                let values = service.enumValues(of: member)
                if !values.isEmpty {
                    text = (values.contains(string) ? "`\(string)` is a valid value.\n\n"
                        : "`\(string)` is not one of the valid values.\n\n") + text
                }
            }
            return HoverInfo(range: value.node.range, markdown: text)
        default:
            return nil
        }
    }

    private static func unknownKey(_ key: SyntaxMember, object: CursorTarget.Step, service: Service) -> HoverInfo? {
        guard let shape = object.shape, service[shape].type == .structure else { return nil }
        let names = service[shape].members.map(\.name)
        return HoverInfo(
            range: key.keyRange,
            markdown: "`\(key.key)` is not a member here. Members: " + names.map { "`\($0)`" }.joined(separator: ", "))
    }
}
