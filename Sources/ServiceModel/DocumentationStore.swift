/// The bytes of a model file that documentation strings point into: the decompressed model itself, kept alive
/// and never changed after the load, shared by every `DocumentationText` of the service.
final class DocumentationStore: Sendable {
    /// Where one documentation string's content (between its quotes, escapes not decoded) lies in `bytes`:
    /// UTF-8 byte offset (0-based) and length.
    struct Span: Sendable, Hashable {
        var start: UInt32
        var count: UInt32
    }

    let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }
}
