// libFuzzer target: the whole analysis of a JSON or YAML input document (association, parse, validation against
// an operation of the bundled models, completion at an offset, hover at another, quick fixes, refactorings
// (document conversion), outline and folding, the LSP conversion of findings) or of a shell script (its `aws`
// command lines interpreted as `params` does, their input-file references, completion at an offset).
// Checks: no trap; every range (tree, findings, completion edits, hover, fixes, symbols) inside the document on
// character boundaries; positions round-trip; applying a completion's or a fix's edit to valid UTF-8 gives valid
// UTF-8; the findings stay within their limit; a document converted to the other format parses without errors.
//
// The input: byte 0 picks the format (modulo 3: JSON, YAML, shell script) and the CLI version (bit 7), byte 1
// the operation, bytes 2-5 the completion and hover offsets; the rest is the document. The models come from the
// repository's schemas/ (or $CLI_INPUT_LS_SCHEMAS).
import InputAnalysis
import InputSyntax
import JSONSyntax
import LanguageServer
import ServiceModel
import ShorthandSyntax
import TextModel
import YAMLSyntax

/// The operations documents are checked against: filters (SSM's hand-written knowledge, EC2's parametric keys),
/// nested structures, timestamps, maps, unions, integers, booleans.
private let operationNames: [(String, String)] = [
    ("ssm", "describe-maintenance-window-execution-task-invocations"), ("ssm", "list-command-invocations"),
    ("ec2", "describe-instances"), ("ec2", "run-instances"), ("s3api", "put-bucket-lifecycle-configuration"),
    ("dynamodb", "put-item"), ("logs", "filter-log-events"), ("bedrock-agentcore-control", "create-gateway-target"),
]

private let catalog = ModelCatalog(searchPath: .standard(includeInstalledCLI: false))

private let targets: [DocumentAnalysis.Target] = {
    var targets = [DocumentAnalysis.Target]()
    for (service, operation) in operationNames {
        guard let (s, o) = try? catalog.operation(service: service, operation: operation) else {
            Properties.require(
                false, "cannot load \(service) \(operation): run from the repository, or set CLI_INPUT_LS_SCHEMAS")
            continue
        }
        targets.append(DocumentAnalysis.Target(service: s, operation: o, filters: catalog.filters(for: s)))
    }
    return targets
}()

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzAnalysis(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var input = FuzzData(data, size)
    let mode = input.byte()
    var options = ValidationOptions(today: .init(year: 2025, month: 6, day: 1))
    options.cliVersion = mode & 0x80 == 0 ? .v2 : .v1
    var target = targets[Int(input.byte()) % targets.count]
    let completionAt = input.uint16()
    let hoverAt = input.uint16()
    let source = SourceText(bytes: input.rest())
    let validUTF8 = Properties.isValidUTF8(source.bytes)
    guard (mode & 0x7F) % 3 != 2 else {
        checkScript(source, completionAt: boundaryOffset(completionAt, in: source), options: options)
        return 0
    }
    let format: DocumentFormat = (mode & 0x7F) % 3 == 0 ? .json : .yaml

    // Association: a modeline naming one of the loaded operations wins over the byte's choice.
    let comments = format == .yaml
        ? YAMLLeadingComments.scan(source).map { AssociationResolver.Comment(text: $0.text, range: $0.range) } : []
    for comment in comments { Properties.checkRange(comment.range, in: source, "leading comment") }
    if let association = AssociationResolver.resolve(
        relativePath: "input.\(format.rawValue)", leadingComments: comments, isKnownService: { _ in true }),
        let index = operationNames.firstIndex(where: { $0 == (association.service, association.operation) })
    {
        target = targets[index]
    }

    let analysis = DocumentAnalysis.analyze(source, format: format, target: target, options: options)
    Properties.checkParse(analysis.parse, in: source, format.rawValue)
    for finding in analysis.findings {
        Properties.checkRange(finding.range, in: source, "finding \(finding.code) '\(finding.message)'")
    }
    Properties.require(
        analysis.findings.count <= options.maxFindings + JSONParser.maxDiagnostics + 2 * options.maxFindings,
        "\(analysis.findings.count) findings")
    let conversion = LSPConversion(encoding: .utf16)
    for finding in analysis.findings.prefix(20) {
        Properties.checkPositions(finding.range, in: source)
        _ = conversion.diagnostic(finding, in: source)
    }

    // Completion and hover at offsets an editor could send: through an LSP position, so on a character boundary.
    let completionOffset = boundaryOffset(completionAt, in: source)
    for item in CompletionEngine.complete(
        source, format: format, offset: completionOffset, target: target, parse: analysis.parse)
    {
        Properties.checkRange(item.edit.range, in: source, "completion '\(item.label)'")
        if validUTF8 {
            let edited = source.replacing(item.edit.range, with: item.snippet ?? item.edit.newText)
            Properties.require(Properties.isValidUTF8(edited.bytes), "completion '\(item.label)' breaks UTF-8")
        }
    }
    let hoverOffset = boundaryOffset(hoverAt, in: source)
    if let hover = HoverEngine.hover(
        source, format: format, offset: hoverOffset, target: target, parse: analysis.parse)
    {
        Properties.checkRange(hover.range, in: source, "hover")
        Properties.require(!hover.markdown.isEmpty, "empty hover")
    }

    // Code actions around the hover offset, as an editor asks for the cursor's line.
    let line = source.lineRange(source.line(containing: hoverOffset))
    var actions = QuickFixes.actions(
        for: analysis.findings, touching: line, source: source, format: format, parse: analysis.parse, target: target)
    actions += Refactorings.actions(
        source: source, format: format, parse: analysis.parse, target: target, fileName: "input.\(format.rawValue)")
    for action in actions {
        for edit in action.edits { Properties.checkRange(edit.range, in: source, "code action '\(action.title)'") }
        if validUTF8 {
            let edited = source.applying(action.edits)
            Properties.require(Properties.isValidUTF8(edited.bytes), "code action '\(action.title)' breaks UTF-8")
        }
        if let change = action.fileChange, action.title.hasPrefix("Convert to") {
            let converted = SourceText(change.text)
            let reparsed = format == .json ? YAMLParser.parse(converted) : JSONParser.parse(converted)
            Properties.require(
                !reparsed.hasErrors,
                "'\(action.title)' gives a document that does not parse: \(reparsed.diagnostics.first?.message ?? "")")
        }
    }

    let symbols = DocumentOutline.symbols(analysis.parse.root)
    var stack = symbols
    while let symbol = stack.popLast() {
        Properties.checkRange(symbol.range, in: source, "symbol '\(symbol.name)'")
        Properties.checkRange(symbol.selectionRange, in: source, "symbol selection '\(symbol.name)'")
        stack += symbol.children
    }
    for fold in DocumentOutline.foldingRanges(analysis.parse.root, source: source) {
        Properties.require(
            0 <= fold.startLine && fold.startLine < fold.endLine && fold.endLine < source.lineCount,
            "folding range \(fold)")
    }
    return 0
}

/// `raw` (any 16-bit number) as an offset an editor could send: scaled into the document, then moved to a
/// character boundary by converting it to an LSP position and back.
private func boundaryOffset(_ raw: Int, in source: SourceText) -> Int {
    let offset = source.count == 0 ? 0 : raw % (source.count + 1)
    return source.offset(of: source.position(of: offset, in: .utf16), in: .utf16)
}

/// The shell-script analysis: findings and input-file references inside the script, completion edits valid.
private func checkScript(_ source: SourceText, completionAt offset: Int, options: ValidationOptions) {
    // Only the target operations' services load, so that random service names cannot fill memory with models.
    let services: CommandLineInterpreter.ServiceLookup = { name in
        guard operationNames.contains(where: { $0.0 == name }) else {
            return .failure(.unknownService(name, suggestions: []))
        }
        do throws(ModelError) {
            return .success(try catalog.service(name))
        } catch {
            return .failure(error)
        }
    }
    let filters: CommandLineInterpreter.FilterLookup = { catalog.filters(for: $0) }
    let analysis = ScriptAnalysis.analyze(
        source, services: services, filters: filters, files: MemoryFiles(), options: options)
    for finding in analysis.findings {
        Properties.checkRange(finding.range, in: source, "script finding \(finding.code) '\(finding.message)'")
    }
    for finding in analysis.findings.prefix(20) { Properties.checkPositions(finding.range, in: source) }
    for reference in ScriptAnalysis.inputFileReferences(in: source, version: options.cliVersion) {
        Properties.checkRange(reference.range, in: source, "input file reference")
    }
    let models = ScriptCompletion.Models(
        services: services, filters: filters, serviceNames: { operationNames.map(\.0) },
        commandNames: { CLICommandTable.commandNames(of: $0) })
    let validUTF8 = Properties.isValidUTF8(source.bytes)
    for item in ScriptCompletion.complete(source, offset: offset, models: models, options: options) {
        Properties.checkRange(item.edit.range, in: source, "script completion '\(item.label)'")
        if validUTF8 {
            let edited = source.replacing(item.edit.range, with: item.snippet ?? item.edit.newText)
            Properties.require(Properties.isValidUTF8(edited.bytes), "script completion '\(item.label)' breaks UTF-8")
        }
    }
}

/// Param files (`file://`, `fileb://`) for command lines, from memory: names starting with `missing` do not exist.
private struct MemoryFiles: CommandFileSystem {
    func load(path: String, binary: Bool) throws(ParamFileError) -> [UInt8] {
        if path.hasPrefix("missing") { throw .system(code: 2, description: "No such file or directory", path: path) }
        return Array(#"{"Key": "STATUS", "Values": ["SUCCESS"]}"#.utf8)
    }

    func isFile(_ path: String) -> Bool { !path.hasPrefix("missing") }
}
