import InputAnalysis
import ServiceModel
import ShorthandSyntax

/// The files a shell script's `aws` commands name, for `check`: a relative path is read next to the script when it
/// exists there (scripts usually run from their own directory), else as the CLI would read it from the current
/// directory; `~` and `$VARIABLES` as the CLI expands them.
struct ScriptDirectoryLoader: CommandFileSystem {
    var directory: String
    var local = LocalParamFileLoader()

    func located(_ path: String) -> String {
        guard !path.hasPrefix("/"), !path.hasPrefix("~"), !path.contains("$") else { return path }
        let candidate = FileSystem.join(directory, path)
        return FileSystem.exists(candidate) ? candidate : path
    }

    func load(path: String, binary: Bool) throws(ParamFileError) -> [UInt8] {
        try local.load(path: located(path), binary: binary)
    }

    func isFile(_ path: String) -> Bool {
        local.isFile(located(path))
    }
}
