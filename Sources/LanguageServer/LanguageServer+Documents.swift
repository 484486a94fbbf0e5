package import JSONSyntax
package import TextModel

extension LanguageServer {
    func didOpen(_ params: JSONValue?) {
        guard let item = params?["textDocument"], let uri = item["uri"]?.stringValue,
            let text = item["text"]?.stringValue
        else { return log("didOpen without a text document") }
        var document = OpenDocument(
            uri: uri, languageID: item["languageId"]?.stringValue ?? "", version: item["version"]?.intValue ?? 0,
            source: SourceText(text))
        state.withLock { state in
            analyze(&document, state: &state)
            state.documents[uri] = document
        }
        publish(uri)
        if document.kind == .workspaceConfiguration || document.kind == .shellScript { workspaceInputsChanged(by: uri) }
    }

    func didChange(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else { return }
        let version = params?["textDocument"]?["version"]?.intValue
        let changes = params?["contentChanges"]?.arrayValue ?? []
        let applied = state.withLock { state -> OpenDocument? in
            guard var document = state.documents[uri] else { return nil }
            if let version, version < document.version {
                return nil  // an out-of-date change: the client already sent a newer text
            }
            for change in changes {
                guard let text = change["text"]?.stringValue else { continue }
                if let range = change["range"], range != .null {
                    let bytes =
                        state.conversion.byteRange(range, in: document.source) ?? .empty(at: document.source.count)
                    document.source = document.source.replacing(bytes, with: text)
                } else {
                    document.source = SourceText(text)
                }
            }
            document.version = version ?? document.version + 1
            analyze(&document, state: &state)
            state.documents[uri] = document
            return document
        }
        guard let applied else { return log("change to \(uri) ignored (not open, or an older version)") }
        publish(uri)
        if applied.kind == .workspaceConfiguration { workspaceInputsChanged(by: uri) }
    }

    func didClose(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else { return }
        let closed = state.withLock { state in
            state.scriptCaches[uri] = nil
            return state.documents.removeValue(forKey: uri)
        }
        if !state.withLock({ $0.capabilities.pullDiagnostics }) {
            connection.send(
                notification: "textDocument/publishDiagnostics",
                params: .object(["uri": .string(uri), "diagnostics": .array([])]))
        }
        if let closed, closed.kind == .workspaceConfiguration { workspaceInputsChanged(by: uri) }
    }

    func didSave(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else { return }
        let kind = state.withLock { $0.documents[uri]?.kind }
        if kind == .workspaceConfiguration || kind == .shellScript { workspaceInputsChanged(by: uri) }
    }

    /// `.cli-input.yaml` or a shell script changed: associations may have changed for every document.
    func workspaceInputsChanged(by uri: String) {
        state.withLock { state in
            state.workspaceFiles = [:]
            state.catalogs = [:]
            state.scriptCaches = [:]
        }
        if uri.hasSuffix(".sh") || uri.hasSuffix(".bash") || state.withLock({ $0.documents[uri]?.kind == .shellScript })
        {
            rescanScripts()
        }
        reanalyzeAll(except: uri)
    }

    /// Analyses every open document again and publishes.
    func reanalyzeAll(except skipped: String? = nil) {
        let uris = state.withLock { state -> [String] in
            var uris = [String]()
            for (uri, var document) in state.documents where uri != skipped {
                analyze(&document, state: &state)
                state.documents[uri] = document
                uris.append(uri)
            }
            return uris.sorted()
        }
        for uri in uris { publish(uri) }
    }

    /// Pushes the diagnostics of `uri`, unless the client pulls them.
    func publish(_ uri: String) {
        let message = state.withLock { state -> JSONValue? in
            guard !state.capabilities.pullDiagnostics, let document = state.documents[uri] else { return nil }
            return .object([
                "uri": .string(uri), "version": .integer(Int64(document.version)),
                "diagnostics": diagnostics(document, state.conversion),
            ])
        }
        if let message { connection.send(notification: "textDocument/publishDiagnostics", params: message) }
    }

    func diagnostics(_ document: OpenDocument, _ conversion: LSPConversion) -> JSONValue {
        .array((document.analysis?.findings ?? []).map { conversion.diagnostic($0, in: document.source) })
    }
}
