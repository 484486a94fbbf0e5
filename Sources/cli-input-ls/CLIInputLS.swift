import ArgumentParser

/// The `cli-input-ls` command: wiring and exit codes only; the work happens in the library modules.
@main
struct CLIInputLS: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "cli-input-ls",
        abstract: "A language server and checker for AWS CLI input files (--cli-input-json/--cli-input-yaml).",
        version: CLIInputLS.version,
        subcommands: [
            CheckCommand.self, ServeCommand.self, SkeletonCommand.self, OperationsCommand.self, ShorthandCommand.self,
            ParamsCommand.self, SchemasCommand.self, BenchCommand.self,
        ]
    )
}
