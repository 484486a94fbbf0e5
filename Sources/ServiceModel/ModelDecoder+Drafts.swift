/// What `ModelDecoder` keeps of each shape, reference and operation until the whole model is read: the model's
/// values, with shapes named by provisional number.
extension ModelDecoder {
    /// A structure member, list member or map key or value.
    struct MemberDraft {
        var name: String
        /// The provisional number of the referenced shape.
        var target: Int32 = 0
        var documentation: DocumentationStore.Span?
        var isDeprecated = false
        var deprecatedMessage: String?
        var isHostLabel = false
        var isJSONValue = false
        var location: String?
        var locationName: String?
        var isIdempotencyToken = false
        var isStreaming = false
        var enumOverride: [String]?

        init(name: String) {
            self.name = name
        }
    }

    /// A shape; `type` is nil when the model's is missing or unknown.
    struct ShapeDraft {
        var name: String
        var type: ShapeType?
        var members: [MemberDraft] = []
        var required: [String] = []
        var enumValues: [String] = []
        var min: Double?
        var max: Double?
        var pattern: String?
        var documentation: DocumentationStore.Span?
        var isDeprecated = false
        var deprecatedMessage: String?
        var isUnion = false
        var isDocument = false
        var isEventStream = false
        var isStreaming = false
        var isSensitive = false
        var isException = false
        /// `member`, `key` and `value`: nil when missing or not a reference (an error for lists and maps only).
        var listMember: MemberDraft?
        var mapKey: MemberDraft?
        var mapValue: MemberDraft?
        var timestampFormat: String?
        var payload: String?

        init(name: String) {
            self.name = name
        }
    }

    /// An operation.
    struct OperationDraft {
        var name: String
        var input: Int32?
        var output: Int32?
        var documentation: DocumentationStore.Span?
        var isDeprecated = false
        var deprecatedMessage: String?
        var httpMethod: String?
        var requestURI: String?

        init(name: String) {
            self.name = name
        }
    }
}
