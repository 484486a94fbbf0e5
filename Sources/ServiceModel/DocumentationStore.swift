/// The documentation strings of one service model, as written in the model file (JSON string content, escapes
/// not decoded), one after another. Immutable once built, shared by every `DocumentationText` that points into it.
final class DocumentationStore: Sendable {
    /// Where one documentation string lies in `bytes`: UTF-8 byte offset (0-based) and length.
    struct Span: Sendable, Hashable {
        var start: UInt32
        var count: UInt32
    }

    let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }
}
