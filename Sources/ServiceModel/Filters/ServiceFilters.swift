/// The filter knowledge of one service: the filter parameters of each operation.
package struct ServiceFilters: Sendable, Hashable {
    /// The botocore data-directory name (`ssm`, `ec2`).
    package var service: String
    /// Filter parameters by API operation name (`ListCommandInvocations`), each list in model order.
    package var operations: [String: [FilterParameter]]

    package init(service: String, operations: [String: [FilterParameter]] = [:]) {
        self.service = service
        self.operations = operations
    }

    /// The filter parameters of the operation with API name `operation`.
    package func parameters(of operation: String) -> [FilterParameter] {
        operations[operation] ?? []
    }

    package var isEmpty: Bool { operations.values.allSatisfy(\.isEmpty) }

    /// The number of filter parameters over all operations.
    package var parameterCount: Int { operations.values.reduce(0) { $0 + $1.count } }

    /// This knowledge with `other` filling in what it lacks: a parameter of `self` (same operation, same key path)
    /// replaces the one of `other`; `other`'s remaining parameters are kept.
    package func merged(over other: ServiceFilters) -> ServiceFilters {
        var result = other
        result.service = service
        for (operation, parameters) in operations {
            var merged = other.operations[operation] ?? []
            for parameter in parameters {
                if let i = merged.firstIndex(where: { $0.keyPath == parameter.keyPath }) {
                    merged[i] = parameter
                } else {
                    merged.append(parameter)
                }
            }
            result.operations[operation] = merged
        }
        return result
    }

    /// The other operations whose parameter at `keyPath` documents the key `name` (exactly), sorted.
    package func operations(documenting name: String, at keyPath: FilterPath, except operation: String) -> [String] {
        var found = [String]()
        for (other, parameters) in operations where other != operation {
            if parameters.contains(where: { $0.keyPath == keyPath && $0.key(named: name) != nil }) {
                found.append(other)
            }
        }
        return found.sorted()
    }
}
