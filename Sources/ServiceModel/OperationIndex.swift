package import JSONSyntax

/// The top-level input members of every operation, for guessing which operation an unassociated document is for.
/// `schemas build` writes it into the bundle (`operation-index.json.gz`).
package struct OperationIndex: Sendable {
    package struct Entry: Sendable, Hashable {
        /// AWS CLI names.
        package var service: String
        package var operation: String
        package var members: [String]
        package var required: [String]
    }

    package var entries: [Entry]

    package static let fileName = "operation-index.json.gz"

    package init(entries: [Entry]) {
        self.entries = entries
    }

    /// The entries of a service's model-driven commands.
    package static func entries(of service: Service) -> [Entry] {
        CLICommandTable.commands(of: service).filter { !$0.isHidden }.compactMap { command in
            guard let input = command.operation.input else { return nil }
            let shape = service[input]
            return Entry(
                service: service.cliName, operation: command.name, members: shape.members.map(\.name),
                required: shape.required)
        }
    }

    /// The operations whose input members best match `keys` (Jaccard similarity, all required members present
    /// counting extra), best first; only operations sharing at least one key.
    package func ranked(keys: [String], limit: Int = 5) -> [(entry: Entry, score: Double)] {
        let wanted = Set(keys)
        guard !wanted.isEmpty else { return [] }
        var scored = [(entry: Entry, score: Double)]()
        for entry in entries {
            let members = Set(entry.members)
            let common = wanted.intersection(members).count
            guard common > 0 else { continue }
            var score = Double(common) / Double(wanted.union(members).count)
            if entry.required.allSatisfy(wanted.contains) { score += 0.25 }
            if common == wanted.count { score += 0.25 }
            scored.append((entry, score))
        }
        scored.sort { ($0.score, $1.entry.service, $1.entry.operation) > ($1.score, $0.entry.service, $0.entry.operation) }
        return Array(scored.prefix(limit))
    }

    package func encode() -> JSONValue {
        var services = JSONObject()
        for entry in entries {
            var operations = services[entry.service]?.objectValue ?? JSONObject()
            operations[entry.operation] = .object([
                "members": .array(entry.members.map(JSONValue.string)),
                "required": .array(entry.required.map(JSONValue.string)),
            ])
            services[entry.service] = .object(operations)
        }
        return .object(["format": .integer(1), "services": .object(services)])
    }

    package static func decode(_ json: JSONValue) -> OperationIndex {
        var entries = [Entry]()
        for (service, operations) in json["services"]?.objectValue ?? JSONObject() {
            for (operation, value) in operations.objectValue ?? JSONObject() {
                entries.append(Entry(
                    service: service, operation: operation,
                    members: value["members"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                    required: value["required"]?.arrayValue?.compactMap(\.stringValue) ?? []))
            }
        }
        return OperationIndex(entries: entries)
    }

    /// The index in a bundle directory, or nil when it is missing or unreadable.
    package static func load(schemas: String) -> OperationIndex? {
        guard let json = try? ModelCatalog.readModelJSON(FileSystem.join(schemas, fileName)) else { return nil }
        return decode(json)
    }
}
