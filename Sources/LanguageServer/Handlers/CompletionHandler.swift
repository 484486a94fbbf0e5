package import InputAnalysis
package import JSONRPC
package import JSONSyntax

extension LanguageServer {
    /// `textDocument/completion`.
    func completion(_ params: JSONValue?) -> Result<JSONValue, ResponseError> {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
            return .failure(Self.invalidParams("textDocument.uri is required"))
        }
        return state.withLock { state in
            guard let document = state.documents[uri],
                let offset = state.conversion.offset(params?["position"], in: document.source)
            else { return .success(.object(["isIncomplete": .bool(false), "items": .array([])])) }
            let items = completionItems(document, offset: offset, state: &state)
            let conversion = state.conversion
            let snippets = state.capabilities.snippets
            let markdown = state.capabilities.markdown
            return .success(.object([
                "isIncomplete": .bool(false),
                "items": .array(items.map { lspItem($0, document: document, conversion, snippets: snippets, markdown: markdown) }),
            ]))
        }
    }

    func completionItems(_ document: OpenDocument, offset: Int, state: inout ServerState) -> [CompletionItem] {
        switch document.kind {
        case .json, .yaml:
            guard let format = document.format, let target = document.analysis?.target else { return [] }
            return CompletionEngine.complete(
                document.source, format: format, offset: offset, target: target, parse: document.analysis?.parse)
        case .shellScript:
            return scriptCompletion(document, offset: offset, state: &state)
        default:
            return []
        }
    }

    func lspItem(
        _ item: CompletionItem, document: OpenDocument, _ conversion: LSPConversion, snippets: Bool, markdown: Bool
    ) -> JSONValue {
        let kind: Int
        switch item.kind {
        case .member: kind = 10  // Property
        case .enumValue: kind = 20  // EnumMember
        case .filterKey: kind = 14  // Keyword
        case .filterValue: kind = 12  // Value
        case .boolean: kind = 12
        case .skeleton: kind = 15  // Snippet
        }
        let useSnippet = snippets && item.snippet != nil
        var edit = item.edit
        if useSnippet, let snippet = item.snippet { edit.newText = snippet }
        var object: JSONObject = [
            "label": .string(item.label),
            "kind": .integer(Int64(kind)),
            "textEdit": conversion.textEdit(edit, in: document.source),
            "insertTextFormat": .integer(useSnippet ? 2 : 1),
            "insertTextMode": .integer(1),
            "sortText": .string(item.sortText),
        ]
        if let detail = item.detail { object["detail"] = .string(detail) }
        if let documentation = item.documentation {
            object["documentation"] = markdown
                ? .object(["kind": .string("markdown"), "value": .string(documentation)]) : .string(documentation)
        }
        if let filter = item.filterText { object["filterText"] = .string(filter) }
        return .object(object)
    }
}
