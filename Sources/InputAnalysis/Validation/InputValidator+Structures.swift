package import InputSyntax
package import ServiceModel

extension InputValidator {
    /// A structure: union, required members, unknown keys, then the known members (botocore's order).
    mutating func validateStructure(_ node: SyntaxNode, shape: Shape, isTopLevel: Bool, operation: Operation?) {
        let effective = Self.effectiveMembers(node.members ?? [])
        if shape.isUnion {
            let names = shape.members.map(\.name).joined(separator: ", ")
            if effective.isEmpty {
                report(.unionEmpty, "Set exactly one of: \(names).", range: node.range)
            } else if effective.count > 1 {
                report(
                    .unionMultiple,
                    "Only one member may be set here (\(effective.map(\.key).joined(separator: ", ")) are); "
                        + "choose one of: \(names).",
                    range: effective[1].keyRange)
            }
        }
        for name in shape.required where !effective.contains(where: { $0.key == name }) {
            if isTopLevel, let member = shape.member(named: name), filledInByTheCLI(member, operation: operation) {
                continue
            }
            report(
                .missingRequired,
                "The required member \"\(name)\" is missing\(currentPath.isRoot ? "" : " in \(currentPath)").",
                range: node.range, member: name)
        }
        for entry in effective where shape.member(named: entry.key) == nil {
            if isTopLevel, entry.key == "PaginationConfig", let operation,
                acceptsPaginationConfig(operation, Set(effective.map(\.key)))
            {
                continue
            }
            let valid = shape.members.map(\.name)
            let suggestions = NameSuggestions.closest(to: entry.key, in: valid)
            let hint = suggestions.first.map { " Did you mean \"\($0)\"?" } ?? ""
            report(
                .unknownMember,
                "Unknown member \"\(entry.key)\"\(currentPath.isRoot ? "" : " in \(currentPath)").\(hint) Valid "
                    + "members: \(Self.list(valid)).",
                range: entry.keyRange, member: entry.key, suggestions: suggestions)
        }
        for entry in effective {
            guard let member = shape.member(named: entry.key) else { continue }
            if isTopLevel, replacedByTheCLI(entry, member: member) { continue }
            pushPath(.member(entry.key))
            checkDeprecated(entry, member: member)
            validate(entry.value, member: member)
            popPath()
        }
    }

    /// Members botocore fills in before validating, so that leaving them out is not an error: idempotency tokens
    /// (`generate_idempotent_uuid`) and Glacier's `accountId` (`inject_account_id`, which defaults it to `-`).
    private func filledInByTheCLI(_ member: Member, operation: Operation?) -> Bool {
        if member.isIdempotencyToken { return true }
        if service.name == "glacier" && member.name == "accountId" { return true }
        return false
    }

    /// Values botocore replaces before validating: Glacier's `accountId` when it is null.
    private func replacedByTheCLI(_ entry: SyntaxMember, member: Member) -> Bool {
        guard service.name == "glacier", member.name == "accountId", case .scalar(let scalar) = entry.value.value,
            case .null = scalar.kind
        else { return false }
        return true
    }

    /// `PaginationConfig` is taken by the CLI's paginator (not sent) when the operation pages: always in v1; in v2
    /// only while no page-token or page-size member is given, since those switch auto-pagination off.
    private func acceptsPaginationConfig(_ operation: Operation, _ present: Set<String>) -> Bool {
        guard let paginator = service.paginators[operation.name] else { return false }
        if options.cliVersion == .v1 { return true }
        let pagingMembers = paginator.inputTokens + (paginator.limitKey.map { [$0] } ?? [])
        return !pagingMembers.contains(where: present.contains)
    }

    /// A map key: botocore validates it against the key shape (its `min` length).
    mutating func validateMapKey(_ entry: SyntaxMember, keyMember: Member) {
        let keyShape = service[keyMember.shape]
        let length = entry.key.unicodeScalars.count
        if let min = keyShape.min, Double(length) < min {
            report(
                .minLength,
                "The key \"\(entry.key)\" is \(length) characters long; keys here need at least \(Self.number(min)).",
                range: entry.keyRange)
        }
        checkEnumAndMax(text: entry.key, range: entry.keyRange, member: keyMember, shape: keyShape)
    }

    /// Up to 12 names joined with commas, then how many more.
    static func list(_ names: [String], limit: Int = 12) -> String {
        if names.count <= limit { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
    }

    /// `5` rather than `5.0` for integral constraint values.
    static func number(_ value: Double) -> String {
        if let exact = Int64(exactly: value) { return String(exact) }
        return String(value)
    }
}

extension FindingCode {
    /// botocore: `Missing required parameter in <path>: "<member>"`.
    package static let missingRequired = FindingCode(
        "missing-required", severity: .error, cliVerdict: true,
        summary: "A required member is missing; the AWS CLI refuses the input.")
    /// botocore: `Unknown parameter in <path>: "<key>", must be one of: ...`.
    package static let unknownMember = FindingCode(
        "unknown-member", severity: .error, cliVerdict: true,
        summary: "A member the operation does not have; the AWS CLI refuses the input.")
    /// botocore: `Must set one of the following keys for tagged unionstructure <path>: ...`.
    package static let unionEmpty = FindingCode(
        "union-empty", severity: .error, cliVerdict: true,
        summary: "A tagged union with no member set; the AWS CLI refuses the input.")
    /// botocore: `Invalid number of parameters set for tagged union structure <path>. ...`.
    package static let unionMultiple = FindingCode(
        "union-multiple", severity: .error, cliVerdict: true,
        summary: "A tagged union with more than one member set; the AWS CLI refuses the input.")
}
