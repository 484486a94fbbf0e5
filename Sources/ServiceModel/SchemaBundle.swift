package import JSONSyntax

/// Writes the bundled `schemas/` directory: structure-only botocore models of every service, read from a botocore
/// data directory (`cli-input-ls schemas build`).
///
/// Only files under the output directory are written, and an existing output directory must be empty or an
/// earlier bundle (it holds `README.md` with `marker`): nothing else is ever replaced.
package struct SchemaBundle {
    /// The line `schemas build` puts in the bundle's README, by which it recognises a bundle it may refresh.
    package static let marker = "<!-- written by cli-input-ls schemas build -->"

    /// What a build wrote.
    package struct Summary: Sendable, Hashable {
        package var services = 0
        package var operations = 0
        package var compressedBytes = 0
        package var botocoreVersion: String?
        /// Services and filter parameters written to `filters/extracted/`.
        package var filterServices = 0
        package var filterParameters = 0
    }

    /// Why a build stopped.
    package enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case notABotocoreDataDirectory(String)
        case outputNotABundle(String)
        case io(String)
        case model(ModelError)

        package var description: String {
            switch self {
            case .notABotocoreDataDirectory(let path):
                "\(path) is not a botocore data directory (no SERVICE/API-VERSION/service-2.json[.gz] inside)"
            case .outputNotABundle(let path):
                "refusing to write into \(path): it is neither empty nor a bundle written by `schemas build`"
            case .io(let message):
                message
            case .model(let error):
                error.description
            }
        }
    }

    /// The keys removed from models: documentation and examples, which the bundle does not need.
    package static let strippedKeys: Set<String> = ["documentation", "documentationUrl", "examples"]

    /// `model` without documentation.
    package static func strip(_ model: JSONValue) -> JSONValue {
        switch model {
        case .object(let object):
            var result = JSONObject()
            for (key, value) in object where !strippedKeys.contains(key) {
                result.appendUnchecked(key, strip(value))
            }
            return .object(result)
        case .array(let elements):
            return .array(elements.map(strip))
        default:
            return model
        }
    }

    /// Builds the bundle from `source` (a botocore `data` directory) into `output`.
    package static func build(from source: String, to output: String) throws(Failure) -> Summary {
        guard let names = FileSystem.listDirectory(source) else { throw .notABotocoreDataDirectory(source) }
        try prepareOutput(output)
        let catalog = ModelCatalog(searchPath: ModelSearchPath(sources: [ModelSource(path: source, kind: .explicit)]))
        var summary = Summary()
        summary.botocoreVersion = InstalledCLILocator.botocoreVersion(dataDirectory: source)
        let extractedDirectory = FileSystem.join(output, "filters/\(FilterBundle.extractedDirectory)")
        try clearExtractedFilters(extractedDirectory)
        var filterIndex = JSONObject()
        var operationIndex = [OperationIndex.Entry]()
        for dataName in names.sorted() {
            guard let entry = catalog.entry(cliName: CLINames.serviceCommandName(forDataName: dataName)),
                entry.dataName == dataName
            else { continue }
            let model: JSONValue
            do {
                model = try catalog.modelJSON(entry)
            } catch {
                throw .model(error)
            }
            let directory = FileSystem.join(output, "\(dataName)/\(entry.apiVersion)")
            try write(strip(model), to: FileSystem.join(directory, "service-2.json.gz"), summary: &summary)
            let paginators = FileSystem.join(entry.directory, "paginators-1.json")
            if FileSystem.isRegularFile(paginators) {
                do {
                    try write(
                        ModelCatalog.readModelJSON(paginators), to: FileSystem.join(directory, "paginators-1.json.gz"),
                        summary: &summary)
                } catch let error as Failure {
                    throw error
                } catch {
                    throw .model(error as? ModelError ?? .unreadable(file: paginators, reason: "\(error)"))
                }
            }
            summary.services += 1
            summary.operations += model["operations"]?.objectValue?.count ?? 0
            let decoded: Service
            do {
                decoded = try Service.decode(
                    model, name: dataName, apiVersion: entry.apiVersion, file: entry.modelFile,
                    nameExceptions: catalog.nameExceptions)
            } catch {
                throw .model(error)
            }
            if !CLINames.hiddenServices.contains(dataName) {
                operationIndex += OperationIndex.entries(of: decoded)
            }
            let filters = FilterExtractor.extract(from: decoded)
            if !filters.isEmpty {
                let text = filters.encode(origin: .extracted, botocoreVersion: summary.botocoreVersion)
                    .encode(.pythonIndent4) + "\n"
                try createDirectories(extractedDirectory)
                try writePlain(text, to: FileSystem.join(extractedDirectory, "\(dataName).json"))
                filterIndex[dataName] = .integer(Int64(filters.parameterCount))
                summary.filterServices += 1
                summary.filterParameters += filters.parameterCount
            }
        }
        var index = JSONObject()
        index["format"] = .integer(Int64(ServiceFilters.formatVersion))
        if let version = summary.botocoreVersion { index["botocore"] = .string(version) }
        index["services"] = .object(filterIndex)
        try createDirectories(extractedDirectory)
        try writePlain(
            JSONValue.object(index).encode(.pythonIndent4) + "\n",
            to: FileSystem.join(extractedDirectory, FilterBundle.indexFile))
        guard summary.services > 0 else { throw .notABotocoreDataDirectory(source) }
        try write(
            OperationIndex(entries: operationIndex).encode(), to: FileSystem.join(output, OperationIndex.fileName),
            summary: &summary)
        if let table = XformExceptions.installed(dataDirectory: source) {
            let object = JSONObject(table.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) })
            try writePlain(JSONValue.object(object).encode(.pythonIndent4) + "\n", to: FileSystem.join(output, "names.json"))
        }
        try writePlain(readme(summary), to: FileSystem.join(output, "README.md"))
        return summary
    }

    /// Removes the extracted knowledge of an earlier build, so that a service that lost its filters loses its file.
    /// Hand-written knowledge and the filters README live elsewhere and stay.
    private static func clearExtractedFilters(_ directory: String) throws(Failure) {
        for name in FileSystem.listDirectory(directory) ?? [] where name.hasSuffix(".json") {
            do {
                try FileSystem.removeFile(FileSystem.join(directory, name))
            } catch {
                throw .io("cannot remove \(error.path): \(error.reason)")
            }
        }
    }

    private static func prepareOutput(_ output: String) throws(Failure) {
        if let existing = FileSystem.listDirectory(output), !existing.isEmpty {
            let readme = FileSystem.join(output, "README.md")
            guard let bytes = try? FileSystem.readFile(readme, limit: 1 << 20),
                String(decoding: bytes, as: UTF8.self).contains(marker)
            else { throw .outputNotABundle(output) }
        }
        do {
            try FileSystem.createDirectories(output)
        } catch {
            throw .io("cannot create \(output): \(error.reason)")
        }
    }

    private static func write(_ value: JSONValue, to path: String, summary: inout Summary) throws(Failure) {
        let bytes: [UInt8]
        do {
            bytes = try Gzip.compress(Array(value.encode(.compact).utf8))
        } catch {
            throw .io("cannot compress \(path): \(error.reason)")
        }
        summary.compressedBytes += bytes.count
        do {
            try FileSystem.createDirectories(FileSystem.directoryName(path))
            try FileSystem.writeFile(path, bytes)
        } catch {
            throw .io("cannot write \(error.path): \(error.reason)")
        }
    }

    private static func createDirectories(_ path: String) throws(Failure) {
        do {
            try FileSystem.createDirectories(path)
        } catch {
            throw .io("cannot create \(error.path): \(error.reason)")
        }
    }

    private static func writePlain(_ text: String, to path: String) throws(Failure) {
        do {
            try FileSystem.writeFile(path, Array(text.utf8))
        } catch {
            throw .io("cannot write \(error.path): \(error.reason)")
        }
    }

    private static func readme(_ summary: Summary) -> String {
        let version = summary.botocoreVersion ?? "unknown"
        return """
            # Bundled service models

            \(marker)

            Structure-only botocore service models (documentation and examples stripped; `service-2.sdk-extras.json`
            merged in) and paginators for \(summary.services) services and \(summary.operations) operations, from
            botocore \(version). `names.json` holds that botocore's fixed operation names (`_xform_cache`).

            cli-input-ls searches these last: models of an installed AWS CLI, `AWS_DATA_PATH`, `~/.aws/models` and
            `--models` directories come first.

            Filter knowledge lives in `filters/` (format and extraction described in `filters/README.md`):
            `filters/extracted/` holds what `schemas build` mined from the documentation, \(summary.filterParameters)
            filter parameters of \(summary.filterServices) services, rewritten by every build; `filters/hand-written/`
            is maintained by hand and never written by the build.

            ## Refresh

            ```
            scripts/refresh-schemas.sh            # newest botocore from PyPI
            scripts/refresh-schemas.sh 1.44.5     # a given version
            ```

            The script downloads the botocore wheel, unpacks it to a temporary directory and runs
            `cli-input-ls schemas build --from <botocore>/data --out schemas`.

            """
    }
}
