import InputSyntax
import TextModel

extension SyntaxNode {
    /// The tree with every value and key range passed through `transform` (from a parsed string's own offsets to
    /// where the string is written). Recursion is bounded by the parsers' nesting limit.
    func mappingRanges(_ transform: (ByteRange) -> ByteRange) -> SyntaxNode {
        switch value {
        case .object(let members):
            let mapped = members.map {
                SyntaxMember(
                    key: $0.key, keyRange: transform($0.keyRange), value: $0.value.mappingRanges(transform))
            }
            return SyntaxNode(.object(mapped), range: transform(range))
        case .array(let elements):
            return SyntaxNode(.array(elements.map { $0.mappingRanges(transform) }), range: transform(range))
        case .scalar, .missing:
            return SyntaxNode(value, range: transform(range))
        }
    }

    /// The tree as the Python value the CLI holds: in every object a repeated key keeps its first position and its
    /// last value (with that occurrence's key range), as `dict` and `OrderedDict` do.
    func pythonDict() -> SyntaxNode {
        switch value {
        case .object(let members):
            var positions = [String: Int]()
            var result = [SyntaxMember]()
            result.reserveCapacity(members.count)
            for member in members {
                let cleaned = SyntaxMember(key: member.key, keyRange: member.keyRange, value: member.value.pythonDict())
                if let at = positions[member.key] {
                    result[at] = cleaned
                } else {
                    positions[member.key] = result.count
                    result.append(cleaned)
                }
            }
            return SyntaxNode(.object(result), range: range)
        case .array(let elements):
            return SyntaxNode(.array(elements.map { $0.pythonDict() }), range: range)
        case .scalar, .missing:
            return self
        }
    }

    /// A string scalar.
    static func string(_ text: String, range: ByteRange, style: ScalarStyle = .plain) -> SyntaxNode {
        SyntaxNode(.scalar(Scalar(.string(text), style: style)), range: range)
    }

    /// A scalar of another kind.
    static func scalar(_ kind: ScalarKind, range: ByteRange) -> SyntaxNode {
        SyntaxNode(.scalar(Scalar(kind, style: .plain)), range: range)
    }

    /// An object whose members have the given keys and values (key ranges empty at the value).
    static func object(_ members: [(String, SyntaxNode)], range: ByteRange) -> SyntaxNode {
        SyntaxNode(
            .object(members.map { SyntaxMember(key: $0.0, keyRange: .empty(at: $0.1.range.start), value: $0.1) }),
            range: range)
    }

    /// The member `key` set to `value`: replaced in place when present, appended otherwise (Python's `d[k] = v`).
    func setting(_ key: String, _ value: SyntaxNode, keyRange: ByteRange? = nil) -> SyntaxNode {
        var members = self.members ?? []
        let member = SyntaxMember(key: key, keyRange: keyRange ?? .empty(at: value.range.start), value: value)
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index] = member
        } else {
            members.append(member)
        }
        return SyntaxNode(.object(members), range: range)
    }

    /// The object without member `key`.
    func removing(_ key: String) -> SyntaxNode {
        guard let members else { return self }
        return SyntaxNode(.object(members.filter { $0.key != key }), range: range)
    }
}
