import ArgumentParser
import InputAnalysis
import ServiceModel
import TextModel

/// `cli-input-ls bench params SCRIPT`: times the scan of a shell script and the interpretation of its `aws` lines.
struct BenchParamsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "params", abstract: "Time scanning SCRIPT and interpreting its aws commands, median of runs.")

    @OptionGroup var models: ModelOptions

    @Option(name: .customLong("cli-version"), help: "The AWS CLI major version to follow.")
    var cliVersion: CLIVersion = .v2

    @Option(help: "Runs to take the median of.")
    var iterations = 20

    @Argument var file: String

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(file)
        } catch {
            throw failure("cannot read \(error.description)", code: ExitCodes.usage)
        }
        let catalog = try models.catalog()
        let lookup: CommandLineInterpreter.ServiceLookup = { name in
            do throws(ModelError) {
                return .success(try catalog.service(name))
            } catch {
                return .failure(error)
            }
        }
        var options = ValidationOptions()
        options.cliVersion = cliVersion
        let files = LocalParamFileLoader()
        var scanTimes = [Double]()
        var totalTimes = [Double]()
        var commands = 0
        var findings = 0
        let clock = ContinuousClock()
        for _ in 0..<max(1, iterations) {
            let start = clock.now
            let source = SourceText(bytes: bytes)
            let found = ShellScriptScanner.awsCommands(in: source)
            let scanned = clock.now
            findings = 0
            for command in found {
                guard let arguments = command.awsArguments else { continue }
                let result = CommandLineInterpreter.interpret(
                    arguments, source: source, services: lookup, files: files, options: options)
                findings += result.findings.count
            }
            let end = clock.now
            commands = found.count
            scanTimes.append(BenchCommand.Analyze.microseconds(scanned - start))
            totalTimes.append(BenchCommand.Analyze.microseconds(end - start))
        }
        writeStandardOutput(
            "{\"bytes\": \(bytes.count), \"commands\": \(commands), \"findings\": \(findings), "
                + "\"scan_us\": \(BenchCommand.Analyze.median(scanTimes)), "
                + "\"scan_interpret_us\": \(BenchCommand.Analyze.median(totalTimes))}\n")
    }
}
