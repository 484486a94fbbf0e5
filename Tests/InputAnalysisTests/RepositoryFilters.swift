import Foundation
import ServiceModel

/// The repository's `schemas/` bundle, for tests of the shipped filter knowledge.
enum RepositoryFilters {
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schemas").path

    /// The knowledge the server would use for `service` with the bundled models: hand-written over extracted.
    static func knowledge(_ service: String) throws -> ServiceFilters {
        let bundle = FilterBundle(schemas: schemas)
        let extracted = try bundle.extracted(service) ?? ServiceFilters(service: service)
        guard let handWritten = try bundle.handWritten(service) else { return extracted }
        return handWritten.merged(over: extracted)
    }

    /// The hand-written knowledge of `service` alone.
    static func handWritten(_ service: String) throws -> ServiceFilters {
        try FilterBundle(schemas: schemas).handWritten(service) ?? ServiceFilters(service: service)
    }

    /// The bundled (structure-only) model of `service`.
    static func model(_ service: String) throws -> Service {
        let catalog = ModelCatalog(searchPath: ModelSearchPath(sources: [ModelSource(path: schemas, kind: .bundled)]))
        return try catalog.service(service)
    }
}
