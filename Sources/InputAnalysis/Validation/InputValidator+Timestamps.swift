package import InputSyntax
package import ServiceModel

extension InputValidator {
    /// A timestamp member: whatever botocore's `parse_to_aware_datetime` accepts.
    mutating func validateTimestamp(_ node: SyntaxNode, scalar: Scalar, shape: Shape) {
        switch scalar.kind {
        case .null, .date:
            reportType(node, shape: shape)
            checkYAMLScalar(node, scalar: scalar, shape: shape)
        case .integer, .float, .bool, .timestamp, .string, .binary:
            break
        }
    }
}
