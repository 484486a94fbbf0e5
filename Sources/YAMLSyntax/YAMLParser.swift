package import InputSyntax
package import TextModel

/// Reads a `--cli-input-yaml` document into the shared syntax tree, as the AWS CLI v2 reads it (ruamel.yaml's
/// YAML 1.2 safe loader), on top of libyaml's event parser.
package enum YAMLParser {
    /// Parses `source`; never throws. On a libyaml error the tree holds what was read before it (open collections
    /// closed) and the diagnostics hold exactly one `syntax` error at libyaml's problem mark.
    package static func parse(_ source: SourceText) -> ParseResult {
        let bytes = source.bytes
        guard bytes.count <= SyntaxLimits.maxDocumentBytes else {
            let diagnostic = SyntaxDiagnostic(
                code: SyntaxDiagnostic.Code.limit,
                message: "The document is larger than \(SyntaxLimits.maxDocumentBytes >> 20) MiB and is not read.",
                range: .empty(at: 0))
            return ParseResult(root: nil, diagnostics: [diagnostic])
        }
        // libyaml's marks count from the byte after a byte-order mark.
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let invalid = UTF8Scanning.firstInvalidSequence(bytes)
        let end = invalid?.start ?? bytes.count
        if let opener = YAMLFlowDepthScan.firstTooDeepOpener(
            bytes, from: start, to: end, maxDepth: SyntaxLimits.maxNestingDepth)
        {
            let result = run(bytes, start: start, end: opener + 1, invalid: nil)
            if result.diagnostics.contains(where: { $0.code == SyntaxDiagnostic.Code.limit }) { return result }
        }
        return run(bytes, start: start, end: end, invalid: invalid)
    }

    private static func run(_ bytes: [UInt8], start: Int, end: Int, invalid: ByteRange?) -> ParseResult {
        var builder = YAMLTreeBuilder(bytes: bytes)
        builder.facts.textStart = start
        var stopped = false
        let fed = YAMLDirectives.blankingIgnoredDirectives(bytes, from: start) ?? bytes
        let error = LibYAMLEventReader().run(fed, start: start, end: end) { event in
            let proceed = builder.handle(event)
            stopped = !proceed
            return proceed
        }
        var primary: SyntaxDiagnostic?
        if let invalid {
            primary = SyntaxDiagnostic(
                code: SyntaxDiagnostic.Code.syntax, message: "The text is not valid UTF-8.", range: invalid)
        } else if let error, !stopped {
            primary = builder.fail(error)
        } else if !stopped, let violation = YAMLRuamelScannerRules.firstViolation(fed, builder.facts) {
            builder.report(violation)
        }
        var result = builder.finish()
        if let primary {
            // ruamel composes the whole document before constructing it, so a syntax error is the only one it
            // reports: values refused in the part read before (or closed because of the error) are not.
            result.diagnostics.removeAll { $0.code == SyntaxDiagnostic.Code.syntax }
            result.diagnostics.append(primary)
        }
        result.diagnostics = result.diagnostics.enumerated()
            .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            .map(\.element)
        return result
    }
}
