package import JSONSyntax
package import ServiceModel

/// Builds `--generate-cli-skeleton` output for an operation, exactly as the AWS CLI does (AWSCLI.md section 2).
package enum SkeletonGenerator {
    /// Why an operation has no skeleton.
    package enum Unavailable: Error, Sendable, Hashable, CustomStringConvertible {
        /// The CLI gives streaming-output operations a positional `outfile` and no `--generate-cli-skeleton`.
        case streamingOutput(service: String, operation: String)

        package var description: String {
            switch self {
            case .streamingOutput(let service, let operation):
                "the AWS CLI has no --generate-cli-skeleton for '\(service) \(operation)': its output is a stream "
                    + "written to an outfile argument"
            }
        }
    }

    /// The skeleton text, ending with a newline.
    package static func generate(
        _ format: SkeletonFormat, service: Service, operation: Operation
    ) throws(Unavailable) -> String {
        if service.hasStreamingOutput(operation) {
            throw .streamingOutput(service: service.cliName, operation: operation.cliName)
        }
        switch format {
        case .input:
            return inputValue(service: service, operation: operation).encode(.pythonIndent4) + "\n"
        case .output:
            return outputValue(service: service, operation: operation).encode(.pythonIndent4) + "\n"
        case .yamlInput:
            return YAMLSkeletonWriter.skeleton(service: service, operation: operation)
        }
    }

    /// The input skeleton as a value: `{}` when the operation has no input.
    package static func inputValue(service: Service, operation: Operation) -> JSONValue {
        guard let input = operation.input else { return .object([:]) }
        var stack = [String]()
        return value(service, shape: input, enumValues: service[input].enumValues, name: "", memberNames: false,
            stack: &stack)
    }

    /// The output skeleton as a value: strings are member names, as the CLI's `output` mode builds its fake response.
    package static func outputValue(service: Service, operation: Operation) -> JSONValue {
        guard let output = operation.output else { return .object([:]) }
        var stack = [String]()
        return value(service, shape: output, enumValues: [], name: "", memberNames: true, stack: &stack)
    }

    /// The skeleton value of a member of `service`, for inserting a member with its placeholder.
    package static func placeholder(service: Service, member: Member) -> JSONValue {
        var stack = [String]()
        return value(service, shape: member.shape, enumValues: service.enumValues(of: member), name: member.name,
            memberNames: false, stack: &stack)
    }

    /// botocore's `ArgumentGenerator._generate_skeleton`: `stack` holds the names of the shapes on the path, and a
    /// structure already on it (other than itself) becomes `{}`.
    private static func value(
        _ service: Service, shape id: ShapeID, enumValues: [String], name: String, memberNames: Bool,
        stack: inout [String]
    ) -> JSONValue {
        let shape = service[id]
        stack.append(shape.name)
        defer { stack.removeLast() }
        switch shape.type {
        case .structure:
            if stack.lazy.filter({ $0 == shape.name }).count > 1 { return .object([:]) }
            var object = JSONObject()
            for member in shape.members {
                object.appendUnchecked(
                    member.name,
                    value(service, shape: member.shape, enumValues: service.enumValues(of: member),
                        name: member.name, memberNames: memberNames, stack: &stack))
            }
            return .object(object)
        case .list:
            guard let member = shape.listMember else { return .array([]) }
            let elementName = memberNames ? member.name : ""
            return .array([
                value(service, shape: member.shape, enumValues: service.enumValues(of: member), name: elementName,
                    memberNames: memberNames, stack: &stack)
            ])
        case .map:
            guard let mapValue = shape.mapValue else { return .object([:]) }
            return .object([
                "KeyName": value(service, shape: mapValue.shape, enumValues: service.enumValues(of: mapValue),
                    name: "", memberNames: memberNames, stack: &stack)
            ])
        case .string:
            if memberNames { return .string(name) }
            return .string(enumValues.first ?? "")
        case .integer, .long:
            return .integer(0)
        case .float, .double:
            return .double(0)
        case .boolean:
            return .bool(true)
        case .timestamp:
            return .string("1970-01-01T00:00:00")
        case .blob:
            return .null
        }
    }
}
