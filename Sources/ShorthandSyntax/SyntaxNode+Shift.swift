import InputSyntax
import TextModel

extension SyntaxNode {
    /// The tree with every value and key range moved by `delta` bytes. Recursion is bounded by the parsers' nesting
    /// limit (`SyntaxLimits.maxNestingDepth`).
    func shifted(by delta: Int) -> SyntaxNode {
        switch value {
        case .object(let members):
            let moved = members.map {
                SyntaxMember(key: $0.key, keyRange: $0.keyRange.shifted(by: delta), value: $0.value.shifted(by: delta))
            }
            return SyntaxNode(.object(moved), range: range.shifted(by: delta))
        case .array(let elements):
            return SyntaxNode(.array(elements.map { $0.shifted(by: delta) }), range: range.shifted(by: delta))
        case .scalar, .missing:
            return SyntaxNode(value, range: range.shifted(by: delta))
        }
    }
}
