import ArgumentParser
import ServiceModel

/// `cli-input-ls schemas build`.
struct SchemasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schemas",
        abstract: "Manage the bundled structure-only service models.",
        subcommands: [Build.self])

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Write structure-only models of every service from a botocore data directory.",
            discussion: """
                Reads SERVICE/API-VERSION/service-2.json[.gz] (newest version of each service, with \
                service-2.sdk-extras.json merged in) and paginators-1.json from --from, strips documentation and \
                examples, and writes them gzipped under --out, with names.json and README.md. Mines the \
                documentation for filter knowledge and rewrites filters/extracted/ (filters/hand-written/ is \
                left alone).

                Writes only under --out. --out must be empty, missing, or a bundle written by this command (its \
                README.md carries a marker); anything else is refused.
                """)

        @Option(help: ArgumentHelp("A botocore data directory (.../site-packages/botocore/data).", valueName: "dir"))
        var from: String

        @Option(help: ArgumentHelp("The bundle directory to write.", valueName: "dir"))
        var out: String

        func run() throws {
            do {
                let summary = try SchemaBundle.build(from: from, to: out)
                writeStandardOutput(
                    "wrote \(summary.services) services, \(summary.operations) operations, "
                        + "\(summary.compressedBytes) bytes compressed, from botocore "
                        + "\(summary.botocoreVersion ?? "unknown") into \(out); filter knowledge for "
                        + "\(summary.filterParameters) parameters of \(summary.filterServices) services\n")
            } catch {
                throw failure(error.description, code: ExitCodes.usage)
            }
        }
    }
}
