import InputSyntax
package import ServiceModel
package import TextModel

/// Completion inside the `aws …` command lines of a shell script: service and command names, option names (unused
/// ones, required first), and inside an option's value what the value's shape takes: member names, enum values,
/// `true`/`false`, filter keys and the allowed values of the key in the same filter entry, in shorthand or JSON.
/// Pure: models and filter knowledge are injected.
package enum ScriptCompletion {
    /// What completion needs besides the script.
    package struct Models {
        package var services: CommandLineInterpreter.ServiceLookup
        package var filters: CommandLineInterpreter.FilterLookup?
        /// The CLI names of the services, for the word after `aws`.
        package var serviceNames: () -> [String]
        /// The command names of a service, for the word after the service.
        package var commandNames: (Service) -> [String]

        package init(
            services: @escaping CommandLineInterpreter.ServiceLookup,
            filters: CommandLineInterpreter.FilterLookup?, serviceNames: @escaping () -> [String],
            commandNames: @escaping (Service) -> [String]
        ) {
            self.services = services
            self.filters = filters
            self.serviceNames = serviceNames
            self.commandNames = commandNames
        }
    }

    /// The candidates at `offset` (UTF-8 byte offset, 0-based) in the script `source`; empty outside `aws` commands.
    package static func complete(
        _ source: SourceText, offset: Int, models: Models, options: ValidationOptions = ValidationOptions()
    ) -> [CompletionItem] {
        let items = candidates(source, offset: offset, models: models, options: options)
        guard items.isEmpty, offset > 0, offset <= source.count, !isBlank(source.bytes[offset - 1]) else {
            return items
        }
        // A value cut short (`Values=SUCCESS,`, `Key=`) may not parse; complete in the text with a placeholder
        // character at the cursor, then map the edits back (the placeholder becomes the empty range at the cursor).
        var patched = source.bytes
        patched.insert(UInt8(ascii: "X"), at: offset)
        return candidates(SourceText(bytes: patched), offset: offset, models: models, options: options).map { item in
            var item = item
            func back(_ position: Int) -> Int { position > offset ? position - 1 : position }
            item.edit.range = ByteRange(start: back(item.edit.range.start), end: back(item.edit.range.end))
            return item
        }
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func candidates(
        _ source: SourceText, offset: Int, models: Models, options: ValidationOptions
    ) -> [CompletionItem] {
        guard let command = command(at: offset, in: source), let arguments = command.awsArguments else { return [] }
        let cursorIndex = arguments.firstIndex { $0.range.touches(offset) }
        let replaced = clampToLine(cursorIndex.map { arguments[$0].range } ?? .empty(at: offset), offset, source)
        let typed = cursorIndex.map { arguments[$0].text } ?? ""
        let before = Array(
            arguments[..<(cursorIndex ?? arguments.firstIndex { $0.range.start > offset } ?? arguments.count)])

        // The service and command words, found as the CLI's first parser finds them.
        var globals = ArgparseParser(GlobalOptions.actions(for: options.cliVersion)).parseKnownArgs(
            arguments.map(\.text))
        if cursorIndex == nil {
            globals = ArgparseParser(GlobalOptions.actions(for: options.cliVersion)).parseKnownArgs(before.map(\.text))
        }
        guard case .word(let serviceReference)? = globals.values["command"] else {
            return typed.hasPrefix("-")
                ? [] : names(models.serviceNames(), kind: .member, detail: "service", replacing: replaced)
        }
        let serviceIndex = serviceReference.index
        if serviceIndex == cursorIndex {
            return names(models.serviceNames(), kind: .member, detail: "service", replacing: replaced)
        }
        guard case .success(let service) = models.services(arguments[serviceIndex].text) else { return [] }
        let commandIndex = arguments.indices.first { $0 > serviceIndex && !arguments[$0].text.hasPrefix("-") }
        if commandIndex == nil || commandIndex == cursorIndex {
            guard !typed.hasPrefix("-") else { return [] }
            return names(models.commandNames(service), kind: .member, detail: service.cliName, replacing: replaced)
        }
        guard let commandIndex, cursorIndex.map({ $0 > commandIndex }) ?? (offset > arguments[commandIndex].range.end)
        else { return [] }
        let interpretation = CommandLineInterpreter.interpret(
            arguments, source: source, services: models.services, files: nil, filters: models.filters,
            options: options)
        guard let operation = interpretation.operation ?? service.operation(cliName: arguments[commandIndex].text)
        else { return [] }
        let table = OperationArgumentTable.build(
            service: service, operation: operation, commandName: interpretation.commandName,
            version: options.cliVersion)

        if typed.hasPrefix("-") {
            return optionItems(table, used: before, replacing: replaced, options: options)
        }
        // A value: of the last option before the cursor, if it takes one here.
        guard let (argument, wordsSoFar) = openOption(before: before, table: table) else {
            return cursorIndex == nil ? optionItems(table, used: before, replacing: replaced, options: options) : []
        }
        var items = [CompletionItem]()
        if let member = argument.member, case .member = argument.role {
            let target = DocumentAnalysis.Target(
                service: service, operation: operation, filters: models.filters?(service))
            items = valueItems(
                member, interpretation: interpretation, target: target, command: command, source: source,
                offset: offset, replacing: replaced, isNewWord: cursorIndex == nil)
        }
        if cursorIndex == nil,
            wordsSoFar > 0 || argument.action.arity == .zeroOrMore || argument.action.arity == .optional
        {
            // Another value or the next option: values first.
            items += optionItems(table, used: before, replacing: replaced, options: options).map { item in
                var item = item
                item.sortText = "~" + item.sortText
                return item
            }
        }
        return items
    }

    /// The `aws` command the cursor is in, or right after on the same line (past spaces and continuations).
    static func command(at offset: Int, in source: SourceText) -> ShellCommand? {
        let bytes = source.bytes
        for command in ShellScriptScanner.awsCommands(in: source).reversed() where command.range.start <= offset {
            if offset <= command.range.end { return command }
            var i = command.range.end
            while i < offset {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 {
                    i += 1
                } else if b == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                    i += 2
                } else if b == UInt8(ascii: "\\"), i + 2 < bytes.count, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A {
                    i += 3
                } else {
                    break
                }
            }
            return i == offset ? command : nil
        }
        return nil
    }

    /// The option whose value the next word would be, and how many words it has taken so far; nil when the next
    /// word cannot be a value.
    static func openOption(before: [CommandWord], table: OperationArgumentTable) -> (OperationArgument, Int)? {
        for (distance, word) in before.reversed().enumerated() {
            let text = word.text
            guard text.hasPrefix("--") else { continue }
            guard !text.contains("="), let argument = argument(named: text, in: table) else { return nil }
            switch argument.action.arity {
            case .none: return nil
            case .one, .optional: return distance == 0 ? (argument, 0) : nil
            case .zeroOrMore, .oneOrMore: return (argument, distance)
            }
        }
        return nil
    }

    /// The argument an option word names, abbreviations included as argparse accepts them (a unique prefix).
    static func argument(named text: String, in table: OperationArgumentTable) -> OperationArgument? {
        if let exact = table.arguments.first(where: { $0.action.optionStrings.contains(text) }) { return exact }
        let candidates = table.arguments.filter { $0.action.optionStrings.contains { $0.hasPrefix(text) } }
        return candidates.count == 1 ? candidates[0] : nil
    }

    static func optionItems(
        _ table: OperationArgumentTable, used: [CommandWord], replacing range: ByteRange, options: ValidationOptions
    ) -> [CompletionItem] {
        let usedOptions = Set(used.map { $0.text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? "" })
        let usedDests = Set(
            table.arguments.filter { $0.action.optionStrings.contains(where: usedOptions.contains) }.map(\.dest))
        var items = [CompletionItem]()
        for (index, argument) in table.arguments.enumerated() where !argument.isHidden {
            guard let name = argument.action.optionStrings.first, !usedDests.contains(argument.dest) else { continue }
            let required = argument.action.required
            var detail: String?
            var documentation: String?
            if let member = argument.member {
                let service = table.service
                let input = table.operation.input.map { service[$0] }
                detail = MemberDescription.detail(
                    member, in: service, required: input?.isRequired(member.name) ?? false)
                documentation = MemberDescription.markdown(
                    member, in: service, required: input?.isRequired(member.name))
            }
            items.append(
                CompletionItem(
                    label: name, kind: .member, detail: detail, documentation: documentation,
                    edit: TextEdit(range: range, newText: name),
                    sortText: "\(required ? "0" : "1")\(String(index).leftPadded(to: 4))"))
        }
        for (index, action) in GlobalOptions.actions(for: options.cliVersion).enumerated() {
            guard let name = action.optionStrings.first, !usedOptions.contains(name) else { continue }
            items.append(
                CompletionItem(
                    label: name, kind: .member, detail: "global option", edit: TextEdit(range: range, newText: name),
                    sortText: "2\(String(index).leftPadded(to: 4))"))
        }
        return items
    }

    /// Candidates inside the value of `member`: through the request the command builds when the value is written,
    /// from the member's shape when the word is still empty.
    static func valueItems(
        _ member: Member, interpretation: CommandLineInterpretation, target: DocumentAnalysis.Target,
        command: ShellCommand, source: SourceText, offset: Int, replacing range: ByteRange, isNewWord: Bool
    ) -> [CompletionItem] {
        let service = target.service
        if !isNewWord, let parameters = interpretation.parameters,
            parameters.members?.contains(where: { $0.key == member.name && $0.value.range.touches(offset) }) == true
        {
            // The request's root spans the whole command, so that the cursor is inside it.
            let root = SyntaxNode(
                parameters.value,
                range: ByteRange(start: command.range.start, end: max(command.range.end, offset)))
            let value = parameters.members?.first { $0.key == member.name }?.value
            let format: DocumentFormat =
                value.map { $0.range.start < source.count && [0x7B, 0x5B].contains(source.bytes[$0.range.start]) }
                    == true ? .json : .shorthand
            return CompletionEngine.complete(
                source, format: format, offset: offset, target: target, parse: ParseResult(root: root))
        }
        guard isNewWord else { return [] }
        let context = CompletionEngine.Context(source: source, format: .shorthand, offset: offset, service: service)
        let shape = service[member.shape]
        let element = shape.type == .list ? shape.listMember.map { service[$0.shape] } : nil
        let structure = shape.type == .structure ? shape : element?.type == .structure ? element : nil
        if let structure {
            // `Key=`, `Values=`: the members of the structure (of each list element), as shorthand keys.
            return structure.members.enumerated().map { index, child in
                let required = structure.isRequired(child.name)
                return CompletionItem(
                    label: child.name + "=", kind: .member,
                    detail: MemberDescription.detail(child, in: service, required: required),
                    documentation: MemberDescription.markdown(child, in: service, required: required),
                    edit: TextEdit(range: range, newText: child.name + "="),
                    sortText: "\(required ? "0" : "1")\(String(index).leftPadded(to: 4))", filterText: child.name)
            }
        }
        let scalarMember = shape.type == .list ? shape.listMember ?? member : member
        return context.scalarItems(for: scalarMember, replacing: range, style: nil)
    }

    static func names(_ names: [String], kind: CompletionItem.Kind, detail: String, replacing range: ByteRange)
        -> [CompletionItem]
    {
        names.enumerated().map { index, name in
            CompletionItem(
                label: name, kind: kind, detail: detail, edit: TextEdit(range: range, newText: name),
                sortText: String(index).leftPadded(to: 5))
        }
    }

    /// A completion edit never reaches past the cursor's line.
    static func clampToLine(_ range: ByteRange, _ offset: Int, _ source: SourceText) -> ByteRange {
        let line = source.lineContentRange(source.line(containing: offset))
        return ByteRange(start: max(range.start, line.start), end: min(max(range.end, offset), line.end))
    }
}
