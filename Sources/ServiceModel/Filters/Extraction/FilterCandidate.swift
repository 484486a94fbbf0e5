/// A place in an operation's input shaped like a key/value filter, found from the model's structure alone.
struct FilterCandidate: Sendable {
    var keyPath: FilterPath
    var valuesPath: FilterPath
    /// The member holding the filters (the list, the map, or for a pair of members the key member).
    var container: Member
    /// The member holding the key (nil for a map, whose keys are its own).
    var keyMember: Member?
    /// The member holding the values (nil for a map).
    var valuesMember: Member?
    /// The structure of one filter (nil for a map and for a pair of members in the input itself).
    var element: Shape?
    /// The allowed keys the model itself declares (an enum on the key shape).
    var keyEnum: [String]

    /// Names of the filter structure's members (`Name`, `Values`, `Operator`), never keys or values themselves.
    var memberNames: Set<String>

    /// The names of key members, values members, and top-level pairs the extractor recognises.
    static let keyMemberNames: Set<String> = [
        "Key", "key", "Name", "name", "FilterKey", "filterKey", "FilterName", "filterName", "Attribute", "attribute",
        "AttributeKey", "attributeKey", "Field", "field", "FieldName", "fieldName",
    ]
    static let valuesMemberNames: Set<String> = [
        "Values", "values", "Value", "value", "FilterValues", "filterValues", "FilterValue", "filterValue",
        "AttributeValue", "attributeValue", "AttributeValues", "ValueList", "valueList", "valueSet", "ValueSet",
    ]

    /// The filter candidates of `operation`'s input, in model order, looking at most `maxDepth` structures deep.
    static func find(in service: Service, operation: Operation, maxDepth: Int = 5) -> [FilterCandidate] {
        guard let input = operation.input else { return [] }
        var found = [FilterCandidate]()
        var visiting = Set<ShapeID>()
        walk(service, input, path: [], depth: 0, maxDepth: maxDepth, visiting: &visiting, operation: operation, into: &found)
        return found
    }

    private static func walk(
        _ service: Service, _ id: ShapeID, path: [FilterPath.Step], depth: Int, maxDepth: Int,
        visiting: inout Set<ShapeID>, operation: Operation, into found: inout [FilterCandidate]
    ) {
        guard depth < maxDepth, visiting.insert(id).inserted else { return }
        defer { visiting.remove(id) }
        let shape = service[id]
        guard shape.type == .structure else { return }
        if let pair = pairCandidate(service, shape, path: path, operation: operation) { found.append(pair) }
        for member in shape.members {
            let target = service[member.shape]
            let here = path + [.member(member.name)]
            switch target.type {
            case .list:
                guard let elementMember = target.listMember else { continue }
                let element = service[elementMember.shape]
                guard element.type == .structure else { continue }
                if let candidate = listCandidate(
                    service, member: member, list: target, element: element, path: here, operation: operation)
                {
                    found.append(candidate)
                } else {
                    walk(
                        service, elementMember.shape, path: here + [.element], depth: depth + 1, maxDepth: maxDepth,
                        visiting: &visiting, operation: operation, into: &found)
                }
            case .map:
                if let candidate = mapCandidate(service, member: member, map: target, path: here) { found.append(candidate) }
            case .structure:
                walk(
                    service, member.shape, path: here, depth: depth + 1, maxDepth: maxDepth, visiting: &visiting,
                    operation: operation, into: &found)
            default:
                break
            }
        }
    }

    /// A list of structures with a key member and a values member, named or documented as a filter.
    private static func listCandidate(
        _ service: Service, member: Member, list: Shape, element: Shape, path: [FilterPath.Step], operation: Operation
    ) -> FilterCandidate? {
        guard let keyMember = element.members.first(where: { keyMemberNames.contains($0.name) }),
            service[keyMember.shape].type == .string,
            let valuesMember = element.members.first(where: { valuesMemberNames.contains($0.name) }),
            let valuesAreList = stringOrStringList(service, valuesMember)
        else { return nil }
        let keyEnum = service.enumValues(of: keyMember)
        let filterish = [member.name, list.name, element.name].contains { $0.lowercased().contains("filter") }
            || LowercasedText(service.documentation(of: member) ?? "").contains("filter")
        guard filterish || (!keyEnum.isEmpty && isRead(operation)) else { return nil }
        let keyPath = FilterPath(steps: path + [.element, .member(keyMember.name)])
        let valuesPath = FilterPath(
            steps: path + [.element, .member(valuesMember.name)] + (valuesAreList ? [.element] : []))
        return FilterCandidate(
            keyPath: keyPath, valuesPath: valuesPath, container: member, keyMember: keyMember,
            valuesMember: valuesMember, element: element, keyEnum: keyEnum,
            memberNames: Set(element.members.map(\.name)))
    }

    /// A map from string keys to a string or a list of strings, named as a filter.
    private static func mapCandidate(
        _ service: Service, member: Member, map: Shape, path: [FilterPath.Step]
    ) -> FilterCandidate? {
        guard member.name.lowercased().contains("filter"), let key = map.mapKey, let value = map.mapValue,
            service[key.shape].type == .string, let valuesAreList = stringOrStringList(service, value)
        else { return nil }
        return FilterCandidate(
            keyPath: FilterPath(steps: path + [.mapKey]),
            valuesPath: FilterPath(steps: path + [.mapValue] + (valuesAreList ? [.element] : [])),
            container: member, keyMember: nil, valuesMember: nil, element: nil,
            keyEnum: service.enumValues(of: key), memberNames: [])
    }

    /// Two members of one structure, `name`/`value` or `xName`/`xValue` (`attributeName`/`attributeValue`),
    /// whose value member's documentation says it filters, in a read operation.
    private static func pairCandidate(
        _ service: Service, _ shape: Shape, path: [FilterPath.Step], operation: Operation
    ) -> FilterCandidate? {
        guard isRead(operation) else { return nil }
        for keyMember in shape.members where service[keyMember.shape].type == .string {
            let stem: String
            if keyMember.name == "name" || keyMember.name == "Name" {
                stem = ""
            } else if keyMember.name.hasSuffix("Name") || keyMember.name.hasSuffix("Key") {
                stem = String(keyMember.name.dropLast(keyMember.name.hasSuffix("Name") ? 4 : 3))
                guard !stem.isEmpty else { continue }
            } else {
                continue
            }
            let valueNames = stem.isEmpty
                ? [keyMember.name == "name" ? "value" : "Value"]
                : [stem + "Value", stem + "Values"]
            guard let valuesMember = shape.members.first(where: { valueNames.contains($0.name) }),
                let valuesAreList = stringOrStringList(service, valuesMember),
                LowercasedText(service.documentation(of: valuesMember) ?? "").contains("filter")
            else { continue }
            return FilterCandidate(
                keyPath: FilterPath(steps: path + [.member(keyMember.name)]),
                valuesPath: FilterPath(steps: path + [.member(valuesMember.name)] + (valuesAreList ? [.element] : [])),
                container: keyMember, keyMember: keyMember, valuesMember: valuesMember, element: nil,
                keyEnum: service.enumValues(of: keyMember), memberNames: Set(shape.members.map(\.name)))
        }
        return nil
    }

    /// Whether the operation reads (`List…`, `Describe…`, `Get…`, `Search…`, `Lookup…`, `Query…`).
    private static func isRead(_ operation: Operation) -> Bool {
        ["List", "Describe", "Get", "Search", "Lookup", "Query"].contains { operation.name.hasPrefix($0) }
    }

    /// false for a string member, true for a list of strings, nil otherwise.
    private static func stringOrStringList(_ service: Service, _ member: Member) -> Bool? {
        let shape = service[member.shape]
        if shape.type == .string { return false }
        if shape.type == .list, let element = shape.listMember, service[element.shape].type == .string { return true }
        return nil
    }
}
