import ArgumentParser
import ServiceModel

/// `--models DIR`, shared by every command that reads service models.
struct ModelOptions: ParsableArguments {
    @Option(
        name: .customLong("models"),
        help: ArgumentHelp(
            "A directory of botocore models (SERVICE/API-VERSION/service-2.json[.gz]) searched first. Repeatable.",
            valueName: "dir"))
    var directories: [String] = []

    /// The catalog over the standard search path with the `--models` directories first.
    func catalog() throws -> ModelCatalog {
        for directory in directories where FileSystem.listDirectory(FileSystem.expandTilde(directory)) == nil {
            throw failure("cannot read the models directory \(directory)", code: ExitCodes.usage)
        }
        return ModelCatalog(searchPath: .standard(explicit: directories))
    }
}
