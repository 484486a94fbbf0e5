/// ruamel.yaml's block layout, as AWS CLI v2 prints YAML: mapping indent 2, sequence indent 2 with offset 0 (the
/// `- ` under its key), end-of-line comments placed by ruamel's rules, scalars quoted and wrapped as ruamel does.
package enum YAMLBlockWriter {
    /// A node before layout.
    package indirect enum Node {
        case mapping([Entry])
        case sequence([Node])
        /// A scalar: its text, how it is written, and a tag written before it (`!!binary`).
        case scalar(String, YAMLScalarStyle, tag: String?)
    }

    package struct Entry {
        package var key: String
        package var value: Node
        /// The comment text after `# `, when the entry has one.
        package var comment: String?

        package init(key: String, value: Node, comment: String? = nil) {
            self.key = key
            self.value = value
            self.comment = comment
        }
    }

    /// The YAML text of `root`, ending with a newline (`{}` for an empty mapping).
    package static func write(_ root: Node) -> String {
        var out = Output()
        switch root {
        case .mapping(let entries) where !entries.isEmpty:
            writeMapping(entries, column: 0, firstInline: false, into: &out)
        case .sequence(let items) where !items.isEmpty:
            writeSequence(items, column: 0, firstInline: false, into: &out)
        case .scalar(let text, let style, let tag):
            writeScalar(text, style, tag: tag, indent: 2, into: &out)
            out.text.removeFirst()
            out.write("\n")
        case .mapping:
            out.write("{}\n")
        case .sequence:
            out.write("[]\n")
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
