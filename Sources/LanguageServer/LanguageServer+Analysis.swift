package import InputAnalysis
package import InputSyntax
package import ServiceModel
package import TextModel
internal import YAMLSyntax

extension LanguageServer {
    /// Analyses `document` for its current text: association, parse, findings.
    func analyze(_ document: inout OpenDocument, state: inout ServerState) {
        switch document.kind {
        case .json, .yaml:
            document.analysis = analyzeInput(document, state: &state)
        case .workspaceConfiguration:
            let parse = YAMLParser.parse(document.source)
            let (_, findings) = WorkspaceConfiguration.read(parse.root, source: document.source)
            document.analysis = AnalysisState(
                parse: parse, findings: DocumentAnalysis.syntaxFindings(parse, format: .yaml) + findings)
        case .shellScript:
            document.analysis = analyzeScript(document, state: &state)
        case .other:
            document.analysis = nil
        }
    }

    private func analyzeInput(_ document: OpenDocument, state: inout ServerState) -> AnalysisState {
        guard let format = document.format else { return AnalysisState(parse: ParseResult(root: nil), findings: []) }
        let association = associate(document, format: format, state: &state)
        var options = ValidationOptions()
        let workspace = workspaceFile(for: document.path, state: &state)
        options.cliVersion = state.settings.cliVersion ?? workspace?.configuration.cliVersion ?? .v2
        guard let association else {
            // Not an input file we know of: no error findings; a hint when the keys look like an operation's.
            let parse = DocumentAnalysis.parse(document.source, format: format)
            var findings = [Finding]()
            let keys = parse.root?.members?.map(\.key) ?? []
            if !parse.hasErrors, !Self.isWellKnownFile(document.path ?? document.uri),
                let index = operationIndex(state: &state),
                let best = index.ranked(keys: keys, limit: 1).first,
                Self.looksLikeInput(keys: keys, members: best.entry.members)
            {
                var hint = OperationResolution.noOperationFinding(
                    fileName: document.path ?? document.uri, format: format)
                hint.message += " Its keys match \(best.entry.service) \(best.entry.operation)."
                findings.append(hint)
            }
            return AnalysisState(parse: parse, findings: findings)
        }
        let catalog = self.catalog(for: workspace, state: &state)
        var findings = [Finding]()
        var target: DocumentAnalysis.Target?
        do {
            let (service, operation) = try catalog.operation(
                service: association.service, operation: association.operation)
            target = DocumentAnalysis.Target(
                service: service, operation: operation, filters: catalog.filters(for: service))
        } catch {
            switch error {
            case .unknownService, .unknownOperation:
                findings.append(OperationResolution.unknownOperationFinding(association, error: error))
            default:
                log(error.description)
            }
        }
        let result = DocumentAnalysis.analyze(document.source, format: format, target: target, options: options)
        findings += result.findings
        findings.sort { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        return AnalysisState(association: association, target: target, parse: result.parse, findings: findings)
    }

    /// Configuration files of other tools, which never get the "looks like an input" hint.
    static let wellKnownFiles: Set<String> = [
        "package.json", "package-lock.json", "tsconfig.json", "jsconfig.json", "composer.json", "bower.json",
        "manifest.json", "launch.json", "settings.json", "tasks.json", "extensions.json", "app.json", ".eslintrc.json",
        ".prettierrc.json", "cdk.json", "docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml",
        "mkdocs.yml", "pnpm-lock.yaml", "pubspec.yaml", "serverless.yml", "template.yaml", "template.yml",
        "buildspec.yml", "appspec.yml", ".pre-commit-config.yaml", "action.yml", "action.yaml", "Chart.yaml",
        "values.yaml",
    ]

    static func isWellKnownFile(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return wellKnownFiles.contains(name) || path.contains("/.github/workflows/") || path.contains("/.vscode/")
    }

    /// Whether a document's keys look like an operation's input (worth a hint): at least two keys, and most of
    /// them members of the operation.
    static func looksLikeInput(keys: [String], members: [String]) -> Bool {
        let common = Set(keys).intersection(members).count
        return common >= 2 && Double(common) >= 0.6 * Double(Set(keys).count)
    }

    /// The operation `document` is the input of, by DESIGN.md's rules, highest first.
    func associate(_ document: OpenDocument, format: DocumentFormat, state: inout ServerState) -> Association? {
        let workspace = workspaceFile(for: document.path, state: &state)
        let root = workspace?.directory ?? state.roots.first(where: { document.path?.hasPrefix($0 + "/") ?? false })
        let relative = relativePath(document.path ?? document.uri, to: root)
        let settingsRoot = state.roots.first.map { relativePath(document.path ?? document.uri, to: $0) } ?? relative
        for entry in state.settings.associations where Glob(entry.glob).matches(settingsRoot) {
            let words = entry.operation.split(separator: " ").map(String.init)
            if words.count == 2 { return Association(service: words[0], operation: words[1], origin: .explicit) }
        }
        let comments =
            format == .yaml
            ? YAMLLeadingComments.scan(document.source).map {
                AssociationResolver.Comment(text: $0.text, range: $0.range)
            }
            : []
        let catalog = self.catalog(for: workspace, state: &state)
        return AssociationResolver.resolve(
            relativePath: relative, leadingComments: comments, workspace: workspace?.configuration,
            scriptReferences: document.path.flatMap { path in state.scriptReferences[path].map { [relative: $0] } }
                ?? [:],
            isKnownService: { catalog.entry(cliName: $0) != nil })
    }

    /// The nearest `.cli-input.yaml` above `path` (its open text when the editor has it open).
    func workspaceFile(for path: String?, state: inout ServerState) -> WorkspaceFile? {
        guard let path else { return nil }
        var directory = FileSystem.directoryName(path)
        var visited = [String]()
        var found: WorkspaceFile?
        while true {
            if let cached = state.workspaceFiles[directory] {
                found = cached
                break
            }
            visited.append(directory)
            let file = FileSystem.join(directory, ".cli-input.yaml")
            let text: String?
            if let open = state.documents[DocumentURI.uri(path: file)] {
                text = open.source.string
            } else if let bytes = try? FileSystem.readFile(file, limit: 1 << 20) {
                text = String(decoding: bytes, as: UTF8.self)
            } else {
                text = nil
            }
            if let text {
                let source = SourceText(text)
                let (configuration, _) = WorkspaceConfiguration.read(YAMLParser.parse(source).root, source: source)
                found = WorkspaceFile(directory: directory, configuration: configuration, text: text)
                break
            }
            let parent = FileSystem.directoryName(directory)
            if parent == directory || state.roots.contains(directory) { break }
            directory = parent
        }
        for visitedDirectory in visited { state.workspaceFiles[visitedDirectory] = .some(found) }
        return found
    }

    /// The catalog for the settings' and the workspace file's model directories.
    func catalog(for workspace: WorkspaceFile?, state: inout ServerState) -> ModelCatalog {
        let base = state.roots.first ?? FileSystem.currentDirectory()
        func absolute(_ directory: String, relativeTo root: String) -> String {
            let expanded = FileSystem.expandTilde(directory)
            return expanded.hasPrefix("/") ? expanded : FileSystem.join(root, expanded)
        }
        var directories = state.settings.modelDirectories.map { absolute($0, relativeTo: base) }
        if let workspace {
            directories += workspace.configuration.modelDirectories.map {
                absolute($0, relativeTo: workspace.directory)
            }
        }
        if let cached = state.catalogs[directories] { return cached }
        let catalog = ModelCatalog(searchPath: .standard(explicit: directories))
        state.catalogs[directories] = catalog
        return catalog
    }

    /// The bundle's index of operations' members, loaded once.
    func operationIndex(state: inout ServerState) -> OperationIndex? {
        if let loaded = state.operationIndex { return loaded }
        let index = BundledSchemas.locate().flatMap { OperationIndex.load(schemas: $0) }
        state.operationIndex = .some(index)
        return index
    }

    func relativePath(_ path: String, to root: String?) -> String {
        guard let root, path.hasPrefix(root + "/") else {
            return path.split(separator: "/").last.map(String.init) ?? path
        }
        return String(path.dropFirst(root.count + 1))
    }
}
