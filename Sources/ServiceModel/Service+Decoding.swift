package import JSONSyntax

extension Service {
    /// Builds a service from the decoded content of a `service-2.json`.
    ///
    /// - Parameters:
    ///   - name: the botocore data-directory name.
    ///   - apiVersion: the API version directory it was read from.
    ///   - file: the path, for error messages.
    ///   - nameExceptions: the fixed operation names of the botocore that runs the commands.
    package static func decode(
        _ json: JSONValue, name: String, apiVersion: String, file: String,
        nameExceptions: [String: String] = CLINames.builtInXformExceptions, paginators: [String: Paginator] = [:]
    ) throws(ModelError) -> Service {
        guard let root = json.objectValue else { throw .corrupt(file: file, reason: "the top level is not an object") }
        guard let shapesObject = root["shapes"]?.objectValue else {
            throw .corrupt(file: file, reason: "it has no \"shapes\" object")
        }
        guard let operationsObject = root["operations"]?.objectValue else {
            throw .corrupt(file: file, reason: "it has no \"operations\" object")
        }
        var ids = [String: ShapeID](minimumCapacity: shapesObject.count)
        for (i, shapeName) in shapesObject.keys.enumerated() { ids[shapeName] = ShapeID(i) }

        func reference(_ value: JSONValue?, name: String, context: String) throws(ModelError) -> Member {
            guard let object = value?.objectValue, let target = object["shape"]?.stringValue else {
                throw .corrupt(file: file, reason: "\(context) has no shape reference")
            }
            guard let id = ids[target] else {
                throw .corrupt(file: file, reason: "\(context) refers to the missing shape \"\(target)\"")
            }
            return Member(
                name: name, shape: id,
                documentation: object["documentation"]?.stringValue,
                isDeprecated: object["deprecated"]?.boolValue ?? false,
                deprecatedMessage: object["deprecatedMessage"]?.stringValue,
                isHostLabel: object["hostLabel"]?.boolValue ?? false,
                isJSONValue: object["jsonvalue"]?.boolValue ?? false,
                location: object["location"]?.stringValue,
                locationName: object["locationName"]?.stringValue,
                isIdempotencyToken: object["idempotencyToken"]?.boolValue ?? false,
                isStreaming: object["streaming"]?.boolValue ?? false,
                enumOverride: object["enum"]?.arrayValue?.compactMap(\.stringValue))
        }

        let names = shapesObject.keys
        var shapes = [Shape]()
        shapes.reserveCapacity(shapesObject.count)
        for (shapeName, value) in shapesObject {
            guard let object = value.objectValue else {
                throw .corrupt(file: file, reason: "shape \"\(shapeName)\" is not an object")
            }
            guard let typeName = object["type"]?.stringValue, let type = ShapeType(rawValue: typeName) else {
                throw .corrupt(file: file, reason: "shape \"\(shapeName)\" has an unknown type")
            }
            var members = [Member]()
            if let memberObject = object["members"]?.objectValue {
                members.reserveCapacity(memberObject.count)
                for (memberName, memberValue) in memberObject {
                    members.append(
                        try reference(memberValue, name: memberName, context: "member \(shapeName).\(memberName)"))
                }
            }
            // List members and map keys/values are named after the shape they reference, as botocore names them.
            func named(_ key: String, _ context: String) throws(ModelError) -> Member {
                let member = try reference(object[key], name: "", context: context)
                return member.renamed(names[member.shape.index])
            }
            var listMember: Member?
            var mapKey: Member?
            var mapValue: Member?
            switch type {
            case .list:
                listMember = try named("member", "list \(shapeName)")
            case .map:
                mapKey = try named("key", "map \(shapeName) key")
                mapValue = try named("value", "map \(shapeName) value")
            default:
                break
            }
            shapes.append(Shape(
                name: shapeName, type: type, members: members,
                required: object["required"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                enumValues: object["enum"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                min: object["min"]?.doubleValue,
                max: object["max"]?.doubleValue,
                pattern: object["pattern"]?.stringValue,
                documentation: object["documentation"]?.stringValue,
                isDeprecated: object["deprecated"]?.boolValue ?? false,
                deprecatedMessage: object["deprecatedMessage"]?.stringValue,
                isUnion: object["union"]?.boolValue ?? false,
                isDocument: object["document"]?.boolValue ?? false,
                isEventStream: object["eventstream"]?.boolValue ?? false,
                isStreaming: object["streaming"]?.boolValue ?? false,
                isSensitive: object["sensitive"]?.boolValue ?? false,
                isException: object["exception"]?.boolValue ?? false,
                listMember: listMember, mapKey: mapKey, mapValue: mapValue,
                timestampFormat: object["timestampFormat"]?.stringValue,
                payload: object["payload"]?.stringValue))
        }

        var operations = [Operation]()
        operations.reserveCapacity(operationsObject.count)
        for (operationName, value) in operationsObject {
            guard let object = value.objectValue else {
                throw .corrupt(file: file, reason: "operation \"\(operationName)\" is not an object")
            }
            var operation = Operation(name: operationName, cliName: CLINames.operationCommandName(operationName, exceptions: nameExceptions))
            if let input = object["input"] {
                operation.input = try reference(input, name: "", context: "operation \(operationName) input").shape
            }
            if let output = object["output"] {
                operation.output = try reference(output, name: "", context: "operation \(operationName) output").shape
            }
            operation.documentation = object["documentation"]?.stringValue
            operation.isDeprecated = object["deprecated"]?.boolValue ?? false
            operation.deprecatedMessage = object["deprecatedMessage"]?.stringValue
            operation.httpMethod = object["http"]?["method"]?.stringValue
            operation.requestURI = object["http"]?["requestUri"]?.stringValue
            operations.append(operation)
        }
        let metadata = root["metadata"]
        return Service(
            name: name,
            apiVersion: apiVersion,
            serviceID: metadata?["serviceId"]?.stringValue,
            fullName: metadata?["serviceFullName"]?.stringValue,
            protocolName: metadata?["protocol"]?.stringValue,
            documentation: root["documentation"]?.stringValue,
            operations: operations,
            shapes: shapes,
            paginators: paginators)
    }
}
