internal import JSONSyntax

/// The documentation of a model element (HTML, as botocore ships it), kept as the model file writes it and
/// decoded each time it is read.
///
/// Most of a model's bytes are documentation that only hover and `yaml-input` comments ever show, so a load keeps
/// the model's bytes (`DocumentationStore`) and a range per string instead of building a `String` for each.
/// Copying one costs a retain. Equality and hashing go by the decoded text.
struct DocumentationText: Sendable, Hashable {
    private let store: DocumentationStore
    /// The text's bytes in the store: UTF-8 byte offset (0-based) and length.
    private let start: UInt32
    private let count: UInt32

    init(_ text: String) {
        store = DocumentationStore(text: text)
        start = 0
        count = UInt32(clamping: store.bytes.count)
    }

    /// The JSON string content at `start..<start + count` in `store`.
    init(_ store: DocumentationStore, start: UInt32, count: UInt32) {
        self.store = store
        self.start = start
        self.count = count
    }

    /// The decoded text.
    var string: String {
        let start = Int(start)
        let end = min(start + Int(count), store.bytes.count)
        guard store.holdsJSON else {
            return store.bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[min(start, end)..<end]), as: UTF8.self)
            }
        }
        return JSONPullReader.decodeStringContent(store.bytes, start: start, end: end)
    }

    static func == (a: DocumentationText, b: DocumentationText) -> Bool {
        a.string == b.string
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(string)
    }
}
