package import ShorthandSyntax

/// The file access the AWS CLI performs while reading a command line (`file://`, `fileb://`, `key@=file://…`,
/// streaming blob paths), injected so that the analysis itself does no I/O.
package protocol CommandFileSystem: ParamFileLoader {
    /// Whether `path`, as written after the option (with `~` and `$VARIABLES` to expand as the CLI does), names a
    /// regular file: streaming blob options (`--body PATH`) take a path, not the data.
    func isFile(_ path: String) -> Bool
}
