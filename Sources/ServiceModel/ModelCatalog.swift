package import JSONSyntax
internal import Synchronization

/// The services available on the search path, loaded lazily one service at a time and cached.
///
/// Safe to share between threads: the caches sit behind one `Mutex`; a `Service` is an immutable value.
package final class ModelCatalog: Sendable {
    package let searchPath: ModelSearchPath
    private let state = Mutex(State())

    private struct State {
        var entries: [String: ServiceEntry?] = [:]
        var listing: [ServiceEntry]?
        var services: [String: Service] = [:]
    }

    /// The fixed operation names of the botocore that will run the commands (see `XformExceptions`).
    package let nameExceptions: [String: String]

    /// Filter knowledge per service, built on first use (`ModelCatalog+Filters.swift`).
    let filterCache = FilterKnowledgeCache()

    package init(searchPath: ModelSearchPath) {
        self.searchPath = searchPath
        self.nameExceptions = Self.nameExceptions(for: searchPath)
    }

    /// The installed CLI's botocore table; without an installed CLI, the bundle's `names.json`; else built in.
    private static func nameExceptions(for searchPath: ModelSearchPath) -> [String: String] {
        if let installed = searchPath.sources.first(where: { $0.kind == .installedCLI }),
            let table = XformExceptions.installed(dataDirectory: installed.path)
        {
            return table
        }
        if let bundled = searchPath.sources.first(where: { $0.kind == .bundled }),
            let bytes = try? FileSystem.readFile(FileSystem.join(bundled.path, "names.json"), limit: 1 << 20),
            let object = (try? JSONValue.decode(bytes))?.objectValue
        {
            var table = [String: String]()
            for (key, value) in object { table[key] = value.stringValue }
            return table
        }
        return CLINames.builtInXformExceptions
    }

    /// Every service on the search path, by CLI name, each from the first entry that has it.
    package func listing() -> [ServiceEntry] {
        if let cached = state.withLock({ $0.listing }) { return cached }
        var names = Set<String>()
        for source in searchPath.sources {
            for name in FileSystem.listDirectory(source.path) ?? [] where !name.hasPrefix(".") {
                names.insert(name)
            }
        }
        var result = [ServiceEntry]()
        for dataName in names where !CLINames.hiddenServices.contains(dataName) {
            if let entry = findEntry(dataName: dataName) { result.append(entry) }
        }
        result.sort { $0.cliName < $1.cliName }
        state.withLock { state in
            state.listing = result
            for entry in result { state.entries[entry.cliName] = entry }
        }
        return result
    }

    /// The entry for the service with CLI name `cliName`, without listing every service.
    package func entry(cliName: String) -> ServiceEntry? {
        if let cached = state.withLock({ $0.entries[cliName] }) { return cached }
        let found = CLINames.dataName(forServiceCommand: cliName).flatMap { findEntry(dataName: $0) }
        state.withLock { $0.entries[cliName] = .some(found) }
        return found
    }

    /// The service with CLI name `cliName`, loaded on first use.
    package func service(_ cliName: String) throws(ModelError) -> Service {
        if let cached = state.withLock({ $0.services[cliName] }) { return cached }
        guard let entry = entry(cliName: cliName) else {
            throw .unknownService(cliName, suggestions: NameSuggestions.closest(to: cliName, in: listing().map(\.cliName)))
        }
        let service = try load(entry)
        state.withLock { $0.services[cliName] = service }
        return service
    }

    /// The service and the operation with CLI names `serviceName` and `operationName`.
    package func operation(
        service serviceName: String, operation operationName: String
    ) throws(ModelError) -> (Service, Operation) {
        let service = try service(serviceName)
        guard let operation = service.operation(cliName: operationName) else {
            throw .unknownOperation(
                service: serviceName, operation: operationName,
                suggestions: NameSuggestions.closest(to: operationName, in: service.operations.map(\.cliName)))
        }
        return (service, operation)
    }

    /// Reads and decodes the model file of `entry`, with botocore's `service-2.sdk-extras.json` merged in.
    package func load(_ entry: ServiceEntry) throws(ModelError) -> Service {
        try Service.decode(
            modelBytes: Self.readModelBytes(entry.modelFile), extras: sdkExtras(entry), name: entry.dataName,
            apiVersion: entry.apiVersion, file: entry.modelFile, nameExceptions: nameExceptions,
            paginators: paginators(entry))
    }

    /// The paginators next to the model (`paginators-1.json[.gz]`); none when the file is missing or unreadable,
    /// which only costs the pagination-specific rules.
    private func paginators(_ entry: ServiceEntry) -> [String: Paginator] {
        for name in ["paginators-1.json", "paginators-1.json.gz"] {
            let file = FileSystem.join(entry.directory, name)
            guard FileSystem.isRegularFile(file), let json = try? Self.readModelJSON(file) else { continue }
            return Paginator.decode(json)
        }
        return [:]
    }

    /// The model of `entry` as botocore's loader returns it: the file, then the `merge` part of the first
    /// `service-2.sdk-extras.json` for the same service and API version on the search path.
    package func modelJSON(_ entry: ServiceEntry) throws(ModelError) -> JSONValue {
        let json = try Self.readModelJSON(entry.modelFile)
        guard let merge = try sdkExtras(entry) else { return json }
        return json.deepMerging(merge)
    }

    /// The `merge` object of the first `service-2.sdk-extras.json` for the service and API version of `entry` on
    /// the search path, as botocore's loader finds it.
    private func sdkExtras(_ entry: ServiceEntry) throws(ModelError) -> JSONValue? {
        for source in searchPath.sources {
            let extras = FileSystem.join(source.path, "\(entry.dataName)/\(entry.apiVersion)/service-2.sdk-extras.json")
            guard FileSystem.isRegularFile(extras) else { continue }
            return try Self.readModelJSON(extras)["merge"]
        }
        return nil
    }

    /// Reads a botocore JSON file, gunzipping `.gz` files.
    package static func readModelJSON(_ file: String) throws(ModelError) -> JSONValue {
        let bytes = try readModelBytes(file)
        do {
            return try JSONValue.parseStrict(bytes)
        } catch {
            throw .corrupt(file: file, reason: "invalid JSON: \(error)")
        }
    }

    /// The content of a botocore data file, gunzipped when it is compressed (a `.gz` name or the gzip magic).
    package static func readModelBytes(_ file: String) throws(ModelError) -> [UInt8] {
        let raw: [UInt8]
        do {
            raw = try FileSystem.readFile(file)
        } catch {
            throw .unreadable(file: file, reason: error.reason)
        }
        guard file.hasSuffix(".gz") || Gzip.isGzip(raw) else { return raw }
        do {
            return try Gzip.decompress(raw)
        } catch {
            throw .corrupt(file: file, reason: error.reason)
        }
    }

    private func findEntry(dataName: String) -> ServiceEntry? {
        var winner: ServiceEntry?
        var shadowed = [ModelSource]()
        for source in searchPath.sources {
            let serviceDirectory = FileSystem.join(source.path, dataName)
            guard let versions = FileSystem.listDirectory(serviceDirectory) else { continue }
            // The newest API version of this entry that holds a service model.
            for version in versions.sorted(by: >) {
                let versionDirectory = FileSystem.join(serviceDirectory, version)
                let file = ["service-2.json", "service-2.json.gz"].map { FileSystem.join(versionDirectory, $0) }
                    .first(where: FileSystem.isRegularFile)
                guard let file else { continue }
                if winner == nil {
                    winner = ServiceEntry(
                        dataName: dataName, cliName: CLINames.serviceCommandName(forDataName: dataName),
                        apiVersion: version, modelFile: file, source: source, shadowed: [])
                } else {
                    shadowed.append(source)
                }
                break
            }
        }
        winner?.shadowed = shadowed
        return winner
    }
}
