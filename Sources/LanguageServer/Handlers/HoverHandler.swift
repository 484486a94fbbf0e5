package import InputAnalysis
package import JSONRPC
package import JSONSyntax

extension LanguageServer {
    /// `textDocument/hover`.
    func hover(_ params: JSONValue?) -> Result<JSONValue, ResponseError> {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
            return .failure(Self.invalidParams("textDocument.uri is required"))
        }
        return state.withLock { state in
            guard let document = state.documents[uri],
                let offset = state.conversion.offset(params?["position"], in: document.source),
                let format = document.format, let target = document.analysis?.target,
                let info = HoverEngine.hover(
                    document.source, format: format, offset: offset, target: target, parse: document.analysis?.parse)
            else { return .success(.null) }
            return .success(.object([
                "contents": .object([
                    "kind": .string(state.capabilities.markdown ? "markdown" : "plaintext"),
                    "value": .string(info.markdown),
                ]),
                "range": state.conversion.range(info.range, in: document.source),
            ]))
        }
    }
}
