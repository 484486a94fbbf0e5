package import ServiceModel

/// The words shown for a member in completion details and hovers.
package enum MemberDescription {
    /// The member's type in a few words: `string`, `list of Filter`, `map of string`, `enum: A | B | C`.
    package static func typeName(_ member: Member, in service: Service) -> String {
        let shape = service[member.shape]
        if shape.isDocument { return "document (any JSON value)" }
        switch shape.type {
        case .list:
            return "list of " + (shape.listMember.map { elementName($0, service) } ?? "values")
        case .map:
            return "map of " + (shape.mapValue.map { elementName($0, service) } ?? "values")
        case .structure:
            return shape.isUnion ? "\(shape.name) (exactly one member)" : shape.name
        case .string:
            let values = service.enumValues(of: member)
            return values.isEmpty ? "string" : "enum: " + values.prefix(6).joined(separator: " | ")
                + (values.count > 6 ? " | …" : "")
        default:
            return shape.type.rawValue
        }
    }

    private static func elementName(_ member: Member, _ service: Service) -> String {
        let shape = service[member.shape]
        return shape.type == .structure ? shape.name : shape.type.rawValue
    }

    /// `string, required — The ID of the task.` (type, required or not, the first sentence of the documentation).
    package static func detail(_ member: Member, in service: Service, required: Bool) -> String {
        var text = typeName(member, in: service) + (required ? ", required" : "")
        if let docs = service.documentation(of: member) {
            let sentence = DocumentationSummary.firstSentence(docs).trimmingSpaces()
            if !sentence.isEmpty { text += " — " + sentence }
        }
        return text
    }

    /// Markdown: name and type, required or not, constraints, enum values, and the documentation.
    package static func markdown(_ member: Member, in service: Service, required: Bool?) -> String {
        let shape = service[member.shape]
        var lines = ["**\(member.name)**: \(typeName(member, in: service))"
            + (required.map { $0 ? " — required" : " — optional" } ?? "")]
        var constraints = [String]()
        let unit = shape.type == .string ? " characters" : (shape.type == .list || shape.type == .map ? " items" : "")
        if let min = shape.min ?? (member.isHostLabel ? 1 : nil) { constraints.append("at least \(format(min))\(unit)") }
        if let max = shape.max { constraints.append("at most \(format(max))\(unit)") }
        if let pattern = shape.pattern { constraints.append("pattern `\(pattern)`") }
        if !constraints.isEmpty { lines.append(constraints.joined(separator: ", ")) }
        let values = service.enumValues(of: member)
        if !values.isEmpty { lines.append("Valid values: " + values.map { "`\($0)`" }.joined(separator: ", ")) }
        if service.isDeprecated(member) { lines.append("*Deprecated.*") }
        if let docs = service.documentation(of: member) {
            let text = DocumentationSummary.plainText(docs)
            if !text.isEmpty { lines.append(text) }
        }
        return lines.joined(separator: "\n\n")
    }

    private static func format(_ value: Double) -> String {
        Int64(exactly: value).map(String.init) ?? String(value)
    }
}

extension String {
    /// The string without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
