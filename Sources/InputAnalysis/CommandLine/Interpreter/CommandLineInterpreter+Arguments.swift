import InputSyntax
import ServiceModel
import TextModel

extension CommandLineInterpreter {
    /// The operation's parse and `ServiceOperation._build_call_parameters`: every argument given, in table order,
    /// adds its part of the request; then the request itself (`CommandLineInterpreter+Request.swift`).
    mutating func interpretOperation(_ built: OperationArgumentTable, wordIndexes: [Int], commandRange: ByteRange) {
        var table = built
        let operationStrings = wordIndexes.map { strings[$0] }
        if operationStrings == ["help"] {
            report(.notModelled, "`help` prints the command's documentation.", range: words[wordIndexes[0]].range)
            return
        }
        hasUnknownValues = wordIndexes.contains { words[$0].maySplit }
        let relaxed =
            operationStrings.contains("--cli-input-json")
            || (version == .v2 && operationStrings.contains("--cli-input-yaml"))
            || Self.skeletonRelaxesRequired(operationStrings)
        let parse = table.parser(relaxed: relaxed).parseKnownArgs(operationStrings)
        if let failure = parse.failure {
            reportArgparse(failure, indexes: wordIndexes, fallback: commandRange)
            if failure.missing.isEmpty { return }
        }
        var extras = parse.extras.map { wordIndexes[$0] }
        if case .word(let reference)? = parse.values["help"] {
            let index = wordIndexes[reference.index]
            if strings[index] == "help" {
                report(.notModelled, "`help` prints the command's documentation.", range: words[index].range)
                return
            }
            // The CLI reports the word only when it is not empty (`elif parsed_args.help:`).
            if !strings[index].isEmpty {
                extras.append(index)
                extras.sort()
            }
        }
        reportUnknownOptions(extras, table: table)
        let values = parse.values
        guard checkParsedArguments(values, table: &table, indexes: wordIndexes) else { return }
        result.sendsRequest = true
        var inputDocuments: [(argument: OperationArgument, value: ValueText)] = []
        var skeleton: String?
        for argument in table.arguments {
            let name = OperationArgument.pythonName(argument.name)
            // The CLI looks each entry up by its own Python name: `--no-x` shares `x`'s destination, so only `x`
            // is processed, with whichever of the two flags came last.
            guard let value = values[name] else { continue }
            switch argument.role {
            case .member(let member):
                guard let raw = rawValue(value, indexes: wordIndexes),
                    let loaded = loadParamFile(raw, argument: argument, table: table),
                    let node = unpack(loaded, member: member, argument: argument, table: table)
                else {
                    brokenMembers.insert(member.name)
                    continue
                }
                parameters = parameters.setting(member.name, node, keyRange: optionRange(of: value, wordIndexes))
            case .booleanFlag(let member, _):
                guard case .flag(let flag, let at) = value else { continue }
                let range = words[wordIndexes[at]].range
                parameters = parameters.setting(member.name, .scalar(.bool(flag), range: range), keyRange: range)
            case .attributeBoolean(let member, let positive):
                attributeBoolean(
                    member, positive: positive, value: value, argument: argument, table: table, wordIndexes)
            case .paging(let setting):
                paging(setting, value: value, argument: argument, table: table, wordIndexes)
            case .cliInputJSON, .cliInputYAML:
                guard case .word(let reference) = value else { continue }
                let text = self.value(reference, in: wordIndexes)
                guard checkInputDocumentParamFile(text, argument: argument) else { return }
                inputDocuments.append((argument, text))
            case .generateSkeleton:
                switch value {
                case .word(let reference): skeleton = self.text(reference, in: wordIndexes)
                case .const(let const, _): skeleton = const
                default: break
                }
            case .outfile:
                continue
            case .ec2(let option):
                ec2Option(option, value: value, argument: argument, table: table, wordIndexes)
            case .notModelled:
                hasUnknownValues = true
                report(
                    .notModelled,
                    "\(argument.cliName) is handled by a customization of the AWS CLI that params does not model; "
                        + "the request below may lack what it adds.", range: optionRange(of: value, wordIndexes))
            }
        }
        finishRequest(table: table, inputDocuments: inputDocuments, skeleton: skeleton, commandRange: commandRange)
    }

    /// `--generate-cli-skeleton` makes every option optional unless its value is `output`.
    static func skeletonRelaxesRequired(_ strings: [String]) -> Bool {
        guard let index = strings.firstIndex(of: "--generate-cli-skeleton") else { return false }
        return index + 1 >= strings.count || strings[index + 1] != "output"
    }

    /// The word of the option that stored `value`, for findings about the option as a whole.
    func optionRange(of value: ArgparseParser.Value, _ indexes: [Int]) -> ByteRange {
        switch value {
        case .word(let reference):
            let index = indexes[reference.index]
            if reference.prefixLength > 0 { return words[index].range }
            return index > 0 ? words[index - 1].range : words[index].range
        case .words(let references):
            guard let first = references.first else { return .empty(at: 0) }
            let index = indexes[first.index]
            return first.prefixLength > 0 || index == 0 ? words[index].range : words[index - 1].range
        case .flag(_, let at), .const(_, let at):
            return words[indexes[at]].range
        }
    }

    /// argparse's value as the paramfile step receives it.
    func rawValue(_ value: ArgparseParser.Value, indexes: [Int]) -> RawValue? {
        switch value {
        case .word(let reference):
            return .text(self.value(reference, in: indexes))
        case .words(let references):
            return .list(references.map { self.value($0, in: indexes) })
        case .flag, .const:
            return nil
        }
    }

    /// `Unknown options: …`: words the operation's parser did not take.
    private mutating func reportUnknownOptions(_ extras: [Int], table: OperationArgumentTable) {
        let names = table.arguments.filter { !$0.action.optionStrings.isEmpty }.map(\.name)
        for index in extras {
            let word = words[index]
            if word.maySplit { continue }
            let text = strings[index]
            if text.hasPrefix("--") {
                let name = String(text.dropFirst(2).prefix { $0 != "=" })
                let suggestions = NameSuggestions.closest(to: name, in: names).map { "--" + $0 }
                let hint = suggestions.first.map { " Did you mean \($0)?" } ?? ""
                report(
                    .unknownOption,
                    "Unknown options: \(text). \(table.service.cliName) \(table.commandName) has no option "
                        + "--\(name).\(hint)", range: word.range, suggestions: suggestions)
            } else {
                report(
                    .unknownOption,
                    "Unknown options: \(text). No option takes this word; an option that takes one value stops "
                        + "after it, and a value starting with - must be written --option=VALUE.", range: word.range)
            }
        }
    }

    /// The `operation-args-parsed` checks: EC2's conflicting options, and whether the CLI pages.
    private mutating func checkParsedArguments(
        _ values: [String: ArgparseParser.Value], table: inout OperationArgumentTable, indexes: [Int]
    ) -> Bool {
        for argument in table.arguments {
            guard case .attributeBoolean(_, positive: true) = argument.role, let positive = values[argument.dest],
                values["no_" + argument.dest] != nil
            else { continue }
            report(
                .argumentError,
                "Cannot specify both the \"\(argument.cliName)\" option and the \"--no-\(argument.name)\" option.",
                range: optionRange(of: positive, indexes))
            return false
        }
        if table.service.cliName == "ec2" && !checkEC2Conflicts(values, command: table.commandName, indexes: indexes) {
            return false
        }
        guard let paginator = table.paginator else { return true }
        let tokens = (paginator.inputTokens + (paginator.limitKey.map { [$0] } ?? [])).map {
            OperationArgument.pythonName(CLINames.operationCommandName($0))
        }
        if tokens.contains(where: { values[$0] != nil && !["start_token", "max_items"].contains($0) }) {
            paginate = false
        }
        if !paginate {
            let shadowed = Set(table.shadowed.keys.map(OperationArgument.pythonName))
            let used = ["starting_token", "page_size", "max_items"].filter { dest in
                let integer = table.arguments.first { $0.action.dest == dest }?.action.valueType == .int
                return !shadowed.contains(dest) && isTruthy(values[dest], integer: integer, indexes: indexes)
            }
            if let first = used.first, let value = values[first] {
                report(
                    .argumentError,
                    "Cannot specify --no-paginate along with pagination arguments: "
                        + used.map { "--" + $0.replacingAll("_", with: "-") }.joined(separator: ", "),
                    range: optionRange(of: value, indexes))
                return false
            }
            table.restoreShadowed()
        }
        return true
    }

    /// Python's truth value of a parsed option (`0`, `""` and `[]` are false); `integer` when argparse converted
    /// the word with `int()`.
    func isTruthy(_ value: ArgparseParser.Value?, integer: Bool = false, indexes: [Int]) -> Bool {
        switch value {
        case nil: return false
        case .word(let reference)?:
            let text = self.text(reference, in: indexes)
            if integer, case .success(let digits) = PythonNumbers.int(text) { return digits != "0" }
            return !text.isEmpty
        case .words(let references)?: return !references.isEmpty
        case .flag(let flag, _)?: return flag
        case .const(let const, _)?: return !(const ?? "").isEmpty
        }
    }

    /// EC2's `--source-dest-check [VALUE]` / `--no-source-dest-check` (`customizations/toplevelbool.py`).
    private mutating func attributeBoolean(
        _ member: Member, positive: Bool, value: ArgparseParser.Value, argument: OperationArgument,
        table: OperationArgumentTable, _ indexes: [Int]
    ) {
        let optionRange = optionRange(of: value, indexes)
        switch value {
        case .const(_, let at) where positive:
            let range = words[indexes[at]].range
            let node = SyntaxNode.object([("Value", .scalar(.bool(true), range: range))], range: range)
            parameters = parameters.setting(member.name, node, keyRange: range)
        case .flag(true, let at) where !positive:
            let range = words[indexes[at]].range
            let node = SyntaxNode.object([("Value", .scalar(.bool(false), range: range))], range: range)
            parameters = parameters.setting(member.name, node, keyRange: range)
        case .word where positive:
            guard let raw = rawValue(value, indexes: indexes),
                let loaded = loadParamFile(raw, argument: argument, table: table),
                let node = unpack(loaded, member: member, argument: argument, table: table)
            else { return }
            parameters = parameters.setting(member.name, node, keyRange: optionRange)
        default:
            break
        }
    }

    /// `--starting-token`, `--page-size`, `--max-items`: `PaginationConfig` for the CLI's paginator.
    private mutating func paging(
        _ setting: OperationArgument.PagingSetting, value: ArgparseParser.Value, argument: OperationArgument,
        table: OperationArgumentTable, _ indexes: [Int]
    ) {
        guard case .word(let reference) = value else { return }
        var text = self.value(reference, in: indexes)
        let node: SyntaxNode
        if argument.action.valueType == .int {
            guard case .success(let digits) = PythonNumbers.int(text.string) else { return }
            node = .scalar(.integer(digits), range: text.range)
        } else {
            guard let loaded = loadParamFile(.text(text), argument: argument, table: table) else { return }
            switch loaded {
            case .text(let loadedText): text = loadedText
            case .bytes(let bytes): text = bytes
            case .list: return
            }
            node = .string(text.string, range: text.range)
        }
        pagingFromOptions = true
        let config = parameters.member("PaginationConfig")?.value ?? SyntaxNode(.object([]), range: node.range)
        parameters = parameters.setting(
            "PaginationConfig", config.setting(setting.rawValue, node, keyRange: optionRange(of: value, indexes)),
            keyRange: optionRange(of: value, indexes))
    }
}

extension FindingCode {
    /// `Unknown options: …`: a word the operation's parser does not take (a misspelt option, a second value for an
    /// option that takes one), with the closest option names as suggestions. The AWS CLI exits 255.
    package static let unknownOption = FindingCode(
        "unknown-option", severity: .error, cliVerdict: true,
        summary: "An option the command does not have, or a word no option takes.")
}
