/// The index of a shape inside its `Service`'s shape table.
package struct ShapeID: Hashable, Sendable, Comparable, CustomStringConvertible {
    package let rawValue: Int32

    package init(_ rawValue: Int) {
        self.rawValue = Int32(rawValue)
    }

    package var index: Int { Int(rawValue) }

    package static func < (lhs: ShapeID, rhs: ShapeID) -> Bool { lhs.rawValue < rhs.rawValue }

    package var description: String { "#\(rawValue)" }
}
