internal import JSONSyntax

/// Shapes, references and the scalar traits they carry. Values of an unexpected kind read as absent (a
/// non-string `pattern`, a non-boolean `deprecated`), as the `JSONValue` accessors `stringValue` and `boolValue`
/// read them.
extension ModelDecoder {
    mutating func readShape(_ name: String) throws -> ShapeDraft {
        guard try reader.peekKind() == .object else { throw Failure(reason: "shape \"\(name)\" is not an object") }
        try reader.beginObject()
        var draft = ShapeDraft(name: name)
        while let key = try reader.nextKey() {
            guard let known = ModelKey.of(key, in: reader) else {
                try reader.skipValue()
                continue
            }
            switch known {
            case .type: draft.type = try readOptionalString().flatMap(ShapeType.init(rawValue:))
            case .members: draft.members = try readMembers(of: name)
            case .required: draft.required = try readStringList() ?? []
            case .enum: draft.enumValues = try readStringList() ?? []
            case .min: draft.min = try readOptionalNumber()
            case .max: draft.max = try readOptionalNumber()
            case .pattern: draft.pattern = try readOptionalString()
            case .documentation: draft.documentation = try readDocumentation()
            case .deprecated: draft.isDeprecated = try readFlag()
            case .deprecatedMessage: draft.deprecatedMessage = try readOptionalString()
            case .union: draft.isUnion = try readFlag()
            case .document: draft.isDocument = try readFlag()
            case .eventstream: draft.isEventStream = try readFlag()
            case .streaming: draft.isStreaming = try readFlag()
            case .sensitive: draft.isSensitive = try readFlag()
            case .exception: draft.isException = try readFlag()
            case .member: draft.listMember = try readReference(name: "")
            case .key: draft.mapKey = try readReference(name: "")
            case .value: draft.mapValue = try readReference(name: "")
            case .timestampFormat: draft.timestampFormat = try readOptionalString()
            case .payload: draft.payload = try readOptionalString()
            default: try reader.skipValue()
            }
        }
        guard draft.type != nil else { throw Failure(reason: "shape \"\(name)\" has an unknown type") }
        return draft
    }

    /// The members of structure `shapeName`; none when `members` is not an object.
    private mutating func readMembers(of shapeName: String) throws -> [MemberDraft] {
        guard try reader.peekKind() == .object else {
            try reader.skipValue()
            return []
        }
        try reader.beginObject()
        var members = [MemberDraft]()
        while let key = try reader.nextKey() {
            let name = reader.string(of: key)
            guard let member = try readReference(name: name) else {
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

    /// A reference `{"shape": NAME, ...traits}`; nil when the value is not an object or has no string `shape`.
    mutating func readReference(name: String) throws -> MemberDraft? {
        guard try reader.peekKind() == .object else {
            try reader.skipValue()
            return nil
        }
        try reader.beginObject()
        var draft = MemberDraft(name: name)
        var target: Int32?
        while let key = try reader.nextKey() {
            guard let known = ModelKey.of(key, in: reader) else {
                try reader.skipValue()
                continue
            }
            switch known {
            case .shape: target = try readOptionalString().map { shapeNumber($0) }
            case .documentation: draft.documentation = try readDocumentation()
            case .deprecated: draft.isDeprecated = try readFlag()
            case .deprecatedMessage: draft.deprecatedMessage = try readOptionalString()
            case .hostLabel: draft.isHostLabel = try readFlag()
            case .jsonvalue: draft.isJSONValue = try readFlag()
            case .location: draft.location = try readOptionalString()
            case .locationName: draft.locationName = try readOptionalString()
            case .idempotencyToken: draft.isIdempotencyToken = try readFlag()
            case .streaming: draft.isStreaming = try readFlag()
            case .enum: draft.enumOverride = try readStringList()
            default: try reader.skipValue()
            }
        }
        guard let target else { return nil }
        draft.target = target
        return draft
    }

    // MARK: - Scalars

    /// A string value; nil (the value skipped) for any other kind.
    mutating func readOptionalString() throws -> String? {
        guard try reader.peekKind() == .string else {
            try reader.skipValue()
            return nil
        }
        return try reader.readString()
    }

    /// `true` or `false`; false (the value skipped) for any other kind.
    mutating func readFlag() throws -> Bool {
        guard try reader.peekKind() == .bool else {
            try reader.skipValue()
            return false
        }
        return try reader.readBool()
    }

    /// A number; nil (the value skipped) for any other kind.
    private mutating func readOptionalNumber() throws -> Double? {
        guard try reader.peekKind() == .number else {
            try reader.skipValue()
            return nil
        }
        return try reader.readNumber()
    }

    /// The strings of an array, other elements dropped; nil (the value skipped) when it is not an array.
    private mutating func readStringList() throws -> [String]? {
        guard try reader.peekKind() == .array else {
            try reader.skipValue()
            return nil
        }
        try reader.beginArray()
        var list = [String]()
        while try reader.nextElement() {
            if try reader.peekKind() == .string {
                list.append(try reader.readString())
            } else {
                try reader.skipValue()
            }
        }
        return list
    }

    /// A documentation string, copied as written to the documentation bytes; nil (the value skipped) when it is
    /// not a string.
    mutating func readDocumentation() throws -> DocumentationStore.Span? {
        guard try reader.peekKind() == .string else {
            try reader.skipValue()
            return nil
        }
        let token = try reader.readStringToken()
        guard documentation.count + token.count <= Int(UInt32.max) else { return nil }
        if documentation.capacity == 0 {
            // Documentation is at most the rest of the model: one allocation, whose untouched part costs no memory.
            documentation.reserveCapacity(reader.bytes.count - token.start)
        }
        let start = documentation.count
        documentation.append(contentsOf: reader.bytes[token.start..<token.end])
        return DocumentationStore.Span(start: UInt32(start), count: UInt32(token.count))
    }
}
