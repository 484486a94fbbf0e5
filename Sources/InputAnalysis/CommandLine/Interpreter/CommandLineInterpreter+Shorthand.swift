import InputSyntax
import ServiceModel
import ShorthandSyntax
import TextModel

extension CommandLineInterpreter {
    /// `ParamShorthandParser`: the two special cases, then each word parsed as shorthand and coerced by the model
    /// (AWSCLI.md 1.3–1.5).
    mutating func shorthand(
        _ raw: RawValue, member: Member, argument: OperationArgument, table: OperationArgumentTable
    ) -> SyntaxNode? {
        let service = table.service
        let shape = service[member.shape]
        let cliName = argument.cliName
        // Lists of one-member structures in a few old commands: each word is that member's value.
        if shape.type == .list, let element = shape.listMember, service[element.shape].type == .structure,
            service[element.shape].members.count == 1,
            Self.legacyListOptions[service.cliName]?[table.commandName]?.contains(argument.name) == true
        {
            let key = service[element.shape].members[0].name
            let items: [ValueText]
            switch raw {
            case .list(let words): items = words
            case .text(let text): items = Self.characters(of: text)
            case .bytes(let data):
                report(.invalidValue, "\(cliName): fileb:// gives bytes; this option takes words.", range: data.range)
                return nil
            }
            let nodes = items.map { SyntaxNode.object([(key, .string($0.string, range: $0.range))], range: $0.range) }
            let whole = items.isEmpty ? ByteRange.empty(at: 0) : items[0].range.union(items[items.count - 1].range)
            return SyntaxNode(.array(nodes), range: whole)
        }
        // A structure of one string `Value`, written without `=`: the word is the value.
        if shape.type == .structure, shape.members.count == 1, shape.members[0].name == "Value",
            service[shape.members[0].shape].type == .string
        {
            switch raw {
            case .text(let text) where !text.bytes.contains(UInt8(ascii: "=")):
                return .object([("Value", .string(text.string, range: text.range))], range: text.range)
            case .bytes(let data):
                report(.invalidValue, "\(cliName): a bytes-like object is required, not 'str'", range: data.range)
                return nil
            default:
                break
            }
        }
        let parsed: SyntaxNode
        switch raw {
        case .list(let words):
            var nodes = [SyntaxNode]()
            for word in words {
                guard let node = parseShorthand(word, cliName: cliName) else { return nil }
                nodes.append(node)
            }
            let whole = words.isEmpty ? ByteRange.empty(at: 0) : words[0].range.union(words[words.count - 1].range)
            parsed = SyntaxNode(.array(nodes), range: whole)
        case .text(let text):
            guard let node = parseShorthand(text, cliName: cliName) else { return nil }
            parsed = node
        case .bytes(let data):
            report(
                .invalidValue, "\(cliName): fileb:// gives bytes, which the shorthand parser cannot read.",
                range: data.range)
            return nil
        }
        var coercion = BackCompatCoercion(service: service, cliName: cliName)
        let coerced = coercion.visitTopLevel(parsed, shape: shape)
        for problem in coercion.problems { report(problem.code, problem.message, range: problem.range) }
        return coercion.problems.isEmpty ? coerced : nil
    }

    /// One shorthand string, with the parser's error placed on the exact character.
    private mutating func parseShorthand(_ text: ValueText, cliName: String) -> SyntaxNode? {
        let parse = ShorthandParser.parse(bytes: text.bytes, fileLoader: files)
        if let error = parse.error {
            let code: FindingCode
            let message: String
            switch error.kind {
            case .syntax:
                code = .syntax
                message = "Expected: '\(error.expected ?? "")', received: '\(error.actual ?? "")'"
            case .duplicateKey:
                code = .syntax
                message = "Second instance of key \"\(error.key ?? "")\" encountered"
            case .paramFile:
                code = .paramFile
                message = error.detail ?? error.summary
            case .limit:
                code = .limit
                message = error.summary
            }
            let prefix = error.kind == .paramFile ? "" : "Error parsing parameter '\(cliName)': "
            report(code, prefix + message, range: text.sourceRange(error.range), severity: .error)
            return nil
        }
        for warning in parse.warnings {
            report(.duplicateKey, warning.message, range: text.sourceRange(warning.range), severity: .warning)
        }
        if files == nil, let reference = parse.fileReferences.first {
            unknownValue(
                "\(cliName) reads \(reference.reference) (key@=), which params was not asked to read.",
                range: text.sourceRange(reference.range))
        }
        guard let root = parse.root else { return nil }
        return root.mappingRanges(text.sourceRange).pythonDict()
    }

    /// `ParamShorthand._uses_old_list_case`: options of lists of one-member structures whose words are that
    /// member's values, by service and command (CLI names).
    static let legacyListOptions: [String: [String: Set<String>]] = [
        "firehose": ["put-record-batch": ["records"]],
        "workspaces": [
            "reboot-workspaces": ["reboot-workspace-requests"],
            "rebuild-workspaces": ["rebuild-workspace-requests"],
            "terminate-workspaces": ["terminate-workspace-requests"],
        ],
        "elb": [
            "remove-tags": ["tags"],
            "describe-instance-health": ["instances"],
            "deregister-instances-from-load-balancer": ["instances"],
            "register-instances-with-load-balancer": ["instances"],
        ],
    ]
}

/// The CLI's `BackCompatVisitor` (AWSCLI.md 1.5): walks a shorthand value against the model, wrapping single
/// values where a list is expected, converting numbers with `int()`/`float()` and `true`/`false` to booleans, and
/// refusing document types.
struct BackCompatCoercion {
    struct Problem {
        var code: FindingCode
        var message: String
        var range: ByteRange
    }

    let service: Service
    let cliName: String
    private(set) var problems: [Problem] = []

    init(service: Service, cliName: String) {
        self.service = service
        self.cliName = cliName
    }

    /// A document type met while walking: the nearest enclosing structure reports it for its member.
    private struct DocumentFound: Error {}

    /// The option's value coerced (`visit(params, model)`: a single value where the option's list is expected stays
    /// as it is at the top level).
    mutating func visitTopLevel(_ node: SyntaxNode, shape: Shape) -> SyntaxNode {
        if shape.type == .list, node.elements == nil { return node }
        return (try? visit(node, shape: shape, depth: 0)) ?? node
    }

    /// `ModelVisitor._visit`; the recursion follows the value, whose depth the shorthand parser bounds.
    private mutating func visit(_ node: SyntaxNode, shape: Shape, depth: Int) throws(DocumentFound) -> SyntaxNode {
        guard depth <= SyntaxLimits.maxNestingDepth else { return node }
        switch shape.type {
        case .structure:
            if shape.isDocument { throw DocumentFound() }
            guard var members = node.members else { return node }
            for member in shape.members {
                guard let index = members.lastIndex(where: { $0.key == member.name }) else { continue }
                do {
                    members[index].value = try visit(
                        members[index].value, shape: service[member.shape], depth: depth + 1)
                } catch {
                    problems.append(
                        Problem(
                            code: .syntax,
                            message: "Error parsing parameter '\(cliName)': Shorthand syntax does not support document "
                                + "types. Use JSON input for top-level argument to specify nested parameter: "
                                + member.name,
                            range: members[index].range))
                }
            }
            return SyntaxNode(.object(members), range: node.range)
        case .list:
            // A single value where a list is expected is wrapped, and not visited further.
            guard let elements = node.elements else { return SyntaxNode(.array([node]), range: node.range) }
            guard let element = shape.listMember else { return node }
            let elementShape = service[element.shape]
            var visited = [SyntaxNode]()
            visited.reserveCapacity(elements.count)
            for child in elements { visited.append(try visit(child, shape: elementShape, depth: depth + 1)) }
            return SyntaxNode(.array(visited), range: node.range)
        case .map:
            guard var members = node.members, let valueMember = shape.mapValue else { return node }
            let valueShape = service[valueMember.shape]
            for index in members.indices {
                members[index].value = try visit(members[index].value, shape: valueShape, depth: depth + 1)
            }
            return SyntaxNode(.object(members), range: node.range)
        default:
            return visitScalar(node, shape: shape)
        }
    }

    /// `_visit_scalar`: `int()`, `float()`, and `true`/`false` (any case) for booleans.
    private mutating func visitScalar(_ node: SyntaxNode, shape: Shape) -> SyntaxNode {
        let typeName: String
        switch node.value {
        case .object: typeName = "dict"
        case .array: typeName = "list"
        default: typeName = ""
        }
        switch shape.type {
        case .integer, .long:
            guard typeName.isEmpty else {
                problems.append(
                    Problem(
                        code: .invalidValue,
                        message:
                            "int() argument must be a string, a bytes-like object or a real number, not '\(typeName)'",
                        range: node.range))
                return node
            }
            let converted: Result<String, PythonNumbers.Failure>
            switch node.scalar?.kind {
            case .string(let text)?: converted = PythonNumbers.int(text)
            case .binary(let bytes)?: converted = PythonNumbers.int(bytes: bytes)
            default: return node
            }
            switch converted {
            case .success(let digits): return .scalar(.integer(digits), range: node.range)
            case .failure(let failure):
                problems.append(Problem(code: .invalidValue, message: failure.message, range: node.range))
                return node
            }
        case .float, .double:
            guard typeName.isEmpty else {
                problems.append(
                    Problem(
                        code: .invalidValue,
                        message: "float() argument must be a string or a real number, not '\(typeName)'",
                        range: node.range))
                return node
            }
            let converted: Result<Double, PythonNumbers.Failure>
            switch node.scalar?.kind {
            case .string(let text)?: converted = PythonNumbers.float(text)
            case .binary(let bytes)?: converted = PythonNumbers.float(bytes: bytes)
            default: return node
            }
            switch converted {
            case .success(let value): return .scalar(.float(value), range: node.range)
            case .failure(let failure):
                problems.append(Problem(code: .invalidValue, message: failure.message, range: node.range))
                return node
            }
        case .boolean:
            guard typeName.isEmpty else {
                problems.append(
                    Problem(
                        code: .invalidValue, message: "'\(typeName)' object has no attribute 'lower'", range: node.range
                    ))
                return node
            }
            guard case .string(let text)? = node.scalar?.kind else { return node }
            switch text.lowercased() {
            case "true": return .scalar(.bool(true), range: node.range)
            case "false": return .scalar(.bool(false), range: node.range)
            default: return node
            }
        default:
            return node
        }
    }
}
