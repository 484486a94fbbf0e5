package import InputAnalysis
import InputSyntax
import ServiceModel
import TextModel

extension LanguageServer {
    /// Findings for a shell script's `aws ...` command lines, as `params` reports them.
    func analyzeScript(_ document: OpenDocument, state: inout ServerState) -> AnalysisState? {
        let workspace = workspaceFile(for: document.path, state: &state)
        let catalog = self.catalog(for: workspace, state: &state)
        var options = ValidationOptions()
        options.cliVersion = state.settings.cliVersion ?? workspace?.configuration.cliVersion ?? .v2
        var cache = state.scriptCaches[document.uri] ?? ScriptAnalysis.Cache()
        let analysis = ScriptAnalysis.analyze(
            document.source, services: Self.serviceLookup(catalog), filters: { catalog.filters(for: $0) },
            files: ScriptFileSystem(directories: scriptDirectories(document.path, state: state)), options: options,
            cache: &cache)
        state.scriptCaches[document.uri] = cache
        return AnalysisState(parse: ParseResult(root: nil), findings: analysis.findings)
    }

    /// Reads the workspace's shell scripts (open ones from the editor) for `--cli-input-json file://PATH` and
    /// `--cli-input-yaml file://PATH`: each such file becomes an input of the command's operation.
    func rescanScripts() {
        let (roots, open, version) = state.withLock { state in
            (
                state.roots,
                state.documents.values.filter { $0.kind == .shellScript && $0.path != nil }
                    .map { ($0.path ?? "", $0.source) },
                state.settings.cliVersion ?? .v2
            )
        }
        var scripts = [String: SourceText]()
        for root in roots {
            for path in Self.shellScripts(under: root) where scripts[path] == nil {
                if let bytes = try? FileSystem.readFile(path, limit: ScriptAnalysis.maxCommandBytes * 4) {
                    scripts[path] = SourceText(bytes: bytes)
                }
            }
        }
        for (path, source) in open { scripts[path] = source }
        var references = [String: Association]()
        for (script, source) in scripts.sorted(by: { $0.key < $1.key }) {
            let files = ScriptFileSystem(directories: [FileSystem.directoryName(script)] + roots)
            for reference in ScriptAnalysis.inputFileReferences(in: source, version: version) {
                let path = files.resolve(reference.path)
                guard references[path] == nil else { continue }
                let line = source.position(of: reference.range.start, in: .utf8).line + 1
                references[path] = Association(
                    service: reference.service, operation: reference.operation,
                    origin: .script(path: script, line: line))
            }
        }
        state.withLock { $0.scriptReferences = references }
    }

    /// The shell scripts (`*.sh`, `*.bash`) under `root`, skipping hidden and build directories; bounded so that a
    /// huge workspace cannot stall the server.
    static func shellScripts(under root: String, maxFiles: Int = 5000, maxDepth: Int = 12) -> [String] {
        var found = [String]()
        var visited = 0
        var pending = [(root, 0)]
        let skipped: Set<String> = ["node_modules", ".build", "build", "dist", "target", "vendor", "__pycache__"]
        while let (directory, depth) = pending.popLast(), visited < maxFiles {
            for name in (FileSystem.listDirectory(directory) ?? []).sorted() {
                visited += 1
                if name.hasPrefix(".") || skipped.contains(name) { continue }
                let path = FileSystem.join(directory, name)
                if name.hasSuffix(".sh") || name.hasSuffix(".bash") {
                    if FileSystem.isRegularFile(path) { found.append(path) }
                } else if depth < maxDepth, FileSystem.isDirectory(path) {
                    pending.append((path, depth + 1))
                }
            }
        }
        return found
    }

    /// Where a script's relative `file://` paths are looked for: its directory, then the workspace folders.
    func scriptDirectories(_ path: String?, state: ServerState) -> [String] {
        (path.map { [FileSystem.directoryName($0)] } ?? []) + state.roots
    }

    static func serviceLookup(_ catalog: ModelCatalog) -> CommandLineInterpreter.ServiceLookup {
        { name in
            do throws(ModelError) {
                return .success(try catalog.service(name))
            } catch {
                return .failure(error)
            }
        }
    }
}

extension LanguageServer {
    /// Completion inside a shell script's `aws ...` command line.
    func scriptCompletion(_ document: OpenDocument, offset: Int, state: inout ServerState) -> [CompletionItem] {
        let workspace = workspaceFile(for: document.path, state: &state)
        let catalog = self.catalog(for: workspace, state: &state)
        var options = ValidationOptions()
        options.cliVersion = state.settings.cliVersion ?? workspace?.configuration.cliVersion ?? .v2
        let models = ScriptCompletion.Models(
            services: Self.serviceLookup(catalog), filters: { catalog.filters(for: $0) },
            serviceNames: { catalog.listing().map(\.cliName) },
            commandNames: { CLICommandTable.commandNames(of: $0) })
        return ScriptCompletion.complete(document.source, offset: offset, models: models, options: options)
    }
}
