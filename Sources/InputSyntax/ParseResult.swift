package import TextModel

/// What every front end returns: a tree (possibly partial) and the syntax diagnostics. Parsing never throws.
package struct ParseResult: Sendable, Hashable {
    /// The document's top-level value; nil when the document holds no value at all (empty, or only comments).
    package var root: SyntaxNode?
    package var diagnostics: [SyntaxDiagnostic]

    package init(root: SyntaxNode?, diagnostics: [SyntaxDiagnostic] = []) {
        self.root = root
        self.diagnostics = diagnostics
    }

    /// Whether the AWS CLI would refuse the document before looking at its content.
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// A problem found while reading the text, before any schema is involved.
package struct SyntaxDiagnostic: Sendable, Hashable {
    /// Stable kebab-case code, one of `SyntaxDiagnostic.Code`.
    package var code: String
    package var severity: Severity
    package var message: String
    /// The offending bytes; an empty range marks a point (for example "expected `,` here").
    package var range: ByteRange

    package init(code: String, severity: Severity = .error, message: String, range: ByteRange) {
        self.code = code
        self.severity = severity
        self.message = message
        self.range = range
    }

    /// The codes syntax front ends emit.
    package enum Code {
        /// The text is not valid JSON, YAML or shorthand as the AWS CLI reads it.
        package static let syntax = "syntax"
        /// The same key twice in one object: JSON keeps the last (warning), YAML v2 refuses the document (error).
        package static let duplicateKey = "duplicate-key"
        /// A documented limit (size, depth, alias expansion, findings) was reached.
        package static let limit = "limit"
        /// A file that shorthand's `key@=file://…` asks for could not be read (the CLI's `ResourceLoadingError`).
        package static let paramFile = "param-file"
    }
}

/// How serious a finding is; the names and order match LSP's `DiagnosticSeverity`.
package enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case error
    case warning
    case information
    case hint

    /// LSP's numeric value.
    package var lspValue: Int {
        switch self {
        case .error: 1
        case .warning: 2
        case .information: 3
        case .hint: 4
        }
    }

    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.lspValue < rhs.lspValue }
}

/// The formats the front ends read.
package enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    case json
    case yaml
    case shorthand
}
