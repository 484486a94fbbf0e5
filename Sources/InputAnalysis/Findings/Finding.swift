package import InputSyntax
package import TextModel

/// One problem found in an input document: data, not text. Printers (LSP, text, JSON, SARIF) format it.
package struct Finding: Sendable, Hashable {
    package var code: FindingCode
    package var severity: Severity
    /// A sentence in the user's terms: member names, the expected type, the allowed values.
    package var message: String
    /// The offending key or value; for `missing-required`, the object that lacks the member. UTF-8 byte offsets.
    package var range: ByteRange
    /// Where in the input, in the AWS CLI's notation (`Filters[0].Values[1]`, `input` for the top level).
    package var path: InputPath
    /// The missing or unknown member name (`missing-required`, `unknown-member` only).
    package var member: String?
    /// Replacements a quick fix may offer, best first (closest member names, enum values…).
    package var suggestions: [String]

    package init(
        code: FindingCode, severity: Severity? = nil, message: String, range: ByteRange, path: InputPath,
        member: String? = nil, suggestions: [String] = []
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.range = range
        self.path = path
        self.member = member
        self.suggestions = suggestions
    }
}

/// A stable kebab-case finding code. Each rule declares its codes next to itself, in an extension; `FindingCode.all`
/// lists every code (for documentation and SARIF rules).
package struct FindingCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let rawValue: String
    /// The severity findings of this code get unless the rule says otherwise.
    package let defaultSeverity: Severity
    /// Whether the AWS CLI itself refuses input with this finding (its client-side validation or parsing).
    package let isCLIVerdict: Bool
    /// One line for documentation and SARIF rule descriptions.
    package let summary: String

    package init(_ rawValue: String, severity: Severity, cliVerdict: Bool, summary: String) {
        self.rawValue = rawValue
        self.defaultSeverity = severity
        self.isCLIVerdict = cliVerdict
        self.summary = summary
    }

    package var description: String { rawValue }

    package static func < (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.rawValue < rhs.rawValue }

    package static func == (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.rawValue == rhs.rawValue }

    package func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}
