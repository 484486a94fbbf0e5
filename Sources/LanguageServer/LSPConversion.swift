package import InputAnalysis
package import InputSyntax
package import JSONSyntax
package import TextModel

/// Conversions between the analysis' byte offsets and LSP's positions, done only here, with the negotiated
/// encoding.
package struct LSPConversion: Sendable {
    package let encoding: PositionEncoding

    package init(encoding: PositionEncoding) {
        self.encoding = encoding
    }

    package func position(_ offset: Int, in source: SourceText) -> JSONValue {
        let p = source.position(of: offset, in: encoding)
        return .object(["line": .integer(Int64(p.line)), "character": .integer(Int64(p.character))])
    }

    package func range(_ range: ByteRange, in source: SourceText) -> JSONValue {
        .object(["start": position(range.start, in: source), "end": position(range.end, in: source)])
    }

    /// The byte offset of an LSP `Position` (clamped; nil when the JSON is not a position).
    package func offset(_ position: JSONValue?, in source: SourceText) -> Int? {
        guard let line = position?["line"]?.intValue, let character = position?["character"]?.intValue else {
            return nil
        }
        return source.offset(of: LinePosition(line: line, character: character), in: encoding)
    }

    /// The byte range of an LSP `Range`.
    package func byteRange(_ range: JSONValue?, in source: SourceText) -> ByteRange? {
        guard let start = offset(range?["start"], in: source), let end = offset(range?["end"], in: source) else {
            return nil
        }
        return ByteRange(start: min(start, end), end: max(start, end))
    }

    package func textEdit(_ edit: TextEdit, in source: SourceText) -> JSONValue {
        .object(["range": range(edit.range, in: source), "newText": .string(edit.newText)])
    }

    /// An LSP `Diagnostic`; the finding's data needed by quick fixes travels in `data`.
    package func diagnostic(_ finding: Finding, in source: SourceText) -> JSONValue {
        var data: JSONObject = [
            "path": .string(finding.path.description),
            "suggestions": .array(finding.suggestions.map(JSONValue.string)),
        ]
        if let member = finding.member { data["member"] = .string(member) }
        var object: JSONObject = [
            "range": range(finding.range, in: source),
            "severity": .integer(Int64(finding.severity.lspValue)),
            "code": .string(finding.code.rawValue),
            "source": .string("cli-input-ls"),
            "message": .string(finding.message),
            "data": .object(data),
        ]
        if finding.code == .deprecated { object["tags"] = .array([.integer(2)]) }
        return .object(object)
    }
}
