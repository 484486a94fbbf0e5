/// Finds the `schemas/` directory shipped with cli-input-ls.
package enum BundledSchemas {
    /// The bundled schemas directory: `CLI_INPUT_LS_SCHEMAS`, then `<prefix>/share/cli-input-ls/schemas` next to an
    /// installed binary, then a `schemas/` directory in a parent of the executable (a build inside a checkout).
    package static func locate(environment: (String) -> String? = FileSystem.environment) -> String? {
        if let explicit = environment("CLI_INPUT_LS_SCHEMAS"), !explicit.isEmpty {
            return FileSystem.expandTilde(explicit)
        }
        guard let executable = FileSystem.executablePath() else { return nil }
        var directory = FileSystem.directoryName(executable)
        let installed = FileSystem.join(FileSystem.directoryName(directory), "share/cli-input-ls/schemas")
        if isSchemasDirectory(installed) { return installed }
        for _ in 0..<6 {
            let candidate = FileSystem.join(directory, "schemas")
            if isSchemasDirectory(candidate) { return candidate }
            let parent = FileSystem.directoryName(directory)
            if parent == directory { break }
            directory = parent
        }
        return nil
    }

    /// A directory is a schemas bundle when it carries the bundle's README (written by `schemas build`).
    private static func isSchemasDirectory(_ path: String) -> Bool {
        FileSystem.isRegularFile(FileSystem.join(path, "README.md")) && FileSystem.isDirectory(path)
    }
}
