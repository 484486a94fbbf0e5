package import InputSyntax
package import ServiceModel
package import TextModel

extension InputValidator {
    /// A string longer than the model's `max` (botocore checks only `min`).
    mutating func checkMaxLength(_ length: Int, range: ByteRange, shape: Shape) {
        guard let maximum = shape.max, Double(length) > maximum else { return }
        report(
            .maxLength,
            "\(currentPath) is \(length) characters long; the service allows at most \(Self.number(maximum)).",
            range: range)
    }

    mutating func checkListMaximum(_ count: Int, node: SyntaxNode, shape: Shape) {
        guard let maximum = shape.max, Double(count) > maximum else { return }
        report(
            .maxLength, "\(currentPath) has \(count) items; the service allows at most \(Self.number(maximum)).",
            range: node.range)
    }

    mutating func checkMapMaximum(_ count: Int, node: SyntaxNode, shape: Shape) {
        guard let maximum = shape.max, Double(count) > maximum else { return }
        report(
            .maxLength, "\(currentPath) has \(count) entries; the service allows at most \(Self.number(maximum)).",
            range: node.range)
    }
}

extension FindingCode {
    /// Not checked by botocore: a string, list or map above the model's `max`.
    package static let maxLength = FindingCode(
        "max-length", severity: .warning, cliVerdict: false,
        summary: "A string, list or map longer than the model's maximum; the service will probably refuse it.")
    /// Not checked by botocore: a number above the model's `max`.
    package static let maxValue = FindingCode(
        "max-value", severity: .warning, cliVerdict: false,
        summary: "A number above the model's maximum; the service will probably refuse it.")
}
