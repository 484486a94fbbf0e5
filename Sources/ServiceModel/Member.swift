/// A reference from a structure, list or map to a shape, with the traits botocore reads from the reference itself.
package struct Member: Sendable, Hashable {
    /// The member name (`Filters`); for list members and map keys/values, the referenced shape's name.
    package var name: String
    package var shape: ShapeID
    /// The reference's own documentation (HTML), when it has one.
    package var documentation: String?
    package var isDeprecated: Bool
    package var deprecatedMessage: String?
    /// Bound to the endpoint host: botocore gives such strings an implicit `min` of 1.
    package var isHostLabel: Bool
    /// A header string carrying JSON (`jsonvalue`): any JSON-serialisable value is accepted.
    package var isJSONValue: Bool
    /// `header`, `uri`, `querystring`, `headers`, `statusCode`, or nil for the body.
    package var location: String?
    package var locationName: String?
    /// botocore fills an idempotency token in when absent; the AWS CLI never requires it.
    package var isIdempotencyToken: Bool
    /// Member-level `streaming` (rare; most streaming flags sit on the blob shape).
    package var isStreaming: Bool
    /// Member-level `enum` (rare): botocore merges member traits over the shape, so it replaces the shape's.
    package var enumOverride: [String]?

    package init(
        name: String, shape: ShapeID, documentation: String? = nil, isDeprecated: Bool = false,
        deprecatedMessage: String? = nil, isHostLabel: Bool = false, isJSONValue: Bool = false,
        location: String? = nil, locationName: String? = nil, isIdempotencyToken: Bool = false,
        isStreaming: Bool = false, enumOverride: [String]? = nil
    ) {
        self.name = name
        self.shape = shape
        self.documentation = documentation
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
}
