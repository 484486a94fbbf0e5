package import TextModel

/// The findings of one checked file, ready for a printer.
package struct FileReport: Sendable {
    /// The path as the user gave it (or as found under a directory they gave).
    package var path: String
    /// "SERVICE OPERATION", or nil when the file is not associated.
    package var operation: String?
    package var source: SourceText
    package var findings: [Finding]

    package init(path: String, operation: String?, source: SourceText, findings: [Finding]) {
        self.path = path
        self.operation = operation
        self.source = source
        self.findings = findings
    }

    package var hasErrors: Bool { findings.contains { $0.severity == .error } }
}
