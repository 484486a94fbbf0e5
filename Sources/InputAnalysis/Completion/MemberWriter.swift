package import InputSyntax
package import JSONSyntax
package import ServiceModel

/// Writes a member as a document needs it: its key, a whole `key: value` entry with a placeholder value (plain, or
/// as an LSP snippet with tab stops and value choices), or a value alone.
package enum MemberWriter {
    /// The key as written in the format (`"Name"` in JSON, `Name` or a quoted form in YAML).
    package static func key(_ name: String, format: DocumentFormat) -> String {
        switch format {
        case .json: JSONText.quoted(name)
        case .yaml: YAMLScalarStyle.render(name, simpleKey: true)
        case .shorthand: name
        }
    }

    /// `"Name": value` (JSON) or `Name: value` (YAML) with a placeholder for the member's type.
    /// - Parameter indent: the column the YAML key sits at, for values spanning several lines.
    package static func entry(
        _ member: Member, service: Service, format: DocumentFormat, snippet: Bool, indent: Int = 0
    ) -> String {
        let shape = service[member.shape]
        switch format {
        case .json:
            return key(member.name, format: .json) + ": " + value(member, service: service, format: .json, snippet: snippet)
        case .shorthand:
            return member.name + "=" + value(member, service: service, format: .shorthand, snippet: snippet)
        case .yaml:
            let pad = String(repeating: " ", count: indent)
            let name = key(member.name, format: .yaml)
            switch shape.type {
            case .structure where !shape.isDocument, .map:
                return name + ":\n" + pad + "  " + (snippet ? "$1" : "")
            case .list:
                return name + ":\n" + pad + "- " + (snippet ? "$1" : "")
            default:
                return name + ": " + value(member, service: service, format: .yaml, snippet: snippet)
            }
        }
    }

    /// A placeholder value for the member.
    package static func value(_ member: Member, service: Service, format: DocumentFormat, snippet: Bool) -> String {
        let shape = service[member.shape]
        let values = service.enumValues(of: member)
        let quote = format == .json ? "\"" : ""
        func choice(_ options: [String]) -> String {
            let escaped = options.map { $0.replacingAll("\\", with: "\\\\").replacingAll("|", with: "\\|").replacingAll(",", with: "\\,").replacingAll("$", with: "\\$").replacingAll("}", with: "\\}") }
            return "${1|" + escaped.joined(separator: ",") + "|}"
        }
        if shape.isDocument { return snippet ? "{$1}" : "{}" }
        switch shape.type {
        case .string:
            if !values.isEmpty {
                let written = values.map { format == .yaml ? YAMLScalarStyle.render($0, simpleKey: false) : $0 }
                return snippet ? quote + choice(written) + quote : quote + (format == .json ? values[0] : written[0]) + quote
            }
            if format == .yaml { return snippet ? "$1" : "''" }
            return snippet ? "\"$1\"" : "\"\""
        case .integer, .long:
            return snippet ? "${1:0}" : "0"
        case .float, .double:
            return snippet ? "${1:0.0}" : "0.0"
        case .boolean:
            return snippet ? "${1|true,false|}" : "true"
        case .timestamp:
            return snippet ? quote + "${1:2024-01-01T00:00:00Z}" + quote : quote + "2024-01-01T00:00:00Z" + quote
        case .blob:
            return snippet ? quote + "$1" + quote : (format == .yaml ? "''" : "\"\"")
        case .structure, .map:
            if format == .json, !snippet {
                return SkeletonGenerator.placeholder(service: service, member: member).encode(.compact)
            }
            return format == .shorthand ? (snippet ? "{$1}" : "{}") : (snippet ? "{$1}" : "{}")
        case .list:
            if format == .json, !snippet {
                return SkeletonGenerator.placeholder(service: service, member: member).encode(.compact)
            }
            return snippet ? "[$1]" : "[]"
        }
    }
}

/// JSON string literals.
package enum JSONText {
    /// `text` as a JSON string literal.
    package static func quoted(_ text: String) -> String {
        JSONValue.string(text).encode(.compact)
    }
}
