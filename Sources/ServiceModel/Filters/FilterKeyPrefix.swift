/// A parametric filter key: a fixed prefix followed by a name the user chooses (`tag:<key>`).
package struct FilterKeyPrefix: Sendable, Hashable {
    /// The fixed part, such as `tag:`.
    package var prefix: String
    /// What the rest of the key names, for completion and hover (`key` in `tag:<key>`).
    package var placeholder: String
    package var type: FilterValueType
    package var description: String?

    package init(prefix: String, placeholder: String = "key", type: FilterValueType = .string, description: String? = nil) {
        self.prefix = prefix
        self.placeholder = placeholder
        self.type = type
        self.description = description
    }

    /// Whether `key` is this prefix followed by at least one character.
    package func matches(_ key: String) -> Bool {
        key.count > prefix.count && key.hasPrefix(prefix)
    }

    /// The key as documentation writes it: `tag:<key>`.
    package var pattern: String { "\(prefix)<\(placeholder)>" }
}
