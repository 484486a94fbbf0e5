import ArgumentParser
import InputAnalysis
import JSONSyntax
import ServiceModel

extension SkeletonFormat: ExpressibleByArgument {}

/// `cli-input-ls skeleton SERVICE OPERATION [FORMAT]`.
struct SkeletonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skeleton",
        abstract: "Print the --generate-cli-skeleton output of an operation.",
        discussion: """
            Prints exactly what `aws SERVICE OPERATION --generate-cli-skeleton FORMAT` prints (AWS CLI v2; v1 \
            differs only by picking a random enum value): `input` is the JSON for --cli-input-json, `yaml-input` \
            the commented YAML for --cli-input-yaml, `output` the response shape with member names as values \
            (without the AWS CLI's own min-length failure on its placeholders).

            With --batch, reads lines `SERVICE OPERATION [FORMAT]` from standard input and prints one JSON object \
            per line: {"service", "operation", "format", "skeleton"} or {..., "error"}.
            """)

    @OptionGroup var models: ModelOptions

    @Argument(help: "The AWS CLI service name (ssm, s3api, configservice...).")
    var service: String?

    @Argument(help: "The operation as the AWS CLI spells it (list-command-invocations).")
    var operation: String?

    @Argument(help: "input, yaml-input or output.")
    var format: SkeletonFormat = .input

    @Flag(help: "Read `SERVICE OPERATION [FORMAT]` lines from standard input; print JSON lines.")
    var batch = false

    func validate() throws {
        if !batch && (service == nil || operation == nil) {
            throw ValidationError("give SERVICE and OPERATION, or --batch")
        }
    }

    func run() throws {
        let catalog = try models.catalog()
        if batch {
            runBatch(catalog)
            return
        }
        guard let service, let operation else { return }
        switch Self.skeleton(catalog: catalog, service: service, operation: operation, format: format) {
        case .success(let text):
            writeStandardOutput(text)
        case .failure(let error):
            throw failure(error.message, code: error.code)
        }
    }

    private func runBatch(_ catalog: ModelCatalog) {
        while let line = readLine() {
            let words = line.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            let format = words.count > 2 ? SkeletonFormat(rawValue: words[2]) : .input
            var object: JSONObject = [
                "service": .string(words[0]), "operation": .string(words[1]),
                "format": .string(words.count > 2 ? words[2] : "input"),
            ]
            if let format {
                switch Self.skeleton(catalog: catalog, service: words[0], operation: words[1], format: format) {
                case .success(let text): object["skeleton"] = .string(text)
                case .failure(let error): object["error"] = .string(error.message)
                }
            } else {
                object["error"] = .string("unknown format '\(words[2])'")
            }
            writeStandardOutput(JSONValue.object(object).encode() + "\n")
        }
    }

    struct Failure: Error {
        var message: String
        var code: Int32
    }

    static func skeleton(
        catalog: ModelCatalog, service serviceName: String, operation operationName: String, format: SkeletonFormat
    ) -> Result<String, Failure> {
        let service: Service
        do {
            service = try catalog.service(serviceName)
        } catch {
            return .failure(Failure(message: error.description, code: ExitCodes.usage))
        }
        let operation: Operation
        switch CLICommandTable.resolve(operationName, in: service) {
        case .operation(let found):
            operation = found
        case .removed(let found):
            return .failure(Failure(
                message: "the AWS CLI has no command '\(serviceName) \(operationName)': its customizations remove "
                    + "it (API operation \(found.name)), so it has no skeleton",
                code: ExitCodes.findings))
        case .customCommand(let found):
            return .failure(Failure(
                message: "'\(serviceName) \(operationName)' is a hand-written AWS CLI command, not the model's "
                    + "\(found.name): it has no --generate-cli-skeleton",
                code: ExitCodes.findings))
        case .unknown(let suggestions):
            return .failure(Failure(
                message: ModelError.unknownOperation(
                    service: serviceName, operation: operationName, suggestions: suggestions
                ).description,
                code: ExitCodes.usage))
        }
        do {
            return .success(try SkeletonGenerator.generate(format, service: service, operation: operation))
        } catch {
            return .failure(Failure(message: error.description, code: ExitCodes.findings))
        }
    }
}
