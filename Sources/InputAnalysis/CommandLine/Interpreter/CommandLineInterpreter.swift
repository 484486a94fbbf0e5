package import InputSyntax
package import ServiceModel
package import TextModel

/// Interprets an `aws SERVICE OPERATION …` command line exactly as the AWS CLI does (AWSCLI.md 1.1–1.7, 3.2, 3.3,
/// 5.2): its three argparse passes (global options anywhere, the service, the operation's table), the paramfile
/// step, shorthand or JSON, the model-driven coercion, `--cli-input-json`/`--cli-input-yaml`, the paginator's first
/// request, then botocore's validation with `InputValidator`. The result is the request as a tree whose ranges
/// point at the characters of the command line, and findings placed on them.
///
/// Pure and synchronous: models come from `services`, files from `files`. Where AWS CLI v1 and v2 differ, the
/// version in `options` decides.
package struct CommandLineInterpreter {
    /// How the interpreter finds a service model by its CLI name (`ModelCatalog.service`, usually).
    package typealias ServiceLookup = (String) -> Result<Service, ModelError>
    /// The filter knowledge of a service (`ModelCatalog.filters(for:)`, usually).
    package typealias FilterLookup = (Service) -> ServiceFilters?

    let words: [CommandWord]
    let strings: [String]
    let source: SourceText
    let services: ServiceLookup
    let files: (any CommandFileSystem)?
    let filters: FilterLookup?
    let options: ValidationOptions
    var version: CLIVersion { options.cliVersion }

    var result = CommandLineInterpretation()
    /// The command's source followed by the files read for its values.
    var combined: CombinedText
    /// The global options as parsed.
    var globals = ArgparseParser.Outcome()
    /// The request being built.
    var parameters = SyntaxNode(.object([]), range: .empty(at: 0))
    /// Whether the CLI pages through results (and so sends `PaginationConfig` to its paginator).
    var paginate = true
    /// Whether some value could not be known (a shell expansion, a customization not modelled, a URL), so that
    /// "missing" findings would be guesses.
    var hasUnknownValues = false
    /// Whether `--starting-token`, `--page-size` or `--max-items` set `PaginationConfig` (rather than a document).
    var pagingFromOptions = false
    /// Members whose value the CLI would fail to read: not "missing", only broken.
    var brokenMembers = Set<String>()

    /// Interprets `arguments`, the words after `aws` (`[SERVICE, OPERATION, …]`, global options anywhere).
    ///
    /// - Parameters:
    ///   - source: the text the words' ranges point into (a script, or the words of a command line laid out).
    ///   - files: reads `file://` values; without it, such values are left out with a `not-modelled` finding.
    ///   - filters: the filter knowledge checked on the request's filter entries (`filter-key`, `filter-value`
    ///     findings, as `check` reports them); nil checks none.
    package static func interpret(
        _ arguments: [CommandWord], source: SourceText, services: @escaping ServiceLookup,
        files: (any CommandFileSystem)?, filters: FilterLookup? = nil,
        options: ValidationOptions = ValidationOptions()
    ) -> CommandLineInterpretation {
        var interpreter = CommandLineInterpreter(
            words: arguments, strings: arguments.map(\.text), source: source, services: services, files: files,
            filters: filters, options: options, combined: CombinedText(source: source))
        interpreter.run()
        return interpreter.finish()
    }

    private mutating func run() {
        let commandEnd = words.last?.range.end ?? 0
        parameters = SyntaxNode(.object([]), range: .empty(at: words.first?.range.start ?? 0))
        // 1. The global options, from every word.
        globals = ArgparseParser(GlobalOptions.actions(for: version)).parseKnownArgs(strings)
        if let failure = globals.failure {
            reportArgparse(failure, indexes: Array(words.indices), fallback: .empty(at: commandEnd))
            return
        }
        guard checkGlobals(), case .word(let serviceReference)? = globals.values["command"] else { return }
        let serviceName = strings[serviceReference.index]
        let serviceRange = words[serviceReference.index].range
        let service: Service
        switch services(serviceName) {
        case .success(let found):
            service = found
        case .failure(let error):
            reportUnknownService(serviceName, error: error, range: serviceRange)
            return
        }
        result.service = service
        if version == .v1 && service.cliName == "sdb" {
            report(
                .notModelled,
                "sdb is a preview service of AWS CLI v1: it runs only after `aws configure set preview.sdb true`.",
                range: serviceRange)
        }
        // 2. The service's parser: the operation name.
        let afterService = globals.extras
        let serviceParse = ArgparseParser([
            ArgparseAction(optionStrings: [], dest: "operation", arity: .one, required: true)
        ])
        .parseKnownArgs(afterService.map { strings[$0] })
        if let failure = serviceParse.failure {
            reportArgparse(failure, indexes: afterService, fallback: .empty(at: serviceRange.end))
            return
        }
        guard case .word(let operationReference)? = serviceParse.values["operation"] else { return }
        let operationIndex = afterService[operationReference.index]
        let commandName = strings[operationIndex]
        result.commandName = commandName
        guard let operation = resolveOperation(commandName, in: service, range: words[operationIndex].range) else {
            return
        }
        result.operation = operation
        // 3. The operation's own arguments.
        let operationWords = serviceParse.extras.map { afterService[$0] }
        interpretOperation(
            OperationArgumentTable.build(
                service: service, operation: operation, commandName: commandName, version: version),
            wordIndexes: operationWords, commandRange: words[operationIndex].range)
    }

    /// The global options' own checks (`customizations/globalargs.py`, botocore's region format).
    private mutating func checkGlobals() -> Bool {
        if case .word(let reference)? = globals.values["endpoint_url"] {
            let url = text(reference)
            if !GlobalOptions.hasURLScheme(url) {
                report(
                    .invalidValue,
                    "Bad value for --endpoint-url \"\(url)\": scheme is missing. Must be of the form http://<hostname>/ "
                        + "or https://<hostname>/",
                    range: range(reference))
                return false
            }
        }
        if case .word(let reference)? = globals.values["region"], !GlobalOptions.isValidRegionName(text(reference)) {
            report(
                .invalidValue, "Provided region_name '\(text(reference))' doesn't match a supported format.",
                range: range(reference))
            return false
        }
        if case .word(let reference)? = globals.values["query"] {
            report(
                .notModelled,
                "--query is not checked: the AWS CLI compiles it as JMESPath and applies it to the response.",
                range: range(reference))
        }
        if case .flag(false, _)? = globals.values["paginate"] { paginate = false }
        return true
    }

    /// The operation a command name stands for, or a finding saying why there is none.
    private mutating func resolveOperation(_ name: String, in service: Service, range: ByteRange) -> Operation? {
        if name == "help" || name == "wait" {
            report(
                .notModelled,
                "`aws \(service.cliName) \(name)` is a hand-written command; params models the commands generated from "
                    + "the service model.", range: range)
            return nil
        }
        switch CLICommandTable.resolve(name, in: service) {
        case .operation(let operation):
            return operation
        case .removed:
            report(
                .argumentError, "The AWS CLI removes the command \(name) from \(service.cliName) (it cannot run it).",
                range: range)
        case .customCommand:
            report(
                .notModelled,
                "`aws \(service.cliName) \(name)` is a hand-written command; params models the commands generated from "
                    + "the service model.", range: range)
        case .unknown(let suggestions):
            let hint = suggestions.first.map { " Did you mean \"\($0)\"?" } ?? ""
            report(
                .argumentError,
                "argument operation: Invalid choice: \(service.cliName) has no command \"\(name)\".\(hint)",
                range: range, suggestions: suggestions)
        }
        return nil
    }

    private mutating func reportUnknownService(_ name: String, error: ModelError, range: ByteRange) {
        if CLINames.dataName(forServiceCommand: name) == nil
            || ["configure", "history", "ddb", "cli-dev"].contains(name)
        {
            report(
                .notModelled,
                "`aws \(name)` is a hand-written command of the AWS CLI; params models the commands generated from "
                    + "service models.", range: range)
            return
        }
        var suggestions: [String] = []
        if case .unknownService(_, let names) = error { suggestions = names }
        let hint = suggestions.first.map { " Did you mean \"\($0)\"?" } ?? ""
        report(
            .argumentError, "argument command: Invalid choice: there is no service \"\(name)\".\(hint)", range: range,
            suggestions: suggestions)
    }

    // MARK: - Words

    /// The text of a parsed value (after `--opt=` when written so).
    func text(_ reference: ArgparseParser.WordReference, in indexes: [Int]? = nil) -> String {
        value(reference, in: indexes).string
    }

    /// A parsed value as a `ValueText` of the word (after `--opt=` when written so).
    func value(_ reference: ArgparseParser.WordReference, in indexes: [Int]? = nil) -> ValueText {
        let index = indexes.map { $0[reference.index] } ?? reference.index
        let word = words[index]
        return ValueText(word: reference.prefixLength > 0 ? word.dropping(prefix: reference.prefixLength) : word)
    }

    func range(_ reference: ArgparseParser.WordReference, in indexes: [Int]? = nil) -> ByteRange {
        value(reference, in: indexes).range
    }

    // MARK: - Findings

    mutating func report(
        _ code: FindingCode, _ message: String, range: ByteRange, path: InputPath = .root, member: String? = nil,
        suggestions: [String] = [], severity: Severity? = nil
    ) {
        result.findings.append(
            Finding(
                code: code, severity: severity, message: message, range: range, path: path, member: member,
                suggestions: suggestions))
    }

    /// An argparse failure: `missing-option` for required options, `argument-error` otherwise.
    mutating func reportArgparse(_ failure: ArgparseParser.Failure, indexes: [Int], fallback: ByteRange) {
        let range = failure.wordIndex.map { words[indexes[$0]].range } ?? fallback
        if failure.missing.isEmpty {
            report(.argumentError, failure.message, range: range)
        } else if !hasUnknownValues {
            report(.missingOption, failure.message, range: range, suggestions: failure.missing)
        }
    }

    private mutating func finish() -> CommandLineInterpretation {
        var findings = result.findings
        // Findings inside a shell expansion are about text nobody knows yet.
        let unknown = words.flatMap { word in word.expansions.map { word.sourceRange($0.valueRange) } }
        if !unknown.isEmpty {
            findings.removeAll { finding in
                finding.code != .notModelled
                    && unknown.contains { expansion in
                        finding.range.isEmpty
                            ? expansion.touches(finding.range.start)
                            : expansion.start < finding.range.end && finding.range.start < expansion.end
                    }
            }
        }
        findings = findings.map(combined.translate)
        findings.sort { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        result.findings = findings
        if let parameters = result.parameters {
            result.parameters = parameters.mappingRanges(combined.translate)
        }
        return result
    }
}

extension FindingCode {
    /// argparse refuses the command line (`argument --x: expected one argument`, `ambiguous option`, an invalid
    /// choice or number): AWS CLI v1 exits 2, v2 252.
    package static let argumentError = FindingCode(
        "argument-error", severity: .error, cliVerdict: true,
        summary: "The AWS CLI's argument parser refuses the command line (a missing value, an ambiguous option…).")
    /// `the following arguments are required: --x`: a required option is absent and neither `--cli-input-json`,
    /// `--cli-input-yaml` nor `--generate-cli-skeleton` relaxes it.
    package static let missingOption = FindingCode(
        "missing-option", severity: .error, cliVerdict: true,
        summary: "A required option is missing from the command line.")
    /// Something params cannot know or does not model: a customization's option, a URL the CLI would fetch, a
    /// file it was not asked to read, a shell expansion, a hand-written command.
    package static let notModelled = FindingCode(
        "not-modelled", severity: .information, cliVerdict: false,
        summary: "Part of the command line that params does not model or cannot know.")
}
