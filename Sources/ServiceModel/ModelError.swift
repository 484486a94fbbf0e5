/// Why a model could not be found or read. Infrastructure errors: the commands print `description` and exit non-zero.
package enum ModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A file or directory that exists but cannot be read.
    case unreadable(file: String, reason: String)
    /// A model file whose content is not a usable botocore model.
    case corrupt(file: String, reason: String)
    /// No search-path entry has the service.
    case unknownService(String, suggestions: [String])
    /// The service has no operation with this CLI name.
    case unknownOperation(service: String, operation: String, suggestions: [String])

    package var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "cannot read \(file): \(reason)"
        case .corrupt(let file, let reason):
            return "the model file \(file) is not a valid botocore model: \(reason)"
        case .unknownService(let name, let suggestions):
            return "unknown service '\(name)'" + Self.didYouMean(suggestions)
        case .unknownOperation(let service, let operation, let suggestions):
            return "unknown operation '\(operation)' for service '\(service)'" + Self.didYouMean(suggestions)
        }
    }

    private static func didYouMean(_ suggestions: [String]) -> String {
        switch suggestions.count {
        case 0: return ""
        case 1: return "; did you mean '\(suggestions[0])'?"
        default: return "; did you mean one of: " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        }
    }
}
