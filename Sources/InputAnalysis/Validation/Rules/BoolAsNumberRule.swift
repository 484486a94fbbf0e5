package import InputSyntax

extension InputValidator {
    /// Python's `bool` is an `int`, so botocore lets `true` through where a number is expected.
    mutating func reportBoolAsNumber(_ node: SyntaxNode, _ flag: Bool) {
        report(
            .boolAsNumber,
            "\(currentPath) expects a number; the AWS CLI sends \(flag ? "true as 1" : "false as 0"), which is "
                + "probably not what you meant.",
            range: node.range, suggestions: [flag ? "1" : "0"])
    }
}

extension FindingCode {
    package static let boolAsNumber = FindingCode(
        "bool-as-number", severity: .warning, cliVerdict: false,
        summary: "A boolean where a number is expected; the AWS CLI sends it as 1 or 0.")
}
