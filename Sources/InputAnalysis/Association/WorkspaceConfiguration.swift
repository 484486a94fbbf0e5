package import InputSyntax
package import TextModel

/// The workspace file `.cli-input.yaml`: associations from globs to operations, extra model directories, and the
/// AWS CLI version to follow.
///
/// ```yaml
/// associations:
///   "maintenance/*.json": ssm describe-maintenance-window-execution-task-invocations
///   "**/invocations/*.yaml": ssm list-command-invocations
/// models:
///   - ./models
/// cliVersion: 2
/// ```
package struct WorkspaceConfiguration: Sendable, Hashable {
    /// Globs and the operation they associate, in file order; the first match wins.
    package var entries: [Entry] = []
    /// Extra model directories as written (relative to the workspace root unless absolute).
    package var modelDirectories: [String] = []
    package var cliVersion: CLIVersion?

    package struct Entry: Sendable, Hashable {
        package var glob: Glob
        package var service: String
        package var operation: String
        package var range: ByteRange

        package init(glob: Glob, service: String, operation: String, range: ByteRange) {
            self.glob = glob
            self.service = service
            self.operation = operation
            self.range = range
        }
    }

    package init() {}

    /// The configuration in a parsed `.cli-input.yaml`, and problems with it as findings on the file.
    package static func read(_ root: SyntaxNode?, source: SourceText) -> (WorkspaceConfiguration, [Finding]) {
        var configuration = WorkspaceConfiguration()
        var findings = [Finding]()
        func problem(_ message: String, _ range: ByteRange) {
            findings.append(Finding(code: .workspaceConfiguration, message: message, range: range, path: .root))
        }
        guard let root else { return (configuration, findings) }
        guard let members = root.members else {
            problem("`.cli-input.yaml` must be a mapping with `associations`, `models` or `cliVersion`.", root.range)
            return (configuration, findings)
        }
        for member in members {
            switch member.key {
            case "associations":
                guard let globs = member.value.members else {
                    problem("`associations` maps globs to \"SERVICE OPERATION\".", member.value.range)
                    continue
                }
                for entry in globs {
                    let words = (entry.value.stringValue ?? "").split(separator: " ").map(String.init)
                    guard words.count == 2 else {
                        problem("Write the operation as \"SERVICE OPERATION\", e.g. \"ssm list-command-invocations\".",
                            entry.value.range)
                        continue
                    }
                    configuration.entries.append(Entry(
                        glob: Glob(entry.key), service: words[0], operation: words[1], range: entry.value.range))
                }
            case "models":
                guard let list = member.value.elements else {
                    problem("`models` is a list of directories.", member.value.range)
                    continue
                }
                for element in list {
                    guard let path = element.stringValue else {
                        problem("A model directory is a path.", element.range)
                        continue
                    }
                    configuration.modelDirectories.append(path)
                }
            case "cliVersion":
                let text: String?
                switch member.value.scalar?.kind {
                case .integer(let digits): text = digits
                case .string(let s): text = s
                default: text = nil
                }
                guard let text, let version = CLIVersion(rawValue: text) else {
                    problem("`cliVersion` is 1 or 2.", member.value.range)
                    continue
                }
                configuration.cliVersion = version
            default:
                problem("Unknown setting \"\(member.key)\"; `.cli-input.yaml` knows associations, models, cliVersion.",
                    member.keyRange)
            }
        }
        return (configuration, findings)
    }
}

extension FindingCode {
    package static let workspaceConfiguration = FindingCode(
        "workspace-configuration", severity: .warning, cliVerdict: false,
        summary: "A problem in the workspace file .cli-input.yaml.")
}
