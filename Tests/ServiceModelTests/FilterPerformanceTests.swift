import Foundation
import ServiceModel
import Testing

/// How long lazy extraction takes at load time, on the installed AWS CLI's full (documented) models.
@Suite(.enabled(if: InstalledCLILocator.locate() != nil, "needs the installed AWS CLI's documented models"))
struct FilterPerformanceTests {
    @Test(arguments: ["ec2", "ssm", "rds"]) func extractionOfADocumentedService(_ name: String) throws {
        let installed = try #require(InstalledCLILocator.locate())
        let catalog = ModelCatalog(searchPath: ModelSearchPath(sources: [installed]))
        let service = try catalog.service(name)
        let clock = ContinuousClock()
        var filters = ServiceFilters(service: name)
        let elapsed = clock.measure { filters = FilterExtractor.extract(from: service) }
        print("extracting \(name) (\(installed.detail ?? "installed")): \(filters.parameterCount) parameters in \(elapsed)")
        // The time is printed for the record, not asserted: speed goals are checked by benchmarks.
        #expect(filters.parameterCount > 0)
    }
}
