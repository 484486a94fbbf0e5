import Foundation
import InputSyntax
import ServiceModel
import Testing

/// Builds input documents (JSON text and tree) holding filters of one filter parameter, for tests.
enum FilterDocument {
    /// A JSON input document with one filter: `key` and `values` at the parameter's paths.
    static func json(_ parameter: FilterParameter, key: String, values: [String]) -> String {
        func quote(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        let valuesText =
            parameter.valuesAreList ? "[" + values.map(quote).joined(separator: ", ") + "]" : quote(values.first ?? "")
        var text: String
        switch parameter.keyStep {
        case .member(let keyName):
            guard case .member(let valuesName) = parameter.valueSteps.first else { return "{}" }
            text = "{\(quote(keyName)): \(quote(key)), \(quote(valuesName)): \(valuesText)}"
        default:
            text = "{\(quote(key)): \(valuesText)}"
        }
        for step in parameter.entrySteps.reversed() {
            switch step {
            case .member(let name): text = "{\(quote(name)): \(text)}"
            case .element: text = "[\(text)]"
            case .mapValue: text = "{\"k\": \(text)}"
            case .mapKey: break
            }
        }
        return text
    }

    /// The tree of `json(parameter, key:values:)`.
    static func tree(_ parameter: FilterParameter, key: String, values: [String]) -> SyntaxNode? {
        TestSyntaxTree.parse(json(parameter, key: key, values: values))
    }

    /// A value of the key's type that the rule must accept.
    static func validValues(for key: FilterKey) -> [String] {
        switch key.type {
        case .enumeration: key.values
        case .timestamp: ["2024-07-07T00:00:00Z", "2024-07-07"]
        case .integer: ["3"]
        case .boolean: ["true", "false"]
        case .string, .id: key.values.isEmpty ? ["any value é 🎉"] : key.values
        }
    }
}

/// One filter parameter of one operation, as a test argument.
struct FilterParameterCase: Sendable, CustomTestStringConvertible {
    var operation: String
    var parameter: FilterParameter

    var testDescription: String { "\(operation) \(parameter.keyPath)" }

    /// Every parameter of `filters`, sorted by operation.
    static func all(_ filters: ServiceFilters) -> [FilterParameterCase] {
        filters.operations.keys.sorted().flatMap { operation in
            filters.parameters(of: operation).map { FilterParameterCase(operation: operation, parameter: $0) }
        }
    }
}
