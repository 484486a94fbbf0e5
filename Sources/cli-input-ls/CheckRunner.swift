import InputAnalysis
import InputSyntax
import ServiceModel
import TextModel
import YAMLSyntax

/// The file work of `check`: walking directories, finding `.cli-input.yaml`, associating, analysing. Reads only.
struct CheckRunner {
    struct Outcome {
        var reports: [FileReport] = []
        /// Usage and I/O problems, one line each.
        var problems: [String] = []
    }

    let modelDirectories: [String]
    let explicit: (service: String, operation: String)?
    let cliVersion: CLIVersion?
    private var workspaces: [String: Workspace?] = [:]
    private var catalogs: [[String]: ModelCatalog] = [:]

    init(modelDirectories: [String], explicit: (service: String, operation: String)?, cliVersion: CLIVersion?) {
        self.modelDirectories = modelDirectories
        self.explicit = explicit
        self.cliVersion = cliVersion
    }

    /// A directory holding `.cli-input.yaml` and what it says.
    struct Workspace {
        var root: String
        var configuration: WorkspaceConfiguration
    }

    mutating func check(_ paths: [String]) -> Outcome {
        var outcome = Outcome()
        for path in paths {
            if FileSystem.isDirectory(path) {
                for file in Self.walk(path) {
                    checkFile(file, explicitlyGiven: false, into: &outcome)
                }
            } else if FileSystem.exists(path) {
                checkFile(path, explicitlyGiven: true, into: &outcome)
            } else {
                outcome.problems.append("\(path): no such file or directory")
            }
        }
        return outcome
    }

    private mutating func checkFile(_ path: String, explicitlyGiven: Bool, into outcome: inout Outcome) {
        guard let format = Self.format(of: path) else {
            if explicitlyGiven { outcome.problems.append("\(path): not a .json, .yaml or .yml file") }
            return
        }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path, limit: SyntaxLimits.maxDocumentBytes)
        } catch {
            outcome.problems.append("cannot read \(error.description)")
            return
        }
        let source = SourceText(bytes: bytes)
        let workspace = workspace(containing: path)
        let catalog = catalog(for: workspace)
        let relative = workspace.map { Self.relativePath(path, to: $0.root) } ?? Self.normalized(path)
        let comments = format == .yaml
            ? YAMLLeadingComments.scan(source).map { AssociationResolver.Comment(text: $0.text, range: $0.range) } : []
        let association = AssociationResolver.resolve(
            relativePath: relative, explicit: explicit, leadingComments: comments,
            workspace: workspace?.configuration, isKnownService: { catalog.entry(cliName: $0) != nil })
        guard let association else {
            if explicitlyGiven {
                let finding = OperationResolution.noOperationFinding(fileName: path, format: format)
                outcome.reports.append(FileReport(path: path, operation: nil, source: source, findings: [finding]))
                outcome.problems.append("\(path): \(finding.message)")
            }
            return
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
        outcome.reports.append(FileReport(
            path: path, operation: association.displayName, source: source, findings: findings))
    }

    static func format(of path: String) -> DocumentFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        return nil
    }

    /// The files under `directory` with a JSON or YAML extension, sorted; hidden and build directories skipped.
    static func walk(_ directory: String) -> [String] {
        var result = [String]()
        var pending = [directory]
        while let current = pending.popLast() {
            for name in (FileSystem.listDirectory(current) ?? []).sorted() {
                if name.hasPrefix(".") || name == "node_modules" { continue }
                let path = FileSystem.join(current, name)
                if FileSystem.isDirectory(path) {
                    pending.append(path)
                } else if format(of: name) != nil {
                    result.append(path)
                }
            }
        }
        return result.sorted()
    }

    /// The nearest `.cli-input.yaml` above `path`.
    private mutating func workspace(containing path: String) -> Workspace? {
        var directory = FileSystem.directoryName(FileSystem.realPath(path) ?? path)
        var visited = [String]()
        var found: Workspace?? = nil
        while true {
            if let cached = workspaces[directory] {
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
            if parent == directory {
                found = .some(nil)
                break
            }
            directory = parent
        }
        let result = found ?? nil
        for directory in visited { workspaces[directory] = .some(result) }
        return result
    }

    private mutating func catalog(for workspace: Workspace?) -> ModelCatalog {
        let extra = (workspace?.configuration.modelDirectories ?? []).map { directory in
            directory.hasPrefix("/") ? directory : FileSystem.join(workspace?.root ?? ".", directory)
        }
        let directories = modelDirectories + extra
        if let cached = catalogs[directories] { return cached }
        let catalog = ModelCatalog(searchPath: .standard(explicit: directories))
        catalogs[directories] = catalog
        return catalog
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
