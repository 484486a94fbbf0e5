package import InputAnalysis
package import JSONSyntax

/// Settings from `initializationOptions` and `workspace/configuration` (section `cliInputLs`).
///
/// ```json
/// {"modelDirectories": ["./models"], "associations": {"jobs/*.json": "ssm list-commands"}, "cliVersion": "2"}
/// ```
package struct ServerSettings: Sendable, Hashable {
    /// Extra model directories, searched first (relative paths are relative to the first workspace folder).
    package var modelDirectories: [String] = []
    /// Globs (relative to the workspace folder) to "SERVICE OPERATION": the highest-precedence association.
    package var associations: [(glob: String, operation: String)] = []
    package var cliVersion: CLIVersion?

    package init() {}

    package init(_ value: JSONValue?) {
        guard let value, let object = value.objectValue else { return }
        let settings = object["cliInputLs"]?.objectValue ?? object
        modelDirectories = settings["modelDirectories"]?.arrayValue?.compactMap(\.stringValue) ?? []
        for (glob, operation) in settings["associations"]?.objectValue ?? JSONObject() {
            if let operation = operation.stringValue { associations.append((glob, operation)) }
        }
        switch settings["cliVersion"] {
        case .string(let text): cliVersion = CLIVersion(rawValue: text)
        case .integer(let number): cliVersion = CLIVersion(rawValue: String(number))
        default: cliVersion = nil
        }
    }

    package static func == (lhs: ServerSettings, rhs: ServerSettings) -> Bool {
        lhs.modelDirectories == rhs.modelDirectories && lhs.cliVersion == rhs.cliVersion
            && lhs.associations.map(\.glob) == rhs.associations.map(\.glob)
            && lhs.associations.map(\.operation) == rhs.associations.map(\.operation)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(modelDirectories)
        hasher.combine(cliVersion)
        for entry in associations {
            hasher.combine(entry.glob)
            hasher.combine(entry.operation)
        }
    }
}
