/// Turning the drafts into the immutable `Service`: shape IDs in model order, references resolved, documentation
/// pointing into one shared store.
extension ModelDecoder {
    /// The service read, named `name` (the botocore data-directory name).
    func service(
        name: String, apiVersion: String, nameExceptions: [String: String], paginators: [String: Paginator]
    ) throws -> Service {
        guard sawShapes else { throw Failure(reason: "it has no \"shapes\" object") }
        guard sawOperations else { throw Failure(reason: "it has no \"operations\" object") }
        var ids = [Int32](repeating: -1, count: shapeNames.count)
        for (position, number) in shapeOrder.enumerated() { ids[Int(number)] = Int32(position) }
        let store = documentation.isEmpty ? nil : DocumentationStore(bytes: documentation)
        let assembler = Assembler(ids: ids, names: shapeNames, store: store)

        var shapes = [Shape]()
        shapes.reserveCapacity(shapeOrder.count)
        for number in shapeOrder {
            guard let draft = shapeDrafts[Int(number)], let type = draft.type else { continue }
            shapes.append(try assembler.shape(draft, type: type))
        }
        var operations = [Operation]()
        operations.reserveCapacity(operationDrafts.count)
        for draft in operationDrafts {
            operations.append(try assembler.operation(draft, nameExceptions: nameExceptions))
        }
        return Service(
            name: name,
            apiVersion: apiVersion,
            serviceID: metadata?["serviceId"]?.stringValue,
            fullName: metadata?["serviceFullName"]?.stringValue,
            protocolName: metadata?["protocol"]?.stringValue,
            documentation: serviceDocumentation,
            operations: operations,
            shapes: shapes,
            paginators: paginators)
    }
}

/// Builds `Shape`s, `Member`s and `Operation`s from drafts once every shape's ID is known.
private struct Assembler {
    /// The final ID of each provisional shape number; -1 for a name that no shape defines.
    let ids: [Int32]
    let names: [String]
    let store: DocumentationStore?

    func shape(_ draft: ModelDecoder.ShapeDraft, type: ShapeType) throws -> Shape {
        var members = [Member]()
        members.reserveCapacity(draft.members.count)
        for member in draft.members {
            members.append(try self.member(member, name: member.name) { "member \(draft.name).\(member.name)" })
        }
        // List members and map keys/values are named after the shape they reference, as botocore names them.
        var listMember: Member?
        var mapKey: Member?
        var mapValue: Member?
        switch type {
        case .list:
            listMember = try element(draft.listMember) { "list \(draft.name)" }
        case .map:
            mapKey = try element(draft.mapKey) { "map \(draft.name) key" }
            mapValue = try element(draft.mapValue) { "map \(draft.name) value" }
        default:
            break
        }
        return Shape(
            name: draft.name, type: type, members: members, required: draft.required, enumValues: draft.enumValues,
            min: draft.min, max: draft.max, pattern: draft.pattern, documentationText: text(draft.documentation),
            isDeprecated: draft.isDeprecated, deprecatedMessage: draft.deprecatedMessage, isUnion: draft.isUnion,
            isDocument: draft.isDocument, isEventStream: draft.isEventStream, isStreaming: draft.isStreaming,
            isSensitive: draft.isSensitive, isException: draft.isException, listMember: listMember, mapKey: mapKey,
            mapValue: mapValue, timestampFormat: draft.timestampFormat, payload: draft.payload)
    }

    func operation(_ draft: ModelDecoder.OperationDraft, nameExceptions: [String: String]) throws -> Operation {
        var operation = Operation(
            name: draft.name, cliName: CLINames.operationCommandName(draft.name, exceptions: nameExceptions))
        if let input = draft.input { operation.input = try id(input) { "operation \(draft.name) input" } }
        if let output = draft.output { operation.output = try id(output) { "operation \(draft.name) output" } }
        operation.documentationText = text(draft.documentation)
        operation.isDeprecated = draft.isDeprecated
        operation.deprecatedMessage = draft.deprecatedMessage
        operation.httpMethod = draft.httpMethod
        operation.requestURI = draft.requestURI
        return operation
    }

    private func element(_ draft: ModelDecoder.MemberDraft?, _ context: () -> String) throws -> Member {
        guard let draft else { throw ModelDecoder.Failure(reason: "\(context()) has no shape reference") }
        let index = Int(draft.target)
        return try member(draft, name: index < names.count ? names[index] : "", context)
    }

    private func member(_ draft: ModelDecoder.MemberDraft, name: String, _ context: () -> String) throws -> Member {
        Member(
            name: name, shape: try id(draft.target, context), documentationText: text(draft.documentation),
            isDeprecated: draft.isDeprecated, deprecatedMessage: draft.deprecatedMessage,
            isHostLabel: draft.isHostLabel, isJSONValue: draft.isJSONValue, location: draft.location,
            locationName: draft.locationName, isIdempotencyToken: draft.isIdempotencyToken,
            isStreaming: draft.isStreaming, enumOverride: draft.enumOverride)
    }

    /// The shape ID of provisional number `number`; `context` names the reference when no shape has that name.
    private func id(_ number: Int32, _ context: () -> String) throws -> ShapeID {
        let index = Int(number)
        guard index >= 0, index < ids.count, ids[index] >= 0 else {
            let name = index >= 0 && index < names.count ? names[index] : "?"
            throw ModelDecoder.Failure(reason: "\(context()) refers to the missing shape \"\(name)\"")
        }
        return ShapeID(Int(ids[index]))
    }

    private func text(_ span: DocumentationStore.Span?) -> DocumentationText? {
        guard let span, let store else { return nil }
        return DocumentationText(store, span)
    }
}
