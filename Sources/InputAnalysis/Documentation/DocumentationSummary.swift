/// Turns a model's HTML documentation into the short text the AWS CLI's YAML skeleton shows in comments.
package enum DocumentationSummary {
    /// AWS CLI v2's comment text: the text content of `<doc>` + `html` + `</doc>` read as XML (the raw text with its
    /// tags when that is not well-formed XML), cut before the first `.` or `:`, a `.` appended when anything is
    /// left, line breaks (`\n`, U+2028) turned into spaces. Not trimmed.
    package static func firstSentence(_ html: String) -> String {
        let text = XMLText.content(ofFragment: html) ?? html
        var cut = ""
        for scalar in text.unicodeScalars {
            if scalar == "." || scalar == ":" { break }
            cut.unicodeScalars.append(scalar)
        }
        guard !cut.isEmpty else { return "" }
        cut += "."
        var result = ""
        for scalar in cut.unicodeScalars {
            result.unicodeScalars.append(scalar == "\n" || scalar == "\u{2028}" ? " " : scalar)
        }
        return result
    }

    /// The whole documentation as plain text (tags removed, entities decoded, whitespace runs collapsed), for hover
    /// and completion details.
    package static func plainText(_ html: String) -> String {
        let text = XMLText.content(ofFragment: html) ?? XMLText.strippingTags(html)
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result += " " }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
