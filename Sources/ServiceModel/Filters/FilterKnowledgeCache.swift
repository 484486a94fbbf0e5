internal import Synchronization

/// The filter knowledge a `ModelCatalog` has built, by service data name.
final class FilterKnowledgeCache: Sendable {
    private let entries = Mutex([String: ServiceFilters]())

    func value(for service: String) -> ServiceFilters? {
        entries.withLock { $0[service] }
    }

    func store(_ filters: ServiceFilters, for service: String) {
        entries.withLock { $0[service] = filters }
    }
}
