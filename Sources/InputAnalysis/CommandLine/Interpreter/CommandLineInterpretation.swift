package import InputSyntax
package import ServiceModel
package import TextModel

/// What the AWS CLI makes of one command line: the request it would send, and why it would not.
package struct CommandLineInterpretation: Sendable {
    /// The service, when the command names a known one.
    package var service: Service?
    /// The operation, when the command names a model-driven command of the service.
    package var operation: Operation?
    /// The command name as written (`run-instances`).
    package var commandName: String?
    /// The parameters of the (first) request, as botocore validates them: an object whose ranges are UTF-8 byte
    /// offsets into the command's source (values read from files point at the word that names the file). Nil when
    /// the CLI stops before building them.
    package var parameters: SyntaxNode?
    /// Everything found, ordered by position; the CLI's own refusals have codes whose `isCLIVerdict` is true.
    package var findings: [Finding]
    /// Whether the CLI would call the operation (false with `--generate-cli-skeleton`, `help` and the like).
    package var sendsRequest: Bool
    /// Top-level members the CLI sends as an open file (streaming blob options): their value is the path.
    package var streamingFileMembers: Set<String>
    /// The `--cli-input-json`/`--cli-input-yaml` documents named by `file://`.
    package var inputFiles: [InputFileReference]

    package init() {
        findings = []
        sendsRequest = false
        streamingFileMembers = []
        inputFiles = []
    }

    /// Whether the CLI would refuse the command line (an error the CLI itself reports).
    package var isRefused: Bool {
        findings.contains { $0.severity == .error && $0.code.isCLIVerdict }
    }
}

/// A `--cli-input-json file://PATH` or `--cli-input-yaml file://PATH` in a command: the file holds the input of
/// the command's operation.
package struct InputFileReference: Sendable, Hashable {
    /// The path as written after `file://` or `fileb://` (not expanded).
    package var path: String
    /// `json` or `yaml`.
    package var format: DocumentFormat
    /// The word naming the file, UTF-8 byte offsets into the command's source.
    package var range: ByteRange
    /// The service and command names as written in the command (`ssm`, `list-command-invocations`).
    package var service: String
    package var operation: String

    package init(path: String, format: DocumentFormat, range: ByteRange, service: String, operation: String) {
        self.path = path
        self.format = format
        self.range = range
        self.service = service
        self.operation = operation
    }
}
