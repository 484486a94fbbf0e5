package import TextModel

/// A fix or refactoring the editor may apply: edits to the document, and possibly a new or changed other file.
package struct CodeActionCandidate: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable {
        case quickFix = "quickfix"
        case refactorRewrite = "refactor.rewrite"
        case refactor = "refactor"
        case source = "source"
    }

    /// Another file the action creates or replaces wholesale (a converted document, `.cli-input.yaml`).
    package struct FileChange: Sendable, Hashable {
        /// A path relative to the document's directory (`x.yaml`) or to the workspace root (`.cli-input.yaml`).
        package var path: String
        package var relativeToWorkspace: Bool
        package var text: String
        /// Whether the file exists: its whole text is then replaced; otherwise it is created.
        package var exists: Bool
    }

    package var title: String
    package var kind: Kind
    /// Edits of the document itself, UTF-8 byte ranges.
    package var edits: [TextEdit]
    package var fileChange: FileChange?
    /// The findings this action fixes (so the client can link them), by index in the findings passed in.
    package var fixes: [Int]
    package var isPreferred: Bool

    package init(
        title: String, kind: Kind, edits: [TextEdit] = [], fileChange: FileChange? = nil, fixes: [Int] = [],
        isPreferred: Bool = false
    ) {
        self.title = title
        self.kind = kind
        self.edits = edits
        self.fileChange = fileChange
        self.fixes = fixes
        self.isPreferred = isPreferred
    }
}
