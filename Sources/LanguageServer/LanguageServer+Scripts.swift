package import InputAnalysis

extension LanguageServer {
    /// Findings for a shell script's `aws ...` command lines.
    func analyzeScript(_ document: OpenDocument, state: inout ServerState) -> AnalysisState? {
        nil
    }

    /// Reads the workspace's shell scripts for `--cli-input-json file://PATH` references.
    func rescanScripts() {}
}

extension LanguageServer {
    /// Completion inside a shell script's `aws ...` command line.
    func scriptCompletion(_ document: OpenDocument, offset: Int, state: inout ServerState) -> [CompletionItem] {
        []
    }
}
