package import ServiceModel

/// The argument table of one operation as the AWS CLI builds it (`ServiceOperation._create_argument_table` and the
/// `building-argument-table` customizations): option names from member names (`xform_name` plus the renames),
/// boolean flag pairs, lists taking any number of words, idempotency tokens never required, the paginator's
/// `--starting-token`/`--page-size`/`--max-items` with the operation's own paging members hidden,
/// `--cli-input-json` (and v2's `--cli-input-yaml`), `--generate-cli-skeleton`, the positional `outfile` of
/// streaming operations, and the EC2 customizations that the common commands use.
package struct OperationArgumentTable: Sendable {
    package let service: Service
    package let operation: Operation
    /// The command name the table is for (`run-instances`; `add-option-to-option-group` for a split command).
    package let commandName: String
    package let version: CLIVersion
    /// The entries in the CLI's table order.
    package private(set) var arguments: [OperationArgument]
    /// Entries the paginator's options replaced, restored when pagination is off.
    package private(set) var shadowed: [String: OperationArgument]
    /// The operation's paginator, when it has one.
    package let paginator: Paginator?
    /// Whether a customization not modelled here changes this operation's table.
    package let hasUnmodelledCustomizations: Bool

    /// The entry named `name` (without dashes).
    package func argument(named name: String) -> OperationArgument? {
        arguments.first { $0.name == name }
    }

    /// Builds the table of `operation` in `service` as the given AWS CLI version does.
    package static func build(
        service: Service, operation: Operation, commandName: String? = nil, version: CLIVersion
    ) -> OperationArgumentTable {
        let command = commandName ?? operation.cliName
        var table = OrderedTable()
        let input = operation.input.map { service[$0] }
        for member in input?.members ?? [] {
            addMember(member, isRequired: input?.isRequired(member.name) ?? false, service: service, to: &table)
        }
        let key = "\(service.cliName) \(command)"
        let changes = CustomizedOperations.changes[key] ?? []
        applyCustomizations(changes, service: service, command: command, to: &table)
        if service.cliName == "ec2" { addEC2Options(command: command, service: service, to: &table) }
        applyRenames(service: service.cliName, command: command, version: version, to: &table)
        if service.cliName == "ec2" { pullUpAttributeBooleans(service: service, to: &table) }
        let streaming = service.hasStreamingOutput(operation)
        if streaming && !changes.contains(where: { if case .customOutfile = $0 { true } else { false } }) {
            table.set(
                "outfile",
                OperationArgument(
                    name: "outfile", role: .outfile,
                    action: ArgparseAction(optionStrings: [], dest: "outfile", arity: .one, required: true),
                    isHidden: false))
        }
        let hasOutfile = table.contains("outfile")
        if !hasOutfile {
            table.set("cli-input-json", inputOption("cli-input-json", role: .cliInputJSON))
            if version == .v2 { table.set("cli-input-yaml", inputOption("cli-input-yaml", role: .cliInputYAML)) }
        }
        let paginator = service.paginators[operation.name]
        var shadowed = [String: OperationArgument]()
        if let paginator, let input {
            addPaging(paginator, input: input, service: service, to: &table, shadowed: &shadowed)
        }
        if !hasOutfile {
            let choices = version == .v1 ? ["input", "output"] : ["input", "output", "yaml-input"]
            table.set(
                "generate-cli-skeleton",
                OperationArgument(
                    name: "generate-cli-skeleton", role: .generateSkeleton,
                    action: ArgparseAction(
                        optionStrings: ["--generate-cli-skeleton"], dest: "generate_cli_skeleton", arity: .optional,
                        choices: choices, const: "input"),
                    isHidden: false))
        }
        return OperationArgumentTable(
            service: service, operation: operation, commandName: command, version: version, arguments: table.values,
            shadowed: shadowed, paginator: paginator, hasUnmodelledCustomizations: !changes.isEmpty)
    }

    /// The parser the CLI builds from the table (`ArgTableArgParser` plus the `help` positional); with
    /// `relaxed`, no option is required (`--cli-input-json` or `--generate-cli-skeleton` was given).
    func parser(relaxed: Bool) -> ArgparseParser {
        var parser = ArgparseParser()
        for argument in arguments {
            var action = argument.action
            if relaxed { action.required = false }
            parser.add(action)
        }
        parser.add(ArgparseAction(optionStrings: [], dest: "help", arity: .optional))
        return parser
    }

    /// Puts the shadowed entries back, as the CLI does when pagination is off.
    mutating func restoreShadowed() {
        for (name, argument) in shadowed {
            if let index = arguments.firstIndex(where: { $0.name == name }) { arguments[index] = argument }
        }
    }

    // MARK: - Members

    private static func addMember(_ member: Member, isRequired: Bool, service: Service, to table: inout OrderedTable) {
        let name = CLINames.operationCommandName(member.name)
        let shape = service[member.shape]
        let required = isRequired && !member.isIdempotencyToken
        switch shape.type {
        case .boolean:
            let dest = OperationArgument.pythonName(name)
            table.set(
                name,
                OperationArgument(
                    name: name, role: .booleanFlag(member, value: true),
                    action: ArgparseAction(optionStrings: ["--" + name], dest: dest, arity: .none, kind: .flag(true)),
                    isHidden: false))
            table.set(
                "no-" + name,
                OperationArgument(
                    name: "no-" + name, role: .booleanFlag(member, value: false),
                    action: ArgparseAction(
                        optionStrings: ["--no-" + name], dest: dest, arity: .none, kind: .flag(false)),
                    isHidden: false))
        case .list:
            table.set(name, memberArgument(name, member, arity: .zeroOrMore, type: .string, required: required))
        case .long:
            table.set(name, memberArgument(name, member, arity: .one, type: .int, required: required))
        case .float, .double:
            table.set(name, memberArgument(name, member, arity: .one, type: .float, required: required))
        default:
            table.set(name, memberArgument(name, member, arity: .one, type: .string, required: required))
        }
    }

    private static func memberArgument(
        _ name: String, _ member: Member, arity: ArgparseAction.Arity, type: ArgparseAction.ValueType, required: Bool
    ) -> OperationArgument {
        OperationArgument(
            name: name, role: .member(member),
            action: ArgparseAction(
                optionStrings: ["--" + name], dest: OperationArgument.pythonName(name), arity: arity, valueType: type,
                required: required),
            isHidden: false)
    }

    private static func inputOption(_ name: String, role: OperationArgument.Role) -> OperationArgument {
        OperationArgument(
            name: name, role: role,
            action: ArgparseAction(optionStrings: ["--" + name], dest: OperationArgument.pythonName(name), arity: .one),
            isHidden: false)
    }

    // MARK: - Renames

    private static func applyRenames(
        service: String, command: String, version: CLIVersion, to table: inout OrderedTable
    ) {
        for rule in ArgumentRenames.rules(ArgumentRenames.renames, service: service, operation: command) {
            guard var argument = table[rule.option] else { continue }
            table.remove(rule.option)
            argument.name = rule.newName
            argument.action.optionStrings = ["--" + rule.newName]
            if argument.member != nil, case .booleanFlag = argument.role {
                // A boolean keeps its destination: the renamed `--no-x` still clears `x`.
            } else {
                argument.action.dest = OperationArgument.pythonName(rule.newName)
            }
            table.set(rule.newName, argument)
        }
        let aliases = version == .v1 ? ArgumentRenames.hiddenAliasesV1 : ArgumentRenames.hiddenAliasesV2
        for rule in ArgumentRenames.rules(aliases, service: service, operation: command) {
            guard var original = table[rule.option] else { continue }
            var alias = original
            alias.name = rule.newName
            alias.action.optionStrings = ["--" + rule.newName]
            if case .booleanFlag = alias.role {} else { alias.action.dest = OperationArgument.pythonName(rule.newName) }
            alias.action.required = false
            alias.isHidden = true
            original.action.required = false
            table.set(rule.option, original)
            table.set(rule.newName, alias)
        }
    }

    // MARK: - Paging

    private static func addPaging(
        _ paginator: Paginator, input: Shape, service: Service, to table: inout OrderedTable,
        shadowed: inout [String: OperationArgument]
    ) {
        for token in paginator.inputTokens + (paginator.limitKey.map { [$0] } ?? []) {
            let name = CLINames.operationCommandName(token)
            if var argument = table[name] {
                argument.isHidden = true
                table.set(name, argument)
            }
        }
        func add(_ name: String, _ setting: OperationArgument.PagingSetting, _ type: ArgparseAction.ValueType) {
            if let existing = table[name] { shadowed[name] = existing }
            table.set(
                name,
                OperationArgument(
                    name: name, role: .paging(setting),
                    action: ArgparseAction(
                        optionStrings: ["--" + name], dest: OperationArgument.pythonName(name), arity: .one,
                        valueType: type),
                    isHidden: false))
        }
        add("starting-token", .startingToken, .string)
        var type = ArgparseAction.ValueType.int
        if let limitKey = paginator.limitKey, let member = input.member(named: limitKey) {
            type = service[member.shape].type == .string ? .string : .int
            add("page-size", .pageSize, type)
        }
        add("max-items", .maxItems, type)
    }
}

/// Python's `OrderedDict` as the argument table uses it: assigning an existing key keeps its place, a new key goes
/// last, deleting removes.
struct OrderedTable {
    private(set) var keys: [String] = []
    private var entries: [String: OperationArgument] = [:]

    subscript(key: String) -> OperationArgument? { entries[key] }

    func contains(_ key: String) -> Bool { entries[key] != nil }

    mutating func set(_ key: String, _ value: OperationArgument) {
        if entries[key] == nil { keys.append(key) }
        entries[key] = value
    }

    mutating func remove(_ key: String) {
        guard entries.removeValue(forKey: key) != nil else { return }
        keys.removeAll { $0 == key }
    }

    var values: [OperationArgument] { keys.compactMap { entries[$0] } }
}
