package import InputSyntax
package import ServiceModel

extension InputValidator {
    /// A deprecated member: the CLI sends it; the service may ignore it or stop accepting it.
    mutating func checkDeprecated(_ entry: SyntaxMember, member: Member) {
        guard service.isDeprecated(member) else { return }
        let note = member.deprecatedMessage ?? service[member.shape].deprecatedMessage
        report(
            .deprecated,
            "\(entry.key) is deprecated\(note.map { ": \(DocumentationSummary.plainText($0))" } ?? ".")",
            range: entry.keyRange)
    }
}

extension FindingCode {
    package static let deprecated = FindingCode(
        "deprecated", severity: .warning, cliVerdict: false, summary: "A member the model marks as deprecated.")
}
