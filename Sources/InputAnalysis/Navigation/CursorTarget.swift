package import InputSyntax
package import ServiceModel
package import TextModel

/// What the cursor is on in a document tree, with the model shapes along the way.
package struct CursorTarget: Sendable {
    /// A container or value on the way from the root to the cursor, and the member that describes it.
    package struct Step: Sendable {
        package var node: SyntaxNode
        /// The member whose shape describes `node`; nil at the root (the operation's input shape) and when the
        /// document goes where the model does not.
        package var member: Member?
        /// The shape of `node`, when the model knows it.
        package var shape: ShapeID?
        /// How the parent reached `node`.
        package var component: InputPath.Component?
    }

    package enum Place: Sendable {
        /// On the key of `member` of the innermost object.
        case key(SyntaxMember)
        /// On a scalar or missing value: the innermost step is that value.
        case value
        /// Between the members of the innermost object (or on a blank line of a YAML mapping).
        case objectBody
        /// Between the elements of the innermost array.
        case arrayBody
        /// Not inside the document's value.
        case outside
    }

    /// Root first; the innermost container or value last.
    package var steps: [Step]
    package var place: Place

    package var innermost: Step? { steps.last }

    /// The AWS CLI path of the innermost step.
    package var inputPath: InputPath { InputPath(steps.compactMap(\.component)) }

    /// Locates `offset` (UTF-8 byte offset) in `root`. For YAML, a blank line's indentation picks the mapping it
    /// belongs to.
    package static func locate(
        _ offset: Int, in root: SyntaxNode?, source: SourceText, format: DocumentFormat, service: Service?,
        input: ShapeID?
    ) -> CursorTarget {
        guard let root else { return CursorTarget(steps: [], place: .outside) }
        var steps = [Step(node: root, member: nil, shape: input, component: nil)]
        if !contains(root, offset, source: source, format: format) {
            if format == .yaml, let mapping = yamlMappingByIndentation(offset, root: root, source: source) {
                return CursorTarget(steps: path(to: mapping, in: root, service: service, input: input), place: .objectBody)
            }
            return CursorTarget(steps: steps, place: .outside)
        }
        while let current = steps.last {
            switch current.node.value {
            case .object(let members):
                var found: (SyntaxMember, Bool)?
                for member in members.reversed() {
                    if member.keyRange.touches(offset) && !(member.keyRange.isEmpty && member.keyRange.start != offset) {
                        found = (member, true)
                        break
                    }
                    if member.value.range.touches(offset) {
                        found = (member, false)
                        break
                    }
                }
                guard let (member, onKey) = found else {
                    return CursorTarget(
                        steps: yamlIndentedSteps(steps, offset, source: source, format: format, service: service),
                        place: .objectBody)
                }
                if onKey { return CursorTarget(steps: steps, place: .key(member)) }
                let child = childMember(of: current.shape, key: member.key, service: service)
                let isMap = current.shape.map { service?[$0].type == .map } ?? false
                steps.append(Step(
                    node: member.value, member: child, shape: child?.shape,
                    component: isMap ? .mapValue(member.key) : .member(member.key)))
                if !isContainer(member.value) || !contains(member.value, offset, source: source, format: format) {
                    return CursorTarget(steps: steps, place: .value)
                }
            case .array(let elements):
                guard let (index, element) = elements.enumerated().reversed().first(where: { $0.element.range.touches(offset) })
                else { return CursorTarget(steps: steps, place: .arrayBody) }
                let child = current.shape.flatMap { service?[$0].listMember }
                steps.append(Step(node: element, member: child, shape: child?.shape, component: .index(index)))
                if !isContainer(element) || !contains(element, offset, source: source, format: format) {
                    return CursorTarget(steps: steps, place: .value)
                }
            case .scalar, .missing:
                return CursorTarget(steps: steps, place: .value)
            }
        }
        return CursorTarget(steps: steps, place: .outside)
    }

    private static func isContainer(_ node: SyntaxNode) -> Bool {
        node.members != nil || node.elements != nil
    }

    /// Whether `offset` is inside a container (after its opening bracket and before its closing one), or touches a
    /// scalar. An unclosed JSON container extends to the end of the text; a YAML block container to the end of its
    /// last line.
    static func contains(_ node: SyntaxNode, _ offset: Int, source: SourceText, format: DocumentFormat) -> Bool {
        guard isContainer(node) else { return node.range.touches(offset) }
        let range = node.range
        if format == .json || isFlow(node, source) {
            guard offset > range.start else { return false }
            let last = range.end > range.start ? source.bytes[min(range.end, source.count) - 1] : 0
            let closed = last == UInt8(ascii: "}") || last == UInt8(ascii: "]")
            return closed ? offset < range.end : offset <= max(range.end, source.count)
        }
        if offset >= range.start && offset <= range.end { return true }
        // Block collections: the rest of the last line still belongs to them.
        let lastLine = source.line(containing: max(range.start, range.end - 1))
        return source.line(containing: offset) == lastLine && offset >= range.start
    }

    private static func isFlow(_ node: SyntaxNode, _ source: SourceText) -> Bool {
        guard node.range.start < source.count else { return false }
        let first = source.bytes[node.range.start]
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// The member a key names inside a node of shape `shape`: a structure's member or a map's value.
    package static func childMember(of shape: ShapeID?, key: String, service: Service?) -> Member? {
        guard let shape, let service else { return nil }
        let s = service[shape]
        switch s.type {
        case .structure: return s.member(named: key)
        case .map: return s.mapValue
        default: return nil
        }
    }

    /// In YAML, a blank line belongs to the mapping whose keys sit at the cursor's column: an enclosing one, or
    /// the last one nested in the current mapping before the cursor.
    private static func yamlIndentedSteps(
        _ steps: [Step], _ offset: Int, source: SourceText, format: DocumentFormat, service: Service?
    ) -> [Step] {
        guard format == .yaml, let column = blankLineColumn(offset, source), let innermost = steps.last else {
            return steps
        }
        func keyColumn(_ node: SyntaxNode) -> Int? {
            node.members?.first.map { source.position(of: $0.keyRange.start, in: .utf32).character }
        }
        if let own = keyColumn(innermost.node), column > own,
            let nested = yamlMappingByIndentation(offset, root: innermost.node, source: source),
            nested.range != innermost.node.range
        {
            let below = path(to: nested, in: innermost.node, service: service, input: innermost.shape)
            return steps + below.dropFirst()
        }
        for i in stride(from: steps.count - 1, through: 0, by: -1) where keyColumn(steps[i].node) == column {
            return Array(steps[...i])
        }
        return steps
    }

    /// The column of the cursor when only spaces precede it on its line (a line being started).
    static func blankLineColumn(_ offset: Int, _ source: SourceText) -> Int? {
        let line = source.lineContentRange(source.line(containing: offset))
        let before = source.bytes[line.start..<min(max(line.start, offset), source.count)]
        guard before.allSatisfy({ $0 == UInt8(ascii: " ") }) else { return nil }
        return before.count
    }

    /// The YAML mapping a blank line after the end of the tree belongs to: the last mapping starting before the
    /// cursor whose keys sit at the cursor's column.
    private static func yamlMappingByIndentation(_ offset: Int, root: SyntaxNode, source: SourceText) -> SyntaxNode? {
        guard let column = blankLineColumn(offset, source) else { return nil }
        var best: SyntaxNode?
        var stack = [root]
        while let node = stack.popLast() {
            if let members = node.members {
                if let first = members.first, first.keyRange.start < offset,
                    source.position(of: first.keyRange.start, in: .utf32).character == column,
                    best.map({ first.keyRange.start > ($0.members?.first?.keyRange.start ?? 0) }) ?? true
                {
                    best = node
                }
                stack.append(contentsOf: members.map(\.value))
            } else if let elements = node.elements {
                stack.append(contentsOf: elements)
            }
        }
        return best
    }

    /// The steps from `root` to the node whose range starts where `target`'s does.
    private static func path(to target: SyntaxNode, in root: SyntaxNode, service: Service?, input: ShapeID?) -> [Step] {
        var steps = [Step(node: root, member: nil, shape: input, component: nil)]
        var current = root
        while current.range != target.range || current.members?.first?.keyRange != target.members?.first?.keyRange {
            var advanced = false
            if let members = current.members {
                for member in members where member.value.range.contains(target.range) {
                    let child = childMember(of: steps.last?.shape, key: member.key, service: service)
                    steps.append(Step(node: member.value, member: child, shape: child?.shape, component: .member(member.key)))
                    current = member.value
                    advanced = true
                    break
                }
            } else if let elements = current.elements {
                for (i, element) in elements.enumerated() where element.range.contains(target.range) {
                    let child = steps.last?.shape.flatMap { service?[$0].listMember }
                    steps.append(Step(node: element, member: child, shape: child?.shape, component: .index(i)))
                    current = element
                    advanced = true
                    break
                }
            }
            if !advanced { break }
        }
        return steps
    }
}
