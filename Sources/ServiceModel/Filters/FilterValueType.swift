/// What a filter key's values are, as far as the documentation says.
package enum FilterValueType: String, Sendable, Hashable, CaseIterable {
    /// Free text; the key's `values`, if any, are examples for completion, not a closed list.
    case string
    /// One of the key's `values` (a closed list).
    case enumeration = "enum"
    /// An ISO 8601 date or date and time, such as `2024-07-07T00:00:00Z`.
    case timestamp
    /// A decimal integer written as a string, such as `3`.
    case integer
    /// `true` or `false`.
    case boolean
    /// An identifier or ARN: free text, named apart only for hover and completion details.
    case id
}
