import Foundation
import ServiceModel
import Testing

/// A temporary directory tree of model files, removed when the test ends.
final class ModelTree {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "cli-input-ls-models-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes `entry/service/version/file` with `content`.
    @discardableResult
    func write(_ entry: String, _ service: String, _ version: String, file: String = "service-2.json", _ content: [UInt8])
        throws -> String
    {
        let directory = "\(root)/\(entry)/\(service)/\(version)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = "\(directory)/\(file)"
        try Data(content).write(to: URL(fileURLWithPath: path))
        return path
    }

    func path(_ entry: String) -> String { "\(root)/\(entry)" }

    static func model(operation: String = "DoThing") -> [UInt8] {
        Array("""
            {"metadata": {"apiVersion": "2020-01-01"}, "operations": {"\(operation)": {"name": "\(operation)",
            "input": {"shape": "In"}}}, "shapes": {"In": {"type": "structure", "members": {"A": {"shape": "S"}}},
            "S": {"type": "string"}}}
            """.utf8)
    }
}

@Suite struct ModelCatalogTests {
    func catalog(_ tree: ModelTree, _ entries: String...) -> ModelCatalog {
        ModelCatalog(searchPath: ModelSearchPath(sources: entries.map {
            ModelSource(path: tree.path($0), kind: .explicit)
        }))
    }

    @Test func firstEntryWinsAndNewestVersionWithinIt() throws {
        let tree = try ModelTree()
        try tree.write("one", "svc", "2019-01-01", ModelTree.model(operation: "OldOne"))
        try tree.write("one", "svc", "2020-01-01", ModelTree.model(operation: "NewOne"))
        try tree.write("two", "svc", "2021-01-01", ModelTree.model(operation: "Two"))
        let catalog = catalog(tree, "one", "two")
        let service = try catalog.service("svc")
        #expect(service.apiVersion == "2020-01-01")
        #expect(service.operation(cliName: "new-one") != nil)
        let entry = try #require(catalog.entry(cliName: "svc"))
        #expect(entry.source.path == tree.path("one"))
        #expect(entry.shadowed.map(\.path) == [tree.path("two")])
    }

    @Test func readsGzipModels() throws {
        let tree = try ModelTree()
        try tree.write("one", "svc", "2020-01-01", file: "service-2.json.gz", Gzip.compress(ModelTree.model()))
        #expect(try catalog(tree, "one").service("svc").operation(cliName: "do-thing") != nil)
    }

    @Test func truncatedGzipNamesTheFile() throws {
        let tree = try ModelTree()
        let compressed = try Gzip.compress(ModelTree.model())
        let file = try tree.write("one", "svc", "2020-01-01", file: "service-2.json.gz", Array(compressed.prefix(20)))
        #expect {
            try catalog(tree, "one").service("svc")
        } throws: { error in
            guard case .corrupt(let path, let reason) = error as? ModelError else { return false }
            return path == file && reason.contains("truncated")
        }
    }

    @Test func corruptJSONNamesTheFile() throws {
        let tree = try ModelTree()
        let file = try tree.write("one", "svc", "2020-01-01", Array("{\"shapes\": ".utf8))
        #expect {
            try catalog(tree, "one").service("svc")
        } throws: { error in
            (error as? ModelError)?.description.contains(file) == true
        }
    }

    @Test func missingShapeReferenceIsCorrupt() throws {
        let tree = try ModelTree()
        try tree.write("one", "svc", "2020-01-01", Array("""
            {"operations": {"X": {"name": "X", "input": {"shape": "Nope"}}}, "shapes": {}}
            """.utf8))
        #expect(throws: ModelError.self) { try catalog(tree, "one").service("svc") }
    }

    @Test func unreadableModelIsReported() throws {
        let tree = try ModelTree()
        let file = try tree.write("one", "svc", "2020-01-01", ModelTree.model())
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file) }
        // root can read anything; only check the non-root case.
        if getuid() != 0 {
            #expect(throws: ModelError.self) { try catalog(tree, "one").service("svc") }
        }
    }

    @Test func unknownServiceSuggestsCloseNames() throws {
        let tree = try ModelTree()
        try tree.write("one", "ssm", "2020-01-01", ModelTree.model())
        #expect {
            try catalog(tree, "one").service("ssn")
        } throws: { error in
            guard case .unknownService(_, let suggestions) = error as? ModelError else { return false }
            return suggestions == ["ssm"]
        }
    }

    @Test func listingUsesCLINamesAndSkipsDirectoriesWithoutModels() throws {
        let tree = try ModelTree()
        try tree.write("one", "config", "2020-01-01", ModelTree.model())
        try tree.write("one", "empty", "2020-01-01", file: "paginators-1.json", Array("{}".utf8))
        #expect(catalog(tree, "one").listing().map(\.cliName) == ["configservice"])
    }

    @Test func standardSearchPathOrder() {
        let env = ["AWS_DATA_PATH": "/a:/b", "HOME": "/home/u", "PATH": "/nonexistent"]
        let path = ModelSearchPath.standard(
            explicit: ["/x"], environment: { env[$0] }, includeInstalledCLI: true, includeBundled: false)
        #expect(path.sources.map(\.path) == ["/x", "/a", "/b", "/home/u/.aws/models"])
        #expect(path.sources.map(\.kind) == [.explicit, .awsDataPath, .awsDataPath, .userModels])
    }
}

@Suite struct SDKExtrasTests {
    @Test func extrasAreMergedLikeBotocore() throws {
        let tree = try ModelTree()
        try tree.write("one", "svc", "2020-01-01", ModelTree.model())
        try tree.write("one", "svc", "2020-01-01", file: "service-2.sdk-extras.json", Array("""
            {"version": 1.0, "merge": {"shapes": {"In": {"members": {"SourceRegion": {"shape": "S"}}},
            "S": {"type": "string", "min": 2}}}}
            """.utf8))
        let catalog = ModelCatalog(searchPath: ModelSearchPath(sources: [
            ModelSource(path: tree.path("one"), kind: .explicit)
        ]))
        let service = try catalog.service("svc")
        #expect(service.shape(named: "In")?.members.map(\.name) == ["A", "SourceRegion"])
        #expect(service.shape(named: "S")?.min == 2)
    }
}
