/// An immutable service model: the operations and shape graph of one botocore `service-2.json`.
package struct Service: Sendable {
    /// The botocore data-directory name (`ssm`, `s3`, `codedeploy`).
    package let name: String
    /// The AWS CLI command name (`ssm`, `s3api`, `deploy`).
    package let cliName: String
    package let apiVersion: String
    package let serviceID: String?
    package let fullName: String?
    package let protocolName: String?
    package let documentation: String?
    /// Operations in model order.
    package let operations: [Operation]
    /// Every shape; `ShapeID`s index into this table.
    package let shapes: [Shape]
    /// The paginators, by API operation name.
    package let paginators: [String: Paginator]
    private let shapeIndex: [String: ShapeID]
    private let operationByCLIName: [String: Int]
    private let operationByName: [String: Int]

    package init(
        name: String, apiVersion: String, serviceID: String?, fullName: String?, protocolName: String?,
        documentation: String?, operations: [Operation], shapes: [Shape], paginators: [String: Paginator] = [:]
    ) {
        self.name = name
        self.cliName = CLINames.serviceCommandName(forDataName: name)
        self.apiVersion = apiVersion
        self.serviceID = serviceID
        self.fullName = fullName
        self.protocolName = protocolName
        self.documentation = documentation
        self.operations = operations
        self.shapes = shapes
        self.paginators = paginators
        var shapeIndex = [String: ShapeID](minimumCapacity: shapes.count)
        for (i, shape) in shapes.enumerated() { shapeIndex[shape.name] = ShapeID(i) }
        self.shapeIndex = shapeIndex
        var byCLI = [String: Int](minimumCapacity: operations.count)
        var byName = [String: Int](minimumCapacity: operations.count)
        for (i, op) in operations.enumerated() {
            byCLI[op.cliName] = i
            byName[op.name] = i
        }
        self.operationByCLIName = byCLI
        self.operationByName = byName
    }

    package subscript(id: ShapeID) -> Shape { shapes[id.index] }

    /// The shape named `name`.
    package func shape(named name: String) -> Shape? {
        shapeIndex[name].map { shapes[$0.index] }
    }

    package func shapeID(named name: String) -> ShapeID? {
        shapeIndex[name]
    }

    /// The operation with AWS CLI command name `cliName` (`list-command-invocations`).
    package func operation(cliName: String) -> Operation? {
        operationByCLIName[cliName].map { operations[$0] }
    }

    /// The operation with API name `name` (`ListCommandInvocations`).
    package func operation(named name: String) -> Operation? {
        operationByName[name].map { operations[$0] }
    }

    /// Whether the AWS CLI gives the operation a positional `outfile` (and so no `--generate-cli-skeleton`):
    /// its output's payload member is a blob, as botocore's `has_streaming_output` decides.
    package func hasStreamingOutput(_ operation: Operation) -> Bool {
        guard let output = operation.output else { return false }
        let shape = self[output]
        guard let payload = shape.payload, let member = shape.member(named: payload) else { return false }
        return self[member.shape].type == .blob
    }

    /// The documentation botocore shows for a member: the reference's own, else the target shape's.
    package func documentation(of member: Member) -> String? {
        member.documentation ?? self[member.shape].documentation
    }

    /// The enum values that apply to a member: a member-level `enum` replaces the shape's, as in botocore.
    package func enumValues(of member: Member) -> [String] {
        member.enumOverride ?? self[member.shape].enumValues
    }

    /// Whether the member is deprecated, on the reference or on its shape.
    package func isDeprecated(_ member: Member) -> Bool {
        member.isDeprecated || self[member.shape].isDeprecated
    }
}
