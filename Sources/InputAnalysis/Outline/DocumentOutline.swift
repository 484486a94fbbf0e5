package import InputSyntax
package import TextModel

/// The outline of a document (its members, nested) and its folding ranges.
package enum DocumentOutline {
    package struct Symbol: Sendable, Hashable {
        package enum Kind: Sendable, Hashable {
            case object, array, string, number, boolean, null
        }

        package var name: String
        package var kind: Kind
        /// A short preview of the value (`"SUCCESS"`, `3 items`).
        package var detail: String?
        /// From the key to the end of the value, UTF-8 byte offsets.
        package var range: ByteRange
        /// The key.
        package var selectionRange: ByteRange
        package var children: [Symbol]
    }

    /// One symbol per member (array elements as `[0]`, `[1]`...), nested; at most `limit` symbols in all.
    package static func symbols(_ root: SyntaxNode?, limit: Int = 5000) -> [Symbol] {
        guard let root else { return [] }
        var budget = limit
        return children(of: root, budget: &budget, depth: 0)
    }

    private static func children(of node: SyntaxNode, budget: inout Int, depth: Int) -> [Symbol] {
        guard depth < SyntaxLimits.maxNestingDepth else { return [] }
        var result = [Symbol]()
        if let members = node.members {
            for member in members where budget > 0 {
                budget -= 1
                result.append(symbol(member.key, member.value, range: member.range, selection: member.keyRange,
                    budget: &budget, depth: depth))
            }
        } else if let elements = node.elements {
            for (i, element) in elements.enumerated() where budget > 0 {
                budget -= 1
                result.append(symbol("[\(i)]", element, range: element.range, selection: element.range,
                    budget: &budget, depth: depth))
            }
        }
        return result
    }

    private static func symbol(
        _ name: String, _ value: SyntaxNode, range: ByteRange, selection: ByteRange, budget: inout Int, depth: Int
    ) -> Symbol {
        let kind: Symbol.Kind
        var detail: String?
        switch value.value {
        case .object(let members):
            kind = .object
            detail = "\(members.count) member\(members.count == 1 ? "" : "s")"
        case .array(let elements):
            kind = .array
            detail = "\(elements.count) item\(elements.count == 1 ? "" : "s")"
        case .missing:
            kind = .null
        case .scalar(let scalar):
            switch scalar.kind {
            case .string(let text), .date(let text), .timestamp(let text):
                kind = .string
                detail = text.count > 40 ? String(text.prefix(40)) + "…" : text
            case .integer(let digits):
                kind = .number
                detail = digits
            case .float(let value):
                kind = .number
                detail = "\(value)"
            case .bool(let flag):
                kind = .boolean
                detail = flag ? "true" : "false"
            case .null:
                kind = .null
            case .binary(let bytes):
                kind = .string
                detail = "\(bytes.count) bytes"
            }
        }
        return Symbol(name: name, kind: kind, detail: detail, range: range, selectionRange: selection,
            children: children(of: value, budget: &budget, depth: depth + 1))
    }

    /// Folding ranges: each member and array element whose value spans lines, from its first line (the key's, in
    /// YAML) to the value's last line (0-based lines).
    package static func foldingRanges(_ root: SyntaxNode?, source: SourceText) -> [(startLine: Int, endLine: Int)] {
        guard let root else { return [] }
        var result = [(startLine: Int, endLine: Int)]()
        var stack = [(root, root.range.start, 0)]
        while let (node, start, depth) = stack.popLast(), result.count < 5000 {
            guard depth < SyntaxLimits.maxNestingDepth else { continue }
            let first = source.line(containing: start)
            let last = source.line(containing: max(node.range.start, node.range.end - 1))
            if last > first, node.members != nil || node.elements != nil { result.append((first, last)) }
            if let members = node.members {
                stack.append(contentsOf: members.map { ($0.value, $0.keyRange.start, depth + 1) })
            } else if let elements = node.elements {
                stack.append(contentsOf: elements.map { ($0, $0.range.start, depth + 1) })
            }
        }
        return result.sorted { $0.startLine < $1.startLine }
    }
}
