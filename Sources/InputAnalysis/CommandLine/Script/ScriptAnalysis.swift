package import InputSyntax
package import ServiceModel
package import TextModel

/// The `aws …` command lines of a shell script, each interpreted as `params` interprets it, with findings placed
/// on the script's characters and the input files the commands name. Pure: models, filter knowledge and files are
/// injected.
package struct ScriptAnalysis: Sendable {
    /// One `aws` command of the script and what the AWS CLI makes of it.
    package struct Command: Sendable {
        package var command: ShellCommand
        /// Its findings, ordered by position (UTF-8 byte offsets into the script).
        package var findings: [Finding]
        /// Its `--cli-input-json file://PATH` / `--cli-input-yaml file://PATH` references.
        package var inputFiles: [InputFileReference]
    }

    /// The findings of commands already interpreted, by the command's text, so that an edit in one command of a
    /// long script interprets that command only. Entries not used by the latest analysis are dropped; commands that
    /// name files (`file://`, `fileb://`, streaming paths are rarer) are never kept. Drop the cache when models or
    /// settings change.
    package struct Cache: Sendable {
        struct Entry: Sendable {
            var start: Int
            var findings: [Finding]
            var inputFiles: [InputFileReference]
        }

        var entries: [[UInt8]: Entry] = [:]

        package init() {}
    }

    /// A command longer than this (UTF-8 bytes from its first word to its last, continuations included) is not
    /// interpreted; it gets one `limit` finding instead. Generated one-liners stay far below it.
    package static let maxCommandBytes = 1 << 20

    /// The interpreted commands, in source order.
    package var commands: [Command] = []
    /// Every finding of every command, ordered by position (UTF-8 byte offsets into the script).
    package var findings: [Finding] = []

    /// The `--cli-input-json file://PATH` and `--cli-input-yaml file://PATH` references of the script.
    package var inputFiles: [InputFileReference] { commands.flatMap(\.inputFiles) }

    /// Interprets every `aws` command of `source`.
    package static func analyze(
        _ source: SourceText, services: @escaping CommandLineInterpreter.ServiceLookup,
        filters: CommandLineInterpreter.FilterLookup?, files: (any CommandFileSystem)?, options: ValidationOptions
    ) -> ScriptAnalysis {
        var cache = Cache()
        return analyze(source, services: services, filters: filters, files: files, options: options, cache: &cache)
    }

    /// Interprets every `aws` command of `source`, reusing `cache` for commands whose text has not changed.
    package static func analyze(
        _ source: SourceText, services: @escaping CommandLineInterpreter.ServiceLookup,
        filters: CommandLineInterpreter.FilterLookup?, files: (any CommandFileSystem)?, options: ValidationOptions,
        cache: inout Cache
    ) -> ScriptAnalysis {
        var analysis = ScriptAnalysis()
        var used = [[UInt8]: Cache.Entry]()
        for command in ShellScriptScanner.awsCommands(in: source) {
            guard let arguments = command.awsArguments else { continue }
            guard command.range.length <= maxCommandBytes else {
                analysis.findings.append(
                    Finding(
                        code: .limit,
                        message: "This command is \(command.range.length) bytes long; commands longer than "
                            + "\(maxCommandBytes) bytes are not checked.",
                        range: command.words.first?.range ?? .empty(at: command.range.start), path: .root))
                continue
            }
            // `aws` alone: nothing the interpreter could say that helps while typing.
            guard !arguments.isEmpty else { continue }
            let key = Array(source.bytes[command.range.start..<min(command.range.end, source.count)])
            var entry: Cache.Entry
            if let cached = used[key] ?? cache.entries[key] {
                entry = cached.moved(to: command.range.start)
            } else {
                let interpretation = CommandLineInterpreter.interpret(
                    arguments, source: source, services: services, files: files, filters: filters, options: options)
                entry = Cache.Entry(
                    start: command.range.start, findings: interpretation.findings,
                    inputFiles: interpretation.inputFiles)
            }
            // A command that reads files is interpreted every time: the files may have changed.
            if !Self.readsFiles(key) { used[key] = entry }
            analysis.commands.append(Command(command: command, findings: entry.findings, inputFiles: entry.inputFiles))
            analysis.findings += entry.findings
        }
        cache.entries = used
        analysis.findings.sort { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        return analysis
    }
}

extension ScriptAnalysis {
    /// Whether a command's text names a file or URL (`file://`, `fileb://`, `key@=file://`).
    static func readsFiles(_ text: [UInt8]) -> Bool {
        guard text.count >= 3 else { return false }
        for i in 0...(text.count - 3) where text[i] == 0x3A && text[i + 1] == 0x2F && text[i + 2] == 0x2F {
            return true
        }
        return false
    }
}

extension ScriptAnalysis.Cache.Entry {
    /// The same command's results for the command at `start` (the same text, elsewhere in the script).
    func moved(to newStart: Int) -> Self {
        let delta = newStart - start
        guard delta != 0 else { return self }
        func shift(_ range: ByteRange) -> ByteRange { ByteRange(start: range.start + delta, end: range.end + delta) }
        var moved = self
        moved.start = newStart
        moved.findings = findings.map { finding in
            var finding = finding
            finding.range = shift(finding.range)
            return finding
        }
        moved.inputFiles = inputFiles.map { reference in
            var reference = reference
            reference.range = shift(reference.range)
            return reference
        }
        return moved
    }
}

extension ScriptAnalysis {
    /// The `--cli-input-json file://PATH` and `--cli-input-yaml file://PATH` references of `source`, found without
    /// models (for scanning a whole workspace cheaply): the service is the CLI's first positional word, the
    /// command the next word that is not an option. Paths with shell expansions are left out.
    package static func inputFileReferences(in source: SourceText, version: CLIVersion) -> [InputFileReference] {
        var references = [InputFileReference]()
        for command in ShellScriptScanner.awsCommands(in: source) {
            guard let arguments = command.awsArguments, command.range.length <= maxCommandBytes else { continue }
            let strings = arguments.map(\.text)
            let globals = ArgparseParser(GlobalOptions.actions(for: version)).parseKnownArgs(strings)
            guard case .word(let serviceReference)? = globals.values["command"],
                let commandIndex = strings.indices.first(where: {
                    $0 > serviceReference.index && !strings[$0].hasPrefix("-")
                })
            else { continue }
            for (index, text) in strings.enumerated() where index > commandIndex {
                let option: String
                let valueIndex: Int
                var value: String
                if let equals = text.firstIndex(of: "="), text.hasPrefix("--") {
                    option = String(text[..<equals])
                    value = String(text[text.index(after: equals)...])
                    valueIndex = index
                } else {
                    guard index + 1 < strings.count else { continue }
                    option = text
                    value = strings[index + 1]
                    valueIndex = index + 1
                }
                let format: DocumentFormat
                switch option {
                case "--cli-input-json": format = .json
                case "--cli-input-yaml": format = .yaml
                default: continue
                }
                guard value.hasPrefix("file://"), !arguments[valueIndex].hasExpansions else { continue }
                value.removeFirst("file://".count)
                references.append(
                    InputFileReference(
                        path: value, format: format, range: arguments[valueIndex].range,
                        service: strings[serviceReference.index], operation: strings[commandIndex]))
            }
        }
        return references
    }
}
