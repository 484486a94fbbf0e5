package import InputSyntax
package import ServiceModel
package import TextModel

/// Completion in input documents (JSON and YAML), half-written ones included: member names not yet present
/// (required first), enum values, `true`/`false`, and filter keys and values. Pure.
package enum CompletionEngine {
    /// The candidates at `offset` (UTF-8 byte offset) in `source`, for the operation `target`.
    package static func complete(
        _ source: SourceText, format: DocumentFormat, offset: Int, target: DocumentAnalysis.Target,
        parse: ParseResult? = nil
    ) -> [CompletionItem] {
        let parse = parse ?? DocumentAnalysis.parse(source, format: format)
        let service = target.service
        if let filters = target.filters, let root = parse.root {
            let items = FilterCompletion.items(
                at: offset, in: root, format: format, operation: target.operation.name, filters: filters)
            if !items.isEmpty { return items.enumerated().map { CompletionItem(filter: $1, index: $0) } }
        }
        let cursor = CursorTarget.locate(
            offset, in: parse.root, source: source, format: format, service: service, input: target.operation.input)
        var context = Context(source: source, format: format, offset: offset, service: service)
        switch cursor.place {
        case .key(let member):
            guard let object = cursor.innermost else { return [] }
            return context.memberItems(
                object: object, replacing: member.keyRange, typedKey: member, hasValue: !member.value.isMissing
                    && !(format == .yaml && member.value.scalar?.kind == .null && member.value.range.isEmpty))
        case .value:
            guard let value = cursor.innermost else { return [] }
            return context.valueItems(value)
        case .objectBody:
            guard let object = cursor.innermost else { return [] }
            return context.memberItems(object: object, replacing: .empty(at: offset), typedKey: nil, hasValue: false)
        case .arrayBody:
            guard let array = cursor.innermost, let element = array.shape.flatMap({ service[$0].listMember }) else {
                return []
            }
            return context.elementItems(element)
        case .outside:
            if parse.root == nil, format == .yaml || source.string.allSatisfy(\.isWhitespace) {
                // An empty document: the members of the input, at the top level.
                let root = CursorTarget.Step(
                    node: SyntaxNode(.object([]), range: .empty(at: 0)), member: nil, shape: target.operation.input,
                    component: nil)
                return context.memberItems(object: root, replacing: .empty(at: offset), typedKey: nil, hasValue: false,
                    wrapInBraces: format == .json)
            }
            return []
        }
    }

    /// Shared state of one completion request.
    struct Context {
        let source: SourceText
        let format: DocumentFormat
        let offset: Int
        let service: Service

        /// The range of the current line the edit may touch: a completion never reaches past it.
        func clampToLine(_ range: ByteRange) -> ByteRange {
            let line = source.lineContentRange(source.line(containing: offset))
            return ByteRange(start: max(range.start, line.start), end: min(max(range.end, offset), line.end))
        }

        /// Member names of the object `object`, those already present left out (except the one being typed).
        func memberItems(
            object: CursorTarget.Step, replacing range: ByteRange, typedKey: SyntaxMember?, hasValue: Bool,
            wrapInBraces: Bool = false
        ) -> [CompletionItem] {
            guard let shapeID = object.shape else { return [] }
            let shape = service[shapeID]
            guard shape.type == .structure, !shape.isDocument else { return [] }
            let present = Set((object.node.members ?? []).map(\.key)).subtracting(typedKey.map { [$0.key] } ?? [])
            let replaced = clampToLine(range)
            let prefix = format == .json && typedKey == nil ? jsonSeparatorBefore(offset) : ""
            let indent = source.position(of: replaced.start, in: .utf32).character
            var items = [CompletionItem]()
            for (index, member) in shape.members.enumerated() where !present.contains(member.name) {
                let required = shape.isRequired(member.name)
                let detail = MemberDescription.detail(member, in: service, required: required)
                let text: String
                var snippet: String?
                if hasValue {
                    text = MemberWriter.key(member.name, format: format)
                } else {
                    text = prefix + MemberWriter.entry(
                        member, service: service, format: format, snippet: false, indent: indent)
                    snippet = prefix + MemberWriter.entry(
                        member, service: service, format: format, snippet: true, indent: indent)
                }
                var edit = TextEdit(range: replaced, newText: text)
                if wrapInBraces {
                    edit.newText = "{\n    \(text)\n}"
                    snippet = snippet.map { "{\n    \($0)\n}" }
                }
                items.append(CompletionItem(
                    label: member.name, kind: .member, detail: detail,
                    documentation: MemberDescription.markdown(member, in: service, required: required),
                    edit: edit, snippet: wrapInBraces ? snippet : snippet,
                    sortText: "\(required ? "0" : "1")\(String(index).leftPadded(to: 4))",
                    filterText: format == .json && typedKey != nil ? "\"\(member.name)\"" : member.name))
            }
            return items
        }

        /// Values for the scalar (or missing value) under the cursor.
        func valueItems(_ value: CursorTarget.Step) -> [CompletionItem] {
            guard let member = value.member else { return [] }
            let shape = service[member.shape]
            // A new list item or an empty value whose shape is a structure: offer its members.
            if shape.type == .structure, value.node.isMissing || value.node.scalar?.kind == .null {
                if format == .yaml {
                    return memberItems(object: value, replacing: .empty(at: offset), typedKey: nil, hasValue: false)
                }
                return [skeletonItem(member)]
            }
            let range = value.node.isMissing ? ByteRange.empty(at: offset) : value.node.range
            return scalarItems(for: member, replacing: clampToLine(range), style: value.node.scalar?.style)
        }

        /// A new element of a list whose elements are described by `element`.
        func elementItems(_ element: Member) -> [CompletionItem] {
            let shape = service[element.shape]
            if shape.type == .structure || shape.type == .list || shape.type == .map { return [skeletonItem(element)] }
            return scalarItems(for: element, replacing: .empty(at: offset), style: nil)
        }

        func scalarItems(for member: Member, replacing range: ByteRange, style: ScalarStyle?) -> [CompletionItem] {
            let shape = service[member.shape]
            var items = [CompletionItem]()
            let values = service.enumValues(of: member)
            for (index, value) in values.enumerated() {
                items.append(CompletionItem(
                    label: value, kind: .enumValue, detail: shape.name,
                    edit: TextEdit(range: range, newText: ScalarSpelling.write(value, format: format, style: style)),
                    sortText: String(index).leftPadded(to: 4),
                    filterText: format == .json ? "\"\(value)\"" : value))
            }
            if shape.type == .boolean {
                for (index, value) in ["true", "false"].enumerated() {
                    items.append(CompletionItem(
                        label: value, kind: .boolean, edit: TextEdit(range: range, newText: value),
                        sortText: String(index)))
                }
            }
            return items
        }

        func skeletonItem(_ member: Member) -> CompletionItem {
            let text = MemberWriter.value(member, service: service, format: format, snippet: false)
            return CompletionItem(
                label: format == .json ? (service[member.shape].type == .list ? "[…]" : "{…}") : "skeleton",
                kind: .skeleton, detail: "the skeleton of \(service[member.shape].name)",
                edit: TextEdit(range: .empty(at: offset), newText: text),
                snippet: MemberWriter.value(member, service: service, format: format, snippet: true), sortText: "0")
        }

        /// `, ` when the cursor follows a complete JSON value on the same object level (a comma is missing).
        func jsonSeparatorBefore(_ offset: Int) -> String {
            var i = offset - 1
            while i >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(source.bytes[i]) { i -= 1 }
            guard i >= 0 else { return "" }
            switch source.bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: ":"): return ""
            default: return ", "
            }
        }
    }
}

extension CompletionItem {
    /// A filter key or value candidate.
    init(filter item: FilterCompletionItem, index: Int) {
        let kind: Kind
        switch item.kind {
        case .key, .keyPrefix: kind = .filterKey
        case .value: kind = .filterValue
        }
        self.init(
            label: item.label, kind: kind, detail: item.detail, documentation: item.documentation, edit: item.edit,
            sortText: String(index).leftPadded(to: 4), filterText: item.label)
    }
}
