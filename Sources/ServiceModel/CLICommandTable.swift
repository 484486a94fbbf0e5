/// Where the AWS CLI's command table differs from "one command per model operation, named by `xform_name`".
///
/// Facts read from AWS CLI v1 1.45.11's driver (`tools/cli_command_table.py` prints them; the differential suite
/// checks them against the installed CLI).
package enum CLICommandTable {
    /// What a command name of a service stands for.
    package enum Resolution: Sendable, Hashable {
        /// A model-driven command for this operation.
        case operation(Operation)
        /// The CLI removed the command (deprecated or unsupported operations, event streams it cannot print).
        case removed(Operation)
        /// A hand-written command replaces the model's: it takes other options and has no skeleton from the model.
        case customCommand(Operation)
        case unknown(suggestions: [String])
    }

    /// Commands the CLI removes, by CLI service name.
    package static let removed: [String: Set<String>] = [
        "bedrock-agent-runtime": [
            "invoke-agent", "invoke-flow", "invoke-inline-agent", "optimize-prompt", "retrieve-and-generate-stream",
        ],
        "bedrock-agentcore": ["invoke-agent-runtime-command", "invoke-code-interpreter", "invoke-harness"],
        "bedrock-runtime": [
            "converse-stream", "invoke-model-with-bidirectional-stream", "invoke-model-with-response-stream",
        ],
        "connecthealth": ["start-medical-scribe-listening-session"],
        "devops-agent": ["send-message"],
        "ec2": ["import-instance", "import-volume"],
        "emr": [
            "add-job-flow-steps", "describe-job-flows", "list-bootstrap-actions", "list-instance-groups",
            "run-job-flow", "set-keep-job-flow-alive-when-no-steps", "set-termination-protection",
            "set-unhealthy-node-replacement", "set-visible-to-all-users", "terminate-job-flows",
        ],
        "iotsitewise": ["invoke-assistant"],
        "kinesis": ["subscribe-to-shard"],
        "lambda": ["invoke-with-response-stream"],
        "lexv2-runtime": ["start-conversation"],
        "logs": ["get-log-object"],
        "polly": ["start-speech-synthesis-stream"],
        "qbusiness": ["chat"],
        "rds": ["modify-option-group"],
        "sagemaker-runtime": ["invoke-endpoint-with-response-stream"],
        "ses": ["delete-verified-email-address", "list-verified-email-addresses", "verify-email-address"],
    ]

    /// Model operations whose command is hand-written.
    package static let customCommands: [String: Set<String>] = [
        "emr": ["add-instance-groups", "describe-cluster"],
        "logs": ["start-live-tail"],
    ]

    /// Extra command names that run a model operation: hidden aliases that keep old spellings working, and the
    /// CLI's own split of `rds modify-option-group`. The flag says whether `help` lists the command.
    package static let extraCommands: [String: [String: (operation: String, documented: Bool)]] = [
        "cloudwatch": [
            "get-o-tel-enrichment": ("GetOTelEnrichment", false),
            "start-o-tel-enrichment": ("StartOTelEnrichment", false),
            "stop-o-tel-enrichment": ("StopOTelEnrichment", false),
        ],
        "mturk": ["list-hi-ts-for-qualification-type": ("ListHITsForQualificationType", false)],
        "rds": [
            "add-option-to-option-group": ("ModifyOptionGroup", true),
            "remove-option-from-option-group": ("ModifyOptionGroup", true),
        ],
        "socialmessaging": ["delete-whatsapp-media-message": ("DeleteWhatsAppMessageMedia", false)],
    ]

    /// What `command` means for `service`.
    package static func resolve(_ command: String, in service: Service) -> Resolution {
        if let extra = extraCommands[service.cliName]?[command], let operation = service.operation(named: extra.operation) {
            return .operation(operation)
        }
        if let operation = service.operation(cliName: command) {
            if removed[service.cliName]?.contains(command) == true { return .removed(operation) }
            if customCommands[service.cliName]?.contains(command) == true { return .customCommand(operation) }
            return .operation(operation)
        }
        return .unknown(suggestions: NameSuggestions.closest(to: command, in: commandNames(of: service)))
    }

    /// A model-driven command of a service.
    package struct Command: Sendable, Hashable {
        package var name: String
        package var operation: Operation
        /// Whether `help` hides it: deprecated operations and old spellings.
        package var isHidden: Bool
    }

    /// The model-driven commands of `service`: in model order, then the extras.
    package static func commands(of service: Service) -> [Command] {
        let removedHere = removed[service.cliName] ?? []
        let customHere = customCommands[service.cliName] ?? []
        var commands = service.operations.filter { !removedHere.contains($0.cliName) && !customHere.contains($0.cliName) }
            .map { Command(name: $0.cliName, operation: $0, isHidden: $0.isDeprecated) }
        for (name, extra) in (extraCommands[service.cliName] ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let operation = service.operation(named: extra.operation) {
                commands.append(Command(name: name, operation: operation, isHidden: !extra.documented))
            }
        }
        return commands
    }

    /// The names `help` lists.
    package static func commandNames(of service: Service) -> [String] {
        commands(of: service).filter { !$0.isHidden }.map(\.name)
    }
}
