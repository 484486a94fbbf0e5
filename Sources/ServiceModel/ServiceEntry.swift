/// Where a service's model lives, found from the directory listing without reading the model.
package struct ServiceEntry: Sendable, Hashable {
    /// The botocore data-directory name.
    package var dataName: String
    /// The AWS CLI command name.
    package var cliName: String
    /// The newest API version directory in the winning source.
    package var apiVersion: String
    /// The model file (`service-2.json` or `service-2.json.gz`).
    package var modelFile: String
    /// The search-path entry the model comes from.
    package var source: ModelSource
    /// Later search-path entries that also have the service and lose to `source`.
    package var shadowed: [ModelSource]

    /// The directory holding the model file (and `paginators-1.json`).
    package var directory: String { FileSystem.directoryName(modelFile) }
}
