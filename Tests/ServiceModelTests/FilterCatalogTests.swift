import Foundation
import ServiceModel
import Testing

/// Where the catalog's filter knowledge comes from: the bundle, hand-written files first, and lazy extraction from
/// newer installed models.
@Suite struct FilterCatalogTests {
    static func model(documented: Bool) -> [UInt8] {
        let doc = documented
            ? ", \"documentation\": \"<p>Valid filter names: <code>fresh-key</code> | <code>other-key</code></p>\"" : ""
        let opDoc = documented ? ", \"documentation\": \"<p>Lists.</p>\"" : ""
        return Array("""
            {"metadata": {"apiVersion": "2020-01-01"},
             "operations": {"ListThings": {"name": "ListThings", "input": {"shape": "In"}\(opDoc)}},
             "shapes": {"In": {"type": "structure", "members": {"Filters": {"shape": "FL"\(doc)}}},
               "FL": {"type": "list", "member": {"shape": "F"}},
               "F": {"type": "structure", "members": {"Name": {"shape": "S"}, "Values": {"shape": "SL"}}},
               "SL": {"type": "list", "member": {"shape": "S"}}, "S": {"type": "string"}}}
            """.utf8)
    }

    static func knowledge(_ key: String, origin: String) -> String {
        """
        {"format": 1, "service": "svc", "origin": "\(origin)", "operations": {"ListThings": [
          {"key": "Filters[].Name", "values": "Filters[].Values[]", "exhaustive": true, "keys": [{"name": "\(key)", "type": "string"}]}]}}
        """
    }

    /// A bundle (`bundle/`) with the structure-only model, extracted knowledge from botocore 1.40.0 and, optionally,
    /// hand-written knowledge; and an installed botocore (`site/botocore/data`) of version `installed`.
    static func tree(installed: String?, handWritten: Bool) throws -> ModelTree {
        let tree = try ModelTree()
        try tree.write("bundle", "svc", "2020-01-01", model(documented: false))
        let filters = tree.path("bundle") + "/filters"
        try FileManager.default.createDirectory(atPath: filters + "/extracted", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: filters + "/hand-written", withIntermediateDirectories: true)
        try Data(knowledge("bundled-key", origin: "extracted").utf8).write(to: URL(fileURLWithPath: filters + "/extracted/svc.json"))
        try Data("{\"format\": 1, \"botocore\": \"1.40.0\", \"services\": {\"svc\": 1}}".utf8)
            .write(to: URL(fileURLWithPath: filters + "/extracted/index.json"))
        if handWritten {
            try Data(knowledge("hand-key", origin: "hand-written").utf8)
                .write(to: URL(fileURLWithPath: filters + "/hand-written/svc.json"))
        }
        if let installed {
            try tree.write("site/botocore/data", "svc", "2020-01-01", model(documented: true))
            try Data("__version__ = '\(installed)'\n".utf8).write(to: URL(fileURLWithPath: tree.path("site/botocore/__init__.py")))
        }
        return tree
    }

    static func keys(_ tree: ModelTree, installed: Bool) throws -> [String] {
        var sources = [ModelSource]()
        if installed { sources.append(ModelSource(path: tree.path("site/botocore/data"), kind: .installedCLI)) }
        sources.append(ModelSource(path: tree.path("bundle"), kind: .bundled))
        let catalog = ModelCatalog(searchPath: ModelSearchPath(sources: sources))
        let service = try catalog.service("svc")
        let filters = catalog.filters(for: service)
        #expect(catalog.filters(for: service) == filters)
        return filters.parameters(of: "ListThings").flatMap { $0.keys.map(\.name) }
    }

    @Test func bundledModelsUseTheBundledKnowledge() throws {
        #expect(try Self.keys(Self.tree(installed: nil, handWritten: false), installed: false) == ["bundled-key"])
    }

    @Test func handWrittenKnowledgeReplacesExtractedKnowledge() throws {
        #expect(try Self.keys(Self.tree(installed: nil, handWritten: true), installed: false) == ["hand-key"])
        #expect(try Self.keys(Self.tree(installed: "9.0.0", handWritten: true), installed: true) == ["hand-key"])
    }

    @Test func aNewerInstalledCLIIsMinedAtLoadTime() throws {
        #expect(try Self.keys(Self.tree(installed: "1.41.2", handWritten: false), installed: true) == ["fresh-key", "other-key"])
    }

    @Test func anOlderInstalledCLIUsesTheBundle() throws {
        #expect(try Self.keys(Self.tree(installed: "1.39.9", handWritten: false), installed: true) == ["bundled-key"])
    }

    @Test func sourceDecisions() throws {
        let tree = try ModelTree()
        try tree.write("mine", "svc", "2020-01-01", Self.model(documented: true))
        try tree.write("mine", "custom", "2020-01-01", Self.model(documented: true))
        try tree.write("bundle", "svc", "2020-01-01", Self.model(documented: false))
        let catalog = ModelCatalog(searchPath: ModelSearchPath(sources: [
            ModelSource(path: tree.path("mine"), kind: .explicit), ModelSource(path: tree.path("bundle"), kind: .bundled),
        ]))
        let bundledOnly = ModelCatalog(searchPath: ModelSearchPath(sources: [ModelSource(path: tree.path("bundle"), kind: .bundled)]))
        typealias Catalog = ModelCatalog
        // The bundle also has `svc`: its knowledge fits; `custom` is unknown to the bundle: mine it.
        #expect(Catalog.filterKnowledgeSource(entry: catalog.entry(cliName: "svc"), bundleVersion: "1.0", hasDocumentation: true) == .bundle)
        #expect(
            Catalog.filterKnowledgeSource(entry: catalog.entry(cliName: "custom"), bundleVersion: "1.0", hasDocumentation: true)
                == .extraction)
        #expect(
            Catalog.filterKnowledgeSource(entry: catalog.entry(cliName: "custom"), bundleVersion: "1.0", hasDocumentation: false)
                == .bundle)
        #expect(
            Catalog.filterKnowledgeSource(entry: bundledOnly.entry(cliName: "svc"), bundleVersion: "1.0", hasDocumentation: true)
                == .bundle)
        #expect(Catalog.filterKnowledgeSource(entry: nil, bundleVersion: "1.0", hasDocumentation: true) == .bundle)
        let custom = try catalog.service("custom")
        #expect(catalog.filters(for: custom).parameters(of: "ListThings").first?.keys.map(\.name) == ["fresh-key", "other-key"])
    }

    @Test func botocoreVersionsCompareNumerically() {
        #expect(BotocoreVersion.compare("1.44.5", "1.43.11") == 1)
        #expect(BotocoreVersion.compare("1.43.11", "1.44.5") == -1)
        #expect(BotocoreVersion.compare("1.44.10", "1.44.9") == 1)
        #expect(BotocoreVersion.compare("1.44", "1.44.0") == 0)
        #expect(BotocoreVersion.compare("2.0.0dev155", "1.44.5") == 1)
    }
}
