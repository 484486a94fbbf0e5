/// The ordered directories in which service models are looked up; the first that has a service wins.
package struct ModelSearchPath: Sendable, Hashable {
    package var sources: [ModelSource]

    package init(sources: [ModelSource]) {
        self.sources = sources
    }

    /// The search order of DESIGN.md: explicit directories, `AWS_DATA_PATH`, `~/.aws/models`, the installed AWS
    /// CLI's botocore data, then the bundled `schemas/`.
    ///
    /// - Parameters:
    ///   - explicit: directories given with `--models` or a setting, in order.
    ///   - environment: looks up environment variables (injected for tests).
    package static func standard(
        explicit: [String] = [],
        environment: (String) -> String? = FileSystem.environment,
        includeInstalledCLI: Bool = true,
        includeBundled: Bool = true
    ) -> ModelSearchPath {
        var sources = explicit.map { ModelSource(path: FileSystem.expandTilde($0), kind: .explicit) }
        if let dataPath = environment("AWS_DATA_PATH") {
            for entry in dataPath.split(separator: ":") where !entry.isEmpty {
                sources.append(ModelSource(path: FileSystem.expandTilde(String(entry)), kind: .awsDataPath))
            }
        }
        if let home = environment("HOME"), !home.isEmpty {
            sources.append(ModelSource(path: FileSystem.join(home, ".aws/models"), kind: .userModels))
        }
        if includeInstalledCLI, let installed = InstalledCLILocator.locate(environment: environment) {
            sources.append(installed)
        }
        if includeBundled, let bundled = BundledSchemas.locate(environment: environment) {
            sources.append(ModelSource(path: bundled, kind: .bundled))
        }
        return ModelSearchPath(sources: sources)
    }
}
