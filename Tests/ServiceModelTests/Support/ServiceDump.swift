import ServiceModel

/// Every field of a service as lines of text, so that two decodings of one model can be compared and their first
/// difference shown. Shape IDs are written as the shapes' names and shapes listed by name, so that decoders that
/// number shapes differently compare equal.
enum ServiceDump {
    static func lines(_ service: Service) -> [String] {
        var lines = [
            "service \(service.name) id=\(service.serviceID ?? "-") full=\(service.fullName ?? "-") "
                + "protocol=\(service.protocolName ?? "-") doc=\(service.documentation.debugDescription)"
        ]
        for shape in service.shapes.sorted(by: { $0.name < $1.name }) {
            lines.append(
                "shape \(shape.name) \(shape.type) required=\(shape.required) enum=\(shape.enumValues) "
                    + "min=\(shape.min.debugDescription) max=\(shape.max.debugDescription) "
                    + "pattern=\(shape.pattern.debugDescription) deprecated=\(shape.isDeprecated) "
                    + "\(shape.deprecatedMessage.debugDescription) union=\(shape.isUnion) document=\(shape.isDocument) "
                    + "eventstream=\(shape.isEventStream) streaming=\(shape.isStreaming) "
                    + "sensitive=\(shape.isSensitive) exception=\(shape.isException) "
                    + "timestamp=\(shape.timestampFormat.debugDescription) payload=\(shape.payload.debugDescription) "
                    + "doc=\(shape.documentation.debugDescription)")
            for member in shape.members { lines.append("  member " + describe(member, in: service)) }
            if let member = shape.listMember { lines.append("  list " + describe(member, in: service)) }
            if let member = shape.mapKey { lines.append("  key " + describe(member, in: service)) }
            if let member = shape.mapValue { lines.append("  value " + describe(member, in: service)) }
        }
        for operation in service.operations {
            lines.append(
                "operation \(operation.name) \(operation.cliName) in=\(operation.input.map { service[$0].name } ?? "-") "
                    + "out=\(operation.output.map { service[$0].name } ?? "-") deprecated=\(operation.isDeprecated) "
                    + "\(operation.deprecatedMessage.debugDescription) \(operation.httpMethod ?? "-") "
                    + "\(operation.requestURI ?? "-") doc=\(operation.documentation.debugDescription)")
        }
        return lines
    }

    private static func describe(_ member: Member, in service: Service) -> String {
        "\(member.name) -> \(service[member.shape].name) doc=\(member.documentation.debugDescription) "
            + "deprecated=\(member.isDeprecated) \(member.deprecatedMessage.debugDescription) "
            + "hostLabel=\(member.isHostLabel) jsonvalue=\(member.isJSONValue) "
            + "location=\(member.location ?? "-")/\(member.locationName ?? "-") "
            + "idempotency=\(member.isIdempotencyToken) streaming=\(member.isStreaming) "
            + "enum=\(member.enumOverride.map { "\($0)" } ?? "-")"
    }

    /// The first differing line of two dumps, or nil when they are equal.
    static func firstDifference(_ a: [String], _ b: [String]) -> String? {
        for (x, y) in zip(a, b) where x != y { return "\(x.prefix(400))\n   vs\n\(y.prefix(400))" }
        return a.count == b.count ? nil : "\(a.count) lines vs \(b.count) lines"
    }
}
