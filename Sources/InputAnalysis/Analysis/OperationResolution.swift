package import InputSyntax
package import ServiceModel
package import TextModel

/// Findings about the association itself: an operation name that does not exist, or no association at all.
package enum OperationResolution {
    /// A finding for an association whose service or operation does not exist (`error` from the catalog).
    package static func unknownOperationFinding(_ association: Association, error: ModelError) -> Finding {
        let suggestions: [String]
        switch error {
        case .unknownService(_, let names): suggestions = names
        case .unknownOperation(_, _, let names): suggestions = names
        default: suggestions = []
        }
        return Finding(
            code: .unknownOperation,
            message: "This file is associated (\(association.origin)) with \(association.displayName), but "
                + "\(error.description).",
            range: association.nameRange ?? .empty(at: 0), path: .root, suggestions: suggestions)
    }

    /// A finding for a document no rule associates with an operation.
    package static func noOperationFinding(fileName: String, format: DocumentFormat) -> Finding {
        let modeline = format == .yaml ? "add `# cli-input: SERVICE OPERATION` as the first line, " : ""
        return Finding(
            code: .noOperation,
            message: "Cannot tell which AWS CLI operation this file is for: \(modeline)name it "
                + "NAME.SERVICE.OPERATION.\(format == .yaml ? "yaml" : "json"), add a glob to .cli-input.yaml, or "
                + "pass --operation \"SERVICE OPERATION\".",
            range: .empty(at: 0), path: .root)
    }
}

extension FindingCode {
    package static let unknownOperation = FindingCode(
        "unknown-operation", severity: .error, cliVerdict: false,
        summary: "The file is associated with a service or operation that does not exist.")
    package static let noOperation = FindingCode(
        "no-operation", severity: .hint, cliVerdict: false,
        summary: "The file is not associated with any AWS CLI operation.")
}
