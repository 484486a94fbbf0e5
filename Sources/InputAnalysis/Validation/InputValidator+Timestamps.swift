package import InputSyntax
package import ServiceModel

extension InputValidator {
    /// A timestamp member: whatever botocore's `parse_to_aware_datetime` accepts (`BotocoreTimestamp`), and a
    /// warning for accepted forms that are ambiguous or depend on the day or the host.
    mutating func validateTimestamp(_ node: SyntaxNode, scalar: Scalar, shape: Shape) {
        switch BotocoreTimestamp.verdict(for: scalar.kind, today: options.today) {
        case .rejected:
            reportType(node, shape: shape)
            checkYAMLScalar(node, scalar: scalar, shape: shape)
        case .crashes(let exception):
            report(
                .invalidType,
                "The AWS CLI fails on this timestamp (\(exception)); write it as 2024-07-07T00:00:00Z or as epoch "
                    + "seconds.",
                range: node.range)
        case .accepted:
            switch scalar.kind {
            case .string(let text) where !BotocoreTimestamp.isRecommendedFormat(text):
                report(
                    .timestampFormat,
                    "The AWS CLI accepts \"\(text)\" as a timestamp, but reads it loosely (missing parts are taken "
                        + "from today, a missing zone means UTC); write an ISO 8601 date and time with a zone, such "
                        + "as 2024-07-07T00:00:00Z.",
                    range: node.range)
            case .bool(let flag):
                report(
                    .timestampFormat,
                    "\(flag ? "true" : "false") is sent as the timestamp \(flag ? 1 : 0) (seconds after 1970); write a "
                        + "date and time such as 2024-07-07T00:00:00Z.",
                    range: node.range)
            default:
                break
            }
        }
    }
}

extension FindingCode {
    package static let timestampFormat = FindingCode(
        "timestamp-format", severity: .warning, cliVerdict: false,
        summary: "A timestamp the AWS CLI accepts but reads loosely (no zone, no time, words, parts from today).")
}
