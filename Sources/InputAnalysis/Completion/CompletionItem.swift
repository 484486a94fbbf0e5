package import TextModel

/// One completion candidate, format-aware but protocol-free: the server maps it to LSP.
package struct CompletionItem: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case member
        case enumValue
        case filterKey
        case filterValue
        case boolean
        case skeleton
    }

    /// What the list shows (`Filters`, `SUCCESS`).
    package var label: String
    package var kind: Kind
    /// The type and a short note (`list, required`).
    package var detail: String?
    /// Markdown for the documentation pane.
    package var documentation: String?
    /// The replacement of the token under the cursor, as plain text.
    package var edit: TextEdit
    /// The same replacement as an LSP snippet (`$1`, `${1|a,b|}`), for clients that support snippets.
    package var snippet: String?
    /// Orders the list: required members first, then model order.
    package var sortText: String
    /// What the client filters on when it differs from the label (quotes included in JSON).
    package var filterText: String?

    package init(
        label: String, kind: Kind, detail: String? = nil, documentation: String? = nil, edit: TextEdit,
        snippet: String? = nil, sortText: String, filterText: String? = nil
    ) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.edit = edit
        self.snippet = snippet
        self.sortText = sortText
        self.filterText = filterText
    }
}
