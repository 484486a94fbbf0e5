package import ServiceModel

/// Writes AWS CLI v2's `--generate-cli-skeleton yaml-input` output: ruamel.yaml's block layout (mapping indent 2,
/// sequence indent 2 with offset 0) with an end-of-line comment on each structure member (AWSCLI.md 2.4).
package enum YAMLSkeletonWriter {
    /// A node of the skeleton before layout.
    private indirect enum Node {
        case mapping([Entry])
        case sequence([Node])
        /// A scalar: its text, how it is written, and a tag written before it (`!!binary`).
        case scalar(String, YAMLScalarStyle, tag: String?)
    }

    private struct Entry {
        var key: String
        var value: Node
        /// The comment text after `# `, when the entry has one.
        var comment: String?
    }

    /// The YAML skeleton of the operation's input, ending with a newline.
    package static func skeleton(service: Service, operation: Operation) -> String {
        guard let input = operation.input else { return "{}\n" }
        var stack = [String]()
        let root = node(service, shape: input, enumValues: [], stack: &stack)
        var out = Output()
        switch root {
        case .mapping(let entries) where !entries.isEmpty:
            writeMapping(entries, column: 0, firstInline: false, into: &out)
        default:
            out.write("{}\n")
        }
        return out.text
    }

    /// The text written so far and the column the next character goes to.
    private struct Output {
        var text = ""
        var column = 0

        mutating func write(_ s: String) {
            text += s
            if let newline = s.lastIndex(of: "\n") {
                column = s.unicodeScalars.count - s[...newline].unicodeScalars.count
            } else {
                column += s.unicodeScalars.count
            }
        }

        /// A line break and `indent` spaces.
        mutating func writeIndent(_ indent: Int) {
            write("\n" + String(repeating: " ", count: indent))
        }
    }

    /// ruamel's preferred line width: longer scalars wrap at spaces, or move to a line of their own.
    private static let bestWidth = 80

    /// Writes a scalar after `key:` or `- `, wrapping as ruamel's emitter does; `indent` is the column continuation
    /// lines start at.
    private static func writeScalar(
        _ text: String, _ style: YAMLScalarStyle, tag: String?, indent: Int, into out: inout Output
    ) {
        if let tag { out.write(" " + tag) }
        switch style {
        case .plain:
            out.write(" ")
            let chars = Array(text.unicodeScalars)
            var start = 0
            var end = 0
            var spaces = false
            while end <= chars.count {
                let ch: Unicode.Scalar? = end < chars.count ? chars[end] : nil
                if spaces {
                    if ch != " " {
                        if start + 1 == end && out.column >= bestWidth {
                            out.writeIndent(indent)
                        } else {
                            out.write(String(String.UnicodeScalarView(chars[start..<end])))
                        }
                        start = end
                    }
                } else if ch == nil || ch == " " {
                    let word = String(String.UnicodeScalarView(chars[start..<end]))
                    if word.unicodeScalars.count + out.column > bestWidth && out.column > indent {
                        out.writeIndent(indent)
                    }
                    out.write(word)
                    start = end
                }
                if let ch { spaces = ch == " " }
                end += 1
            }
        case .singleQuoted:
            out.write(" '")
            let chars = Array(text.unicodeScalars)
            var start = 0
            var end = 0
            var spaces = false
            while end <= chars.count {
                let ch: Unicode.Scalar? = end < chars.count ? chars[end] : nil
                if spaces {
                    if ch == nil || ch != " " {
                        if start + 1 == end && out.column > bestWidth && start != 0 && end != chars.count {
                            out.writeIndent(indent)
                        } else {
                            out.write(String(String.UnicodeScalarView(chars[start..<end])))
                        }
                        start = end
                    }
                } else if ch == nil || ch == " " || ch == "'" {
                    if start < end { out.write(String(String.UnicodeScalarView(chars[start..<end]))) }
                    start = end
                    if ch == "'" {
                        out.write("''")
                        start = end + 1
                    }
                }
                if let ch { spaces = ch == " " }
                end += 1
            }
            out.write("'")
        case .doubleQuoted:
            out.write(" " + YAMLScalarStyle.doubleQuoted(text))
        }
    }

    private static func node(_ service: Service, shape id: ShapeID, enumValues: [String], stack: inout [String])
        -> Node
    {
        let shape = service[id]
        stack.append(shape.name)
        defer { stack.removeLast() }
        switch shape.type {
        case .structure:
            if stack.lazy.filter({ $0 == shape.name }).count > 1 { return .mapping([]) }
            return .mapping(
                shape.members.map { member in
                    Entry(
                        key: member.name,
                        value: node(service, shape: member.shape, enumValues: service.enumValues(of: member),
                            stack: &stack),
                        comment: comment(service, shape: shape, member: member))
                })
        case .list:
            guard let member = shape.listMember else { return .sequence([]) }
            return .sequence([node(service, shape: member.shape, enumValues: service.enumValues(of: member),
                stack: &stack)])
        case .map:
            guard let value = shape.mapValue else { return .mapping([]) }
            return .mapping([
                Entry(key: "KeyName", value: node(service, shape: value.shape,
                    enumValues: service.enumValues(of: value), stack: &stack), comment: nil)
            ])
        case .string:
            let text = enumValues.first ?? ""
            return .scalar(text, YAMLScalarStyle.choose(text, simpleKey: false), tag: nil)
        case .integer, .long:
            return .scalar("0", .plain, tag: nil)
        case .float, .double:
            return .scalar("0.0", .plain, tag: nil)
        case .boolean:
            return .scalar("true", .plain, tag: nil)
        case .timestamp:
            return .scalar("1970-01-01 00:00:00", .plain, tag: nil)
        case .blob:
            return .scalar("", .singleQuoted, tag: "!!binary")
        }
    }

    /// `[REQUIRED]`, the first sentence of the documentation (always present, even when empty) and the valid
    /// values, joined with single spaces; nil when that is only whitespace.
    private static func comment(_ service: Service, shape: Shape, member: Member) -> String? {
        var parts = [String]()
        if shape.isRequired(member.name) { parts.append("[REQUIRED]") }
        parts.append(DocumentationSummary.firstSentence(service.documentation(of: member) ?? ""))
        let values = service.enumValues(of: member)
        if !values.isEmpty { parts.append("Valid values are: " + values.joined(separator: ", ") + ".") }
        let text = parts.joined(separator: " ")
        return text.allSatisfy(\.isWhitespace) ? nil : text
    }

    private static func writeMapping(_ entries: [Entry], column: Int, firstInline: Bool, into out: inout Output) {
        for (i, entry) in entries.enumerated() {
            if !(i == 0 && firstInline) { out.write(String(repeating: " ", count: column)) }
            out.write(YAMLScalarStyle.render(entry.key, simpleKey: true) + ":")
            let separator = commentSeparator(entries, at: i)
            func writeComment() {
                if let comment = entry.comment { out.write(separator + "# " + comment) }
            }
            switch entry.value {
            case .scalar(let text, let style, let tag):
                writeScalar(text, style, tag: tag, indent: column + 2, into: &out)
                writeComment()
                out.write("\n")
            case .mapping(let children) where children.isEmpty:
                out.write(" {}")
                writeComment()
                out.write("\n")
            case .mapping(let children):
                writeComment()
                out.write("\n")
                writeMapping(children, column: column + 2, firstInline: false, into: &out)
            case .sequence(let items) where items.isEmpty:
                out.write(" []")
                writeComment()
                out.write("\n")
            case .sequence(let items):
                writeComment()
                out.write("\n")
                writeSequence(items, column: column, firstInline: false, into: &out)
            }
        }
    }

    private static func writeSequence(_ items: [Node], column: Int, firstInline: Bool, into out: inout Output) {
        for (i, item) in items.enumerated() {
            if !(i == 0 && firstInline) { out.write(String(repeating: " ", count: column)) }
            out.write("-")
            switch item {
            case .scalar(let text, let style, let tag):
                writeScalar(text, style, tag: tag, indent: column + 2, into: &out)
                out.write("\n")
            case .mapping(let entries) where entries.isEmpty:
                out.write(" {}\n")
            case .mapping(let entries):
                out.write(" ")
                writeMapping(entries, column: column + 2, firstInline: true, into: &out)
            case .sequence(let nested) where nested.isEmpty:
                out.write(" []\n")
            case .sequence(let nested):
                out.write(" ")
                writeSequence(nested, column: column + 2, firstInline: true, into: &out)
            }
        }
    }

    /// ruamel's end-of-line comment column: one space when the mapping already has a comment to line up with (the
    /// previous key's, or an earlier key's found by its lookup, which walks the keys in insertion order and stops at
    /// the first key sorting at or after the current one), two spaces otherwise.
    private static func commentSeparator(_ entries: [Entry], at index: Int) -> String {
        if index > 0, entries[index - 1].comment != nil { return " " }
        let key = entries[index].key
        for earlier in entries[..<index] {
            if !(Array(earlier.key.unicodeScalars).lexicographicallyPrecedes(Array(key.unicodeScalars))) { break }
            if earlier.comment != nil { return " " }
        }
        return "  "
    }
}
