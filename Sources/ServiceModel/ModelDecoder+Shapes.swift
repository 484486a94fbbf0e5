internal import JSONSyntax

/// Shapes, references and the scalar traits they carry. Values of an unexpected kind read as absent (a
/// non-string `pattern`, a non-boolean `deprecated`), as the `JSONValue` accessors `stringValue` and `boolValue`
/// read them.
extension ModelDecoder {
    /// A reference as read (`{"shape": NAME, ...traits}`): its target's name, still a token of the reader, and its
    /// traits.
    struct Reference {
        var target: JSONStringToken
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

        init(target: JSONStringToken) {
            self.target = target
        }
    }

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
        // Only lists and maps use these: their target names become IDs once the type is known, so that a stray
        // `member` elsewhere names no shape.
        var listMember: Reference?
        var mapKey: Reference?
        var mapValue: Reference?
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
            case .member: listMember = try readReference()
            case .key: mapKey = try readReference()
            case .value: mapValue = try readReference()
            case .timestampFormat: timestampFormat = try readOptionalString()
            case .payload: payload = try readOptionalString()
            default: try reader.skipValue()
            }
        }
        guard let type else { throw Failure(reason: "shape \"\(name)\" has an unknown type") }
        // List members and map keys/values are named after the shape they reference, as botocore names them.
        var element: Member?
        var key: Member?
        var value: Member?
        switch type {
        case .list:
            element = try namedAfterTarget(listMember) { "list \(name)" }
        case .map:
            key = try namedAfterTarget(mapKey) { "map \(name) key" }
            value = try namedAfterTarget(mapValue) { "map \(name) value" }
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

    private mutating func namedAfterTarget(_ reference: Reference?, _ context: () -> String) throws -> Member {
        guard let reference else { throw Failure(reason: "\(context()) has no shape reference") }
        let id = shapeID(reference.target)
        return Self.member(reference, name: shapeNames.names[id.index], id: id)
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
            guard let reference = try readReference() else {
                throw Failure(reason: "member \(shapeName).\(name) has no shape reference")
            }
            // The ID first: a method call on `self` with a mutating argument would copy the whole decoder.
            let id = shapeID(reference.target)
            let member = Self.member(reference, name: name, id: id)
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

    private static func member(_ reference: Reference, name: String, id: ShapeID) -> Member {
        Member(
            name: name, shape: id, documentationText: reference.documentation, isDeprecated: reference.isDeprecated,
            deprecatedMessage: reference.deprecatedMessage, isHostLabel: reference.isHostLabel,
            isJSONValue: reference.isJSONValue, location: reference.location, locationName: reference.locationName,
            isIdempotencyToken: reference.isIdempotencyToken, isStreaming: reference.isStreaming,
            enumOverride: reference.enumOverride)
    }

    /// A reference `{"shape": NAME, ...traits}`; nil when the value is not an object or has no string `shape`.
    mutating func readReference() throws -> Reference? {
        guard case .object = try reader.peekKind() else {
            try reader.skipValue()
            return nil
        }
        try reader.beginObject()
        var target: JSONStringToken?
        var reference = Reference(target: JSONStringToken(start: 0, end: 0, hasEscapes: false))
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
            case .documentation: reference.documentation = try readDocumentation()
            case .deprecated: reference.isDeprecated = try readFlag()
            case .deprecatedMessage: reference.deprecatedMessage = try readOptionalString()
            case .hostLabel: reference.isHostLabel = try readFlag()
            case .jsonvalue: reference.isJSONValue = try readFlag()
            case .location: reference.location = try readOptionalString()
            case .locationName: reference.locationName = try readOptionalString()
            case .idempotencyToken: reference.isIdempotencyToken = try readFlag()
            case .streaming: reference.isStreaming = try readFlag()
            case .enum: reference.enumOverride = try readStringList()
            default: try reader.skipValue()
            }
        }
        guard let target else { return nil }
        reference.target = target
        return reference
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
        return DocumentationText(store, DocumentationStore.Span(start: start, count: count))
    }
}
