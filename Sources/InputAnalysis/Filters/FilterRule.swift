package import InputSyntax
package import ServiceModel

extension FindingCode {
    /// A filter key the operation does not document, or documents for other operations only.
    package static let filterKey = FindingCode(
        "filter-key", severity: .warning, cliVerdict: false,
        summary: "A filter key the operation's documentation does not list (or lists for another operation only).")
    /// A filter value outside the key's documented list, or not the timestamp, integer or boolean the key takes.
    package static let filterValue = FindingCode(
        "filter-value", severity: .warning, cliVerdict: false,
        summary: "A filter value outside the key's documented values, or not the timestamp, integer or boolean it takes.")
}

/// Checks the keys and values of an operation's filter parameters against the filter knowledge.
///
/// The AWS CLI passes every one of these (the model types keys and values as free strings); the service then
/// rejects the request or, worse, returns nothing. So findings are warnings, and only what the knowledge is sure
/// of is flagged: an unknown key only for an exhaustive key list, a value only for a closed list or a typed key.
package enum FilterRule {
    /// The findings for `root`, the whole input document of the operation with API name `operation`.
    package static func findings(in root: SyntaxNode, operation: String, filters: ServiceFilters) -> [Finding] {
        let entries = FilterEntries.find(in: root, parameters: filters.parameters(of: operation))
        return entries.flatMap { check($0, operation: operation, filters: filters) }
    }

    /// The findings for `value`, the value of input member `member` on its own (a shorthand argument).
    package static func findings(
        inParameter member: String, value: SyntaxNode, operation: String, filters: ServiceFilters
    ) -> [Finding] {
        let entries = FilterEntries.find(inParameter: member, value: value, parameters: filters.parameters(of: operation))
        return entries.flatMap { check($0, operation: operation, filters: filters) }
    }

    private static func check(_ entry: FilterEntry, operation: String, filters: ServiceFilters) -> [Finding] {
        guard let key = entry.key, let keyRange = entry.keyRange else { return [] }
        let parameter = entry.parameter
        if let documented = parameter.key(named: key) {
            return entry.values.compactMap { check($0, of: documented, parameter: parameter) }
        }
        if let prefix = parameter.prefix(matching: key) {
            let parametric = FilterKey(name: key, type: prefix.type)
            return entry.values.compactMap { check($0, of: parametric, parameter: parameter) }
        }
        let lowered = key.lowercased()
        if let sameLetters = parameter.keys.first(where: { $0.name.lowercased() == lowered }) {
            if parameter.keysCaseSensitive == false {
                return entry.values.compactMap { check($0, of: sameLetters, parameter: parameter) }
            }
            return [
                Finding(
                    code: .filterKey,
                    message: "'\(key)' is not a filter key of \(operation): filter keys are case-sensitive; "
                        + "the documented key is '\(sameLetters.name)'",
                    range: keyRange, path: entry.keyPath, suggestions: [sameLetters.name])
            ]
        }
        let names = parameter.keys.map(\.name)
        let others = filters.operations(documenting: key, at: parameter.keyPath, except: operation)
        if !others.isEmpty, parameter.isExhaustive {
            return [
                Finding(
                    code: .filterKey,
                    message: "'\(key)' is a filter key of \(list(others, limit: 3)), not of \(operation)",
                    range: keyRange, path: entry.keyPath, suggestions: NameSuggestions.closest(to: key, in: names))
            ]
        }
        guard parameter.isExhaustive else { return [] }
        let documented = names + parameter.prefixes.map(\.pattern)
        let message =
            documented.isEmpty
            ? "'\(key)' is not a filter key of \(operation): its documentation lists no keys"
            : "'\(key)' is not a documented filter key of \(operation); documented keys: \(list(documented, limit: 8))"
        return [
            Finding(
                code: .filterKey, message: message, range: keyRange, path: entry.keyPath,
                suggestions: NameSuggestions.closest(to: key, in: names))
        ]
    }

    /// The finding for one value of `key`, if it is wrong.
    private static func check(_ value: FilterEntry.Value, of key: FilterKey, parameter: FilterParameter) -> Finding? {
        guard let text = value.node.stringValue, !text.isEmpty else { return nil }
        let wildcard = parameter.allowsWildcards && FilterValueSyntax.hasWildcard(text)
        func finding(_ message: String, _ suggestions: [String] = []) -> Finding {
            Finding(code: .filterValue, message: message, range: value.node.range, path: value.path, suggestions: suggestions)
        }
        switch key.type {
        case .enumeration where !key.values.isEmpty:
            if key.values.contains(text) { return nil }
            if wildcard {
                if key.values.contains(where: { FilterValueSyntax.glob(text, matches: $0) }) { return nil }
                return finding("'\(text)' matches no value of filter key \(key.name); allowed: \(list(key.values, limit: 12))")
            }
            let lowered = text.lowercased()
            if let sameLetters = key.values.first(where: { $0.lowercased() == lowered }) {
                if key.caseSensitive == false { return nil }
                return finding(
                    "'\(text)' is not a value of filter key \(key.name): values are case-sensitive; "
                        + "the documented value is '\(sameLetters)'", [sameLetters])
            }
            return finding(
                "'\(text)' is not a value of filter key \(key.name); allowed: \(list(key.values, limit: 12))",
                NameSuggestions.closest(to: text, in: key.values))
        case .timestamp:
            if wildcard || FilterValueSyntax.isTimestamp(text) { return nil }
            return finding(
                "'\(text)' is not an ISO 8601 timestamp; filter key \(key.name) takes a date and time such as "
                    + "2024-07-07T00:00:00Z")
        case .integer:
            if wildcard || FilterValueSyntax.isInteger(text) { return nil }
            return finding("'\(text)' is not an integer; filter key \(key.name) takes a whole number such as 3")
        case .boolean:
            if text == "true" || text == "false" { return nil }
            let lowered = text.lowercased()
            if lowered == "true" || lowered == "false" {
                if key.caseSensitive == true { return finding("'\(text)' is not true or false", [lowered]) }
                return nil
            }
            if wildcard { return nil }
            return finding(
                "'\(text)' is not a boolean; filter key \(key.name) takes true or false",
                NameSuggestions.closest(to: text, in: ["true", "false"]))
        default:
            return nil
        }
    }

    /// `a, b, c` or `a, b, … (12 in all)`.
    static func list(_ names: [String], limit: Int) -> String {
        if names.count <= limit { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + ", … (\(names.count) in all)"
    }
}
