package import InputAnalysis
package import ServiceModel

/// Everything the server remembers between messages. Touched only from the connection's handler queue, behind the
/// server's one `Mutex`.
package struct ServerState: Sendable {
    package enum Phase: Sendable, Hashable {
        case uninitialized
        case running
        /// `shutdown` was answered; only `exit` is left.
        case shutDown
    }

    package var phase = Phase.uninitialized
    package var capabilities = ClientCapabilities()
    package var conversion = LSPConversion(encoding: .utf16)
    package var settings = ServerSettings()
    /// Workspace folder paths; the first is the root for relative settings.
    package var roots: [String] = []
    package var documents: [String: OpenDocument] = [:]
    /// Catalogs by extra model directories.
    package var catalogs: [[String]: ModelCatalog] = [:]
    /// `.cli-input.yaml` files read from disk, by the directory holding them (nil: none there).
    package var workspaceFiles: [String: WorkspaceFile?] = [:]
    /// Input files named by `--cli-input-json file://...` in the workspace's shell scripts, by absolute path.
    package var scriptReferences: [String: Association] = [:]
    /// Interpreted `aws` commands of open shell scripts, by URI; dropped whenever models or settings change.
    package var scriptCaches: [String: ScriptAnalysis.Cache] = [:]
    package var operationIndex: OperationIndex??

    package init() {}
}

/// A `.cli-input.yaml` and what it says.
package struct WorkspaceFile: Sendable {
    /// The directory holding it: the root its globs are relative to.
    package var directory: String
    package var configuration: WorkspaceConfiguration
    package var text: String
}
