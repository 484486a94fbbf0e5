/// Converts character indexes, as libyaml's marks count them (Unicode scalars from the start of the input), to
/// UTF-8 byte offsets.
///
/// Marks arrive in nearly increasing order, so the converter keeps a cursor and walks from it, forwards or
/// backwards: converting every mark of a document costs time linear in its size.
package struct ScalarIndexConverter: Sendable {
    private let bytes: [UInt8]
    private let base: Int
    private var scalarIndex = 0
    private var byteOffset: Int

    /// - Parameters:
    ///   - bytes: the text the indexes count into.
    ///   - base: the byte offset of character index 0 (for example 3 after a skipped byte-order mark).
    package init(bytes: [UInt8], base: Int = 0) {
        self.bytes = bytes
        self.base = base
        self.byteOffset = base
    }

    /// The UTF-8 byte offset of the character with index `index` (clamped to the text).
    package mutating func byteOffset(forScalarIndex index: Int) -> Int {
        let target = max(0, index)
        if target < scalarIndex - target {
            scalarIndex = 0
            byteOffset = base
        }
        while scalarIndex < target, byteOffset < bytes.count {
            byteOffset += max(1, UTF8Scanning.sequenceLength(bytes, at: byteOffset))
            scalarIndex += 1
        }
        while scalarIndex > target, byteOffset > base {
            byteOffset -= 1
            while byteOffset > base, !UTF8Scanning.isBoundary(bytes, byteOffset) { byteOffset -= 1 }
            scalarIndex -= 1
        }
        return byteOffset
    }
}
