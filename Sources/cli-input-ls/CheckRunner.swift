import Dispatch
import InputAnalysis
import InputSyntax
import ServiceModel
import Synchronization
import TextModel
import YAMLSyntax

/// The file work of `check`: walking directories, finding `.cli-input.yaml`, associating, analysing input files
/// and shell scripts, on every core. Reads only. The reports come out in the order of the files, whatever order the
/// work finished in.
final class CheckRunner: Sendable {
    struct Outcome {
        var reports: [FileReport] = []
        /// Usage and I/O problems, one line each.
        var problems: [String] = []
    }

    /// What checking one file gave.
    private struct FileOutcome: Sendable {
        var report: FileReport?
        var problems: [String] = []
    }

    /// A directory holding `.cli-input.yaml` and what it says.
    struct Workspace: Sendable {
        var root: String
        var configuration: WorkspaceConfiguration
    }

    let modelDirectories: [String]
    let explicit: (service: String, operation: String)?
    let cliVersion: CLIVersion?
    private let workspaces = Mutex([String: Workspace?]())
    private let catalogs = Mutex([[String]: ModelCatalog]())

    init(modelDirectories: [String], explicit: (service: String, operation: String)?, cliVersion: CLIVersion?) {
        self.modelDirectories = modelDirectories
        self.explicit = explicit
        self.cliVersion = cliVersion
    }

    func check(_ paths: [String]) -> Outcome {
        var outcome = Outcome()
        var files = [(path: String, explicitlyGiven: Bool)]()
        for path in paths {
            if FileSystem.isDirectory(path) {
                files += Self.walk(path).map { ($0, false) }
            } else if FileSystem.exists(path) {
                files.append((path, true))
            } else {
                outcome.problems.append("\(path): no such file or directory")
            }
        }
        let work = files
        let references = Self.scriptReferences(in: work.map(\.path).filter(Self.isScript), cliVersion: cliVersion)
        let results = Mutex([FileOutcome?](repeating: nil, count: work.count))
        // Chunks of a few files per task: enough tasks to keep every core busy, few enough to keep overhead low.
        let chunk = 16
        let chunks = (work.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let range = (index * chunk)..<min(work.count, (index + 1) * chunk)
            let done = range.map {
                checkFile(work[$0].path, explicitlyGiven: work[$0].explicitlyGiven, scriptReferences: references)
            }
            results.withLock { results in
                for (offset, result) in zip(range, done) { results[offset] = result }
            }
        }
        for result in results.withLock({ $0 }) {
            guard let result else { continue }
            if let report = result.report { outcome.reports.append(report) }
            outcome.problems += result.problems
        }
        return outcome
    }

    private func checkFile(
        _ path: String, explicitlyGiven: Bool, scriptReferences: [String: Association]
    ) -> FileOutcome {
        var outcome = FileOutcome()
        if Self.isScript(path) { return checkScript(path, explicitlyGiven: explicitlyGiven) }
        guard let format = Self.format(of: path) else {
            if explicitlyGiven { outcome.problems.append("\(path): not a .json, .yaml, .yml, .sh or .bash file") }
            return outcome
        }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path, limit: SyntaxLimits.maxDocumentBytes)
        } catch {
            outcome.problems.append("cannot read \(error.description)")
            return outcome
        }
        let source = SourceText(bytes: bytes)
        let workspace = workspace(containing: path)
        let catalog = catalog(for: workspace)
        let relative = workspace.map { Self.relativePath(path, to: $0.root) } ?? Self.normalized(path)
        let comments =
            format == .yaml
            ? YAMLLeadingComments.scan(source).map { AssociationResolver.Comment(text: $0.text, range: $0.range) } : []
        let association = AssociationResolver.resolve(
            relativePath: relative, explicit: explicit, leadingComments: comments,
            workspace: workspace?.configuration,
            scriptReferences: scriptReferences[FileSystem.realPath(path) ?? path].map { [relative: $0] } ?? [:],
            isKnownService: { catalog.entry(cliName: $0) != nil })
        guard let association else {
            if explicitlyGiven {
                let finding = OperationResolution.noOperationFinding(fileName: path, format: format)
                outcome.report = FileReport(path: path, operation: nil, source: source, findings: [finding])
                outcome.problems.append("\(path): \(finding.message)")
            }
            return outcome
        }
        var options = ValidationOptions()
        options.cliVersion = cliVersion ?? workspace?.configuration.cliVersion ?? .v2
        let target: DocumentAnalysis.Target?
        var findings = [Finding]()
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
                outcome.problems.append(error.description)
            }
            target = nil
        }
        findings += DocumentAnalysis.analyze(source, format: format, target: target, options: options).findings
        findings.sort { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        outcome.report = FileReport(path: path, operation: association.displayName, source: source, findings: findings)
        return outcome
    }

    /// The `aws` command lines of a shell script, interpreted and checked as `params` does. A script found under a
    /// directory is reported only when it runs the AWS CLI.
    private func checkScript(_ path: String, explicitlyGiven: Bool) -> FileOutcome {
        var outcome = FileOutcome()
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path, limit: SyntaxLimits.maxDocumentBytes)
        } catch {
            outcome.problems.append("cannot read \(error.description)")
            return outcome
        }
        let source = SourceText(bytes: bytes)
        let workspace = workspace(containing: path)
        let catalog = catalog(for: workspace)
        var options = ValidationOptions()
        options.cliVersion = cliVersion ?? workspace?.configuration.cliVersion ?? .v2
        let analysis = ScriptAnalysis.analyze(
            source,
            services: { name in
                do throws(ModelError) {
                    return .success(try catalog.service(name))
                } catch {
                    return .failure(error)
                }
            },
            filters: { catalog.filters(for: $0) },
            files: ScriptDirectoryLoader(directory: FileSystem.directoryName(path)), options: options)
        guard explicitlyGiven || !analysis.commands.isEmpty || !analysis.findings.isEmpty else { return outcome }
        outcome.report = FileReport(path: path, operation: nil, source: source, findings: analysis.findings)
        return outcome
    }

    /// The input files that `--cli-input-json file://PATH` / `--cli-input-yaml file://PATH` in `scripts` name, by
    /// real path: relative paths next to the script first, else from the current directory.
    static func scriptReferences(in scripts: [String], cliVersion: CLIVersion?) -> [String: Association] {
        var references = [String: Association]()
        for script in scripts {
            guard let bytes = try? FileSystem.readFile(script, limit: SyntaxLimits.maxDocumentBytes) else { continue }
            let source = SourceText(bytes: bytes)
            let loader = ScriptDirectoryLoader(directory: FileSystem.directoryName(script))
            for reference in ScriptAnalysis.inputFileReferences(in: source, version: cliVersion ?? .v2) {
                let located = loader.located(reference.path)
                guard let real = FileSystem.realPath(located), references[real] == nil else { continue }
                let line = source.position(of: reference.range.start, in: .utf8).line + 1
                references[real] = Association(
                    service: reference.service, operation: reference.operation,
                    origin: .script(path: script, line: line))
            }
        }
        return references
    }

    static func format(of path: String) -> DocumentFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        return nil
    }

    /// Shell scripts, whose `aws` command lines are checked as `params` checks them.
    static func isScript(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".sh") || lower.hasSuffix(".bash")
    }

    /// The files under `directory` with a JSON, YAML or shell-script extension, sorted; hidden and build directories
    /// skipped.
    static func walk(_ directory: String) -> [String] {
        var result = [String]()
        var pending = [directory]
        while let current = pending.popLast() {
            for name in (FileSystem.listDirectory(current) ?? []).sorted() {
                if name.hasPrefix(".") || name == "node_modules" { continue }
                let path = FileSystem.join(current, name)
                if FileSystem.isDirectory(path) {
                    pending.append(path)
                } else if format(of: name) != nil || isScript(name) {
                    result.append(path)
                }
            }
        }
        return result.sorted()
    }

    /// The nearest `.cli-input.yaml` above `path` (cached per directory; safe from any thread).
    private func workspace(containing path: String) -> Workspace? {
        var directory = FileSystem.directoryName(FileSystem.realPath(path) ?? path)
        var visited = [String]()
        var found: Workspace?
        while true {
            if let cached = workspaces.withLock({ $0[directory] }) {
                found = cached
                break
            }
            visited.append(directory)
            let file = FileSystem.join(directory, ".cli-input.yaml")
            if let bytes = try? FileSystem.readFile(file, limit: 1 << 20) {
                let source = SourceText(bytes: bytes)
                let (configuration, _) = WorkspaceConfiguration.read(YAMLParser.parse(source).root, source: source)
                found = Workspace(root: directory, configuration: configuration)
                break
            }
            let parent = FileSystem.directoryName(directory)
            if parent == directory { break }
            directory = parent
        }
        workspaces.withLock { cache in
            for directory in visited { cache[directory] = .some(found) }
        }
        return found
    }

    private func catalog(for workspace: Workspace?) -> ModelCatalog {
        let extra = (workspace?.configuration.modelDirectories ?? []).map { directory in
            directory.hasPrefix("/") ? directory : FileSystem.join(workspace?.root ?? ".", directory)
        }
        let directories = modelDirectories + extra
        return catalogs.withLock { cache in
            if let cached = cache[directories] { return cached }
            let catalog = ModelCatalog(searchPath: .standard(explicit: directories))
            cache[directories] = catalog
            return catalog
        }
    }

    static func relativePath(_ path: String, to root: String) -> String {
        let absolute = FileSystem.realPath(path) ?? path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : normalized(path)
    }

    static func normalized(_ path: String) -> String {
        var p = path
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p
    }
}
