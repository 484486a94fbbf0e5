package import InputSyntax

extension InputValidator {
    /// `file://` inside an input file is not expanded: the CLI expands it only for whole command-line values.
    mutating func checkFileReference(_ text: String, node: SyntaxNode) {
        guard text.hasPrefix("file://") || text.hasPrefix("fileb://") else { return }
        report(
            .fileReference,
            "The AWS CLI does not read files named inside an input file: \(currentPath) is sent as the literal "
                + "text \"\(text.prefix(60))\". Put the file's content here, or pass it on the command line.",
            range: node.range)
    }
}

extension FindingCode {
    package static let fileReference = FindingCode(
        "file-reference", severity: .warning, cliVerdict: false,
        summary: "A file:// or fileb:// value inside an input file, which the AWS CLI sends as literal text.")
}
