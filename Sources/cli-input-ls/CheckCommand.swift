import ArgumentParser
import InputAnalysis
import InputSyntax
import ServiceModel
import TextModel

extension CLIVersion: ExpressibleByArgument {}

/// `cli-input-ls check`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check AWS CLI input files (JSON for --cli-input-json, YAML for --cli-input-yaml).",
        discussion: """
            Reports every finding the AWS CLI's own validation would report, and stricter ones, with the exact \
            line and column. Files are read as JSON or YAML by extension (.json, .yaml, .yml). A directory is \
            walked for files associated with an operation (by --operation, a `# cli-input: SERVICE OPERATION` \
            comment at the top of a YAML file, a glob in .cli-input.yaml, or a name like \
            NAME.SERVICE.OPERATION.json, or a --cli-input-json file://PATH in a shell script among the files \
            checked); other files in it are skipped. Shell scripts (.sh, .bash) get the findings of their `aws` \
            command lines, as `params` reports them; under a directory, only scripts that run the AWS CLI are \
            reported.

            Only reads files. Exit status: 0 when no file has an error, 1 when one has, 2 for usage or I/O errors \
            (including a file given by name that cannot be associated with an operation).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @OptionGroup var models: ModelOptions

    @Option(help: ArgumentHelp("The operation of every file, e.g. \"ssm list-command-invocations\".", valueName: "operation"))
    var operation: String?

    @Option(help: "Output format: text, json or sarif.")
    var format: Format = .text

    @Option(name: .customLong("cli-version"), help: "The AWS CLI major version to follow where v1 and v2 differ.")
    var cliVersion: CLIVersion?

    @Argument(help: "Files and directories to check.")
    var paths: [String]

    func validate() throws {
        if let operation, operation.split(separator: " ").count != 2 {
            throw ValidationError("--operation takes \"SERVICE OPERATION\", e.g. \"ssm list-command-invocations\"")
        }
    }

    func run() throws {
        let explicit = operation.map { text -> (service: String, operation: String) in
            let words = text.split(separator: " ").map(String.init)
            return (words[0], words[1])
        }
        let runner = CheckRunner(modelDirectories: models.directories, explicit: explicit, cliVersion: cliVersion)
        let outcome = runner.check(paths)
        switch format {
        case .text: writeStandardOutput(TextReporter.render(outcome.reports))
        case .json: writeStandardOutput(JSONReporter.render(outcome.reports))
        case .sarif: writeStandardOutput(SARIFReporter.render(outcome.reports, toolVersion: CLIInputLS.version))
        }
        for problem in outcome.problems { writeStandardError("cli-input-ls: \(problem)\n") }
        if !outcome.problems.isEmpty { throw ExitCode(ExitCodes.usage) }
        if outcome.reports.contains(where: \.hasErrors) { throw ExitCode(ExitCodes.findings) }
    }
}
