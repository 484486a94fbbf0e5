package import InputSyntax
package import ServiceModel
package import TextModel

/// Checks a document tree against an operation's input shape: the AWS CLI's own client-side verdicts (botocore's
/// `ParamValidator`, AWSCLI.md section 4) and the stricter rules, each with its own finding code.
///
/// Pure and synchronous. The walk follows botocore's order: per structure the union check, missing required
/// members in model order, unknown keys in input order, then known members in input order; duplicate keys count
/// once, with the last value (as Python's `json.loads` keeps it).
package struct InputValidator {
    let service: Service
    let source: SourceText
    let format: DocumentFormat
    let options: ValidationOptions
    private(set) var findings: [Finding] = []
    /// The path of the node being checked, kept as a stack so that paths are built only for findings.
    private var path: [InputPath.Component] = []
    private var truncated = false

    /// The findings for `root` as the input of `operation`.
    package static func validate(
        _ root: SyntaxNode?, operation: Operation, service: Service, format: DocumentFormat, source: SourceText,
        options: ValidationOptions = ValidationOptions()
    ) -> [Finding] {
        var validator = InputValidator(service: service, source: source, format: format, options: options)
        validator.validateInput(root, operation: operation)
        return validator.findings
    }

    init(service: Service, source: SourceText, format: DocumentFormat, options: ValidationOptions) {
        self.service = service
        self.source = source
        self.format = format
        self.options = options
    }

    private mutating func validateInput(_ root: SyntaxNode?, operation: Operation) {
        guard let root else {
            // An empty (or comment-only) YAML document: v2 reports `received <class 'NoneType'>`. An empty JSON
            // document is already a syntax error.
            if format == .yaml {
                report(
                    .invalidType, "The document is empty; the AWS CLI needs a mapping of the operation's input members.",
                    range: .empty(at: 0))
            }
            return
        }
        if root.isMissing { return }
        guard let inputID = operation.input else {
            // botocore skips validation for operations without input.
            return
        }
        guard root.members != nil else {
            report(
                .invalidType,
                "The top level must be an object of the operation's input members, not \(ValueDescription.kind(of: root)).",
                range: root.range)
            return
        }
        validateStructure(root, shape: service[inputID], isTopLevel: true, operation: operation)
    }

    // MARK: - Walking

    /// Checks `node` against the shape a member reference points to.
    mutating func validate(_ node: SyntaxNode, member: Member) {
        if node.isMissing || truncated { return }
        let shape = service[member.shape]
        if member.isJSONValue && member.location == "header" && shape.type == .string {
            validateJSONValue(node, member: member)
            return
        }
        if shape.isDocument {
            validateDocument(node)
            return
        }
        switch shape.type {
        case .structure:
            guard node.members != nil else { return reportType(node, shape: shape) }
            validateStructure(node, shape: shape, isTopLevel: false, operation: nil)
        case .list:
            guard let elements = node.elements else { return reportType(node, shape: shape) }
            checkMinimum(count: elements.count, of: node, shape: shape, unit: "item")
            checkListMaximum(elements.count, node: node, shape: shape)
            guard let element = shape.listMember else { return }
            for (i, child) in elements.enumerated() {
                path.append(.index(i))
                validate(child, member: element)
                path.removeLast()
            }
        case .map:
            guard let members = node.members else { return reportType(node, shape: shape) }
            let effective = Self.effectiveMembers(members)
            checkMapMaximum(effective.count, node: node, shape: shape)
            guard let keyMember = shape.mapKey, let valueMember = shape.mapValue else { return }
            for entry in effective {
                path.append(.mapKey(entry.key))
                validateMapKey(entry, keyMember: keyMember)
                path.removeLast()
                path.append(.mapValue(entry.key))
                validate(entry.value, member: valueMember)
                path.removeLast()
            }
        default:
            validateScalar(node, member: member, shape: shape)
        }
    }

    /// The members of an object as a Python dict holds them: each key once, at its first position, with its last
    /// value and the key range of that last occurrence.
    static func effectiveMembers(_ members: [SyntaxMember]) -> [SyntaxMember] {
        guard members.count > 1 else { return members }
        if members.count <= 16 {
            // Small objects (nearly all): look for a repeated key without hashing; usually there is none.
            var repeated = false
            outer: for i in 1..<members.count {
                for j in 0..<i where members[j].key == members[i].key {
                    repeated = true
                    break outer
                }
            }
            if !repeated { return members }
        }
        var index = [String: Int](minimumCapacity: members.count)
        var result = [SyntaxMember]()
        result.reserveCapacity(members.count)
        for member in members {
            if let i = index[member.key] {
                result[i] = member
            } else {
                index[member.key] = result.count
                result.append(member)
            }
        }
        return result
    }

    // MARK: - Reporting

    /// The current path as the AWS CLI prints it.
    var currentPath: InputPath { InputPath(path) }

    mutating func pushPath(_ component: InputPath.Component) { path.append(component) }
    mutating func popPath() { path.removeLast() }

    mutating func report(
        _ code: FindingCode, _ message: String, range: ByteRange, severity: Severity? = nil, member: String? = nil,
        suggestions: [String] = [], path explicitPath: InputPath? = nil
    ) {
        guard !truncated else { return }
        if findings.count >= options.maxFindings {
            truncated = true
            findings.append(Finding(
                code: .limit,
                message: "More than \(options.maxFindings) findings; the rest of the document was not checked.",
                range: range, path: currentPath))
            return
        }
        findings.append(Finding(
            code: code, severity: severity, message: message, range: range, path: explicitPath ?? currentPath,
            member: member, suggestions: suggestions))
    }

    mutating func reportType(_ node: SyntaxNode, shape: Shape, extra: String = "") {
        report(
            .invalidType,
            "\(currentPath.isRoot ? "The input" : currentPath.description) must be \(ValueDescription.expectation(of: shape)), "
                + "not \(ValueDescription.kind(of: node))\(extra).",
            range: node.range)
    }
}

extension FindingCode {
    /// More findings than the documented limit: the rest of the document was not checked.
    package static let limit = FindingCode(
        "limit", severity: .warning, cliVerdict: false,
        summary: "A documented limit was reached (findings per document, size, depth, YAML aliases).")
}
