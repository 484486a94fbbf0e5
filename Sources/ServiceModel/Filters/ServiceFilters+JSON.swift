package import JSONSyntax

/// Reading and writing the versioned file format of `schemas/filters/` (described in its README).
extension ServiceFilters {
    /// The `format` number this code reads and writes.
    package static let formatVersion = 1

    /// Why a knowledge file could not be read.
    package struct FormatError: Error, Sendable, Hashable, CustomStringConvertible {
        package var reason: String
        package var description: String { reason }
    }

    /// Reads the content of one knowledge file.
    package static func decode(_ json: JSONValue) throws(FormatError) -> ServiceFilters {
        guard let root = json.objectValue else { throw FormatError(reason: "the top level is not an object") }
        guard root["format"]?.intValue == formatVersion else {
            throw FormatError(reason: "unsupported format \(root["format"].map { $0.encode() } ?? "(none)")")
        }
        guard let service = root["service"]?.stringValue else { throw FormatError(reason: "no \"service\"") }
        let origin = FilterOrigin(rawValue: root["origin"]?.stringValue ?? "") ?? .extracted
        var result = ServiceFilters(service: service)
        for (operation, value) in root["operations"]?.objectValue ?? JSONObject() {
            guard let list = value.arrayValue else {
                throw FormatError(reason: "operation \(operation): not a list of parameters")
            }
            var parameters = [FilterParameter]()
            for item in list {
                parameters.append(try decodeParameter(item, origin: origin, context: operation))
            }
            result.operations[operation] = parameters
        }
        return result
    }

    private static func decodeParameter(
        _ json: JSONValue, origin: FilterOrigin, context: String
    ) throws(FormatError) -> FilterParameter {
        guard let object = json.objectValue, let keyText = object["key"]?.stringValue,
            let valuesText = object["values"]?.stringValue
        else { throw FormatError(reason: "\(context): a parameter needs \"key\" and \"values\" paths") }
        guard let keyPath = FilterPath(parsing: keyText), let valuesPath = FilterPath(parsing: valuesText) else {
            throw FormatError(reason: "\(context): unreadable path \(keyText) or \(valuesText)")
        }
        var keys = [FilterKey]()
        for item in object["keys"]?.arrayValue ?? [] {
            guard let key = item.objectValue, let name = key["name"]?.stringValue else {
                throw FormatError(reason: "\(context) \(keyText): a key without a name")
            }
            let typeName = key["type"]?.stringValue ?? FilterValueType.string.rawValue
            guard let type = FilterValueType(rawValue: typeName) else {
                throw FormatError(reason: "\(context) \(keyText) \(name): unknown type \(typeName)")
            }
            var descriptions = [String: String]()
            for (value, text) in key["valueDescriptions"]?.objectValue ?? JSONObject() {
                descriptions[value] = text.stringValue
            }
            keys.append(
                FilterKey(
                    name: name, type: type, values: key["values"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                    valueDescriptions: descriptions, caseSensitive: key["caseSensitive"]?.boolValue,
                    description: key["description"]?.stringValue))
        }
        var prefixes = [FilterKeyPrefix]()
        for item in object["prefixes"]?.arrayValue ?? [] {
            guard let prefix = item.objectValue, let text = prefix["prefix"]?.stringValue, !text.isEmpty else {
                throw FormatError(reason: "\(context) \(keyText): a prefix without text")
            }
            let type = FilterValueType(rawValue: prefix["type"]?.stringValue ?? "") ?? .string
            prefixes.append(
                FilterKeyPrefix(
                    prefix: text, placeholder: prefix["placeholder"]?.stringValue ?? "key", type: type,
                    description: prefix["description"]?.stringValue))
        }
        do {
            return try FilterParameter(
                keyPath: keyPath, valuesPath: valuesPath, keys: keys, prefixes: prefixes,
                isExhaustive: object["exhaustive"]?.boolValue ?? false,
                keysCaseSensitive: object["keysCaseSensitive"]?.boolValue,
                allowsWildcards: object["wildcards"]?.boolValue ?? true, origin: origin,
                note: object["note"]?.stringValue)
        } catch {
            throw FormatError(reason: "\(context): \(error)")
        }
    }

    /// The knowledge as a file's content: operations sorted by name, optional fields only when set.
    package func encode(origin: FilterOrigin, botocoreVersion: String?) -> JSONValue {
        var root = JSONObject()
        root["format"] = .integer(Int64(Self.formatVersion))
        root["service"] = .string(service)
        root["origin"] = .string(origin.rawValue)
        if let botocoreVersion { root["botocore"] = .string(botocoreVersion) }
        var operationsObject = JSONObject()
        for name in operations.keys.sorted() {
            guard let parameters = operations[name], !parameters.isEmpty else { continue }
            operationsObject[name] = .array(parameters.map(Self.encodeParameter))
        }
        root["operations"] = .object(operationsObject)
        return .object(root)
    }

    private static func encodeParameter(_ parameter: FilterParameter) -> JSONValue {
        var object = JSONObject()
        object["key"] = .string(parameter.keyPath.description)
        object["values"] = .string(parameter.valuesPath.description)
        object["exhaustive"] = .bool(parameter.isExhaustive)
        if let sensitive = parameter.keysCaseSensitive { object["keysCaseSensitive"] = .bool(sensitive) }
        if !parameter.allowsWildcards { object["wildcards"] = .bool(false) }
        if let note = parameter.note { object["note"] = .string(note) }
        object["keys"] = .array(
            parameter.keys.map { key in
                var k = JSONObject()
                k["name"] = .string(key.name)
                k["type"] = .string(key.type.rawValue)
                if !key.values.isEmpty { k["values"] = .array(key.values.map(JSONValue.string)) }
                if !key.valueDescriptions.isEmpty {
                    k["valueDescriptions"] = .object(
                        JSONObject(key.valueDescriptions.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
                }
                if let sensitive = key.caseSensitive { k["caseSensitive"] = .bool(sensitive) }
                if let description = key.description { k["description"] = .string(description) }
                return .object(k)
            })
        if !parameter.prefixes.isEmpty {
            object["prefixes"] = .array(
                parameter.prefixes.map { prefix in
                    var p = JSONObject()
                    p["prefix"] = .string(prefix.prefix)
                    p["placeholder"] = .string(prefix.placeholder)
                    p["type"] = .string(prefix.type.rawValue)
                    if let description = prefix.description { p["description"] = .string(description) }
                    return .object(p)
                })
        }
        return .object(object)
    }
}
