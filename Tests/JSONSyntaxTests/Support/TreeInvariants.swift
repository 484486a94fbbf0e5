import InputSyntax
import TextModel

/// Structural promises every parse result keeps, whatever the input: checked without recursion, so that it
/// also works on the deepest trees.
enum TreeInvariants {
    /// A description of each broken promise; empty when all hold.
    static func violations(in result: ParseResult, length: Int) -> [String] {
        var problems = [String]()
        let whole = ByteRange(start: 0, end: length)
        for diagnostic in result.diagnostics where !whole.contains(diagnostic.range) {
            problems.append("diagnostic \(diagnostic.range) outside the text")
        }
        guard let root = result.root else { return problems }
        if !whole.contains(root.range) { problems.append("root \(root.range) outside the text") }
        var pending = [root]
        while let node = pending.popLast() {
            var previousEnd = node.range.start
            switch node.value {
            case .object(let members):
                for member in members {
                    if member.keyRange.start < previousEnd { problems.append("key \(member.keyRange) overlaps") }
                    if member.value.range.start < member.keyRange.end {
                        problems.append("value \(member.value.range) before its key \(member.keyRange)")
                    }
                    if !node.range.contains(member.range) {
                        problems.append("member \(member.range) outside its object \(node.range)")
                    }
                    previousEnd = member.value.range.end
                    pending.append(member.value)
                }
            case .array(let elements):
                for element in elements {
                    if element.range.start < previousEnd { problems.append("element \(element.range) overlaps") }
                    if !node.range.contains(element.range) {
                        problems.append("element \(element.range) outside its array \(node.range)")
                    }
                    previousEnd = element.range.end
                    pending.append(element)
                }
            case .scalar, .missing:
                break
            }
            if problems.count > 10 { break }
        }
        return problems
    }

    /// The number of nested containers on the deepest path.
    static func depth(of root: SyntaxNode) -> Int {
        var deepest = 0
        var pending = [(root, 1)]
        while let (node, level) = pending.popLast() {
            switch node.value {
            case .object(let members):
                deepest = max(deepest, level)
                pending += members.map { ($0.value, level + 1) }
            case .array(let elements):
                deepest = max(deepest, level)
                pending += elements.map { ($0, level + 1) }
            case .scalar, .missing:
                break
            }
        }
        return deepest
    }
}
