import InputSyntax
import TextModel

extension YAMLTreeBuilder {
    /// Builds a sequence node as its tag asks: a list, `!!omap` (one mapping of the single-pair items) or
    /// `!!pairs` (a list of `[key, value]` lists).
    mutating func finishSequence(_ s: Frame, endRange: ByteRange?) -> YAMLBuiltNode {
        let range = collectionRange(
            start: s.start, flow: s.flow, endRange: endRange, lastChildEnd: s.items.last.map(\.node.range.end))
        let tag = collectionTag(s.properties, default: .seq)
        let size = s.items.reduce(1) { $0 + $1.size }
        var value = SyntaxNode.Value.array(s.items.map(\.node))
        switch tag {
        case .seq:
            break
        case .omap, .pairs:
            var members: [SyntaxMember] = []
            var seen: Set<YAMLKeyIdentity> = []
            for item in s.items {
                guard let source = item.mergeSource else {
                    refuse(item.node.range, "expected a mapping of length 1, but found \(item.nodeKindName)")
                    continue
                }
                guard source.members.count == 1, let member = source.members.first, let identity = source.identities.first
                else {
                    refuse(item.node.range, "expected a single mapping item, but found \(source.members.count) items")
                    continue
                }
                if tag == .omap, !seen.insert(identity).inserted {
                    refuse(member.keyRange, "duplicate key '\(member.key)' in an ordered map")
                }
                members.append(member)
            }
            if tag == .omap {
                value = .object(members)
            } else {
                value = .array(
                    members.map { m in
                        SyntaxNode(
                            .array([keyNode(m), m.value]), range: m.keyRange.union(m.value.range))
                    })
            }
        case .map, .set:
            refuse(range, "expected a mapping node, but found sequence")
        case .str, .int, .float, .bool, .null, .timestamp, .binary:
            refuse(range, "expected a scalar node, but found sequence")
        case .merge, .value, .unknown:
            refuse(range, "could not determine a constructor for the tag '\(tag.displayName)'")
        }
        var identity: YAMLKeyIdentity?
        if tag == .seq {
            var parts: [YAMLKeyIdentity] = []
            for item in s.items {
                guard case .scalar = item.shape, let id = item.identity else { break }
                parts.append(id)
            }
            if parts.count == s.items.count { identity = .tuple(parts) }
        }
        return YAMLBuiltNode(
            node: SyntaxNode(value, range: range), size: size, shape: .sequence(items: s.items.map(\.mergeSource)),
            tag: tag, identity: identity)
    }

    /// Builds a mapping node as ruamel's `flatten_mapping` and `construct_mapping` do: `<<` merges first (a
    /// mapping, or a list of mappings where earlier ones win), explicit keys after and winning; duplicate keys
    /// are refused only when nothing was merged. Keys that are collections are reported and left out.
    mutating func finishMapping(_ m: Frame, endRange: ByteRange?) -> YAMLBuiltNode {
        var lastChildEnd: Int?
        for entry in m.entries {
            lastChildEnd = max(lastChildEnd ?? 0, entry.keyRange.end, entry.value.node.range.end)
        }
        let range = collectionRange(start: m.start, flow: m.flow, endRange: endRange, lastChildEnd: lastChildEnd)
        let tag = collectionTag(m.properties, default: .map)
        var size = 1
        var merged: [(member: SyntaxMember, identity: YAMLKeyIdentity)] = []
        // A nil member is a sequence key: left out of the tree, but still a key for the duplicate check.
        var explicit: [(member: SyntaxMember?, keyRange: ByteRange, identity: YAMLKeyIdentity)] = []
        for entry in m.entries {
            size += entry.key.size + entry.value.size
            if entry.key.tag == .merge {
                mergeEntry(entry.key, entry.keyRange, entry.value, into: &merged)
                continue
            }
            guard let identity = entry.key.identity else {
                refuse(entry.keyRange, "found unhashable key")
                continue
            }
            guard case .scalar(let keyText) = entry.key.shape else {
                diagnostics.append(
                    SyntaxDiagnostic(
                        code: SyntaxDiagnostic.Code.syntax, severity: .warning,
                        message: "A sequence used as a key cannot name an AWS CLI parameter; it is ignored.",
                        range: entry.keyRange))
                explicit.append((nil, entry.keyRange, identity))
                continue
            }
            let member = SyntaxMember(key: keyText, keyRange: entry.keyRange, value: entry.value.node)
            explicit.append((member, entry.keyRange, identity))
        }
        var members: [SyntaxMember] = []
        var identities: [YAMLKeyIdentity] = []
        if merged.isEmpty {
            var seen: Set<YAMLKeyIdentity> = []
            for (entry, keyRange, identity) in explicit {
                if !seen.insert(identity).inserted {
                    let name = entry?.key ?? String(decoding: bytes[keyRange.clamped(toLength: bytes.count).range], as: UTF8.self)
                    diagnostics.append(
                        SyntaxDiagnostic(
                            code: SyntaxDiagnostic.Code.duplicateKey,
                            message: "Duplicate key '\(name)'; the AWS CLI refuses YAML with a repeated key.",
                            range: keyRange))
                }
                guard let member = entry else { continue }
                members.append(member)
                identities.append(identity)
            }
        } else {
            // A Python dict filled in order: a repeated key keeps its first position and takes the later value.
            var position: [YAMLKeyIdentity: Int] = [:]
            let all = merged.map { (Optional($0.member), $0.identity) } + explicit.map { ($0.member, $0.identity) }
            for case (let member?, let identity) in all {
                if let index = position[identity] {
                    members[index] = member
                } else {
                    position[identity] = members.count
                    members.append(member)
                    identities.append(identity)
                }
            }
        }
        switch tag {
        case .map, .set:
            break
        case .seq:
            refuse(range, "expected a sequence node, but found mapping")
        case .omap, .pairs:
            refuse(range, "expected a sequence, but found mapping")
        case .str, .int, .float, .bool, .null, .timestamp, .binary:
            refuse(range, "expected a scalar node, but found mapping")
        case .merge, .value, .unknown:
            refuse(range, "could not determine a constructor for the tag '\(tag.displayName)'")
        }
        let source = YAMLMergeSource(members: members, identities: identities)
        return YAMLBuiltNode(
            node: SyntaxNode(.object(members), range: range), size: size, shape: .mapping(source), tag: tag,
            identity: nil)
    }

    private mutating func mergeEntry(
        _ key: YAMLBuiltNode, _ keyRange: ByteRange, _ value: YAMLBuiltNode,
        into merged: inout [(member: SyntaxMember, identity: YAMLKeyIdentity)]
    ) {
        if !merged.isEmpty {
            diagnostics.append(
                SyntaxDiagnostic(
                    code: SyntaxDiagnostic.Code.duplicateKey,
                    message: "Duplicate merge key '<<'; the AWS CLI refuses it (merge a list instead: <<: [*a, *b]).",
                    range: keyRange))
            return
        }
        switch value.shape {
        case .mapping(let source):
            merged.append(contentsOf: zip(source.members, source.identities).map { ($0, $1) })
        case .sequence(let items):
            var sources: [YAMLMergeSource] = []
            let nodes = value.node.elements ?? []
            for (index, item) in items.enumerated() {
                guard let source = item else {
                    let itemRange = index < nodes.count ? nodes[index].range : value.node.range
                    refuse(itemRange, "expected a mapping for merging, but found \(index < nodes.count ? kindName(nodes[index]) : "scalar")")
                    continue
                }
                sources.append(source)
            }
            // ruamel extends with the last mapping first, so that in a Python dict the earlier ones win.
            for source in sources.reversed() {
                merged.append(contentsOf: zip(source.members, source.identities).map { ($0, $1) })
            }
        case .scalar:
            refuse(value.node.range, "expected a mapping or list of mappings for merging, but found scalar")
        }
    }

    private func kindName(_ node: SyntaxNode) -> String {
        switch node.value {
        case .array: "sequence"
        case .object: "mapping"
        default: "scalar"
        }
    }

    /// The tag a collection is constructed with: its own, or the default when it has none or `!`.
    private func collectionTag(_ properties: YAMLNodeProperties, default fallback: YAMLTag) -> YAMLTag {
        guard let name = properties.tag, name != "!" else { return fallback }
        return YAMLTag(fullName: name)
    }

    /// A flow collection ends after its closing bracket; a block collection, whose end mark lies at the next token,
    /// ends with its last child.
    private func collectionRange(start: Int, flow: Bool, endRange: ByteRange?, lastChildEnd: Int?) -> ByteRange {
        if flow, let endRange { return ByteRange(start: start, end: max(start, endRange.end)) }
        if let lastChildEnd { return ByteRange(start: start, end: max(start, lastChildEnd)) }
        if flow { return ByteRange(start: start, end: min(start + 1, bytes.count)) }
        return ByteRange(start: start, end: start)
    }

    /// A `!!pairs` key as a node: the member's key text with the style its first byte shows.
    private func keyNode(_ member: SyntaxMember) -> SyntaxNode {
        let first = member.keyRange.start < bytes.count ? bytes[member.keyRange.start] : 0
        let style: ScalarStyle =
            first == UInt8(ascii: "\"") ? .doubleQuoted : first == UInt8(ascii: "'") ? .singleQuoted : .plain
        return SyntaxNode(.scalar(Scalar(.string(member.key), style: style)), range: member.keyRange)
    }
}
