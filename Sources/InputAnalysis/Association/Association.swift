package import TextModel

/// Which operation a document is the input of, and how that was decided.
package struct Association: Sendable, Hashable {
    /// How an association was found, highest precedence first.
    package enum Origin: Sendable, Hashable, CustomStringConvertible {
        /// `check --operation`, a server setting for the file.
        case explicit
        /// A `# cli-input: SERVICE OPERATION` or `# aws SERVICE OPERATION ...` comment in a YAML file.
        case modeline
        /// A glob in the workspace's `.cli-input.yaml`.
        case workspace(glob: String)
        /// The file name `[NAME.]SERVICE.OPERATION.(json|yaml|yml)`.
        case fileName
        /// `--cli-input-json file://PATH` (or `-yaml`) in a shell script of the workspace.
        case script(path: String, line: Int)

        package var description: String {
            switch self {
            case .explicit: "given explicitly"
            case .modeline: "from the comment at the top of the file"
            case .workspace(let glob): "from \"\(glob)\" in .cli-input.yaml"
            case .fileName: "from the file name"
            case .script(let path, let line): "from the command in \(path):\(line + 1)"
            }
        }
    }

    /// The AWS CLI service name (`ssm`).
    package var service: String
    /// The operation as the AWS CLI spells it (`list-command-invocations`).
    package var operation: String
    package var origin: Origin
    /// Where the names are written in the document itself (a modeline), for findings on unknown names.
    package var nameRange: ByteRange?

    package init(service: String, operation: String, origin: Origin, nameRange: ByteRange? = nil) {
        self.service = service
        self.operation = operation
        self.origin = origin
        self.nameRange = nameRange
    }

    package var displayName: String { "\(service) \(operation)" }
}
