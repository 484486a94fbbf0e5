internal import JSONSyntax

/// The `merge` object of a `service-2.sdk-extras.json`, split by what it changes, so that `ModelDecoder` can apply
/// botocore's `deep_merge` while it streams the model instead of merging whole documents.
///
/// The shapes and operations it names are merged one by one as the decoder meets them (the model's value is read
/// whole, merged with `deepMerging`, then decoded); the ones the model lacks are added after the model's own, in
/// the overlay's order, as `deep_merge` appends new keys.
struct ModelOverlay {
    /// Shape overlays by shape name, and the names in the overlay's order.
    var shapes: [String: JSONValue] = [:]
    var shapeOrder: [String] = []
    /// Operation overlays by operation name, and the names in the overlay's order.
    var operations: [String: JSONValue] = [:]
    var operationOrder: [String] = []
    /// Whether the overlay has a `shapes` or `operations` object at all (an empty one still makes the key exist).
    var hasShapes = false
    var hasOperations = false
    var metadata: JSONValue?
    var documentation: JSONValue?

    /// The overlay of `merge`; nil when it replaces rather than merges what the decoder streams (`merge` or its
    /// `shapes` or `operations` is not an object), which only a whole-document merge handles.
    init?(merge: JSONValue) {
        guard case .object(let object) = merge else { return nil }
        for (key, value) in object {
            switch key {
            case "shapes":
                guard case .object(let shapes) = value else { return nil }
                hasShapes = true
                for (name, shape) in shapes {
                    self.shapes[name] = shape
                    shapeOrder.append(name)
                }
            case "operations":
                guard case .object(let operations) = value else { return nil }
                hasOperations = true
                for (name, operation) in operations {
                    self.operations[name] = operation
                    operationOrder.append(name)
                }
            case "metadata":
                metadata = value
            case "documentation":
                documentation = value
            default:
                // Other top-level keys change nothing the decoder reads.
                continue
            }
        }
    }
}
