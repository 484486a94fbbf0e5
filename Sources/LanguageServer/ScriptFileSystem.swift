import InputAnalysis
import ServiceModel
import ShorthandSyntax

/// Reads the files a shell script's `aws` commands name (`file://`, `fileb://`, streaming blob paths) for the
/// server's checks. The CLI resolves a relative path against the directory it runs in, which the server cannot
/// know: the script's own directory is tried first, then the workspace folders; a path found in none of them is
/// reported as missing from the script's directory. Only reads; `~` is expanded; a path with `$VARIABLES` is
/// reported unreadable (the CLI would expand them from an environment the server does not have).
struct ScriptFileSystem: CommandFileSystem {
    /// The script's directory, then the workspace folders, absolute.
    var directories: [String]
    /// Larger files are not read (the document size limit).
    var limit = 64 << 20

    func resolve(_ path: String) -> String {
        let expanded = FileSystem.expandTilde(path)
        guard !expanded.hasPrefix("/") else { return expanded }
        for directory in directories where FileSystem.exists(FileSystem.join(directory, expanded)) {
            return FileSystem.join(directory, expanded)
        }
        return directories.first.map { FileSystem.join($0, expanded) } ?? expanded
    }

    func load(path: String, binary: Bool) throws(ParamFileError) -> [UInt8] {
        let resolved = resolve(path)
        guard !path.contains("$") else {
            throw .system(code: 2, description: "Not read: it names environment variables", path: path)
        }
        if FileSystem.isDirectory(resolved) {
            throw .system(code: 21, description: "Is a directory", path: resolved)
        }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(resolved, limit: limit)
        } catch {
            throw .system(
                code: FileSystem.exists(resolved) ? 13 : 2,
                description: FileSystem.exists(resolved) ? "Permission denied" : "No such file or directory",
                path: resolved)
        }
        if binary { return bytes }
        guard let text = ParamFileText.pythonTextMode(bytes) else { throw .undecodable(path: resolved) }
        return text
    }

    func isFile(_ path: String) -> Bool {
        FileSystem.isRegularFile(resolve(path))
    }
}
