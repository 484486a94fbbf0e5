/// Reads the files that `@=` values refer to (AWSCLI.md 1.4); the parser itself does no I/O.
///
/// The CLI resolves a value only when its key is written `key@=`, and only when the value (after unescaping and
/// stripping) starts with `file://` (text) or `fileb://` (bytes).
package protocol ParamFileLoader {
    /// The contents of the file at `path`.
    ///
    /// - Parameters:
    ///   - path: the text after `file://` or `fileb://`, exactly as written. As the CLI does, the loader expands
    ///     `~` and `$VARIABLES` and resolves a relative path against its working directory.
    ///   - binary: false for `file://`: return the text as the CLI reads it (decoded with the locale's encoding,
    ///     line ends translated to `\n`, see `ParamFileText.pythonTextMode`) as UTF-8; true for `fileb://`: the
    ///     raw bytes.
    /// - Throws: `ParamFileError` describing the failure the way Python reports it.
    func load(path: String, binary: Bool) throws(ParamFileError) -> [UInt8]
}
