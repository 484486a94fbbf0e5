internal import JSONSyntax

/// The documentation of a model element (HTML, as botocore ships it), kept as the model file writes it and
/// decoded each time it is read.
///
/// Most of a model's bytes are documentation that only hover and `yaml-input` comments ever show, so a load keeps
/// the model's bytes (`DocumentationStore`) and a span per string instead of building a `String` for each.
/// Equality and hashing go by the decoded text.
struct DocumentationText: Sendable, Hashable {
    private enum Storage: Sendable {
        case text(String)
        /// JSON string content (escapes not decoded) at `start..<start + count` in the store's bytes.
        case stored(DocumentationStore, start: UInt32, count: UInt32)
    }

    private let storage: Storage

    init(_ text: String) {
        storage = .text(text)
    }

    init(_ store: DocumentationStore, _ span: DocumentationStore.Span) {
        storage = .stored(store, start: span.start, count: span.count)
    }

    /// The decoded text.
    var string: String {
        switch storage {
        case .text(let text):
            return text
        case .stored(let store, let start, let count):
            return JSONPullReader.decodeStringContent(store.bytes, start: Int(start), end: Int(start) + Int(count))
        }
    }

    static func == (a: DocumentationText, b: DocumentationText) -> Bool {
        a.string == b.string
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(string)
    }
}
