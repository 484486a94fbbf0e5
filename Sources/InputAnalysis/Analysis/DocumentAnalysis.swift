package import InputSyntax
package import JSONSyntax
package import YAMLSyntax
package import ServiceModel
package import TextModel

/// The whole analysis of one document: parse, then validate against the associated operation. Pure.
package enum DocumentAnalysis {
    /// The operation a document is validated against.
    package struct Target: Sendable {
        package var service: Service
        package var operation: Operation
        /// What the service's documentation says about filter keys and values (`ModelCatalog.filters(for:)`).
        package var filters: ServiceFilters?

        package init(service: Service, operation: Operation, filters: ServiceFilters? = nil) {
            self.service = service
            self.operation = operation
            self.filters = filters
        }
    }

    package struct Result: Sendable {
        package var parse: ParseResult
        /// Syntax and validation findings, ordered by position.
        package var findings: [Finding]
    }

    /// Parses `source` as `format` and, when `target` is given, validates it.
    package static func analyze(
        _ source: SourceText, format: DocumentFormat, target: Target?, options: ValidationOptions = ValidationOptions()
    ) -> Result {
        let parse = parse(source, format: format)
        var findings = syntaxFindings(parse, format: format)
        if let target {
            var validation = InputValidator.validate(
                parse.root, operation: target.operation, service: target.service, format: format, source: source,
                options: options)
            if parse.hasErrors {
                // A document that does not parse is often half-written: what looks missing may follow the error.
                validation.removeAll { $0.code == .missingRequired || $0.code == .unionEmpty }
            }
            findings += validation
            if let filters = target.filters, let root = parse.root {
                findings += FilterRule.findings(in: root, operation: target.operation.name, filters: filters)
            }
        }
        findings.sort { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        return Result(parse: parse, findings: findings)
    }

    /// The syntax tree of `source`.
    package static func parse(_ source: SourceText, format: DocumentFormat) -> ParseResult {
        switch format {
        case .json: JSONParser.parse(source)
        case .yaml: YAMLParser.parse(source)
        case .shorthand: ParseResult(root: nil)
        }
    }

    /// The parser's diagnostics as findings.
    package static func syntaxFindings(_ parse: ParseResult, format: DocumentFormat) -> [Finding] {
        parse.diagnostics.map { diagnostic in
            let code: FindingCode
            switch diagnostic.code {
            case SyntaxDiagnostic.Code.duplicateKey: code = .duplicateKey
            case SyntaxDiagnostic.Code.limit: code = .limit
            default: code = .syntax
            }
            return Finding(
                code: code, severity: diagnostic.severity, message: diagnostic.message, range: diagnostic.range,
                path: .root)
        }
    }
}

extension FindingCode {
    /// The text is not valid JSON or YAML as the AWS CLI reads it (it refuses the file).
    package static let syntax = FindingCode(
        "syntax", severity: .error, cliVerdict: true,
        summary: "Text that is not valid JSON, YAML or shorthand as the AWS CLI reads it.")
    /// A key written twice in one object: JSON keeps the last value (warning); AWS CLI v2 refuses YAML with it.
    package static let duplicateKey = FindingCode(
        "duplicate-key", severity: .warning, cliVerdict: false,
        summary: "The same key twice in one object (JSON keeps the last value; YAML input is refused).")
}
