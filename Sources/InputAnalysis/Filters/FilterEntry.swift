package import InputSyntax
package import ServiceModel
package import TextModel

/// One filter as written in a document: its key and its values, with where they are.
package struct FilterEntry: Sendable, Hashable {
    /// One value, with its node and path.
    package struct Value: Sendable, Hashable {
        package var node: SyntaxNode
        package var path: InputPath
    }

    /// The knowledge this entry is read against.
    package var parameter: FilterParameter
    /// The key as written, when it is a string.
    package var key: String?
    /// The node holding the key; nil when the entry is a map member (the key is the member's key) or the key is
    /// not written yet.
    package var keyNode: SyntaxNode?
    /// Where the key is: the key node's range, or the map member's key range. UTF-8 byte offsets.
    package var keyRange: ByteRange?
    package var keyPath: InputPath
    /// The node holding the values (a list, or the single value); nil when not written yet.
    package var valuesNode: SyntaxNode?
    package var values: [Value]
    /// The object holding the entry's members (for a map entry, the map).
    package var container: SyntaxNode
    package var path: InputPath
}

/// Finds the filter entries of a document for the filter parameters of one operation.
package enum FilterEntries {
    /// Every entry of every parameter in `parameters`, reading `root` as the operation's whole input.
    package static func find(in root: SyntaxNode, parameters: [FilterParameter]) -> [FilterEntry] {
        parameters.flatMap { find(in: root, at: .root, steps: $0.entrySteps[...], parameter: $0) }
    }

    /// Every entry in `value`, the value of the input member `member` alone (a shorthand argument such as
    /// `--filters Key=STATUS,Values=SUCCESS`).
    package static func find(inParameter member: String, value: SyntaxNode, parameters: [FilterParameter]) -> [FilterEntry] {
        var result = [FilterEntry]()
        for parameter in parameters {
            let steps = parameter.entrySteps
            // A pair of top-level members (`--name x --value y`) has no entry inside one argument.
            guard steps.first == .member(member) else { continue }
            result += find(in: value, at: InputPath([.member(member)]), steps: steps.dropFirst(), parameter: parameter)
        }
        return result
    }

    private static func find(
        in root: SyntaxNode, at rootPath: InputPath, steps: ArraySlice<FilterPath.Step>, parameter: FilterParameter
    ) -> [FilterEntry] {
        var frontier = [(root, rootPath)]
        for step in steps {
            var next = [(SyntaxNode, InputPath)]()
            for (node, path) in frontier {
                switch step {
                case .member(let name):
                    if let member = node.member(name) { next.append((member.value, path.appending(.member(name)))) }
                case .element:
                    if let elements = node.elements {
                        for (i, element) in elements.enumerated() { next.append((element, path.appending(.index(i)))) }
                    } else if node.scalar != nil || node.members != nil {
                        // Shorthand writes a one-element list without brackets.
                        next.append((node, path.appending(.index(0))))
                    }
                case .mapValue:
                    for member in node.members ?? [] { next.append((member.value, path.appending(.mapValue(member.key)))) }
                case .mapKey:
                    break
                }
            }
            frontier = next
        }
        var entries = [FilterEntry]()
        for (node, path) in frontier {
            guard let members = node.members else { continue }
            switch parameter.keyStep {
            case .member(let keyName):
                let keyNode = node.member(keyName)?.value
                var entry = FilterEntry(
                    parameter: parameter, key: keyNode?.stringValue, keyNode: keyNode, keyRange: keyNode?.range,
                    keyPath: path.appending(.member(keyName)), valuesNode: nil, values: [], container: node, path: path)
                if case .member(let valuesName) = parameter.valueSteps.first, let valuesNode = node.member(valuesName)?.value {
                    entry.valuesNode = valuesNode
                    entry.values = values(of: valuesNode, at: path.appending(.member(valuesName)), list: parameter.valuesAreList)
                }
                entries.append(entry)
            case .mapKey:
                for member in members {
                    var entry = FilterEntry(
                        parameter: parameter, key: member.key, keyNode: nil, keyRange: member.keyRange,
                        keyPath: path.appending(.mapKey(member.key)), valuesNode: member.value, values: [], container: node,
                        path: path)
                    entry.values = values(of: member.value, at: path.appending(.mapValue(member.key)), list: parameter.valuesAreList)
                    entries.append(entry)
                }
            default:
                break
            }
        }
        return entries
    }

    /// The values inside `node`: its elements for a list, itself for a single value (shorthand and half-written
    /// documents may give one value where a list belongs).
    private static func values(of node: SyntaxNode, at path: InputPath, list: Bool) -> [FilterEntry.Value] {
        if list, let elements = node.elements {
            return elements.enumerated().map { FilterEntry.Value(node: $1, path: path.appending(.index($0))) }
        }
        if node.scalar != nil || node.isMissing {
            return [FilterEntry.Value(node: node, path: list ? path.appending(.index(0)) : path)]
        }
        return []
    }
}
