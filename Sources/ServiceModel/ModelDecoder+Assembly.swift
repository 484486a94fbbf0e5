/// The finished `Service`: every referenced name must be a shape; names nothing uses any more (an ignored value
/// mentioned them, or a repeated key replaced their definition) leave gaps, closed by renumbering.
extension ModelDecoder {
    /// The service read, named `name` (the botocore data-directory name).
    func service(name: String, apiVersion: String, paginators: [String: Paginator]) throws -> Service {
        guard sawShapes else { throw Failure(reason: "it has no \"shapes\" object") }
        guard sawOperations else { throw Failure(reason: "it has no \"operations\" object") }
        var defined = [Shape]()
        defined.reserveCapacity(shapes.count)
        for shape in shapes {
            if let shape { defined.append(shape) }
        }
        var finalOperations = operations
        if defined.count < shapes.count {
            try checkReferences()
            (defined, finalOperations) = renumbered()
        }
        return Service(
            name: name,
            apiVersion: apiVersion,
            serviceID: metadata?["serviceId"]?.stringValue,
            fullName: metadata?["serviceFullName"]?.stringValue,
            protocolName: metadata?["protocol"]?.stringValue,
            documentation: serviceDocumentation,
            operations: finalOperations,
            shapes: defined,
            paginators: paginators)
    }

    /// Throws for the first reference to a name that no shape defines.
    private func checkReferences() throws {
        func check(_ id: ShapeID?, _ context: () -> String) throws {
            guard let id, id.index < shapes.count, shapes[id.index] == nil else { return }
            throw Failure(reason: "\(context()) refers to the missing shape \"\(shapeNames.names[id.index])\"")
        }
        for case let shape? in shapes {
            for member in shape.members { try check(member.shape) { "member \(shape.name).\(member.name)" } }
            try check(shape.listMember?.shape) { "list \(shape.name)" }
            try check(shape.mapKey?.shape) { "map \(shape.name) key" }
            try check(shape.mapValue?.shape) { "map \(shape.name) value" }
        }
        for operation in operations {
            try check(operation.input) { "operation \(operation.name) input" }
            try check(operation.output) { "operation \(operation.name) output" }
        }
    }

    /// The defined shapes and the operations with IDs that skip the gaps.
    private func renumbered() -> ([Shape], [Operation]) {
        var newIDs = [Int](repeating: 0, count: shapes.count)
        var next = 0
        for (k, shape) in shapes.enumerated() where shape != nil {
            newIDs[k] = next
            next += 1
        }
        let renumber = { (id: ShapeID) in ShapeID(newIDs[id.index]) }
        let defined = shapes.compactMap { $0?.renumbered(renumber) }
        let operations = operations.map { operation in
            var copy = operation
            copy.input = operation.input.map(renumber)
            copy.output = operation.output.map(renumber)
            return copy
        }
        return (defined, operations)
    }
}

extension Shape {
    /// The same shape with every member's shape ID mapped by `renumber`.
    fileprivate func renumbered(_ renumber: (ShapeID) -> ShapeID) -> Shape {
        Shape(
            name: name, type: type, members: members.map { $0.renumbered(renumber) }, required: required,
            enumValues: enumValues, min: min, max: max, pattern: pattern, documentationText: documentationText,
            isDeprecated: isDeprecated, deprecatedMessage: deprecatedMessage, isUnion: isUnion,
            isDocument: isDocument, isEventStream: isEventStream, isStreaming: isStreaming, isSensitive: isSensitive,
            isException: isException, listMember: listMember?.renumbered(renumber),
            mapKey: mapKey?.renumbered(renumber), mapValue: mapValue?.renumbered(renumber),
            timestampFormat: timestampFormat, payload: payload)
    }
}

extension Member {
    fileprivate func renumbered(_ renumber: (ShapeID) -> ShapeID) -> Member {
        Member(
            name: name, shape: renumber(shape), documentationText: documentationText, isDeprecated: isDeprecated,
            deprecatedMessage: deprecatedMessage, isHostLabel: isHostLabel, isJSONValue: isJSONValue,
            location: location, locationName: locationName, isIdempotencyToken: isIdempotencyToken,
            isStreaming: isStreaming, enumOverride: enumOverride)
    }
}
