package import InputSyntax
package import ServiceModel
package import TextModel

/// For a document no rule associates: actions that associate it with the operations whose input members best
/// match its top-level keys. A YAML document gets a `# cli-input:` comment; a JSON document (JSON has no comments)
/// gets an entry in the workspace's `.cli-input.yaml`.
package enum AssociationSuggestions {
    /// - Parameters:
    ///   - relativePath: the document's path relative to the workspace root.
    ///   - workspaceFile: the current text of `.cli-input.yaml`, nil when there is none.
    package static func actions(
        parse: ParseResult, format: DocumentFormat, index: OperationIndex, relativePath: String,
        workspaceFile: String?, limit: Int = 5
    ) -> [CodeActionCandidate] {
        let keys = parse.root?.members?.map(\.key) ?? []
        return index.ranked(keys: keys, limit: limit).map { candidate in
            let name = "\(candidate.entry.service) \(candidate.entry.operation)"
            if format == .yaml {
                return CodeActionCandidate(
                    title: "Associate with \(name)", kind: .quickFix,
                    edits: [TextEdit(range: .empty(at: 0), newText: "# cli-input: \(name)\n")])
            }
            return CodeActionCandidate(
                title: "Associate with \(name) (in .cli-input.yaml)", kind: .quickFix,
                fileChange: .init(
                    path: ".cli-input.yaml", relativeToWorkspace: true,
                    text: addingAssociation(to: workspaceFile, glob: relativePath, operation: name),
                    exists: workspaceFile != nil))
        }
    }

    /// `.cli-input.yaml` text with one more association (the file is created when `text` is nil).
    package static func addingAssociation(to text: String?, glob: String, operation: String) -> String {
        let entry = "  \(YAMLScalarStyle.render(glob, simpleKey: true)): \(operation)\n"
        guard var text, !text.isEmpty else { return "associations:\n" + entry }
        if !text.hasSuffix("\n") { text += "\n" }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let header = lines.firstIndex(where: { $0.hasPrefix("associations:") }) {
            lines.insert(String(entry.dropLast()), at: header + 1)
            return lines.joined(separator: "\n")
        }
        return text + "associations:\n" + entry
    }
}
