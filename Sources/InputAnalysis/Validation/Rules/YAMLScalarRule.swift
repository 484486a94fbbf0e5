package import InputSyntax
package import ServiceModel

extension InputValidator {
    /// A plain YAML scalar that AWS CLI v2 (YAML 1.2) reads differently than the user likely means: an ID that
    /// became a number, a date that became a date object, `yes` that stayed a string, `0777` that is not octal.
    mutating func checkYAMLScalar(_ node: SyntaxNode, scalar: Scalar, shape: Shape) {
        guard format == .yaml, scalar.style == .plain else { return }
        let text = source.text(in: node.range)
        switch shape.type {
        case .string, .blob:
            guard !isString(scalar.kind) else { return }
            let quoted = "'" + text.replacingAll("'", with: "''") + "'"
            report(
                .yamlScalar,
                "YAML reads the unquoted \(text) as \(ValueDescription.kind(of: node)), not as text; quote it: \(quoted).",
                range: node.range, suggestions: [quoted])
        case .boolean:
            guard case .string(let word) = scalar.kind else { return }
            let meaning: String?
            switch word.lowercased() {
            case "yes", "y", "on": meaning = "true"
            case "no", "n", "off": meaning = "false"
            default: meaning = nil
            }
            guard let meaning else { return }
            report(
                .yamlScalar,
                "AWS CLI v2 reads YAML 1.2, where \(word) is the string \"\(word)\", not a boolean; write \(meaning).",
                range: node.range, suggestions: [meaning])
        case .integer, .long, .float, .double:
            if case .integer = scalar.kind, Self.hasLeadingZero(text) {
                report(
                    .yamlScalar,
                    "YAML 1.2 reads \(text) as the decimal number \(text.drop(while: { $0 == "0" || $0 == "+" })), "
                        + "not as octal.",
                    range: node.range)
            } else if case .string = scalar.kind, text.contains(":"), text.allSatisfy({ $0.isNumber || $0 == ":" }) {
                report(
                    .yamlScalar,
                    "YAML 1.1 read \(text) as a base-60 number, but AWS CLI v2 (YAML 1.2) reads the string \"\(text)\".",
                    range: node.range)
            }
        case .timestamp:
            guard case .date = scalar.kind else { return }
            report(
                .yamlScalar,
                "YAML reads the unquoted \(text) as a date without a time, which the AWS CLI refuses for a "
                    + "timestamp; quote it or add a time.",
                range: node.range, suggestions: ["'\(text)'", "\(text)T00:00:00Z"])
        default:
            return
        }
    }

    private func isString(_ kind: ScalarKind) -> Bool {
        if case .string = kind { return true }
        return false
    }

    private static func hasLeadingZero(_ text: String) -> Bool {
        let digits = text.drop { $0 == "+" || $0 == "-" }
        return digits.count > 1 && digits.first == "0" && digits.allSatisfy(\.isNumber)
    }
}

extension FindingCode {
    package static let yamlScalar = FindingCode(
        "yaml-scalar", severity: .warning, cliVerdict: false,
        summary: "An unquoted YAML value that the AWS CLI v2 reads differently than it looks (a number, a date, yes/no).")
}
