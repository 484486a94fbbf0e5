package import InputSyntax
package import ServiceModel

extension InputValidator {
    /// A scalar member: botocore's type check, then its `min` check, then the stricter rules.
    mutating func validateScalar(_ node: SyntaxNode, member: Member, shape: Shape) {
        guard case .scalar(let scalar) = node.value else {
            reportType(node, shape: shape)
            return
        }
        switch shape.type {
        case .string:
            guard case .string(let text) = scalar.kind else {
                reportType(node, shape: shape)
                checkYAMLScalar(node, scalar: scalar, shape: shape)
                return
            }
            checkLength(text, of: node, member: member, shape: shape)
            checkEnum(text: text, range: node.range, member: member, shape: shape)
            if shape.max != nil { checkMaxLength(text.unicodeScalars.count, range: node.range, shape: shape) }
            checkPattern(text, node: node, shape: shape)
            checkFileReference(text, node: node)
        case .integer, .long:
            switch scalar.kind {
            case .integer(let digits):
                checkValue(Double(digits) ?? 0, of: node, member: member, shape: shape)
                checkYAMLScalar(node, scalar: scalar, shape: shape)
            case .bool(let flag):
                reportBoolAsNumber(node, flag)
                checkValue(flag ? 1 : 0, of: node, member: member, shape: shape)
            default:
                reportType(node, shape: shape)
                checkYAMLScalar(node, scalar: scalar, shape: shape)
            }
        case .float, .double:
            switch scalar.kind {
            case .integer(let digits):
                checkValue(Double(digits) ?? 0, of: node, member: member, shape: shape)
            case .float(let value):
                checkValue(value, of: node, member: member, shape: shape)
            case .bool(let flag):
                reportBoolAsNumber(node, flag)
                checkValue(flag ? 1 : 0, of: node, member: member, shape: shape)
            default:
                reportType(node, shape: shape)
                checkYAMLScalar(node, scalar: scalar, shape: shape)
            }
        case .boolean:
            guard case .bool = scalar.kind else {
                reportType(node, shape: shape)
                checkYAMLScalar(node, scalar: scalar, shape: shape)
                return
            }
        case .timestamp:
            validateTimestamp(node, scalar: scalar, shape: shape)
        case .blob:
            switch scalar.kind {
            case .string(let text):
                checkFileReference(text, node: node)
            case .binary:
                break
            default:
                reportType(node, shape: shape)
                checkYAMLScalar(node, scalar: scalar, shape: shape)
            }
        case .structure, .list, .map:
            reportType(node, shape: shape)
        }
    }

    /// botocore's `range_check` on a string's length (in code points, Python's `len`): the shape's `min`, or an
    /// implicit minimum of 1 for members bound to the endpoint host.
    private mutating func checkLength(_ text: String, of node: SyntaxNode, member: Member, shape: Shape) {
        let minimum = shape.min ?? (member.isHostLabel ? 1 : nil)
        guard let minimum else { return }
        // Python's len counts code points, at most 4 UTF-8 bytes each: long strings need no count.
        if Double(text.utf8.count) >= minimum * 4 { return }
        let length = text.unicodeScalars.count
        guard Double(length) < minimum else { return }
        report(
            .minLength,
            "\(currentPath) is \(length) character\(length == 1 ? "" : "s") long; it needs at least "
                + "\(Self.number(minimum)).",
            range: node.range)
    }

    /// botocore's `range_check` on a list's length.
    mutating func checkMinimum(count: Int, of node: SyntaxNode, shape: Shape, unit: String) {
        guard let minimum = shape.min, Double(count) < minimum else { return }
        report(
            .minLength,
            "\(currentPath) has \(count) \(unit)\(count == 1 ? "" : "s"); it needs at least \(Self.number(minimum)).",
            range: node.range)
    }

    /// botocore's `range_check` on a number.
    private mutating func checkValue(_ value: Double, of node: SyntaxNode, member: Member, shape: Shape) {
        let minimum = shape.min ?? (member.isHostLabel ? 1 : nil)
        if let minimum, value < minimum {
            report(
                .minValue,
                "\(currentPath) is \(ValueDescription.quote(node, in: source)); the smallest allowed value is "
                    + "\(Self.number(minimum)).",
                range: node.range)
        }
        if let maximum = shape.max, value > maximum {
            report(
                .maxValue,
                "\(currentPath) is \(ValueDescription.quote(node, in: source)); the service allows at most "
                    + "\(Self.number(maximum)). The AWS CLI sends it; the service will probably refuse it.",
                range: node.range)
        }
    }

    /// A `jsonvalue` header string: botocore only requires that `json.dumps` can encode the value.
    mutating func validateJSONValue(_ node: SyntaxNode, member: Member) {
        if let offending = Self.firstNonJSONValue(node) {
            report(
                .invalidType,
                "\(currentPath) must hold JSON values only; \(ValueDescription.kind(of: offending)) cannot be "
                    + "written as JSON.",
                range: offending.range)
        }
    }

    /// A document member: any JSON value; YAML dates, times and binary data are not.
    mutating func validateDocument(_ node: SyntaxNode) {
        if let offending = Self.firstNonJSONValue(node) {
            report(
                .invalidType,
                "\(currentPath) is a document: it takes JSON values only, not \(ValueDescription.kind(of: offending)).",
                range: offending.range)
        }
    }

    /// The first value in `node` (depth first) that is not a JSON value.
    private static func firstNonJSONValue(_ node: SyntaxNode) -> SyntaxNode? {
        var stack = [node]
        while let current = stack.popLast() {
            switch current.value {
            case .object(let members): stack.append(contentsOf: members.reversed().map(\.value))
            case .array(let elements): stack.append(contentsOf: elements.reversed())
            case .missing: continue
            case .scalar(let scalar):
                switch scalar.kind {
                case .date, .timestamp, .binary: return current
                default: continue
                }
            }
        }
        return nil
    }
}

extension FindingCode {
    /// botocore: `Invalid type for parameter <path>, value: ..., type: ..., valid types: ...`.
    package static let invalidType = FindingCode(
        "invalid-type", severity: .error, cliVerdict: true,
        summary: "A value of the wrong type; the AWS CLI refuses the input.")
    /// botocore: `Invalid length for parameter <path>, value: <len>, valid min length: <min>`.
    package static let minLength = FindingCode(
        "min-length", severity: .error, cliVerdict: true,
        summary: "A string or list shorter than the model's minimum; the AWS CLI refuses the input.")
    /// botocore: `Invalid value for parameter <path>, value: <v>, valid min value: <min>`.
    package static let minValue = FindingCode(
        "min-value", severity: .error, cliVerdict: true,
        summary: "A number below the model's minimum; the AWS CLI refuses the input.")
}
