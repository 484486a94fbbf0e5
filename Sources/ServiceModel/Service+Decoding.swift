package import JSONSyntax

extension Service {
    /// Builds a service from the bytes of a `service-2.json`, read with `ModelDecoder` (no syntax tree; the
    /// documentation kept as written and decoded when read), with `extras`, the `merge` object of a
    /// `service-2.sdk-extras.json`, applied as botocore's `deep_merge` applies it.
    ///
    /// - Parameters:
    ///   - name: the botocore data-directory name.
    ///   - apiVersion: the API version directory it was read from.
    ///   - file: the path, for error messages.
    ///   - nameExceptions: the fixed operation names of the botocore that runs the commands.
    package static func decode(
        modelBytes: [UInt8], extras: JSONValue? = nil, name: String, apiVersion: String, file: String,
        nameExceptions: [String: String] = CLINames.builtInXformExceptions, paginators: [String: Paginator] = [:]
    ) throws(ModelError) -> Service {
        do {
            let overlay = extras.flatMap(ModelOverlay.init(merge:))
            if let extras, overlay == nil {
                // The extras replace more than a shape or an operation: merge the whole documents.
                let merged = try JSONValue.parseStrict(modelBytes).deepMerging(extras)
                return try decode(
                    merged, name: name, apiVersion: apiVersion, file: file, nameExceptions: nameExceptions,
                    paginators: paginators)
            }
            return try ModelDecoder.read(modelBytes, overlay: overlay, nameExceptions: nameExceptions).service(
                name: name, apiVersion: apiVersion, paginators: paginators)
        } catch let error as JSONValue.DecodingError {
            throw .corrupt(file: file, reason: "invalid JSON: \(error)")
        } catch let error as ModelDecoder.Failure {
            throw .corrupt(file: file, reason: error.reason)
        } catch let error as ModelError {
            throw error
        } catch {
            throw .corrupt(file: file, reason: "\(error)")
        }
    }

    /// Builds a service from the decoded content of a `service-2.json` (a model merged in memory, or written by
    /// hand in tests): written out as JSON and read as a model file is.
    package static func decode(
        _ json: JSONValue, name: String, apiVersion: String, file: String,
        nameExceptions: [String: String] = CLINames.builtInXformExceptions, paginators: [String: Paginator] = [:]
    ) throws(ModelError) -> Service {
        try decode(
            modelBytes: Array(json.encode(.compact).utf8), name: name, apiVersion: apiVersion, file: file,
            nameExceptions: nameExceptions, paginators: paginators)
    }
}
