/// One documented filter key of a filter parameter, with what its values may be.
package struct FilterKey: Sendable, Hashable {
    /// The key as the service expects it (`instance-state-name`, `Status`).
    package var name: String
    package var type: FilterValueType
    /// For `.enumeration`, the complete list of allowed values; for other types, example values (completion only).
    package var values: [String]
    /// Short descriptions of some values, for hover and completion details.
    package var valueDescriptions: [String: String]
    /// Whether the service compares values case-sensitively, when the documentation says; nil when it is silent
    /// (findings then treat values as case-sensitive).
    package var caseSensitive: Bool?
    /// A short plain-text description for hover.
    package var description: String?

    package init(
        name: String, type: FilterValueType = .string, values: [String] = [], valueDescriptions: [String: String] = [:],
        caseSensitive: Bool? = nil, description: String? = nil
    ) {
        self.name = name
        self.type = type
        self.values = values
        self.valueDescriptions = valueDescriptions
        self.caseSensitive = caseSensitive
        self.description = description
    }

    /// Whether `values` is the complete list of allowed values.
    package var hasClosedValues: Bool { type == .enumeration && !values.isEmpty }
}
