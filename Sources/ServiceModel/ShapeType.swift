/// The type of a botocore shape (`"type"` in `service-2.json`).
package enum ShapeType: String, Sendable, Hashable, CaseIterable {
    case structure
    case list
    case map
    case string
    case integer
    case long
    case float
    case double
    case boolean
    case timestamp
    case blob

    /// Whether the type holds one value rather than members or elements.
    package var isScalar: Bool {
        switch self {
        case .structure, .list, .map: false
        default: true
        }
    }

    /// Whether the type is one of the integer types.
    package var isInteger: Bool { self == .integer || self == .long }

    /// Whether the type is one of the floating-point types.
    package var isFloatingPoint: Bool { self == .float || self == .double }
}
