package import InputAnalysis
package import JSONRPC
package import JSONSyntax

extension LanguageServer {
    /// `textDocument/documentSymbol`: the outline of an input document's members.
    func documentSymbols(_ params: JSONValue?) -> Result<JSONValue, ResponseError> {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
            return .failure(Self.invalidParams("textDocument.uri is required"))
        }
        return state.withLock { state in
            guard let document = state.documents[uri], document.format != nil else { return .success(.array([])) }
            let symbols = DocumentOutline.symbols(document.analysis?.parse.root)
            let conversion = state.conversion
            func kind(_ kind: DocumentOutline.Symbol.Kind) -> Int64 {
                switch kind {
                case .object: 19
                case .array: 18
                case .string: 15
                case .number: 16
                case .boolean: 17
                case .null: 21
                }
            }
            if state.capabilities.hierarchicalSymbols {
                func lsp(_ symbol: DocumentOutline.Symbol) -> JSONValue {
                    var object: JSONObject = [
                        "name": .string(symbol.name.isEmpty ? "\"\"" : symbol.name),
                        "kind": .integer(kind(symbol.kind)),
                        "range": conversion.range(symbol.range, in: document.source),
                        "selectionRange": conversion.range(symbol.selectionRange, in: document.source),
                        "children": .array(symbol.children.map(lsp)),
                    ]
                    if let detail = symbol.detail { object["detail"] = .string(detail) }
                    return .object(object)
                }
                return .success(.array(symbols.map(lsp)))
            }
            var flat = [JSONValue]()
            func add(_ symbol: DocumentOutline.Symbol, container: String?) {
                var object: JSONObject = [
                    "name": .string(symbol.name.isEmpty ? "\"\"" : symbol.name),
                    "kind": .integer(kind(symbol.kind)),
                    "location": .object([
                        "uri": .string(uri), "range": conversion.range(symbol.range, in: document.source),
                    ]),
                ]
                if let container { object["containerName"] = .string(container) }
                flat.append(.object(object))
                for child in symbol.children { add(child, container: symbol.name) }
            }
            for symbol in symbols { add(symbol, container: nil) }
            return .success(.array(flat))
        }
    }

    /// `textDocument/foldingRange`.
    func foldingRanges(_ params: JSONValue?) -> Result<JSONValue, ResponseError> {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
            return .failure(Self.invalidParams("textDocument.uri is required"))
        }
        return state.withLock { state in
            guard let document = state.documents[uri], document.format != nil else { return .success(.array([])) }
            let ranges = DocumentOutline.foldingRanges(document.analysis?.parse.root, source: document.source)
            return .success(.array(ranges.map {
                .object(["startLine": .integer(Int64($0.startLine)), "endLine": .integer(Int64($0.endLine))])
            }))
        }
    }

    /// `textDocument/diagnostic` (pull).
    func pullDiagnostics(_ params: JSONValue?) -> Result<JSONValue, ResponseError> {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
            return .failure(Self.invalidParams("textDocument.uri is required"))
        }
        return state.withLock { state in
            guard let document = state.documents[uri] else {
                return .success(.object(["kind": .string("full"), "items": .array([])]))
            }
            return .success(.object(["kind": .string("full"), "items": diagnostics(document, state.conversion)]))
        }
    }
}
