import InputSyntax
import JSONSyntax
import ServiceModel
import ShorthandSyntax
import TextModel

extension CommandLineInterpreter {
    /// The paramfile step (`load-cli-arg`, AWSCLI.md 1.1 step 2): a value (or a list of one word) that starts with
    /// `file://` or `fileb://` is replaced by the file's text or bytes; v1 also fetches `http(s)://`, except for its
    /// list of URL-valued options. Nil when the step fails or the value cannot be known.
    mutating func loadParamFile(_ raw: RawValue, argument: OperationArgument, table: OperationArgumentTable)
        -> RawValue?
    {
        let candidate: ValueText
        switch raw {
        case .text(let text): candidate = text
        case .list(let list) where list.count == 1: candidate = list[0]
        default: return raw
        }
        if version == .v1
            && ParamFileExclusions.isExcluded(argument.name, command: table.commandName, service: table.service)
        {
            return raw
        }
        let bytes = candidate.bytes
        let binary: Bool
        if bytes.starts(with: Self.filePrefix) {
            binary = false
        } else if bytes.starts(with: Self.binaryFilePrefix) {
            binary = true
        } else {
            if version == .v1, bytes.starts(with: Array("http://".utf8)) || bytes.starts(with: Array("https://".utf8)) {
                unknownValue(
                    "AWS CLI v1 replaces \(argument.cliName)'s value by the content of the URL \(candidate.string); "
                        + "params does not fetch it.", range: candidate.range)
                return nil
            }
            return raw
        }
        let prefixLength = binary ? Self.binaryFilePrefix.count : Self.filePrefix.count
        let path = String(decoding: bytes[prefixLength...], as: UTF8.self)
        if candidate.isUnknown(ByteRange(start: 0, end: bytes.count)) {
            unknownValue(
                "\(argument.cliName) is read from a file whose name is only known at run time.", range: candidate.range)
            return nil
        }
        guard let files else {
            unknownValue(
                "\(argument.cliName) is read from \(candidate.string), which params was not asked to read.",
                range: candidate.range)
            return nil
        }
        do {
            let contents = try files.load(path: path, binary: binary)
            let base = combined.append(contents, path: path, origin: candidate.range)
            let text = ValueText(bytes: contents, base: base)
            return binary ? .bytes(text) : .text(text)
        } catch {
            report(
                .paramFile,
                "Error parsing parameter '\(argument.cliName)': \(error.cliMessage(reference: candidate.string))",
                range: candidate.range)
            return nil
        }
    }

    /// `--cli-input-json`'s value goes through the paramfile step first, whose result is thrown away: only a file
    /// that cannot be read matters (AWSCLI.md 3.1). False when the CLI stops there.
    mutating func checkInputDocumentParamFile(_ text: ValueText, argument: OperationArgument) -> Bool {
        let bytes = text.bytes
        let binary = bytes.starts(with: Self.binaryFilePrefix)
        guard binary || bytes.starts(with: Self.filePrefix), let files,
            !text.isUnknown(ByteRange(start: 0, end: bytes.count))
        else { return true }
        let path = String(
            decoding: bytes[(binary ? Self.binaryFilePrefix.count : Self.filePrefix.count)...], as: UTF8.self)
        do {
            _ = try files.load(path: path, binary: binary)
            return true
        } catch {
            report(
                .paramFile,
                "Error parsing parameter '\(argument.cliName)': \(error.cliMessage(reference: text.string))",
                range: text.range)
            return false
        }
    }

    static let filePrefix = Array("file://".utf8)
    static let binaryFilePrefix = Array("fileb://".utf8)

    /// A value params cannot know: reported once, and "missing" findings are no longer trusted.
    mutating func unknownValue(_ message: String, range: ByteRange) {
        hasUnknownValues = true
        report(.notModelled, message, range: range)
    }

    // MARK: - Unpacking

    /// `CLIArgument._unpack_argument`: shorthand when the value does not look like JSON and the shape takes it,
    /// otherwise `unpack_cli_arg`.
    mutating func unpack(
        _ raw: RawValue, member: Member, argument: OperationArgument, table: OperationArgumentTable
    ) -> SyntaxNode? {
        let service = table.service
        var first: String?
        switch raw {
        case .text(let text): first = text.string
        case .list(let list): first = list.first?.string
        case .bytes: first = nil
        }
        let looksLikeJSON =
            first.map { text in
                let stripped = text.unicodeScalars.drop { PythonNumbers.isPythonWhitespace($0) }
                return stripped.first == "[" || stripped.first == "{"
            } ?? false
        if !looksLikeJSON && Self.supportsShorthand(member, in: service) {
            return shorthand(raw, member: member, argument: argument, table: table)
        }
        let shape = service[member.shape]
        let context = ValueContext(cliName: argument.cliName, topLevelMember: member.name)
        if Self.isJSONValued(member, shape) {
            switch raw {
            case .text(let text), .bytes(let text): return json(text, context)
            case .list(let list): return list.count == 1 ? json(list[0], context) : nil
            }
        }
        switch shape.type {
        case .structure, .map:
            switch raw {
            case .text(let text): return complex(text, shape: shape, context)
            case .bytes(let data):
                report(
                    .syntax, "Error parsing parameter '\(context.cliName)': Invalid JSON: fileb:// gives bytes.",
                    range: data.range)
                return nil
            case .list: return nil
            }
        case .list:
            return list(raw, shape: shape, context)
        default:
            switch raw {
            case .text(let text): return scalar(.text(text), shape: shape, member: member, context)
            case .bytes(let data): return scalar(.bytes(data), shape: shape, member: member, context)
            case .list: return nil
            }
        }
    }

    /// Where a value is being unpacked, for messages.
    struct ValueContext {
        var cliName: String
        var topLevelMember: String
    }

    /// `_supports_shorthand_syntax`: structures, maps and lists of those, unless they only wrap document types.
    static func supportsShorthand(_ member: Member, in service: Service) -> Bool {
        let shape = service[member.shape]
        if isDocumentContainer(shape, in: service) { return false }
        switch shape.type {
        case .structure, .map: return true
        case .list:
            guard let element = shape.listMember else { return false }
            return [.structure, .list, .map].contains(service[element.shape].type)
        default: return false
        }
    }

    /// `is_document_type_container`: a document, or lists and maps of lists and maps whose leaves are documents.
    static func isDocumentContainer(_ shape: Shape, in service: Service) -> Bool {
        var current = shape
        for _ in 0..<64 {
            if current.isDocument { return true }
            switch current.type {
            case .list:
                guard let element = current.listMember else { return false }
                current = service[element.shape]
            case .map:
                guard let value = current.mapValue else { return false }
                current = service[value.shape]
            default:
                return false
            }
        }
        return false
    }

    /// Documents and JSON-valued headers are always read as JSON.
    static func isJSONValued(_ member: Member, _ shape: Shape) -> Bool {
        shape.isDocument || (member.isJSONValue && member.location == "header" && shape.type == .string)
    }

    /// `json.loads(value, object_pairs_hook=OrderedDict)`, with the CLI's `Invalid JSON` error.
    mutating func json(_ text: ValueText, _ context: ValueContext) -> SyntaxNode? {
        let parse = JSONParser.parse(SourceText(bytes: text.bytes))
        let diagnostics = parse.diagnostics.sorted { $0.range.start < $1.range.start }
        if let error = diagnostics.first(where: { $0.severity == .error }) {
            report(
                .syntax, "Error parsing parameter '\(context.cliName)': Invalid JSON: \(error.message)",
                range: text.sourceRange(error.range))
            return nil
        }
        for warning in diagnostics where warning.code == SyntaxDiagnostic.Code.duplicateKey {
            report(.duplicateKey, warning.message, range: text.sourceRange(warning.range), severity: .warning)
        }
        guard let root = parse.root else { return nil }
        return root.mappingRanges(text.sourceRange).pythonDict()
    }

    /// A structure or map not given as shorthand: JSON when it starts with `{`, else the CLI's `Invalid JSON`.
    private mutating func complex(_ text: ValueText, shape: Shape, _ context: ValueContext) -> SyntaxNode? {
        let stripped = text.string.unicodeScalars.drop { PythonNumbers.isPythonWhitespace($0) }
        guard let first = stripped.first else {
            report(
                .invalidValue, "\(context.cliName): string index out of range (the value is empty).", range: text.range)
            return nil
        }
        if first == "{" { return json(text, context) }
        report(
            .syntax,
            "Error parsing parameter '\(context.cliName)': Invalid JSON: \(ValueDescription.expectation(of: shape)) "
                + "is written as JSON here ({...}).",
            range: text.range)
        return nil
    }

    /// A list not given as shorthand: JSON when the value (or its only word) starts with `[`, else each word (each
    /// character of a file's text, as Python iterates a string) unpacked against the element shape.
    private mutating func list(_ raw: RawValue, shape: Shape, _ context: ValueContext) -> SyntaxNode? {
        guard let element = shape.listMember else { return nil }
        let elementShape = service(of: context)?[element.shape]
        var items: [ValueText]
        var whole: ByteRange
        switch raw {
        case .text(let text):
            let stripped = text.string.unicodeScalars.drop { PythonNumbers.isPythonWhitespace($0) }
            guard let first = stripped.first else {
                report(
                    .invalidValue, "\(context.cliName): string index out of range (the value is empty).",
                    range: text.range)
                return nil
            }
            if first == "[" { return json(text, context) }
            items = Self.characters(of: text)
            whole = text.range
        case .list(let words):
            if words.count == 1,
                words[0].string.unicodeScalars.drop(while: PythonNumbers.isPythonWhitespace).first == "["
            {
                return json(words[0], context)
            }
            items = words
            whole = words.isEmpty ? .empty(at: 0) : words[0].range.union(words[words.count - 1].range)
        case .bytes(let data):
            let nodes = data.bytes.enumerated().map { i, b in
                SyntaxNode.scalar(.integer(String(b)), range: data.sourceRange(ByteRange(start: i, end: i + 1)))
            }
            return SyntaxNode(.array(nodes), range: data.range)
        }
        guard let elementShape else { return nil }
        var nodes = [SyntaxNode]()
        for item in items {
            guard let node = unpackElement(item, shape: elementShape, member: element, context, depth: 0) else {
                return nil
            }
            nodes.append(node)
        }
        return SyntaxNode(.array(nodes), range: whole)
    }

    /// One element of a list option (`_unpack_cli_arg` on the element shape).
    private mutating func unpackElement(
        _ text: ValueText, shape: Shape, member: Member, _ context: ValueContext, depth: Int
    ) -> SyntaxNode? {
        if Self.isJSONValued(member, shape) { return json(text, context) }
        switch shape.type {
        case .structure, .map:
            return complex(text, shape: shape, context)
        case .list:
            guard depth < 32, let element = shape.listMember, let elementShape = service(of: context)?[element.shape]
            else { return nil }
            let stripped = text.string.unicodeScalars.drop { PythonNumbers.isPythonWhitespace($0) }
            guard let first = stripped.first else {
                report(
                    .invalidValue, "\(context.cliName): string index out of range (the value is empty).",
                    range: text.range)
                return nil
            }
            if first == "[" { return json(text, context) }
            var nodes = [SyntaxNode]()
            for character in Self.characters(of: text) {
                guard
                    let node = unpackElement(character, shape: elementShape, member: element, context, depth: depth + 1)
                else { return nil }
                nodes.append(node)
            }
            return SyntaxNode(.array(nodes), range: text.range)
        default:
            return scalar(.text(text), shape: shape, member: member, context)
        }
    }

    /// Each character of a string as its own value (Python iterating a `str`), with its own range.
    static func characters(of text: ValueText) -> [ValueText] {
        var result = [ValueText]()
        var i = 0
        while i < text.bytes.count {
            let length = max(1, UTF8Scanning.sequenceLength(text.bytes, at: i))
            let end = min(i + length, text.bytes.count)
            let range = text.sourceRange(ByteRange(start: i, end: end))
            result.append(ValueText(bytes: Array(text.bytes[i..<end]), base: range.start))
            i = end
        }
        return result
    }

    /// `unpack_scalar_cli_arg`: `int()` and `float()` for numbers, a path for streaming blobs, the CLI's truth rule
    /// for booleans; other values as they are.
    mutating func scalar(_ raw: RawValue, shape: Shape, member: Member, _ context: ValueContext) -> SyntaxNode? {
        let text: ValueText
        let isBytes: Bool
        switch raw {
        case .text(let value):
            text = value
            isBytes = false
        case .bytes(let value):
            text = value
            isBytes = true
        case .list:
            return nil
        }
        switch shape.type {
        case .integer, .long:
            switch isBytes ? PythonNumbers.int(bytes: text.bytes) : PythonNumbers.int(text.string) {
            case .success(let digits): return .scalar(.integer(digits), range: text.range)
            case .failure(let failure):
                report(.invalidValue, failure.message, range: text.range)
                return nil
            }
        case .float, .double:
            switch isBytes ? PythonNumbers.float(bytes: text.bytes) : PythonNumbers.float(text.string) {
            case .success(let value): return .scalar(.float(value), range: text.range)
            case .failure(let failure):
                report(.invalidValue, failure.message, range: text.range)
                return nil
            }
        case .blob where shape.isStreaming || member.isStreaming:
            let path = text.string
            if text.isUnknown(ByteRange(start: 0, end: text.bytes.count)) {
                hasUnknownValues = true
                return .string(path, range: text.range)
            }
            guard let files else {
                unknownValue(
                    "\(context.cliName) names a file (\(path)) that params was not asked to check.", range: text.range)
                return nil
            }
            guard files.isFile(path) else {
                report(
                    .invalidValue,
                    "Error parsing parameter '\(context.cliName)': Blob values must be a path to a file.",
                    range: text.range)
                return nil
            }
            result.streamingFileMembers.insert(context.topLevelMember)
            return .string(path, range: text.range)
        case .boolean:
            if isBytes { return .scalar(.bool(!text.bytes.isEmpty), range: text.range) }
            let flag = text.string.lowercased() == "false" ? false : !text.bytes.isEmpty
            return .scalar(.bool(flag), range: text.range)
        default:
            if isBytes { return .scalar(.binary(text.bytes), range: text.range) }
            return .string(text.string, range: text.range)
        }
    }

    private func service(of context: ValueContext) -> Service? { result.service }
}

extension FindingCode {
    /// A value the CLI cannot convert: Python's `int()`/`float()` errors, an empty JSON value, a streaming blob path
    /// that is not a file, invalid base64 for a blob (v2), a bad `--count` or `--port`.
    package static let invalidValue = FindingCode(
        "invalid-value", severity: .error, cliVerdict: true,
        summary: "A command-line value the AWS CLI cannot convert (a number, a path, base64…).")
    /// `Unable to load paramfile file://…`: a `file://`/`fileb://` value whose file cannot be read.
    package static let paramFile = FindingCode(
        "param-file", severity: .error, cliVerdict: true,
        summary: "A file:// or fileb:// value whose file cannot be read.")
}
