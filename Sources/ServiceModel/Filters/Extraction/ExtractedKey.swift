/// What the documentation says about one filter key, before it becomes a `FilterKey`.
struct ExtractedKey: Sendable, Hashable {
    var name: String
    var description: String?
    /// A closed list of values, when the documentation gives one.
    var values: [String] = []
    /// Example values ("Sample values", "for example").
    var samples: [String] = []
    var valueDescriptions: [String: String] = [:]
    /// `.boolean`, `.timestamp`, `.integer` or `.id` when the documentation makes it clear.
    var type: FilterValueType?
    var caseSensitive: Bool?

    init(name: String) {
        self.name = name
    }

    /// Fills what this key lacks from `other` (same name, read from another place).
    mutating func absorb(_ other: ExtractedKey) {
        if description == nil { description = other.description }
        if values.isEmpty {
            values = other.values
            for (value, text) in other.valueDescriptions where valueDescriptions[value] == nil {
                valueDescriptions[value] = text
            }
        }
        if samples.isEmpty { samples = other.samples }
        if type == nil { type = other.type }
        if caseSensitive == nil { caseSensitive = other.caseSensitive }
    }
}

/// A parametric key read from documentation (`tag:<key>`).
struct ExtractedPrefix: Sendable, Hashable {
    var prefix: String
    var placeholder: String
    var description: String?
}
