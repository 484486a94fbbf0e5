import InputAnalysis
import InputSyntax
import ServiceModel
import ShorthandSyntax
import TextModel

/// Real service models (the bundled `schemas/`), an in-memory file system, and a one-call interpreter over shell
/// text, for the command-line tests.
enum CommandLineFixtures {
    /// The repository's bundled models: structure-only botocore models with paginators.
    static let catalog: ModelCatalog = {
        var path = #filePath
        for _ in 0..<4 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return ModelCatalog(
            searchPath: ModelSearchPath(sources: [ModelSource(path: path + "/schemas", kind: .bundled)]))
    }()

    static func lookup(_ name: String) -> Result<Service, ModelError> {
        do throws(ModelError) {
            return .success(try catalog.service(name))
        } catch {
            return .failure(error)
        }
    }

    /// The first `aws` command of `script` interpreted, with `files` as the file system.
    static func interpret(
        _ script: String, version: CLIVersion = .v2, files: [String: String] = [:], binaryFiles: [String: [UInt8]] = [:]
    ) -> CommandLineInterpretation {
        let source = SourceText(script)
        guard let command = ShellScriptScanner.awsCommands(in: source).first, let arguments = command.awsArguments
        else {
            return CommandLineInterpretation()
        }
        var options = ValidationOptions()
        options.cliVersion = version
        var contents = binaryFiles
        for (path, text) in files { contents[path] = Array(text.utf8) }
        return CommandLineInterpreter.interpret(
            arguments, source: source, services: lookup, files: MemoryFiles(contents: contents), options: options)
    }

    /// The request as compact JSON.
    static func json(_ result: CommandLineInterpretation) -> String? {
        result.parameters.map {
            ParameterJSONWriter.render($0, fileMembers: result.streamingFileMembers, layout: .compact)
        }
    }

    /// The codes of the error findings.
    static func errors(_ result: CommandLineInterpretation) -> [String] {
        result.findings.filter { $0.severity == .error }.map(\.code.rawValue)
    }
}

/// Files held in memory, by path as written after `file://`.
struct MemoryFiles: CommandFileSystem {
    var contents: [String: [UInt8]]

    func load(path: String, binary: Bool) throws(ParamFileError) -> [UInt8] {
        guard let bytes = contents[path] else {
            throw .system(code: 2, description: "No such file or directory", path: path)
        }
        return bytes
    }

    func isFile(_ path: String) -> Bool { contents[path] != nil }
}
