import ArgumentParser
import JSONSyntax
import ServiceModel

/// `cli-input-ls operations [SERVICE] [--json]`.
struct OperationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operations",
        abstract: "List the services, or the operations of a service, by their AWS CLI names.",
        discussion: """
            Without SERVICE, lists every service on the model search path. With --json, also says where each \
            model comes from (the first search-path entry that has a service wins; later ones are listed as \
            shadowed). A service's listing leaves out what `aws SERVICE help` hides (deprecated operations, old \
            spellings); --json includes them, marked "hidden", and also the operations the CLI removes ("removed") or \
            replaces with a hand-written command ("handWritten").
            """)

    @OptionGroup var models: ModelOptions

    @Argument(help: "A service name (ssm, s3api...).")
    var service: String?

    @Flag(help: "Print JSON with the model source of each service.")
    var json = false

    func run() throws {
        let catalog = try models.catalog()
        guard let serviceName = service else {
            let listing = catalog.listing()
            if json {
                let services = listing.map { entry -> JSONValue in
                    .object([
                        "name": .string(entry.cliName),
                        "apiVersion": .string(entry.apiVersion),
                        "source": Self.describe(entry.source),
                        "shadowed": .array(entry.shadowed.map(Self.describe)),
                    ])
                }
                writeStandardOutput(
                    JSONValue.object([
                        "searchPath": .array(catalog.searchPath.sources.map(Self.describe)),
                        "services": .array(services),
                    ]).encode(.pythonIndent4) + "\n")
            } else {
                writeStandardOutput(listing.map(\.cliName).joined(separator: "\n") + (listing.isEmpty ? "" : "\n"))
            }
            return
        }
        let service: Service
        do {
            service = try catalog.service(serviceName)
        } catch {
            throw failure(error.description, code: ExitCodes.usage)
        }
        let commands = CLICommandTable.commands(of: service)
        if json {
            let entry = catalog.entry(cliName: serviceName)
            let operations = commands.map { command -> JSONValue in
                var object: JSONObject = [
                    "name": .string(command.name),
                    "apiName": .string(command.operation.name),
                    "skeleton": .bool(!service.hasStreamingOutput(command.operation)),
                ]
                if command.isHidden { object["hidden"] = .bool(true) }
                if command.operation.isDeprecated { object["deprecated"] = .bool(true) }
                return .object(object)
            }
            var object: JSONObject = [
                "service": .string(service.cliName),
                "apiVersion": .string(service.apiVersion),
            ]
            if let entry {
                object["source"] = Self.describe(entry.source)
                object["shadowed"] = .array(entry.shadowed.map(Self.describe))
            }
            // Model operations without a model-driven command, so that every operation has an entry.
            var removed = [JSONValue]()
            for operation in service.operations {
                switch CLICommandTable.resolve(operation.cliName, in: service) {
                case .removed:
                    removed.append(.object([
                        "name": .string(operation.cliName), "apiName": .string(operation.name),
                        "skeleton": .bool(false), "hidden": .bool(true), "removed": .bool(true),
                    ]))
                case .customCommand:
                    removed.append(.object([
                        "name": .string(operation.cliName), "apiName": .string(operation.name),
                        "skeleton": .bool(false), "hidden": .bool(true), "handWritten": .bool(true),
                    ]))
                default:
                    break
                }
            }
            object["operations"] = .array(operations + removed)
            writeStandardOutput(JSONValue.object(object).encode(.pythonIndent4) + "\n")
        } else {
            let names = commands.filter { !$0.isHidden }.map(\.name)
            writeStandardOutput(names.joined(separator: "\n") + (names.isEmpty ? "" : "\n"))
        }
    }

    static func describe(_ source: ModelSource) -> JSONValue {
        var object: JSONObject = ["path": .string(source.path), "kind": .string(source.kind.rawValue)]
        if let detail = source.detail { object["detail"] = .string(detail) }
        return .object(object)
    }
}
