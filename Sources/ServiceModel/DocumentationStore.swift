/// The bytes that documentation strings point into: for a decoded model, the decompressed model file itself
/// (JSON string content, escapes not decoded), kept alive and never changed after the load, shared by every
/// `DocumentationText` of the service; for documentation given as a `String`, its UTF-8.
final class DocumentationStore: Sendable {
    let bytes: [UInt8]
    /// Whether `bytes` hold JSON string content, whose escapes reading decodes.
    let holdsJSON: Bool

    /// A store of JSON text.
    init(json bytes: [UInt8]) {
        self.bytes = bytes
        self.holdsJSON = true
    }

    /// A store of one plain text.
    init(text: String) {
        self.bytes = Array(text.utf8)
        self.holdsJSON = false
    }
}
