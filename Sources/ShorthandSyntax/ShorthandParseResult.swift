package import InputSyntax
import TextModel

/// What `ShorthandParser` returns: the tree, the CLI's verdict, and the file references.
package struct ShorthandParseResult: Sendable, Hashable {
    /// The top-level hash. Without `error` it is exactly the value the CLI builds; with one, it is the best partial
    /// tree (values the writer has not typed yet are `.missing`), as the JSON and YAML front ends return.
    package var root: SyntaxNode?
    /// The tree for editor completion: `root`, except that a trailing implicit-list element that could be the start
    /// of a key is read as one. `Key=STATUS,Val` is valid shorthand (`Key` is the list `["STATUS", "Val"]`), but
    /// while typing it the writer most likely means a key `Val…`: here it is a member `Val` whose value is
    /// `.missing`. The same holds for a trailing comma (an empty key).
    package var tolerantRoot: SyntaxNode?
    /// Why the CLI refuses the string; nil when it accepts it.
    package var error: ShorthandError?
    /// Every `key@=file://…`/`fileb://…` value in `root`. Without a loader they stay literal strings in the tree
    /// (`loaded` is false) so that analysis can say the value would be read from a file.
    package var fileReferences: [ShorthandFileReference]
    /// Keys repeated inside a hash literal, which the CLI accepts silently (the last wins): warnings with code
    /// `duplicate-key`.
    package var warnings: [SyntaxDiagnostic]

    package init(
        root: SyntaxNode?, tolerantRoot: SyntaxNode?, error: ShorthandError?,
        fileReferences: [ShorthandFileReference] = [], warnings: [SyntaxDiagnostic] = []
    ) {
        self.root = root
        self.tolerantRoot = tolerantRoot
        self.error = error
        self.fileReferences = fileReferences
        self.warnings = warnings
    }

    /// Whether any `@=` value refers to a file (read or not).
    package var hasFileReferences: Bool { !fileReferences.isEmpty }

    /// The error (code `syntax`, `duplicate-key`, `param-file` or `limit`, severity error, one-line message) followed
    /// by the warnings, for the shared finding pipeline.
    package var diagnostics: [SyntaxDiagnostic] {
        guard let error else { return warnings }
        let code: String
        switch error.kind {
        case .syntax: code = SyntaxDiagnostic.Code.syntax
        case .duplicateKey: code = SyntaxDiagnostic.Code.duplicateKey
        case .paramFile: code = SyntaxDiagnostic.Code.paramFile
        case .limit: code = SyntaxDiagnostic.Code.limit
        }
        return [SyntaxDiagnostic(code: code, severity: .error, message: error.summary, range: error.range)] + warnings
    }

    /// The format-neutral view: `root` and `diagnostics`.
    package var parseResult: ParseResult { ParseResult(root: root, diagnostics: diagnostics) }

    /// The result with every byte range moved by `delta`, for a shorthand string that starts `delta` bytes into a
    /// larger document. `error.index` keeps counting code points into the shorthand string itself, as the CLI does.
    package func shifted(by delta: Int) -> ShorthandParseResult {
        var result = self
        result.root = root?.shifted(by: delta)
        result.tolerantRoot = tolerantRoot?.shifted(by: delta)
        if var error {
            error.offset += delta
            error.range = error.range.shifted(by: delta)
            result.error = error
        }
        result.fileReferences = fileReferences.map {
            var reference = $0
            reference.range = reference.range.shifted(by: delta)
            return reference
        }
        result.warnings = warnings.map {
            var warning = $0
            warning.range = warning.range.shifted(by: delta)
            return warning
        }
        return result
    }
}
