import ServiceModel

/// Every field of a service as lines of text, so that two decodings of one model can be compared and their first
/// difference shown.
enum ServiceDump {
    static func lines(_ service: Service) -> [String] {
        var lines = [
            "service \(service.name) id=\(service.serviceID ?? "-") full=\(service.fullName ?? "-") "
                + "protocol=\(service.protocolName ?? "-") doc=\(service.documentation.debugDescription)"
        ]
        for (i, shape) in service.shapes.enumerated() {
            lines.append(
                "shape #\(i) \(shape.name) \(shape.type) required=\(shape.required) enum=\(shape.enumValues) "
                    + "min=\(shape.min.debugDescription) max=\(shape.max.debugDescription) "
                    + "pattern=\(shape.pattern.debugDescription) deprecated=\(shape.isDeprecated) "
                    + "\(shape.deprecatedMessage.debugDescription) union=\(shape.isUnion) document=\(shape.isDocument) "
                    + "eventstream=\(shape.isEventStream) streaming=\(shape.isStreaming) "
                    + "sensitive=\(shape.isSensitive) exception=\(shape.isException) "
                    + "timestamp=\(shape.timestampFormat.debugDescription) payload=\(shape.payload.debugDescription) "
                    + "doc=\(shape.documentation.debugDescription)")
            for member in shape.members { lines.append("  member " + describe(member)) }
            if let member = shape.listMember { lines.append("  list " + describe(member)) }
            if let member = shape.mapKey { lines.append("  key " + describe(member)) }
            if let member = shape.mapValue { lines.append("  value " + describe(member)) }
        }
        for operation in service.operations {
            lines.append(
                "operation \(operation.name) \(operation.cliName) in=\(operation.input.map(\.description) ?? "-") "
                    + "out=\(operation.output.map(\.description) ?? "-") deprecated=\(operation.isDeprecated) "
                    + "\(operation.deprecatedMessage.debugDescription) \(operation.httpMethod ?? "-") "
                    + "\(operation.requestURI ?? "-") doc=\(operation.documentation.debugDescription)")
        }
        return lines
    }

    private static func describe(_ member: Member) -> String {
        "\(member.name) -> \(member.shape) doc=\(member.documentation.debugDescription) "
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
