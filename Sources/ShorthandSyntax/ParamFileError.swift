/// Why a `file://` or `fileb://` reference could not be read, in the terms of the Python exception the CLI reports.
package enum ParamFileError: Error, Sendable, Hashable {
    /// An `OSError`: `[Errno <code>] <description>: '<path>'`.
    ///
    /// - `code`: the errno value (2 for a missing file, 21 for a directory, 13 for permission denied).
    /// - `description`: the C library's text for it (`No such file or directory`).
    /// - `path`: the path after `~` and variable expansion, as Python opened it.
    case system(code: Int32, description: String, path: String)
    /// A text file (`file://`) whose bytes do not decode in the locale's encoding; `path` as for `system`.
    case undecodable(path: String)

    /// The message the CLI prints for a reference written as `reference` (the whole value, prefix included).
    ///
    /// `Unable to load paramfile file:///x: [Errno 2] No such file or directory: '/x'`.
    package func cliMessage(reference: String) -> String {
        switch self {
        case .system(let code, let description, let path):
            return "Unable to load paramfile \(reference): [Errno \(code)] \(description): \(PythonRepr.string(path))"
        case .undecodable(let path):
            return "Unable to load paramfile (\(path)), text contents could not be decoded.  If this is a binary "
                + "file, please use the fileb:// prefix instead of the file:// prefix."
        }
    }
}
