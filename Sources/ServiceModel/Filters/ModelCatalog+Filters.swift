/// Filter knowledge for the services a catalog loads.
extension ModelCatalog {
    /// Where a service's filter knowledge comes from, besides the hand-written files (which always come first).
    package enum FilterKnowledgeSource: Sendable, Hashable {
        /// `schemas/filters/extracted/`, mined from the botocore the bundle was built from.
        case bundle
        /// The extractor, run now on the loaded model's own documentation.
        case extraction
    }

    /// The filter knowledge of `service` (a service this catalog loaded): hand-written knowledge first; then, when
    /// the model comes from an installed AWS CLI whose botocore is newer than the bundle's (or from a directory the
    /// bundle does not cover), what the extractor finds in the model's own documentation, else the bundle's
    /// extracted knowledge. Built on first use and cached.
    package func filters(for service: Service) -> ServiceFilters {
        if let cached = filterCache.value(for: service.name) { return cached }
        let bundle = searchPath.sources.first { $0.kind == .bundled }.map { FilterBundle(schemas: $0.path) }
        let source = Self.filterKnowledgeSource(
            entry: entry(cliName: service.cliName), bundleVersion: bundle?.botocoreVersion(),
            hasDocumentation: service.operations.contains { $0.documentation != nil })
        // A bundled file that cannot be read counts as no knowledge: `BundledFilterTests` keeps them readable.
        var knowledge: ServiceFilters
        switch source {
        case .extraction:
            knowledge = FilterExtractor.extract(from: service)
        case .bundle:
            let bundled = try? bundle?.extracted(service.name)
            knowledge = bundled ?? ServiceFilters(service: service.name)
        }
        let handWritten = try? bundle?.handWritten(service.name)
        if let handWritten {
            knowledge = handWritten.merged(over: knowledge)
        }
        filterCache.store(knowledge, for: service.name)
        return knowledge
    }

    /// Decides where the knowledge of a service loaded from `entry` comes from.
    ///
    /// - Parameters:
    ///   - entry: the service's search-path entry (nil: unknown, use the bundle).
    ///   - bundleVersion: the botocore version `schemas/filters/extracted/` was mined from.
    ///   - hasDocumentation: whether the loaded model carries documentation to mine (bundled models do not).
    package static func filterKnowledgeSource(
        entry: ServiceEntry?, bundleVersion: String?, hasDocumentation: Bool
    ) -> FilterKnowledgeSource {
        guard let entry, entry.source.kind != .bundled, hasDocumentation else { return .bundle }
        if entry.source.kind == .installedCLI {
            guard let bundleVersion else { return .extraction }
            guard let installed = InstalledCLILocator.botocoreVersion(dataDirectory: entry.source.path) else {
                return .bundle
            }
            return BotocoreVersion.compare(installed, bundleVersion) > 0 ? .extraction : .bundle
        }
        // A model from `--models`, `AWS_DATA_PATH` or `~/.aws/models`: the bundle's knowledge fits when the bundle has
        // the same service; a service the bundle lacks is mined from its own documentation.
        return entry.shadowed.contains { $0.kind == .bundled } ? .bundle : .extraction
    }
}

/// Orders botocore version strings (`1.44.5`, `2.0.0dev155`) by their numeric components.
package enum BotocoreVersion {
    /// -1, 0 or 1 as `a` is older than, the same as, or newer than `b`.
    package static func compare(_ a: String, _ b: String) -> Int {
        let x = components(a)
        let y = components(b)
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? x[i] : 0
            let r = i < y.count ? y[i] : 0
            if l != r { return l < r ? -1 : 1 }
        }
        return 0
    }

    /// The leading digits of each dot-separated part.
    private static func components(_ version: String) -> [Int] {
        version.split(separator: ".").map { part in
            Int(part.prefix { $0.isASCII && $0.isNumber }) ?? 0
        }
    }
}
