/// One shape of a service model: a type with its members and constraints.
package struct Shape: Sendable, Hashable {
    package var name: String
    package var type: ShapeType
    /// Structure members in model order.
    package var members: [Member]
    /// Names of required structure members, in the model's order.
    package var required: [String]
    /// Allowed values of an enum string, in model order; empty when the string is free.
    package var enumValues: [String]
    /// `min`: a length for strings, lists, maps and blobs, a value for numbers.
    package var min: Double?
    /// `max`: a length for strings, lists, maps and blobs, a value for numbers.
    package var max: Double?
    /// The model's regular expression for strings (ECMAScript-flavoured, as written).
    package var pattern: String?
    package var documentation: String?
    package var isDeprecated: Bool
    package var deprecatedMessage: String?
    /// A tagged union: exactly one member may be set.
    package var isUnion: Bool
    /// A document type (a structure with `document: true`): any JSON value.
    package var isDocument: Bool
    package var isEventStream: Bool
    /// A streaming blob.
    package var isStreaming: Bool
    package var isSensitive: Bool
    /// An exception shape.
    package var isException: Bool
    /// The element of a list.
    package var listMember: Member?
    /// The key and value of a map.
    package var mapKey: Member?
    package var mapValue: Member?
    /// `timestampFormat` (`iso8601`, `unixTimestamp`, `rfc822`), when set.
    package var timestampFormat: String?
    /// The structure member bound to the HTTP payload (`payload`), when set.
    package var payload: String?

    package init(name: String, type: ShapeType) {
        self.name = name
        self.type = type
        self.members = []
        self.required = []
        self.enumValues = []
        self.isDeprecated = false
        self.isUnion = false
        self.isDocument = false
        self.isEventStream = false
        self.isStreaming = false
        self.isSensitive = false
        self.isException = false
    }

    /// The member named `name`.
    package func member(named name: String) -> Member? {
        members.first { $0.name == name }
    }

    /// Whether `name` is a required member.
    package func isRequired(_ name: String) -> Bool {
        required.contains(name)
    }
}
