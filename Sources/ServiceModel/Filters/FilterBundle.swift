package import JSONSyntax

/// The filter knowledge shipped in `schemas/filters/`: hand-written files that `schemas build` never touches, and
/// extracted files it rewrites.
package struct FilterBundle: Sendable {
    /// `schemas/filters`.
    package let directory: String

    package static let handWrittenDirectory = "hand-written"
    package static let extractedDirectory = "extracted"
    package static let indexFile = "index.json"

    package init(directory: String) {
        self.directory = directory
    }

    /// The bundle inside a `schemas/` directory.
    package init(schemas: String) {
        self.directory = FileSystem.join(schemas, "filters")
    }

    /// The hand-written knowledge of the service with data name `service`, if any.
    package func handWritten(_ service: String) throws(ServiceFilters.FormatError) -> ServiceFilters? {
        try read(FileSystem.join(directory, "\(Self.handWrittenDirectory)/\(service).json"))
    }

    /// The extracted knowledge of the service with data name `service`, if any.
    package func extracted(_ service: String) throws(ServiceFilters.FormatError) -> ServiceFilters? {
        try read(FileSystem.join(directory, "\(Self.extractedDirectory)/\(service).json"))
    }

    /// The services that have hand-written knowledge, by data name.
    package func handWrittenServices() -> [String] {
        let names = FileSystem.listDirectory(FileSystem.join(directory, Self.handWrittenDirectory)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The botocore version the extracted knowledge was mined from (`extracted/index.json`).
    package func botocoreVersion() -> String? {
        let path = FileSystem.join(directory, "\(Self.extractedDirectory)/\(Self.indexFile)")
        guard let bytes = try? FileSystem.readFile(path, limit: 1 << 22), let json = try? JSONValue.decode(bytes) else {
            return nil
        }
        return json["botocore"]?.stringValue
    }

    private func read(_ path: String) throws(ServiceFilters.FormatError) -> ServiceFilters? {
        guard FileSystem.isRegularFile(path) else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path, limit: 1 << 26)
        } catch {
            throw ServiceFilters.FormatError(reason: "\(path): \(error.reason)")
        }
        let json: JSONValue
        do {
            json = try JSONValue.decode(bytes)
        } catch {
            throw ServiceFilters.FormatError(reason: "\(path): invalid JSON: \(error)")
        }
        do {
            return try ServiceFilters.decode(json)
        } catch {
            throw ServiceFilters.FormatError(reason: "\(path): \(error.reason)")
        }
    }
}
