package import InputAnalysis
package import JSONRPC
package import JSONSyntax
package import ServiceModel

extension LanguageServer {
    /// `workspace/executeCommand`: `cli-input.generateSkeleton [SERVICE, OPERATION, FORMAT]` returns the skeleton
    /// text (as `cli-input-ls skeleton`); `cli-input.listServices` and `cli-input.listOperations [SERVICE]` return
    /// names, for editors' pickers.
    func executeCommand(_ params: JSONValue?) -> Result<JSONValue, ResponseError> {
        let command = params?["command"]?.stringValue ?? ""
        let arguments = params?["arguments"]?.arrayValue?.compactMap(\.stringValue) ?? []
        return state.withLock { state in
            let catalog = self.catalog(for: nil, state: &state)
            switch command {
            case "cli-input.generateSkeleton":
                guard arguments.count >= 2 else {
                    return .failure(Self.invalidParams("arguments: [SERVICE, OPERATION, FORMAT]"))
                }
                let format = arguments.count > 2 ? SkeletonFormat(rawValue: arguments[2]) : .input
                guard let format else {
                    return .failure(Self.invalidParams("FORMAT is input, yaml-input or output"))
                }
                do {
                    let (service, operation) = try catalog.operation(service: arguments[0], operation: arguments[1])
                    return .success(.string(try SkeletonGenerator.generate(format, service: service, operation: operation)))
                } catch let error as ModelError {
                    return .failure(ResponseError(.requestFailed, error.description))
                } catch {
                    return .failure(ResponseError(.requestFailed, "\(error)"))
                }
            case "cli-input.listServices":
                return .success(.array(catalog.listing().map { .string($0.cliName) }))
            case "cli-input.listOperations":
                guard let name = arguments.first else { return .failure(Self.invalidParams("arguments: [SERVICE]")) }
                do {
                    let service = try catalog.service(name)
                    return .success(.array(CLICommandTable.commandNames(of: service).map(JSONValue.string)))
                } catch {
                    return .failure(ResponseError(.requestFailed, "\(error)"))
                }
            default:
                return .failure(ResponseError(.invalidParams, "unknown command \(command)"))
            }
        }
    }
}
