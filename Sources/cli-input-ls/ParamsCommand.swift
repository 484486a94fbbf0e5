import ArgumentParser
import InputAnalysis
import InputSyntax
import JSONSyntax
import ServiceModel
import ShorthandSyntax
import TextModel

/// `cli-input-ls params`: what the AWS CLI would send for a command line.
struct ParamsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "params",
        abstract: "Interpret an AWS CLI command line and print the parameters it would send.",
        discussion: """
            Reads the arguments exactly as the AWS CLI does: global options anywhere, option abbreviations, \
            --opt=value, the last of a repeated option, file:// and fileb:// values (read from this machine, ~ and \
            $VARIABLES expanded), shorthand or JSON, numbers and booleans converted by the model, \
            --cli-input-json/--cli-input-yaml merged under the command line, the paginator's first request \
            (--page-size becomes the operation's limit member, --starting-token its token members), then the same \
            checks as `check`.

            Prints the parameters of the first request as JSON (4-space indent) and exits 0. Values JSON has no word \
            for are one-member objects: bytes as {"$base64": "..."}, a streaming blob option's open file as \
            {"$file": "PATH"}. With --cli-version 2 (the default) blob strings are base64-decoded as AWS CLI v2 does; \
            with --cli-version 1 they stay text.

            When the AWS CLI would refuse the command line, or a stricter rule finds an error, prints the findings \
            on standard error (each with the argument and a caret under the exact character) and exits 1; warnings \
            and notes are printed too but do not change the exit status. --format json prints one JSON object \
            instead: {"parameters", "sendsRequest", "refused", "diagnostics"} with diagnostics shaped as in `check \
            --format json` plus "argument" (the index of the argument, 0 for the first word after aws) and \
            "columns" (Unicode code points in that argument). Exit status 2 for usage errors.

            Not modelled: the options that a few hand-written customizations add (cloudfront, cloudsearch, \
            put-metric-data, datapipeline, deploy locations, lambda --zip-file, rekognition --*-bytes, ses \
            send-email…: a note says so), hand-written commands (s3, configure, wait…), --profile and --query, v1's \
            http(s):// values. See Documentation/params.md.

            Options of params itself come before SERVICE. A whole pasted command also works: \
            cli-input-ls params -- aws ssm list-commands --max-items 5

            --batch reads standard input instead: one JSON array of arguments per line, one compact JSON object per \
            line out (the --format json object), for scripts and tests.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var models: ModelOptions

    @Option(name: .customLong("cli-version"), help: "The AWS CLI major version to follow where v1 and v2 differ.")
    var cliVersion: CLIVersion = .v2

    @Option(help: "Output format: text (parameters on stdout, findings on stderr) or json.")
    var format: Format = .text

    @Flag(help: "Read one JSON array of arguments per line from standard input.")
    var batch = false

    @Flag(
        name: .customLong("list-arguments"),
        help: "Print the argument table of SERVICE [OPERATION] as the AWS CLI builds it (JSON), instead.")
    var listArguments = false

    @Argument(
        parsing: .captureForPassthrough,
        help: ArgumentHelp(
            "SERVICE OPERATION and the command's options, or a whole `aws ...` command after --.",
            valueName: "args"))
    var arguments: [String] = []

    /// The command's words: a leading `--` and `aws` dropped.
    private var commandWords: [String] {
        var words = arguments
        if words.first == "--" { words.removeFirst() }
        if words.first == "aws" { words.removeFirst() }
        return words
    }

    func validate() throws {
        let words = commandWords
        if !batch && words.count < (listArguments ? 1 : 2) {
            throw ValidationError("params takes SERVICE OPERATION and the command's options, e.g. ssm list-commands")
        }
    }

    func run() throws {
        let catalog = try models.catalog()
        let files = LocalParamFileLoader()
        var options = ValidationOptions()
        options.cliVersion = cliVersion
        let lookup: CommandLineInterpreter.ServiceLookup = { name in
            do throws(ModelError) {
                return .success(try catalog.service(name))
            } catch {
                return .failure(error)
            }
        }
        func interpret(_ words: [String]) -> (CommandLineInterpretation, SourceText, [CommandWord]) {
            let laidOut = CommandWord.layOut(words.first == "aws" ? Array(words.dropFirst()) : words)
            let result = CommandLineInterpreter.interpret(
                laidOut.words, source: laidOut.source, services: lookup, files: files,
                filters: { catalog.filters(for: $0) }, options: options)
            return (result, laidOut.source, laidOut.words)
        }
        if listArguments {
            writeStandardOutput(try Self.argumentTables(commandWords, catalog: catalog, version: cliVersion) + "\n")
            return
        }
        if batch {
            var unreadable = false
            while let line = readLine(strippingNewline: true) {
                guard case .array(let items)? = try? JSONValue.decode(line) else {
                    unreadable = true
                    writeStandardOutput("{\"error\": \"not a JSON array of strings\"}\n")
                    continue
                }
                let (result, source, words) = interpret(items.map { $0.stringValue ?? "" })
                writeStandardOutput(
                    ParameterJSONWriter.render(Self.report(result, source: source, words: words), layout: .compact)
                        + "\n")
            }
            if unreadable { throw ExitCode(ExitCodes.usage) }
            return
        }
        let (result, source, words) = interpret(commandWords)
        let failed = result.findings.contains { $0.severity == .error }
        switch format {
        case .json:
            writeStandardOutput(ParameterJSONWriter.render(Self.report(result, source: source, words: words)) + "\n")
        case .text:
            if !failed, let parameters = result.parameters, result.sendsRequest {
                writeStandardOutput(
                    ParameterJSONWriter.render(parameters, fileMembers: result.streamingFileMembers) + "\n")
            }
            if !result.findings.isEmpty {
                writeStandardError(Self.renderText(result.findings, source: source, words: words))
            }
        }
        if failed { throw ExitCode(ExitCodes.findings) }
    }

    // MARK: - Output

    /// `--list-arguments`: {OPERATION: [{name, nargs, required, hidden, role}]} for one operation or all of them.
    static func argumentTables(_ words: [String], catalog: ModelCatalog, version: CLIVersion) throws -> String {
        let service: Service
        do {
            service = try catalog.service(words[0])
        } catch {
            throw failure(error.description, code: ExitCodes.usage)
        }
        var commands = CLICommandTable.commands(of: service).map { ($0.name, $0.operation) }
        if words.count > 1 {
            guard case .operation(let operation) = CLICommandTable.resolve(words[1], in: service) else {
                throw failure("\(words[0]) has no model-driven command \(words[1])", code: ExitCodes.usage)
            }
            commands = [(words[1], operation)]
        }
        let tables = commands.map { name, operation -> (String, SyntaxNode) in
            let table = OperationArgumentTable.build(
                service: service, operation: operation, commandName: name, version: version)
            let entries = table.arguments.map { argument -> SyntaxNode in
                let nargs: String
                switch argument.action.arity {
                case .none: nargs = "0"
                case .one: nargs = "1"
                case .optional: nargs = "?"
                case .zeroOrMore: nargs = "*"
                case .oneOrMore: nargs = "+"
                }
                return object([
                    ("name", string(argument.cliName)),
                    ("nargs", string(nargs)),
                    ("required", scalar(.bool(argument.action.required))),
                    ("hidden", scalar(.bool(argument.isHidden))),
                    ("role", string(Self.roleName(argument.role))),
                ])
            }
            return (name, array(entries))
        }
        return ParameterJSONWriter.render(object(tables))
    }

    private static func roleName(_ role: OperationArgument.Role) -> String {
        switch role {
        case .member: "member"
        case .booleanFlag: "boolean"
        case .attributeBoolean: "attribute-boolean"
        case .paging: "paging"
        case .cliInputJSON: "cli-input-json"
        case .cliInputYAML: "cli-input-yaml"
        case .generateSkeleton: "generate-cli-skeleton"
        case .outfile: "outfile"
        case .ec2: "customization"
        case .notModelled: "not-modelled"
        }
    }

    /// The JSON report of one interpretation, as a tree for `ParameterJSONWriter`.
    static func report(_ result: CommandLineInterpretation, source: SourceText, words: [CommandWord]) -> SyntaxNode {
        var members: [(String, SyntaxNode)] = [
            ("parameters", result.parameters.map { parametersNode($0, files: result.streamingFileMembers) } ?? null),
            ("sendsRequest", scalar(.bool(result.sendsRequest))),
            ("refused", scalar(.bool(result.isRefused))),
        ]
        let diagnostics = result.findings.map { finding -> SyntaxNode in
            let lineRange = source.lineRange(of: finding.range, in: .utf16)
            var fields: [(String, SyntaxNode)] = [
                ("code", string(finding.code.rawValue)),
                ("severity", string(finding.severity.rawValue)),
                ("message", string(finding.message)),
                ("path", string(finding.path.description)),
            ]
            if finding.code == .missingRequired || finding.code == .unknownMember, let member = finding.member {
                fields.append(("member", string(member)))
            }
            fields.append(("suggestions", array(finding.suggestions.map(string))))
            fields.append(
                (
                    "range",
                    object([
                        ("start", position(lineRange.start.line, lineRange.start.character)),
                        ("end", position(lineRange.end.line, lineRange.end.character)),
                    ])
                ))
            if let (index, columns) = argumentPosition(of: finding.range, words: words) {
                fields.append(("argument", scalar(.integer(String(index)))))
                fields.append(
                    ("columns", array([scalar(.integer(String(columns.0))), scalar(.integer(String(columns.1)))])))
            }
            return object(fields)
        }
        members.append(("diagnostics", array(diagnostics)))
        return object(members)
    }

    /// The index of the argument a range starts in, and the range's columns in it (Unicode code points).
    static func argumentPosition(of range: ByteRange, words: [CommandWord]) -> (Int, (Int, Int))? {
        guard let index = words.firstIndex(where: { $0.range.touches(range.start) }) else { return nil }
        let word = words[index]
        func column(_ offset: Int) -> Int {
            let clamped = min(max(0, offset - word.range.start), word.value.count)
            return String(decoding: word.value[0..<clamped], as: UTF8.self).unicodeScalars.count
        }
        return (index, (column(range.start), column(min(range.end, word.range.end))))
    }

    /// Findings for a terminal: the message, then the argument with a caret under the exact characters.
    static func renderText(_ findings: [Finding], source: SourceText, words: [CommandWord]) -> String {
        var out = ""
        for finding in findings {
            out += "\(finding.severity.rawValue): \(oneLine(finding.message)) [\(finding.code)]\n"
            guard let index = words.firstIndex(where: { $0.range.touches(finding.range.start) }) else { continue }
            let word = words[index]
            let text = word.text
            var caretStart = 0
            var caretWidth = 0
            var offset = word.range.start
            for scalar in text.unicodeScalars {
                let width = DisplayWidth.of(scalar)
                if offset < finding.range.start {
                    caretStart += width
                } else if offset < max(finding.range.end, finding.range.start + 1) {
                    caretWidth += width
                }
                offset += String(scalar).utf8.count
            }
            let display = oneLine(text)
            out +=
                "  \(display)\n  " + String(repeating: " ", count: caretStart)
                + String(repeating: "^", count: max(1, caretWidth)) + "\n"
        }
        return out
    }

    /// Line breaks and tabs as spaces, so that carets stay under their characters.
    private static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 }))
    }

    private static func parametersNode(_ parameters: SyntaxNode, files: Set<String>) -> SyntaxNode {
        guard let members = parameters.pythonDictMembers else { return parameters }
        return object(
            members.map { member in
                if files.contains(member.key), let path = member.value.stringValue {
                    return (member.key, object([("$file", string(path))]))
                }
                return (member.key, member.value)
            })
    }

    private static let null = SyntaxNode(.scalar(Scalar(.null, style: .plain)), range: .empty(at: 0))

    private static func scalar(_ kind: ScalarKind) -> SyntaxNode {
        SyntaxNode(.scalar(Scalar(kind, style: .plain)), range: .empty(at: 0))
    }

    private static func string(_ text: String) -> SyntaxNode { scalar(.string(text)) }

    private static func array(_ elements: [SyntaxNode]) -> SyntaxNode {
        SyntaxNode(.array(elements), range: .empty(at: 0))
    }

    private static func object(_ members: [(String, SyntaxNode)]) -> SyntaxNode {
        SyntaxNode(
            .object(members.map { SyntaxMember(key: $0.0, keyRange: .empty(at: 0), value: $0.1) }), range: .empty(at: 0)
        )
    }

    private static func position(_ line: Int, _ character: Int) -> SyntaxNode {
        object([("line", scalar(.integer(String(line)))), ("character", scalar(.integer(String(character))))])
    }
}

extension SyntaxNode {
    /// An object's members with Python `dict` semantics (first position, last value).
    fileprivate var pythonDictMembers: [SyntaxMember]? {
        guard let members else { return nil }
        var positions = [String: Int]()
        var result = [SyntaxMember]()
        for member in members {
            if let at = positions[member.key] {
                result[at] = member
            } else {
                positions[member.key] = result.count
                result.append(member)
            }
        }
        return result
    }
}

extension LocalParamFileLoader: CommandFileSystem {
    /// `os.path.isfile(os.path.expanduser(os.path.expandvars(path)))`, as the CLI checks a streaming blob path.
    func isFile(_ path: String) -> Bool {
        let expanded = Self.expandUser(Self.expandVariables(path, environment: environment), environment: environment)
        return FileSystem.isRegularFile(expanded)
    }
}
