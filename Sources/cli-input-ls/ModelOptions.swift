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
    ///
    /// It lives as long as the process: freeing a loaded model (tens of thousands of objects) when the command
    /// returns cost about a tenth of a whole `skeleton ec2 run-instances` run, just before the process ends anyway.
    func catalog() throws -> ModelCatalog {
        for directory in directories where FileSystem.listDirectory(FileSystem.expandTilde(directory)) == nil {
            throw failure("cannot read the models directory \(directory)", code: ExitCodes.usage)
        }
        let catalog = ModelCatalog(searchPath: .standard(explicit: directories))
        _ = Unmanaged.passRetained(catalog)
        return catalog
    }
}
