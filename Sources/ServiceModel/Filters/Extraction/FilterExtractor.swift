/// Mines a service model's documentation for filter knowledge: the keys of each key/value filter parameter, their
/// value types and closed value lists.
///
/// Pure: a `Service` (with documentation) in, `ServiceFilters` out. Precision comes first: a parameter is recorded
/// only when the model declares its keys (an enum) or its documentation lists them in a form the extractor
/// recognises; a value list only when it is written as the complete set. `schemas/filters/README.md` describes the
/// patterns.
package enum FilterExtractor {
    /// The filter knowledge `service`'s documentation states. Operations without such knowledge are left out.
    package static func extract(from service: Service) -> ServiceFilters {
        var cache = [String: [DocBlock]]()
        var result = ServiceFilters(service: service.name)
        for operation in service.operations {
            var parameters = [FilterParameter]()
            for candidate in FilterCandidate.find(in: service, operation: operation) {
                if let parameter = parameter(for: candidate, operation: operation, in: service, cache: &cache) {
                    parameters.append(parameter)
                }
            }
            if !parameters.isEmpty { result.operations[operation.name] = parameters }
        }
        return result
    }

    /// The key paths of every key/value filter parameter the extractor recognises in each operation's input (by
    /// API operation name), whether or not the documentation names its keys.
    package static func filterParameterPaths(in service: Service) -> [String: [FilterPath]] {
        var result = [String: [FilterPath]]()
        for operation in service.operations {
            let paths = FilterCandidate.find(in: service, operation: operation).map(\.keyPath)
            if !paths.isEmpty { result[operation.name] = paths }
        }
        return result
    }

    private static func parameter(
        for candidate: FilterCandidate, operation: Operation, in service: Service, cache: inout [String: [DocBlock]]
    ) -> FilterParameter? {
        func blocks(_ html: String?) -> [DocBlock] {
            guard let html, !html.isEmpty else { return [] }
            if let cached = cache[html] { return cached }
            let parsed = DocumentationMarkup.parse(html)
            cache[html] = parsed
            return parsed
        }
        let parameterDoc = service.documentation(of: candidate.container)
        if let parameterDoc, Self.saysUnsupported(parameterDoc) { return nil }
        let sources: [(String?, DocumentationKeys.Context)] = [
            (parameterDoc, .parameter),
            (candidate.keyMember.flatMap { service.documentation(of: $0) }, .keyMember),
            (candidate.element?.documentation, .element),
            (candidate.valuesMember.flatMap { service.documentation(of: $0) }, .valuesMember),
        ]
        var read = [DocumentationKeys]()
        for (html, context) in sources {
            read.append(
                DocumentationKeys.read(
                    blocks(html), operation: operation.name, context: context, memberNames: candidate.memberNames,
                    keyMember: candidate.keyMember?.name, valuesMember: candidate.valuesMember?.name))
        }
        // The most specific documentation that lists keys names them; the others only add details.
        let primary = read.firstIndex { !$0.isEmpty }
        var extracted = [ExtractedKey]()
        var prefixes = [ExtractedPrefix]()
        var hedged = false
        if !candidate.keyEnum.isEmpty {
            let enumKeys = Set(candidate.keyEnum)
            if primary == 0, read[0].prefixes.isEmpty, !read[0].keys.isEmpty,
                read[0].keys.allSatisfy({ enumKeys.contains($0.name) })
            {
                extracted = read[0].keys
            } else {
                extracted = candidate.keyEnum.map(ExtractedKey.init(name:))
            }
        } else if let primary {
            extracted = read[primary].keys
            prefixes = read[primary].prefixes
            hedged = read[primary].isHedged
        } else {
            return nil
        }
        let excluded = read.reduce(into: Set<String>()) { $0.formUnion($1.excludedKeys) }
        extracted.removeAll { excluded.contains($0.name) }
        // Details (descriptions, values, types) from every documentation string, most specific first.
        for documentation in read {
            for detail in documentation.keys {
                if let i = extracted.firstIndex(where: { $0.name == detail.name }) { extracted[i].absorb(detail) }
            }
        }
        var namedValues = [String: [String]]()
        var conflicting = Set<String>()
        for documentation in read {
            for (name, values) in documentation.namedValues {
                if let known = namedValues[name], known != values { conflicting.insert(name) }
                namedValues[name] = values
            }
        }
        for (name, values) in namedValues where !conflicting.contains(name) {
            if let i = extracted.firstIndex(where: { $0.name == name }), extracted[i].values.isEmpty {
                extracted[i].values = values
            }
        }
        let timestampKeys = read.reduce(into: Set<String>()) { $0.formUnion($1.timestampKeys) }
        let allText = LowercasedText(sources.compactMap(\.0).joined(separator: " "))
        let keysCaseSensitive: Bool? =
            allText.containsAny([
                "filter names are case-sensitive", "filter names are case sensitive",
                "filter names and values are case-sensitive",
            ]) ? true : nil
        let valuesCaseSensitive: Bool? =
            allText.containsAny([
                "filter values are case-sensitive", "filter values are case sensitive", "names and values are case-sensitive",
            ]) ? true : nil
        let wildcards = !allText.containsAny([
            "wildcards are not supported", "wildcard values aren't supported", "wildcards aren't supported",
        ])

        var keys = [FilterKey]()
        for key in extracted {
            var type = key.type ?? .string
            if type == .string, timestampKeys.contains(key.name) { type = .timestamp }
            var values = key.samples
            if !key.values.isEmpty {
                type = .enumeration
                values = key.values
            } else if type == .string, Self.isIdentifierName(key.name) {
                type = .id
            }
            keys.append(
                FilterKey(
                    name: key.name, type: type, values: values, valueDescriptions: key.valueDescriptions,
                    caseSensitive: key.caseSensitive ?? valuesCaseSensitive, description: key.description))
        }
        return try? FilterParameter(
            keyPath: candidate.keyPath, valuesPath: candidate.valuesPath, keys: keys,
            prefixes: prefixes.map {
                FilterKeyPrefix(prefix: $0.prefix, placeholder: $0.placeholder, type: .string, description: $0.description)
            },
            isExhaustive: !hedged, keysCaseSensitive: keysCaseSensitive, allowsWildcards: wildcards, origin: .extracted)
    }

    /// "This parameter isn't currently supported."
    private static func saysUnsupported(_ html: String) -> Bool {
        LowercasedText(html).containsAny([
            "parameter isn't currently supported", "parameter is not currently supported", "there are no supported filters",
        ])
    }

    /// `instance-id`, `VpcId`, `resource-arn`, `LicenseArns`: names of identifiers.
    private static func isIdentifierName(_ name: String) -> Bool {
        let suffixes = ["-id", "Id", "ID", "-ids", "Ids", "IDs", "-arn", "Arn", "ARN", "Arns", "ARNs", "_id"]
        return suffixes.contains { name.hasSuffix($0) }
    }
}
