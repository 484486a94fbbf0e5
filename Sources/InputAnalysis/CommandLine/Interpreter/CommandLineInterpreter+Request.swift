import InputSyntax
import JSONSyntax
import ServiceModel
import TextModel
import YAMLSyntax

extension CommandLineInterpreter {
    /// From the call parameters to the request botocore validates: `calling-command` (the input document merged
    /// under the command line, `--generate-cli-skeleton`), the paginator's first request, the CLI's
    /// `before-parameter-build` fixes, v2's base64 blobs, then validation.
    mutating func finishRequest(
        table: OperationArgumentTable, inputDocuments: [(argument: OperationArgument, value: ValueText)],
        skeleton: String?,
        commandRange: ByteRange
    ) {
        if version == .v2 && inputDocuments.count > 1 {
            report(
                .argumentError, "Only one --cli-input- parameter may be specified.",
                range: inputDocuments[1].value.range)
            return
        }
        for document in inputDocuments {
            guard mergeInputDocument(document.argument, document.value, table: table) else { return }
        }
        if version == .v2, paginate, let paginator = table.paginator {
            let tokens = paginator.inputTokens + (paginator.limitKey.map { [$0] } ?? [])
            if parameters.members?.contains(where: { tokens.contains($0.key) }) == true {
                // v2 stops paging when the request already carries a page token or size.
                paginate = false
                if pagingFromOptions, let config = parameters.member("PaginationConfig") {
                    report(
                        .argumentError,
                        "Cannot specify --no-paginate along with pagination arguments (the input document sets "
                            + tokens.filter { parameters.member($0) != nil }.joined(separator: ", ") + ").",
                        range: config.keyRange)
                    return
                }
            }
        }
        if let skeleton, skeleton != "output" {
            result.sendsRequest = false
            result.parameters = parameters
            report(
                .noRequest,
                "With --generate-cli-skeleton \(skeleton) the AWS CLI prints a skeleton and sends no request.",
                range: commandRange, severity: .information)
            return
        }
        if table.service.cliName == "ec2" { injectEC2PageSize(command: table.commandName, at: commandRange) }
        if paginate, let paginator = table.paginator {
            guard applyPaginator(paginator, table: table) else { return }
        } else if let config = parameters.member("PaginationConfig") {
            report(
                .unknownMember,
                "Unknown member \"PaginationConfig\": with pagination off the AWS CLI sends it to the service, whose "
                    + "input has no such member.", range: config.keyRange, member: "PaginationConfig")
            parameters = parameters.removing("PaginationConfig")
        }
        if table.service.cliName == "ec2" { applyEC2RequestFixes(command: table.commandName, at: commandRange) }
        if version == .v2, !isRawBinaryFormat, let input = table.operation.input {
            parameters = decodeBlobs(
                parameters, shape: table.service[input], service: table.service, topLevel: true, depth: 0)
        }
        var findings = InputValidator.validate(
            parameters, operation: table.operation, service: table.service, format: .json, source: combined.text,
            options: options)
        if let knowledge = filters?(table.service) {
            findings += FilterRule.findings(in: parameters, operation: table.operation.name, filters: knowledge)
        }
        if hasUnknownValues { findings.removeAll { $0.code == .missingRequired || $0.code == .unionEmpty } }
        findings.removeAll { $0.code == .missingRequired && $0.path.isRoot && brokenMembers.contains($0.member ?? "") }
        if result.findings.contains(where: { $0.code == .missingOption }) {
            // argparse already said which options are missing.
            findings.removeAll { $0.code == .missingRequired && $0.path.isRoot }
        }
        result.findings += findings
        result.parameters = parameters
        if skeleton == "output" {
            result.sendsRequest = false
            report(
                .noRequest,
                "With --generate-cli-skeleton output the AWS CLI validates the request and prints a sample response "
                    + "instead of sending it.", range: commandRange, severity: .information)
        }
    }

    /// Whether v2's `--cli-binary-format raw-in-base64-out` keeps blobs as text (v1's behaviour).
    private var isRawBinaryFormat: Bool {
        guard case .word(let reference)? = globals.values["cli_binary_format"] else { return false }
        return text(reference) == "raw-in-base64-out"
    }

    // MARK: - Input documents

    /// `--cli-input-json`/`--cli-input-yaml`: the document's top-level keys fill what the command line left unset.
    private mutating func mergeInputDocument(
        _ argument: OperationArgument, _ value: ValueText, table: OperationArgumentTable
    ) -> Bool {
        let isYAML: Bool
        if case .cliInputYAML = argument.role { isYAML = true } else { isYAML = false }
        let name = isYAML ? "cli-input-yaml" : "cli-input-json"
        var text = value
        let bytes = value.bytes
        let binary = bytes.starts(with: Self.binaryFilePrefix)
        if binary || bytes.starts(with: Self.filePrefix) {
            let path = String(
                decoding: bytes[(binary ? Self.binaryFilePrefix.count : Self.filePrefix.count)...], as: UTF8.self)
            result.inputFiles.append(
                InputFileReference(
                    path: path, format: isYAML ? .yaml : .json, range: value.range,
                    service: table.service.cliName, operation: table.commandName))
            guard let files, !value.isUnknown(ByteRange(start: 0, end: bytes.count)) else {
                unknownValue("--\(name) reads \(value.string), which params was not asked to read.", range: value.range)
                return true
            }
            guard let contents = try? files.load(path: path, binary: binary) else { return true }
            text = ValueText(bytes: contents, base: combined.append(contents, path: path, origin: value.range))
        }
        let root: SyntaxNode?
        if isYAML {
            let parse = YAMLParser.parse(SourceText(bytes: text.bytes))
            if let error = parse.diagnostics.first(where: { $0.severity == .error }) {
                report(
                    .syntax, "Error parsing parameter 'cli-input-yaml': Invalid YAML received. (\(error.message))",
                    range: text.sourceRange(error.range))
                return false
            }
            root = parse.root?.mappingRanges(text.sourceRange)
        } else {
            let parse = JSONParser.parse(SourceText(bytes: text.bytes))
            if let error = parse.diagnostics.sorted(by: { $0.range.start < $1.range.start })
                .first(where: { $0.severity == .error })
            {
                let detail =
                    version == .v1 ? "Invalid JSON: \(error.message)" : "Invalid JSON received. (\(error.message))"
                report(
                    .syntax, "Error parsing parameter 'cli-input-json': \(detail)", range: text.sourceRange(error.range)
                )
                return false
            }
            root = parse.root?.mappingRanges(text.sourceRange).pythonDict()
        }
        guard let root, let members = root.members else {
            let kind = root.map { ValueDescription.kind(of: $0) } ?? "nothing"
            report(
                .invalidType,
                "Error parsing parameter '--\(name)': Invalid type: expecting map, received \(kind).",
                range: root?.range ?? text.range)
            return false
        }
        for member in members where parameters.member(member.key) == nil {
            parameters = parameters.setting(member.key, member.value, keyRange: member.keyRange)
        }
        return true
    }

    // MARK: - Pagination

    /// The paginator's first request: `PageSize` as the limit key, `StartingToken` as the input tokens; `MaxItems`
    /// only stops the output. False when the paginator refuses its settings.
    private mutating func applyPaginator(_ paginator: Paginator, table: OperationArgumentTable) -> Bool {
        guard let configMember = parameters.member("PaginationConfig") else { return true }
        parameters = parameters.removing("PaginationConfig")
        guard let members = configMember.value.members else {
            report(
                .invalidValue, "PaginationConfig must be an object of PageSize, MaxItems and StartingToken.",
                range: configMember.value.range)
            return false
        }
        let config = SyntaxNode(.object(members), range: configMember.value.range).pythonDict()
        if let maxItems = config.member("MaxItems")?.value, !Self.isNone(maxItems), Self.pythonInt(maxItems) == nil {
            report(.invalidValue, "MaxItems: invalid literal for int()", range: maxItems.range)
            return false
        }
        if let token = config.member("StartingToken")?.value, !Self.isNone(token) {
            guard let text = token.stringValue else {
                report(.invalidValue, "StartingToken must be a string.", range: token.range)
                return false
            }
            switch StartingToken.parse(text, inputTokens: paginator.inputTokens) {
            case .failure(let failure):
                report(.invalidValue, failure.message, range: token.range)
                return false
            case .success(let tokens):
                for (name, value) in tokens {
                    if let value {
                        parameters = parameters.setting(name, value.mappingRanges { _ in token.range })
                    } else {
                        parameters = parameters.removing(name)
                    }
                }
            }
        }
        if let pageSize = config.member("PageSize")?.value, !Self.isNone(pageSize) {
            guard let limitKey = paginator.limitKey else {
                report(
                    .argumentError,
                    "PageSize parameter is not supported for the pagination interface for this operation.",
                    range: pageSize.range)
                return false
            }
            let limitShape = table.operation.input.flatMap { table.service[$0].member(named: limitKey) }
                .map { table.service[$0.shape] }
            if limitShape?.type == .string {
                let text = pageSize.stringValue ?? Self.pythonString(pageSize)
                parameters = parameters.setting(limitKey, .string(text, range: pageSize.range))
            } else {
                guard let digits = Self.pythonInt(pageSize) else {
                    report(.invalidValue, "PageSize: invalid literal for int()", range: pageSize.range)
                    return false
                }
                parameters = parameters.setting(limitKey, .scalar(.integer(digits), range: pageSize.range))
            }
        }
        return true
    }

    /// Python's `str(value)` of a scalar.
    private static func pythonString(_ node: SyntaxNode) -> String {
        guard case .scalar(let scalar) = node.value else { return "" }
        switch scalar.kind {
        case .string(let text): return text
        case .integer(let digits): return digits
        case .float(let value): return PythonFloat.repr(value)
        case .bool(let flag): return flag ? "True" : "False"
        case .null: return "None"
        default: return ""
        }
    }

    private static func isNone(_ node: SyntaxNode) -> Bool {
        if case .scalar(let scalar) = node.value, case .null = scalar.kind { return true }
        return false
    }

    /// Python's `int(value)` of a JSON or command-line value, as digits.
    private static func pythonInt(_ node: SyntaxNode) -> String? {
        guard case .scalar(let scalar) = node.value else { return nil }
        switch scalar.kind {
        case .integer(let digits): return digits
        case .bool(let flag): return flag ? "1" : "0"
        case .float(let value):
            guard value.isFinite else { return nil }
            let truncated = value.rounded(.towardZero)
            return Int64(exactly: truncated).map(String.init)
        case .string(let text):
            if case .success(let digits) = PythonNumbers.int(text) { return digits }
            return nil
        default: return nil
        }
    }

    // MARK: - Blobs (v2)

    /// AWS CLI v2 base64-decodes every string given for a blob (`cli_binary_format=base64`), except a streaming
    /// blob option, which is a file path.
    private mutating func decodeBlobs(
        _ node: SyntaxNode, shape: Shape, service: Service, topLevel: Bool, depth: Int
    ) -> SyntaxNode {
        guard depth <= SyntaxLimits.maxNestingDepth else { return node }
        switch shape.type {
        case .structure:
            guard var members = node.members else { return node }
            for index in members.indices {
                guard let member = shape.member(named: members[index].key) else { continue }
                if topLevel && result.streamingFileMembers.contains(member.name) { continue }
                members[index].value = decodeBlobs(
                    members[index].value, shape: service[member.shape], service: service, topLevel: false,
                    depth: depth + 1)
            }
            return SyntaxNode(.object(members), range: node.range)
        case .list:
            guard let element = shape.listMember, let elements = node.elements else { return node }
            let elementShape = service[element.shape]
            return SyntaxNode(
                .array(
                    elements.map {
                        decodeBlobs($0, shape: elementShape, service: service, topLevel: false, depth: depth + 1)
                    }),
                range: node.range)
        case .map:
            guard let value = shape.mapValue, var members = node.members else { return node }
            let valueShape = service[value.shape]
            for index in members.indices {
                members[index].value = decodeBlobs(
                    members[index].value, shape: valueShape, service: service, topLevel: false, depth: depth + 1)
            }
            return SyntaxNode(.object(members), range: node.range)
        case .blob:
            guard case .string(let text)? = node.scalar?.kind else { return node }
            let bytes = Array(text.utf8)
            guard bytes.allSatisfy({ $0 < 0x80 }), let decoded = PythonBase64.decodeLenient(bytes) else {
                report(.invalidValue, "Invalid base64: \"\(text)\"", range: node.range)
                return node
            }
            return .scalar(.binary(decoded), range: node.range)
        default:
            return node
        }
    }
}

extension FindingCode {
    /// The command sends no request (`--generate-cli-skeleton`): informational.
    package static let noRequest = FindingCode(
        "no-request", severity: .information, cliVerdict: false,
        summary: "The command line asks the AWS CLI to print something instead of sending a request.")
}
