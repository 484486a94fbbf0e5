package import InputSyntax
package import ServiceModel
package import TextModel

/// Refactorings offered on a whole document: insert the skeleton into an empty associated document; convert a
/// JSON input file to YAML and back. Pure.
package enum Refactorings {
    /// - Parameters:
    ///   - fileName: the document's file name (`x.json`), to name the converted file.
    package static func actions(
        source: SourceText, format: DocumentFormat, parse: ParseResult, target: DocumentAnalysis.Target?,
        fileName: String
    ) -> [CodeActionCandidate] {
        var actions = [CodeActionCandidate]()
        if let target, let skeleton = skeletonInsertion(source: source, format: format, parse: parse, target: target) {
            actions.append(skeleton)
        }
        if let root = parse.root, !parse.hasErrors, format != .shorthand {
            let (newName, text) = format == .json
                ? (replacingExtension(fileName, with: "yaml"), DocumentConversion.yaml(root))
                : (replacingExtension(fileName, with: "json"), DocumentConversion.json(root))
            actions.append(CodeActionCandidate(
                title: "Convert to \(format == .json ? "YAML" : "JSON") (\(newName))", kind: .refactorRewrite,
                fileChange: .init(path: newName, relativeToWorkspace: false, text: text, exists: false)))
        }
        return actions
    }

    /// The skeleton of the operation, replacing the document when it holds nothing but whitespace (and, in YAML,
    /// comments, which stay).
    static func skeletonInsertion(
        source: SourceText, format: DocumentFormat, parse: ParseResult, target: DocumentAnalysis.Target
    ) -> CodeActionCandidate? {
        guard parse.root == nil || (parse.root?.members?.isEmpty == true && format == .json) else { return nil }
        let skeleton: String
        do {
            skeleton = try SkeletonGenerator.generate(
                format == .yaml ? .yamlInput : .input, service: target.service, operation: target.operation)
        } catch {
            return nil
        }
        let range: ByteRange
        if format == .yaml {
            // Keep leading comments: insert after the last non-blank line.
            var end = source.count
            while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(source.bytes[end - 1]) { end -= 1 }
            let prefix = end > 0 ? "\n" : ""
            return CodeActionCandidate(
                title: "Insert the skeleton of \(target.service.cliName) \(target.operation.cliName)",
                kind: .refactor, edits: [TextEdit(range: ByteRange(start: end, end: source.count), newText: prefix + skeleton)])
        } else {
            range = ByteRange(start: 0, end: source.count)
        }
        return CodeActionCandidate(
            title: "Insert the skeleton of \(target.service.cliName) \(target.operation.cliName)", kind: .refactor,
            edits: [TextEdit(range: range, newText: skeleton)])
    }

    static func replacingExtension(_ name: String, with ext: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name + "." + ext }
        return String(name[..<dot]) + "." + ext
    }
}
