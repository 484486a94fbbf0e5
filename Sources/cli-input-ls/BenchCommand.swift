import ArgumentParser
import InputAnalysis
import InputSyntax
import ServiceModel
import TextModel

/// `cli-input-ls bench analyze`: in-process timings for the benchmark scripts (not a test; prints numbers).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Print in-process timings of the analysis (used by Benchmarks/).",
        shouldDisplay: false,
        subcommands: [Analyze.self, BenchLSPCommand.self, BenchParamsCommand.self])

    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "analyze", abstract: "Time parse + validate of FILE, median of --iterations runs.")

        @OptionGroup var models: ModelOptions

        @Option(help: "\"SERVICE OPERATION\"")
        var operation: String

        @Option(help: "Runs to take the median of.")
        var iterations = 50

        @Argument var file: String

        func run() throws {
            let words = operation.split(separator: " ").map(String.init)
            guard words.count == 2 else { throw ValidationError("--operation takes \"SERVICE OPERATION\"") }
            let catalog = try models.catalog()
            let (service, op): (Service, ServiceModel.Operation)
            do {
                (service, op) = try catalog.operation(service: words[0], operation: words[1])
            } catch {
                throw failure(error.description, code: ExitCodes.usage)
            }
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.readFile(file)
            } catch {
                throw failure("cannot read \(error.description)", code: ExitCodes.usage)
            }
            let format: DocumentFormat = file.hasSuffix(".json") ? .json : .yaml
            let target = DocumentAnalysis.Target(service: service, operation: op)
            var parseTimes = [Double]()
            var totalTimes = [Double]()
            var findings = 0
            let clock = ContinuousClock()
            for _ in 0..<max(1, iterations) {
                let start = clock.now
                let source = SourceText(bytes: bytes)
                let parsed = DocumentAnalysis.parse(source, format: format)
                let parsedAt = clock.now
                let result = InputValidator.validate(
                    parsed.root, operation: op, service: service, format: format, source: source)
                let end = clock.now
                findings = result.count
                parseTimes.append(Self.microseconds(parsedAt - start))
                totalTimes.append(Self.microseconds(end - start))
                _ = target
            }
            writeStandardOutput(
                "{\"bytes\": \(bytes.count), \"findings\": \(findings), \"parse_us\": \(Self.median(parseTimes)), "
                    + "\"parse_validate_us\": \(Self.median(totalTimes))}\n")
        }

        static func microseconds(_ duration: Duration) -> Double {
            let (seconds, attoseconds) = duration.components
            return Double(seconds) * 1e6 + Double(attoseconds) / 1e12
        }

        static func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            return (sorted[sorted.count / 2] * 10).rounded() / 10
        }
    }
}
