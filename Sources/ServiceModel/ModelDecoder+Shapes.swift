internal import JSONSyntax

/// Shapes, references and the scalar traits they carry. Values of an unexpected kind read as absent (a
/// non-string `pattern`, a non-boolean `deprecated`), as the `JSONValue` accessors `stringValue` and `boolValue`
/// read them.
extension ModelDecoder {
    mutating func readShape(_ name: String) throws -> Shape {
        guard case .object = try reader.peekKind() else { throw Failure(reason: "shape \"\(name)\" is not an object") }
        try reader.beginObject()
        var type: ShapeType?
        var members = [Member]()
        var required = [String]()
        var enumValues = [String]()
        var min: Double?
        var max: Double?
        var pattern: String?
        var documentation: DocumentationText?
        var isDeprecated = false
        var deprecatedMessage: String?
        var isUnion = false
        var isDocument = false
        var isEventStream = false
        var isStreaming = false
        var isSensitive = false
        var isException = false
        // Only lists and maps keep these. A stray `member` elsewhere (no botocore model has one) still gives its
        // target's name an ID; assembling the service closes that gap.
        var listMember: Member?
        var mapKey: Member?
        var mapValue: Member?
        var timestampFormat: String?
        var payload: String?
        while let key = try reader.nextKey() {
            guard let known = ModelKey.of(key, in: reader) else {
                try reader.skipValue()
                continue
            }
            switch known {
            case .type: type = try readOptionalString().flatMap(ShapeType.init(rawValue:))
            case .members: members = try readMembers(of: name)
            case .required: required = try readStringList() ?? []
            case .enum: enumValues = try readStringList() ?? []
            case .min: min = try readOptionalNumber()
            case .max: max = try readOptionalNumber()
            case .pattern: pattern = try readOptionalString()
            case .documentation: documentation = try readDocumentation()
            case .deprecated: isDeprecated = try readFlag()
            case .deprecatedMessage: deprecatedMessage = try readOptionalString()
            case .union: isUnion = try readFlag()
            case .document: isDocument = try readFlag()
            case .eventstream: isEventStream = try readFlag()
            case .streaming: isStreaming = try readFlag()
            case .sensitive: isSensitive = try readFlag()
            case .exception: isException = try readFlag()
            case .member: listMember = try readMember(named: nil)
            case .key: mapKey = try readMember(named: nil)
            case .value: mapValue = try readMember(named: nil)
            case .timestampFormat: timestampFormat = try readOptionalString()
            case .payload: payload = try readOptionalString()
            default: try reader.skipValue()
            }
        }
        guard let type else { throw Failure(reason: "shape \"\(name)\" has an unknown type") }
        var element: Member?
        var key: Member?
        var value: Member?
        switch type {
        case .list:
            guard let listMember else { throw Failure(reason: "list \(name) has no shape reference") }
            element = listMember
        case .map:
            guard let mapKey else { throw Failure(reason: "map \(name) key has no shape reference") }
            guard let mapValue else { throw Failure(reason: "map \(name) value has no shape reference") }
            (key, value) = (mapKey, mapValue)
        default:
            break
        }
        return Shape(
            name: name, type: type, members: members, required: required, enumValues: enumValues, min: min, max: max,
            pattern: pattern, documentationText: documentation, isDeprecated: isDeprecated,
            deprecatedMessage: deprecatedMessage, isUnion: isUnion, isDocument: isDocument,
            isEventStream: isEventStream, isStreaming: isStreaming, isSensitive: isSensitive, isException: isException,
            listMember: element, mapKey: key, mapValue: value, timestampFormat: timestampFormat, payload: payload)
    }

    /// The members of structure `shapeName`; none when `members` is not an object.
    private mutating func readMembers(of shapeName: String) throws -> [Member] {
        guard case .object = try reader.peekKind() else {
            try reader.skipValue()
            return []
        }
        try reader.beginObject()
        var members = [Member]()
        while let key = try reader.nextKey() {
            let name = reader.string(of: key)
            guard let member = try readMember(named: name) else {
                throw Failure(reason: "member \(shapeName).\(name) has no shape reference")
            }
            // A repeated member name keeps its first position. Comparing lengths first keeps this cheap.
            let length = name.utf8.count
            if let earlier = members.firstIndex(where: { $0.name.utf8.count == length && $0.name == name }) {
                members[earlier] = member
            } else {
                members.append(member)
            }
        }
        return members
    }

    /// A reference `{"shape": NAME, ...traits}` as a member named `name`, or, for nil, named after the shape it
    /// references, as botocore names list members and map keys and values; nil when the value is not an object
    /// or has no string `shape`.
    mutating func readMember(named name: String?) throws -> Member? {
        guard case .object = try reader.peekKind() else {
            try reader.skipValue()
            return nil
        }
        try reader.beginObject()
        var target: JSONStringToken?
        var documentation: DocumentationText?
        var isDeprecated = false
        var deprecatedMessage: String?
        var isHostLabel = false
        var isJSONValue = false
        var location: String?
        var locationName: String?
        var isIdempotencyToken = false
        var isStreaming = false
        var enumOverride: [String]?
        while let key = try reader.nextKey() {
            guard let known = ModelKey.of(key, in: reader) else {
                try reader.skipValue()
                continue
            }
            switch known {
            case .shape:
                if case .string = try reader.peekKind() {
                    target = try reader.readStringToken()
                } else {
                    try reader.skipValue()
                    target = nil
                }
            case .documentation: documentation = try readDocumentation()
            case .deprecated: isDeprecated = try readFlag()
            case .deprecatedMessage: deprecatedMessage = try readOptionalString()
            case .hostLabel: isHostLabel = try readFlag()
            case .jsonvalue: isJSONValue = try readFlag()
            case .location: location = try readOptionalString()
            case .locationName: locationName = try readOptionalString()
            case .idempotencyToken: isIdempotencyToken = try readFlag()
            case .streaming: isStreaming = try readFlag()
            case .enum: enumOverride = try readStringList()
            default: try reader.skipValue()
            }
        }
        guard let target else { return nil }
        let id = shapeID(target)
        return Member(
            name: name ?? shapeNames.names[id.index], shape: id, documentationText: documentation,
            isDeprecated: isDeprecated, deprecatedMessage: deprecatedMessage, isHostLabel: isHostLabel,
            isJSONValue: isJSONValue, location: location, locationName: locationName,
            isIdempotencyToken: isIdempotencyToken, isStreaming: isStreaming, enumOverride: enumOverride)
    }

    // MARK: - Scalars

    /// A string value; nil (the value skipped) for any other kind.
    mutating func readOptionalString() throws -> String? {
        guard case .string = try reader.peekKind() else {
            try reader.skipValue()
            return nil
        }
        return try reader.readString()
    }

    /// `true` or `false`; false (the value skipped) for any other kind.
    mutating func readFlag() throws -> Bool {
        guard case .bool = try reader.peekKind() else {
            try reader.skipValue()
            return false
        }
        return try reader.readBool()
    }

    /// A number; nil (the value skipped) for any other kind.
    private mutating func readOptionalNumber() throws -> Double? {
        guard case .number = try reader.peekKind() else {
            try reader.skipValue()
            return nil
        }
        return try reader.readNumber()
    }

    /// The strings of an array, other elements dropped; nil (the value skipped) when it is not an array.
    private mutating func readStringList() throws -> [String]? {
        guard case .array = try reader.peekKind() else {
            try reader.skipValue()
            return nil
        }
        try reader.beginArray()
        var list = [String]()
        while try reader.nextElement() {
            if case .string = try reader.peekKind() {
                list.append(try reader.readString())
            } else {
                try reader.skipValue()
            }
        }
        return list
    }

    /// A documentation string, left where it is in the model's bytes; nil (the value skipped) when it is not a
    /// string.
    mutating func readDocumentation() throws -> DocumentationText? {
        guard case .string = try reader.peekKind() else {
            try reader.skipValue()
            return nil
        }
        let token = try reader.readStringToken()
        guard let start = UInt32(exactly: token.start), let count = UInt32(exactly: token.count) else { return nil }
        return DocumentationText(store, start: start, count: count)
    }
}
