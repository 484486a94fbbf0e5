package import InputAnalysis
package import InputSyntax
package import TextModel

/// A document the client has open: its text at a version, and the analysis of that text, computed once per version.
package struct OpenDocument: Sendable {
    /// What the server does with a document.
    package enum Kind: Sendable, Hashable {
        case json
        case yaml
        case shellScript
        /// `.cli-input.yaml` itself.
        case workspaceConfiguration
        case other
    }

    package let uri: String
    /// The local path, for `file://` URIs.
    package let path: String?
    package var languageID: String
    package var version: Int
    package var source: SourceText
    package var analysis: AnalysisState?

    package init(uri: String, languageID: String, version: Int, source: SourceText) {
        self.uri = uri
        self.path = DocumentURI.path(uri)
        self.languageID = languageID
        self.version = version
        self.source = source
    }

    package var kind: Kind {
        let name = (path ?? uri).split(separator: "/").last.map(String.init) ?? ""
        if name == ".cli-input.yaml" { return .workspaceConfiguration }
        switch languageID {
        case "json", "jsonc": return .json
        case "yaml": return .yaml
        case "shellscript", "sh", "bash", "zsh": return .shellScript
        default: break
        }
        let lower = name.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        if lower.hasSuffix(".sh") || lower.hasSuffix(".bash") { return .shellScript }
        return .other
    }

    package var format: DocumentFormat? {
        switch kind {
        case .json: .json
        case .yaml, .workspaceConfiguration: .yaml
        default: nil
        }
    }
}

/// The analysis of one version of a document.
package struct AnalysisState: Sendable {
    package var association: Association?
    package var target: DocumentAnalysis.Target?
    package var parse: ParseResult
    /// Everything to show: syntax, validation and association findings, ordered by position.
    package var findings: [Finding]
}
