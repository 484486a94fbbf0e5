/// A reference from a structure, list or map to a shape, with the traits botocore reads from the reference itself.
///
/// A final class, immutable: the validator walks members of large documents, and passing a reference costs one
/// retain where a struct of strings would copy each.
package final class Member: Sendable {
    /// The member name (`Filters`); for list members and map keys/values, the referenced shape's name.
    package let name: String
    package let shape: ShapeID
    /// The reference's own documentation (HTML), when it has one; decoded from the model on each read.
    package var documentation: String? { documentationText?.string }
    let documentationText: DocumentationText?
    package let isDeprecated: Bool
    package let deprecatedMessage: String?
    /// Bound to the endpoint host: botocore gives such strings an implicit `min` of 1.
    package let isHostLabel: Bool
    /// A header string carrying JSON (`jsonvalue`): any JSON-serialisable value is accepted.
    package let isJSONValue: Bool
    /// `header`, `uri`, `querystring`, `headers`, `statusCode`, or nil for the body.
    package let location: String?
    package let locationName: String?
    /// botocore fills an idempotency token in when absent; the AWS CLI never requires it.
    package let isIdempotencyToken: Bool
    /// Member-level `streaming` (rare; most streaming flags sit on the blob shape).
    package let isStreaming: Bool
    /// Member-level `enum` (rare): botocore merges member traits over the shape, so it replaces the shape's.
    package let enumOverride: [String]?

    package convenience init(
        name: String, shape: ShapeID, documentation: String? = nil, isDeprecated: Bool = false,
        deprecatedMessage: String? = nil, isHostLabel: Bool = false, isJSONValue: Bool = false,
        location: String? = nil, locationName: String? = nil, isIdempotencyToken: Bool = false,
        isStreaming: Bool = false, enumOverride: [String]? = nil
    ) {
        self.init(
            name: name, shape: shape, documentationText: documentation.map(DocumentationText.init),
            isDeprecated: isDeprecated, deprecatedMessage: deprecatedMessage, isHostLabel: isHostLabel,
            isJSONValue: isJSONValue, location: location, locationName: locationName,
            isIdempotencyToken: isIdempotencyToken, isStreaming: isStreaming, enumOverride: enumOverride)
    }

    init(
        name: String, shape: ShapeID, documentationText: DocumentationText?, isDeprecated: Bool,
        deprecatedMessage: String?, isHostLabel: Bool, isJSONValue: Bool, location: String?, locationName: String?,
        isIdempotencyToken: Bool, isStreaming: Bool, enumOverride: [String]?
    ) {
        self.name = name
        self.shape = shape
        self.documentationText = documentationText
        self.isDeprecated = isDeprecated
        self.deprecatedMessage = deprecatedMessage
        self.isHostLabel = isHostLabel
        self.isJSONValue = isJSONValue
        self.location = location
        self.locationName = locationName
        self.isIdempotencyToken = isIdempotencyToken
        self.isStreaming = isStreaming
        self.enumOverride = enumOverride
    }

    /// The same reference under another name (botocore names list members and map keys/values after their shape).
    package func renamed(_ newName: String) -> Member {
        Member(
            name: newName, shape: shape, documentationText: documentationText, isDeprecated: isDeprecated,
            deprecatedMessage: deprecatedMessage, isHostLabel: isHostLabel, isJSONValue: isJSONValue,
            location: location, locationName: locationName, isIdempotencyToken: isIdempotencyToken,
            isStreaming: isStreaming, enumOverride: enumOverride)
    }
}
