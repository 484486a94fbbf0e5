package import InputSyntax
package import ServiceModel
package import TextModel

/// Quick fixes for findings: replace with a suggestion, add missing required members, remove an unknown member,
/// quote a YAML scalar. Pure: edits computed from the text, the tree and the findings.
package enum QuickFixes {
    /// The fixes for the findings whose ranges touch `range` (UTF-8 byte offsets).
    package static func actions(
        for findings: [Finding], touching range: ByteRange, source: SourceText, format: DocumentFormat,
        parse: ParseResult, target: DocumentAnalysis.Target?
    ) -> [CodeActionCandidate] {
        var actions = [CodeActionCandidate]()
        var missingByObject = [ByteRange: [Int]]()
        for (index, finding) in findings.enumerated()
        where finding.range.touches(range.start) || range.touches(finding.range.start)
            || (finding.range.start <= range.start && finding.range.end >= range.end)
        {
            switch finding.code {
            case .missingRequired:
                missingByObject[finding.range, default: []].append(index)
            case .unknownMember:
                actions += replacements(finding, index: index, source: source, format: format, asKey: true)
                if let remove = removal(finding, index: index, source: source, format: format, root: parse.root) {
                    actions.append(remove)
                }
            case .enumValue, .filterKey, .filterValue, .boolAsNumber, .yamlScalar, .unknownOperation:
                actions += replacements(finding, index: index, source: source, format: format, asKey: false)
            default:
                break
            }
        }
        if let target {
            for (objectRange, indexes) in missingByObject.sorted(by: { $0.key < $1.key }) {
                if let add = addMissing(
                    indexes.compactMap { findings[$0].member }, object: objectRange, fixes: indexes, source: source,
                    format: format, root: parse.root, target: target)
                {
                    actions.append(add)
                }
            }
        }
        return actions
    }

    /// One action per suggestion: the finding's range replaced by the suggestion written for the format.
    private static func replacements(
        _ finding: Finding, index: Int, source: SourceText, format: DocumentFormat, asKey: Bool
    ) -> [CodeActionCandidate] {
        let original = source.text(in: finding.range)
        return finding.suggestions.prefix(3).enumerated().map { position, suggestion in
            let text: String
            if finding.code == .yamlScalar || finding.code == .boolAsNumber || finding.code == .unknownOperation {
                text = finding.code == .unknownOperation ? replacingLastWord(original, with: suggestion) : suggestion
            } else if asKey {
                text = MemberWriter.key(suggestion, format: format)
            } else {
                let style: ScalarStyle? =
                    original.hasPrefix("\"") ? .doubleQuoted : original.hasPrefix("'") ? .singleQuoted : nil
                text = ScalarSpelling.write(suggestion, format: format, style: style)
            }
            let title = finding.code == .yamlScalar ? "Write \(suggestion)" : "Change to \(suggestion)"
            return CodeActionCandidate(
                title: title, kind: .quickFix, edits: [TextEdit(range: finding.range, newText: text)], fixes: [index],
                isPreferred: position == 0 && finding.suggestions.count == 1)
        }
    }

    /// In `service operation`, the operation replaced (or the service when only one word).
    private static func replacingLastWord(_ text: String, with word: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return word }
        words[words.count - 1] = word
        return words.joined(separator: " ")
    }

    /// Removes an unknown member with its separator: the comma after it (or before it, when it is last) in JSON;
    /// its lines in YAML.
    private static func removal(
        _ finding: Finding, index: Int, source: SourceText, format: DocumentFormat, root: SyntaxNode?
    ) -> CodeActionCandidate? {
        guard let root, let (object, position) = Self.member(at: finding.range, in: root) else { return nil }
        guard let members = object.members else { return nil }
        let member = members[position]
        var range = member.range
        let bytes = source.bytes
        if format == .json || isFlow(object, source) {
            var end = range.end
            while end < bytes.count, [0x20, 0x09].contains(bytes[end]) { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: ",") {
                end += 1
                while end < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end]) { end += 1 }
                range = ByteRange(start: range.start, end: end)
            } else if position > 0 {
                var start = range.start
                while start > 0, bytes[start - 1] != UInt8(ascii: ",") { start -= 1 }
                range = ByteRange(start: max(0, start - 1), end: range.end)
            }
        } else {
            let firstLine = source.lineRange(source.line(containing: range.start))
            let lastLine = source.lineRange(source.line(containing: max(range.start, range.end - 1)))
            range = ByteRange(start: firstLine.start, end: lastLine.end)
        }
        return CodeActionCandidate(
            title: "Remove \(member.key)", kind: .quickFix, edits: [TextEdit(range: range, newText: "")], fixes: [index])
    }

    /// Adds every missing required member of one object, with placeholder values.
    private static func addMissing(
        _ names: [String], object range: ByteRange, fixes: [Int], source: SourceText, format: DocumentFormat,
        root: SyntaxNode?, target: DocumentAnalysis.Target
    ) -> CodeActionCandidate? {
        guard let root, let object = Self.node(with: range, in: root),
            let shapeID = shape(of: object, root: root, target: target)
        else { return nil }
        let shape = target.service[shapeID]
        let members = names.compactMap { shape.member(named: $0) }
        guard !members.isEmpty else { return nil }
        let title = members.count == 1 ? "Add \(members[0].name)" : "Add the \(members.count) missing required members"
        let edit: TextEdit
        if format == .json || isFlow(object, source) {
            let entries = members.map { MemberWriter.entry($0, service: target.service, format: .json, snippet: false) }
            if let first = object.members?.first {
                let indent = indentation(of: first.keyRange.start, source)
                let onOwnLine = indent != nil
                let separator = onOwnLine ? ",\n" + (indent ?? "") : ", "
                edit = TextEdit(
                    range: .empty(at: first.keyRange.start),
                    newText: entries.joined(separator: separator) + separator)
            } else {
                let base = indentation(ofLineAt: object.range.start, source)
                edit = TextEdit(
                    range: ByteRange(start: object.range.start, end: object.range.end),
                    newText: "{\n" + entries.map { base + "    " + $0 }.joined(separator: ",\n") + "\n" + base + "}")
            }
        } else {
            guard let first = object.members?.first else { return nil }
            let column = source.position(of: first.keyRange.start, in: .utf32).character
            let pad = String(repeating: " ", count: column)
            let lines = members.map {
                MemberWriter.entry($0, service: target.service, format: .yaml, snippet: false, indent: column)
            }
            // Insert before the first member's key; the first line takes the key's place after any `- `.
            edit = TextEdit(
                range: .empty(at: first.keyRange.start),
                newText: lines.joined(separator: "\n" + pad) + "\n" + pad)
        }
        return CodeActionCandidate(title: title, kind: .quickFix, edits: [edit], fixes: fixes, isPreferred: true)
    }

    /// The whitespace before `offset` when only whitespace precedes it on its line.
    private static func indentation(of offset: Int, _ source: SourceText) -> String? {
        let line = source.lineContentRange(source.line(containing: offset))
        let before = source.bytes[line.start..<offset]
        guard before.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return nil }
        return String(decoding: before, as: UTF8.self)
    }

    private static func indentation(ofLineAt offset: Int, _ source: SourceText) -> String {
        let line = source.lineContentRange(source.line(containing: offset))
        return String(decoding: source.bytes[line.start..<line.end].prefix { $0 == 0x20 || $0 == 0x09 }, as: UTF8.self)
    }

    static func isFlow(_ node: SyntaxNode, _ source: SourceText) -> Bool {
        guard node.range.start < source.count else { return false }
        return source.bytes[node.range.start] == UInt8(ascii: "{") || source.bytes[node.range.start] == UInt8(ascii: "[")
    }

    /// The object holding the member whose key range is `keyRange`, and the member's position.
    static func member(at keyRange: ByteRange, in root: SyntaxNode) -> (SyntaxNode, Int)? {
        var stack = [root]
        while let node = stack.popLast() {
            if let members = node.members {
                if let i = members.firstIndex(where: { $0.keyRange == keyRange }) { return (node, i) }
                stack.append(contentsOf: members.map(\.value))
            } else if let elements = node.elements {
                stack.append(contentsOf: elements)
            }
        }
        return nil
    }

    /// The node whose range is `range`.
    static func node(with range: ByteRange, in root: SyntaxNode) -> SyntaxNode? {
        var stack = [root]
        while let node = stack.popLast() {
            if node.range == range, node.members != nil { return node }
            if let members = node.members { stack.append(contentsOf: members.map(\.value)) }
            if let elements = node.elements { stack.append(contentsOf: elements) }
        }
        return nil
    }

    /// The model shape describing `object`, found by walking from the root.
    static func shape(of object: SyntaxNode, root: SyntaxNode, target: DocumentAnalysis.Target) -> ShapeID? {
        var node = root
        var shape = target.operation.input
        let service = target.service
        while node.range != object.range {
            var next: (SyntaxNode, ShapeID?)?
            if let members = node.members {
                for member in members where member.value.range.contains(object.range) {
                    next = (member.value, CursorTarget.childMember(of: shape, key: member.key, service: service)?.shape)
                    break
                }
            } else if let elements = node.elements {
                for element in elements where element.range.contains(object.range) {
                    next = (element, shape.flatMap { service[$0].listMember?.shape })
                    break
                }
            }
            guard let (child, childShape) = next else { return nil }
            node = child
            shape = childShape
        }
        return shape
    }
}
