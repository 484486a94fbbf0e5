package import JSONSyntax
package import TextModel

/// What the client said it supports in `initialize`, reduced to what the server uses.
package struct ClientCapabilities: Sendable, Hashable {
    /// The negotiated encoding of `character` in positions.
    package var positionEncoding: PositionEncoding = .utf16
    package var snippets = false
    /// `textDocument/diagnostic` (pull diagnostics): the server then does not push.
    package var pullDiagnostics = false
    /// `workspace/configuration` requests.
    package var workspaceConfiguration = false
    /// `documentChanges` with `create` resource operations in workspace edits.
    package var createFiles = false
    package var documentChanges = false
    /// Dynamic registration of `workspace/didChangeWatchedFiles`.
    package var watchedFilesRegistration = false
    /// Hierarchical document symbols.
    package var hierarchicalSymbols = false
    /// Markdown in hovers and completion documentation.
    package var markdown = false
    /// Code action literals (rather than commands) in `textDocument/codeAction` results.
    package var codeActionLiterals = false

    package init() {}

    package init(_ initialize: JSONValue?) {
        let capabilities = initialize?["capabilities"]
        let offered = capabilities?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        // Prefer UTF-8 (no conversion), then UTF-32, else UTF-16, which every client must support.
        if offered.contains("utf-8") {
            positionEncoding = .utf8
        } else if offered.contains("utf-32") {
            positionEncoding = .utf32
        }
        let textDocument = capabilities?["textDocument"]
        snippets = textDocument?["completion"]?["completionItem"]?["snippetSupport"]?.boolValue ?? false
        pullDiagnostics = textDocument?["diagnostic"] != nil && textDocument?["diagnostic"] != .null
        let workspace = capabilities?["workspace"]
        workspaceConfiguration = workspace?["configuration"]?.boolValue ?? false
        let workspaceEdit = workspace?["workspaceEdit"]
        documentChanges = workspaceEdit?["documentChanges"]?.boolValue ?? false
        createFiles = documentChanges
            && (workspaceEdit?["resourceOperations"]?.arrayValue?.contains(.string("create")) ?? false)
        watchedFilesRegistration = workspace?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue ?? false
        hierarchicalSymbols = textDocument?["documentSymbol"]?["hierarchicalDocumentSymbolSupport"]?.boolValue ?? false
        let formats = textDocument?["hover"]?["contentFormat"]?.arrayValue?.compactMap(\.stringValue) ?? []
        markdown = formats.contains("markdown")
        codeActionLiterals = textDocument?["codeAction"]?["codeActionLiteralSupport"] != nil
    }
}
