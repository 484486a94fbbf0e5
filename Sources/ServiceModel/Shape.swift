/// One shape of a service model: a type with its members and constraints. Immutable; see `Member` for why a class.
package final class Shape: Sendable {
    package let name: String
    package let type: ShapeType
    /// Structure members in model order.
    package let members: [Member]
    /// Names of required structure members, in the model's order.
    package let required: [String]
    /// Allowed values of an enum string, in model order; empty when the string is free.
    package let enumValues: [String]
    /// `min`: a length for strings, lists, maps and blobs, a value for numbers.
    package let min: Double?
    /// `max`: a length for strings, lists, maps and blobs, a value for numbers.
    package let max: Double?
    /// The model's regular expression for strings (ECMAScript-flavoured, as written).
    package let pattern: String?
    /// The shape's documentation (HTML), when it has one; decoded from the model on each read.
    package var documentation: String? { documentationText?.string }
    let documentationText: DocumentationText?
    package let isDeprecated: Bool
    package let deprecatedMessage: String?
    /// A tagged union: exactly one member may be set.
    package let isUnion: Bool
    /// A document type (a structure with `document: true`): any JSON value.
    package let isDocument: Bool
    package let isEventStream: Bool
    /// A streaming blob.
    package let isStreaming: Bool
    package let isSensitive: Bool
    /// An exception shape.
    package let isException: Bool
    /// The element of a list.
    package let listMember: Member?
    /// The key and value of a map.
    package let mapKey: Member?
    package let mapValue: Member?
    /// `timestampFormat` (`iso8601`, `unixTimestamp`, `rfc822`), when set.
    package let timestampFormat: String?
    /// The structure member bound to the HTTP payload (`payload`), when set.
    package let payload: String?
    /// Member positions by name, for structures large enough that a linear search costs more than a lookup.
    private let memberIndex: [String: Int]?

    package convenience init(
        name: String, type: ShapeType, members: [Member] = [], required: [String] = [], enumValues: [String] = [],
        min: Double? = nil, max: Double? = nil, pattern: String? = nil, documentation: String? = nil,
        isDeprecated: Bool = false, deprecatedMessage: String? = nil, isUnion: Bool = false, isDocument: Bool = false,
        isEventStream: Bool = false, isStreaming: Bool = false, isSensitive: Bool = false, isException: Bool = false,
        listMember: Member? = nil, mapKey: Member? = nil, mapValue: Member? = nil, timestampFormat: String? = nil,
        payload: String? = nil
    ) {
        self.init(
            name: name, type: type, members: members, required: required, enumValues: enumValues, min: min, max: max,
            pattern: pattern, documentationText: documentation.map(DocumentationText.init), isDeprecated: isDeprecated,
            deprecatedMessage: deprecatedMessage, isUnion: isUnion, isDocument: isDocument,
            isEventStream: isEventStream, isStreaming: isStreaming, isSensitive: isSensitive,
            isException: isException, listMember: listMember, mapKey: mapKey, mapValue: mapValue,
            timestampFormat: timestampFormat, payload: payload)
    }

    init(
        name: String, type: ShapeType, members: [Member], required: [String], enumValues: [String], min: Double?,
        max: Double?, pattern: String?, documentationText: DocumentationText?, isDeprecated: Bool,
        deprecatedMessage: String?, isUnion: Bool, isDocument: Bool, isEventStream: Bool, isStreaming: Bool,
        isSensitive: Bool, isException: Bool, listMember: Member?, mapKey: Member?, mapValue: Member?,
        timestampFormat: String?, payload: String?
    ) {
        self.name = name
        self.type = type
        self.members = members
        self.required = required
        self.enumValues = enumValues
        self.min = min
        self.max = max
        self.pattern = pattern
        self.documentationText = documentationText
        self.isDeprecated = isDeprecated
        self.deprecatedMessage = deprecatedMessage
        self.isUnion = isUnion
        self.isDocument = isDocument
        self.isEventStream = isEventStream
        self.isStreaming = isStreaming
        self.isSensitive = isSensitive
        self.isException = isException
        self.listMember = listMember
        self.mapKey = mapKey
        self.mapValue = mapValue
        self.timestampFormat = timestampFormat
        self.payload = payload
        if members.count > 8 {
            var index = [String: Int](minimumCapacity: members.count)
            for (i, member) in members.enumerated() where index[member.name] == nil { index[member.name] = i }
            memberIndex = index
        } else {
            memberIndex = nil
        }
    }

    /// The member named `name`.
    package func member(named name: String) -> Member? {
        if let memberIndex { return memberIndex[name].map { members[$0] } }
        for member in members where member.name == name { return member }
        return nil
    }

    /// Whether `name` is a required member.
    package func isRequired(_ name: String) -> Bool {
        required.contains(name)
    }
}
