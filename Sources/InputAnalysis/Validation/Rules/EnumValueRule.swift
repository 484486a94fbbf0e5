package import InputSyntax
package import ServiceModel
package import TextModel

extension InputValidator {
    /// A string outside the enum of its member (botocore does not check enums; the service refuses them).
    mutating func checkEnum(text: String, range: ByteRange, member: Member, shape: Shape) {
        let values = service.enumValues(of: member)
        guard !values.isEmpty, !values.contains(text) else { return }
        let suggestions = EnumSuggestions.closest(to: text, in: values)
        let hint = suggestions.first.map { " Did you mean \"\($0)\"?" } ?? ""
        report(
            .enumValue,
            "\"\(text)\" is not a valid value for \(currentPath).\(hint) Valid values: \(Self.list(values)).",
            range: range, suggestions: suggestions)
    }

    mutating func checkEnumAndMax(text: String, range: ByteRange, member: Member, shape: Shape) {
        checkEnum(text: text, range: range, member: member, shape: shape)
        checkMaxLength(text.unicodeScalars.count, range: range, shape: shape)
    }
}

/// Suggestions among a closed list of values: the case-insensitive match first, then the closest spellings.
package enum EnumSuggestions {
    package static func closest(to text: String, in values: [String], limit: Int = 3) -> [String] {
        let lowered = text.lowercased()
        var result = values.filter { $0.lowercased() == lowered }
        for candidate in NameSuggestions.closest(to: text, in: values, limit: limit + 1) where !result.contains(candidate) {
            result.append(candidate)
        }
        return Array(result.prefix(limit))
    }
}

extension FindingCode {
    /// Not checked by botocore: a value outside the member's enum.
    package static let enumValue = FindingCode(
        "enum-value", severity: .warning, cliVerdict: false,
        summary: "A value that is not one of the member's enum values; the service will probably refuse it.")
}
