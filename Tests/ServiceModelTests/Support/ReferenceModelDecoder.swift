import JSONSyntax
import ServiceModel

/// The model decoding that `ModelDecoder` replaced, kept as the reference the streaming decoder is checked against:
/// it walks a whole `JSONValue` (sdk-extras merged with `deepMerging` beforehand) and builds the service through the
/// public initialisers.
enum ReferenceModelDecoder {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func decode(_ json: JSONValue, name: String, nameExceptions: [String: String]) throws -> Service {
        guard let root = json.objectValue else { throw Failure(description: "the top level is not an object") }
        guard let shapesObject = root["shapes"]?.objectValue else { throw Failure(description: "no shapes") }
        guard let operationsObject = root["operations"]?.objectValue else {
            throw Failure(description: "no operations")
        }
        var ids = [String: ShapeID](minimumCapacity: shapesObject.count)
        for (i, shapeName) in shapesObject.keys.enumerated() { ids[shapeName] = ShapeID(i) }

        func reference(_ value: JSONValue?, name: String, context: String) throws -> Member {
            guard let object = value?.objectValue, let target = object["shape"]?.stringValue else {
                throw Failure(description: "\(context) has no shape reference")
            }
            guard let id = ids[target] else { throw Failure(description: "\(context) refers to the missing shape") }
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
        for (shapeName, value) in shapesObject {
            guard let object = value.objectValue else { throw Failure(description: "shape \(shapeName)") }
            guard let typeName = object["type"]?.stringValue, let type = ShapeType(rawValue: typeName) else {
                throw Failure(description: "shape \(shapeName) has an unknown type")
            }
            var members = [Member]()
            for (memberName, memberValue) in object["members"]?.objectValue ?? JSONObject() {
                members.append(try reference(memberValue, name: memberName, context: "\(shapeName).\(memberName)"))
            }
            func named(_ key: String) throws -> Member {
                let member = try reference(object[key], name: "", context: "\(shapeName) \(key)")
                return member.renamed(names[member.shape.index])
            }
            shapes.append(
                Shape(
                    name: shapeName, type: type, members: members,
                    required: object["required"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                    enumValues: object["enum"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                    min: object["min"]?.doubleValue, max: object["max"]?.doubleValue,
                    pattern: object["pattern"]?.stringValue, documentation: object["documentation"]?.stringValue,
                    isDeprecated: object["deprecated"]?.boolValue ?? false,
                    deprecatedMessage: object["deprecatedMessage"]?.stringValue,
                    isUnion: object["union"]?.boolValue ?? false, isDocument: object["document"]?.boolValue ?? false,
                    isEventStream: object["eventstream"]?.boolValue ?? false,
                    isStreaming: object["streaming"]?.boolValue ?? false,
                    isSensitive: object["sensitive"]?.boolValue ?? false,
                    isException: object["exception"]?.boolValue ?? false,
                    listMember: type == .list ? try named("member") : nil,
                    mapKey: type == .map ? try named("key") : nil, mapValue: type == .map ? try named("value") : nil,
                    timestampFormat: object["timestampFormat"]?.stringValue, payload: object["payload"]?.stringValue))
        }

        var operations = [Operation]()
        for (operationName, value) in operationsObject {
            guard let object = value.objectValue else { throw Failure(description: "operation \(operationName)") }
            var operation = Operation(
                name: operationName,
                cliName: CLINames.operationCommandName(operationName, exceptions: nameExceptions))
            if let input = object["input"] { operation.input = try reference(input, name: "", context: "input").shape }
            if let output = object["output"] {
                operation.output = try reference(output, name: "", context: "output").shape
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
            name: name, apiVersion: "", serviceID: metadata?["serviceId"]?.stringValue,
            fullName: metadata?["serviceFullName"]?.stringValue, protocolName: metadata?["protocol"]?.stringValue,
            documentation: root["documentation"]?.stringValue, operations: operations, shapes: shapes)
    }
}
