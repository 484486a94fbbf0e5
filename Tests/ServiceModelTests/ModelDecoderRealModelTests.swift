import Foundation
import JSONSyntax
import ServiceModel
import Testing

/// The streaming decoder against `ReferenceModelDecoder` on real botocore models: the bundled `schemas/`, and the
/// installed AWS CLI's models (full documentation, sdk-extras) when there is one. Every field of every shape,
/// member and operation must agree.
///
/// By default a sample of services (the largest, those with sdk-extras, and every tenth); all of them when
/// `CLI_INPUT_LS_ALL_MODELS` is set.
@Suite struct ModelDecoderRealModelTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let all = ProcessInfo.processInfo.environment["CLI_INPUT_LS_ALL_MODELS"] != nil
    static let sample: Set<String> = ["ec2", "ssm", "s3api", "rds", "neptune", "docdb", "eks", "secretsmanager",
        "sagemaker", "iot", "glue", "quicksight", "connect", "lambda", "dynamodb"]

    static var sources: [(String, ModelSource)] {
        var sources = [("bundled", ModelSource(path: repository + "/schemas", kind: .bundled))]
        if let installed = InstalledCLILocator.locate() { sources.append(("installed", installed)) }
        return sources
    }

    @Test(arguments: sources.map(\.0))
    func streamedModelsEqualTheReferenceDecoding(sourceName: String) throws {
        let source = try #require(Self.sources.first { $0.0 == sourceName }?.1)
        let catalog = ModelCatalog(searchPath: ModelSearchPath(sources: [source]))
        let entries = catalog.listing()
        #expect(entries.count > 300)
        var compared = 0
        var differences = [String]()
        for (i, entry) in entries.enumerated() where Self.all || i % 10 == 0 || Self.sample.contains(entry.cliName) {
            let streamed = try catalog.load(entry)
            let reference = try ReferenceModelDecoder.decode(
                catalog.modelJSON(entry), name: entry.dataName, nameExceptions: catalog.nameExceptions)
            if let difference = ServiceDump.firstDifference(ServiceDump.lines(streamed), ServiceDump.lines(reference))
            {
                differences.append("\(entry.cliName): \(difference)")
            }
            compared += 1
        }
        print("\(sourceName) models: \(compared) of \(entries.count) services compared, \(differences.count) differ")
        #expect(compared >= 40)
        #expect(differences.isEmpty, "\(differences.prefix(5).joined(separator: "\n"))")
    }
}
