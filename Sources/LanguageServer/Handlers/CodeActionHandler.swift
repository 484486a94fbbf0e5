package import InputAnalysis
package import JSONRPC
package import JSONSyntax
package import ServiceModel
package import TextModel

extension LanguageServer {
    /// `textDocument/codeAction`: quick fixes from the findings under the range, and refactorings of the document.
    func codeActions(_ params: JSONValue?) -> Result<JSONValue, ResponseError> {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
            return .failure(Self.invalidParams("textDocument.uri is required"))
        }
        let only = params?["context"]?["only"]?.arrayValue?.compactMap(\.stringValue)
        return state.withLock { state in
            guard let document = state.documents[uri], let format = document.format,
                let analysis = document.analysis
            else { return .success(.array([])) }
            let range = state.conversion.byteRange(params?["range"], in: document.source) ?? .empty(at: 0)
            var candidates = QuickFixes.actions(
                for: analysis.findings, touching: range, source: document.source, format: format,
                parse: analysis.parse, target: analysis.target)
            let fileName = (document.path ?? uri).split(separator: "/").last.map(String.init) ?? "document"
            candidates += Refactorings.actions(
                source: document.source, format: format, parse: analysis.parse, target: analysis.target,
                fileName: fileName)
            if analysis.association == nil, let index = operationIndex(state: &state) {
                let workspace = workspaceFile(for: document.path, state: &state)
                let root = workspace?.directory ?? state.roots.first
                candidates += AssociationSuggestions.actions(
                    parse: analysis.parse, format: format, index: index,
                    relativePath: relativePath(document.path ?? uri, to: root), workspaceFile: workspace?.text)
            }
            let actions = candidates.compactMap { candidate -> JSONValue? in
                if let only, !only.contains(where: { candidate.kind.rawValue.hasPrefix($0) }) { return nil }
                return lspAction(candidate, document: document, findings: analysis.findings, state: &state)
            }
            return .success(.array(actions))
        }
    }

    private func lspAction(
        _ candidate: CodeActionCandidate, document: OpenDocument, findings: [Finding], state: inout ServerState
    ) -> JSONValue? {
        let conversion = state.conversion
        var documentChanges = [JSONValue]()
        var changes = JSONObject()
        if !candidate.edits.isEmpty {
            let edits = JSONValue.array(candidate.edits.map { conversion.textEdit($0, in: document.source) })
            documentChanges.append(.object([
                "textDocument": .object(["uri": .string(document.uri), "version": .integer(Int64(document.version))]),
                "edits": edits,
            ]))
            changes[document.uri] = edits
        }
        if let change = candidate.fileChange {
            let base = change.relativeToWorkspace
                ? (workspaceFile(for: document.path, state: &state)?.directory ?? state.roots.first)
                : document.path.map(FileSystem.directoryName)
            guard let base else { return nil }
            let path = FileSystem.join(base, change.path)
            let uri = DocumentURI.uri(path: path)
            if let open = state.documents[uri] {
                // The editor has it open: replace its current text.
                let edit = TextEdit(range: ByteRange(start: 0, end: open.source.count), newText: change.text)
                let edits = JSONValue.array([conversion.textEdit(edit, in: open.source)])
                documentChanges.append(.object([
                    "textDocument": .object(["uri": .string(uri), "version": .integer(Int64(open.version))]),
                    "edits": edits,
                ]))
                changes[uri] = edits
            } else if FileSystem.exists(path) {
                guard let bytes = try? FileSystem.readFile(path, limit: 1 << 24) else { return nil }
                let current = SourceText(bytes: bytes)
                let edit = TextEdit(range: ByteRange(start: 0, end: current.count), newText: change.text)
                let edits = JSONValue.array([conversion.textEdit(edit, in: current)])
                documentChanges.append(.object([
                    "textDocument": .object(["uri": .string(uri), "version": .null]), "edits": edits,
                ]))
                changes[uri] = edits
            } else {
                // A new file needs `create` support; nothing the server does writes files itself.
                guard state.capabilities.createFiles else { return nil }
                documentChanges.append(.object([
                    "kind": .string("create"), "uri": .string(uri),
                    "options": .object(["overwrite": .bool(false), "ignoreIfExists": .bool(true)]),
                ]))
                documentChanges.append(.object([
                    "textDocument": .object(["uri": .string(uri), "version": .null]),
                    "edits": .array([
                        .object([
                            "range": .object([
                                "start": .object(["line": .integer(0), "character": .integer(0)]),
                                "end": .object(["line": .integer(0), "character": .integer(0)]),
                            ]),
                            "newText": .string(change.text),
                        ])
                    ]),
                ]))
            }
        }
        let edit: JSONValue = state.capabilities.documentChanges
            ? .object(["documentChanges": .array(documentChanges)]) : .object(["changes": .object(changes)])
        var object: JSONObject = [
            "title": .string(candidate.title), "kind": .string(candidate.kind.rawValue), "edit": edit,
        ]
        if !candidate.fixes.isEmpty {
            object["diagnostics"] = .array(candidate.fixes.compactMap { index in
                index < findings.count ? conversion.diagnostic(findings[index], in: document.source) : nil
            })
        }
        if candidate.isPreferred { object["isPreferred"] = .bool(true) }
        return .object(object)
    }
}
