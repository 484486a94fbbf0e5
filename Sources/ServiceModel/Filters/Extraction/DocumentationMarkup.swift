/// Reads the HTML of botocore model documentation into paragraphs, lists and definition lists of tokens.
///
/// Tolerant, like a browser: unknown tags are inline, stray closing tags are ignored, an `<li>` or `<p>` left open
/// closes when its next sibling opens. Nesting deeper than `maxDepth` is read as plain text, so that no input can
/// exhaust the stack.
enum DocumentationMarkup {
    static let maxDepth = 48

    /// The blocks of `html`.
    static func parse(_ html: String) -> [DocBlock] {
        var tree = ElementTree()
        tree.read(Array(html.utf8))
        return tree.blocks(of: 0, depth: 0)
    }

    private static let blockNames: Set<String> = [
        "p", "ul", "ol", "li", "dl", "dt", "dd", "note", "important", "div", "section", "h1", "h2", "h3", "h4", "h5",
        "h6", "pre", "fullname", "table", "tr", "td", "th", "blockquote",
    ]

    private struct Element {
        var name: String
        var children: [Child] = []
    }

    private enum Child {
        case element(Int)
        case text(String)
    }

    private struct ElementTree {
        var elements = [Element(name: "#root")]

        mutating func read(_ bytes: [UInt8]) {
            var stack = [0]
            var i = 0
            let n = bytes.count
            var textStart = 0
            func flushText(_ end: Int) {
                guard end > textStart, let top = stack.last else { return }
                let raw = String(decoding: bytes[textStart..<end], as: UTF8.self)
                elements[top].children.append(.text(DocumentationMarkup.decodeEntities(raw)))
            }
            while i < n {
                guard bytes[i] == UInt8(ascii: "<") else {
                    i += 1
                    continue
                }
                if i + 3 < n, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "-"),
                    bytes[i + 3] == UInt8(ascii: "-")
                {
                    flushText(i)
                    var j = i + 4
                    while j + 2 < n, !(bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-")
                        && bytes[j + 2] == UInt8(ascii: ">")) { j += 1 }
                    i = min(n, j + 3)
                    textStart = i
                    continue
                }
                var j = i + 1
                let closing = j < n && bytes[j] == UInt8(ascii: "/")
                if closing { j += 1 }
                let nameStart = j
                while j < n, Self.isNameByte(bytes[j]) { j += 1 }
                guard j > nameStart else {
                    i += 1  // a literal `<`
                    continue
                }
                let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
                var quote: UInt8 = 0
                while j < n {
                    let b = bytes[j]
                    if quote != 0 {
                        if b == quote { quote = 0 }
                    } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                        quote = b
                    } else if b == UInt8(ascii: ">") {
                        break
                    }
                    j += 1
                }
                let selfClosing = j > 0 && j - 1 < n && bytes[j - 1] == UInt8(ascii: "/")
                flushText(i)
                i = min(n, j + 1)
                textStart = i
                if closing {
                    if let index = stack.lastIndex(where: { elements[$0].name == name }), index > 0 {
                        stack.removeSubrange(index...)
                    }
                    continue
                }
                if name == "br" || name == "hr" {
                    if let top = stack.last { elements[top].children.append(.text(" ")) }
                    continue
                }
                if selfClosing || name == "img" || name == "wbr" { continue }
                closeImplicitly(before: name, stack: &stack)
                let index = elements.count
                elements.append(Element(name: name))
                if let top = stack.last { elements[top].children.append(.element(index)) }
                stack.append(index)
            }
            flushText(n)
        }

        /// Closes an open `<li>`, `<p>`, `<dt>` or `<dd>` that the opening of `name` ends.
        private func closeImplicitly(before name: String, stack: inout [Int]) {
            let closes: Set<String>
            let barriers: Set<String>
            switch name {
            case "li": (closes, barriers) = (["li"], ["ul", "ol"])
            case "dt", "dd": (closes, barriers) = (["dt", "dd"], ["dl"])
            case "p", "ul", "ol", "dl": (closes, barriers) = (["p"], DocumentationMarkup.blockNames.subtracting(["p"]))
            default: return
            }
            var k = stack.count - 1
            while k > 0 {
                let open = elements[stack[k]].name
                if barriers.contains(open) { return }
                if closes.contains(open) {
                    stack.removeSubrange(k...)
                    return
                }
                k -= 1
            }
        }

        private static func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
        }

        func blocks(of index: Int, depth: Int) -> [DocBlock] {
            var result = [DocBlock]()
            var inline = InlineBuilder()
            func flush() {
                let run = inline.finish()
                if !run.isEmpty { result.append(.paragraph(run)) }
                inline = InlineBuilder()
            }
            for child in elements[index].children {
                switch child {
                case .text(let text):
                    inline.addText(text)
                case .element(let e):
                    let name = elements[e].name
                    if !DocumentationMarkup.blockNames.contains(name) || depth >= DocumentationMarkup.maxDepth {
                        addInline(e, to: &inline, depth: depth + 1)
                        continue
                    }
                    flush()
                    switch name {
                    case "ul", "ol":
                        result.append(.list(items(of: e, depth: depth + 1)))
                    case "li":
                        result.append(.list([item(e, depth: depth + 1)]))
                    case "dl":
                        result.append(.definitions(definitions(of: e, depth: depth + 1)))
                    default:
                        result.append(contentsOf: blocks(of: e, depth: depth + 1))
                    }
                }
            }
            flush()
            return result
        }

        private func item(_ index: Int, depth: Int) -> DocItem {
            var body = blocks(of: index, depth: depth)
            if case .paragraph(let lead) = body.first {
                body.removeFirst()
                return DocItem(lead: lead, body: body)
            }
            return DocItem(lead: .empty, body: body)
        }

        private func items(of index: Int, depth: Int) -> [DocItem] {
            var result = [DocItem]()
            for child in elements[index].children {
                if case .element(let e) = child, elements[e].name == "li" { result.append(item(e, depth: depth)) }
            }
            return result
        }

        private func definitions(of index: Int, depth: Int) -> [DocDefinition] {
            var result = [DocDefinition]()
            for child in elements[index].children {
                guard case .element(let e) = child else { continue }
                switch elements[e].name {
                case "dt":
                    var term = InlineBuilder()
                    addInline(e, to: &term, depth: depth)
                    result.append(DocDefinition(term: term.finish(), body: []))
                case "dd":
                    if result.isEmpty { result.append(DocDefinition(term: .empty, body: [])) }
                    result[result.count - 1].body.append(contentsOf: blocks(of: e, depth: depth))
                default:
                    break
                }
            }
            return result
        }

        /// Adds the inline content of element `index` (and of any block inside it, flattened).
        private func addInline(_ index: Int, to inline: inout InlineBuilder, depth: Int) {
            let element = elements[index]
            switch element.name {
            case "code", "tt", "b", "strong":
                let text = textContent(index, depth: depth)
                let trimmed = DocumentationMarkup.collapse(text)
                let isCode = element.name == "code" || element.name == "tt" || containsCode(index, depth: depth)
                if trimmed.isEmpty {
                    inline.addText(text)
                } else if isCode {
                    inline.add(.code(trimmed), text: trimmed)
                } else {
                    inline.add(.strong(trimmed), text: trimmed)
                }
            default:
                guard depth < DocumentationMarkup.maxDepth else {
                    inline.addText(textContent(index, depth: depth))
                    return
                }
                if DocumentationMarkup.blockNames.contains(element.name) { inline.addText(" ") }
                for child in element.children {
                    switch child {
                    case .text(let text): inline.addText(text)
                    case .element(let e): addInline(e, to: &inline, depth: depth + 1)
                    }
                }
                if DocumentationMarkup.blockNames.contains(element.name) { inline.addText(" ") }
            }
        }

        private func containsCode(_ index: Int, depth: Int) -> Bool {
            guard depth < DocumentationMarkup.maxDepth else { return false }
            for child in elements[index].children {
                if case .element(let e) = child {
                    if elements[e].name == "code" || containsCode(e, depth: depth + 1) { return true }
                }
            }
            return false
        }

        private func textContent(_ index: Int, depth: Int) -> String {
            var out = ""
            guard depth < DocumentationMarkup.maxDepth else { return out }
            for child in elements[index].children {
                switch child {
                case .text(let text): out += text
                case .element(let e): out += textContent(e, depth: depth + 1)
                }
            }
            return out
        }
    }

    /// `text` with whitespace runs collapsed to one space and trimmed.
    static func collapse(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out += " " }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whitespace, with a fast path for ASCII (Unicode property lookups dominate otherwise).
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// `text` with `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`, `&nbsp;` and numeric references decoded.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.prefix(10).firstIndex(of: ";") else {
                out += "&"
                rest = after
                continue
            }
            let name = after[..<semi]
            var decoded: String?
            switch name {
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "amp": decoded = "&"
            case "quot": decoded = "\""
            case "apos": decoded = "'"
            case "nbsp": decoded = " "
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                }
            }
            if let decoded {
                out += decoded
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }
}

/// Collects the tokens and plain text of one inline run.
private struct InlineBuilder {
    var tokens = [DocToken]()
    var text = ""

    mutating func add(_ token: DocToken, text piece: String) {
        tokens.append(token)
        appendText(piece)
    }

    mutating func addText(_ raw: String) {
        appendText(raw)
        var word = ""
        for scalar in raw.unicodeScalars {
            if DocumentationMarkup.isSpace(scalar) {
                if !word.isEmpty { Self.tokenize(Substring(word), into: &tokens) }
                word = ""
            } else {
                word.unicodeScalars.append(scalar)
            }
        }
        if !word.isEmpty { Self.tokenize(Substring(word), into: &tokens) }
    }

    private mutating func appendText(_ piece: String) {
        for scalar in piece.unicodeScalars {
            if DocumentationMarkup.isSpace(scalar) {
                if !text.isEmpty, text.unicodeScalars.last != " " { text += " " }
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
    }

    private static let leading: Set<Character> = ["(", "\"", "'", "[", "<", ":", "“", "‘"]
    private static let trailing: Set<Character> = [")", "\"", "'", "]", ",", ".", ";", ":", ">", "|", "”", "’", "?"]
    private static let standalone: Set<Character> = ["-", "–", "—", "|", ",", ";", ":", ".", "(", ")", "<", ">", "\""]

    private static func tokenize(_ word: Substring, into tokens: inout [DocToken]) {
        if word.count == 1, let c = word.first, standalone.contains(c) {
            tokens.append(.punct(c))
            return
        }
        var body = word
        while body.count > 1, let c = body.first, leading.contains(c) {
            tokens.append(.punct(c == "“" || c == "‘" ? "\"" : c))
            body = body.dropFirst()
        }
        var tail = [Character]()
        while body.count > 1, let c = body.last, trailing.contains(c) {
            tail.append(c == "”" || c == "’" ? "\"" : c)
            body = body.dropLast()
        }
        if body.count == 1, let c = body.first, standalone.contains(c) {
            tokens.append(.punct(c))
        } else {
            tokens.append(.word(String(body)))
        }
        for c in tail.reversed() { tokens.append(.punct(c)) }
    }

    /// The run, with `"word"` turned into a code token (documentation quotes literal names that way).
    func finish() -> DocInline {
        var merged = [DocToken]()
        merged.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            if i + 2 < tokens.count, tokens[i].isPunct("\""), case .word(let w) = tokens[i + 1], tokens[i + 2].isPunct("\"") {
                merged.append(.code(w))
                i += 3
                continue
            }
            merged.append(tokens[i])
            i += 1
        }
        var trimmed = text
        while trimmed.last == " " { trimmed.removeLast() }
        return DocInline(tokens: merged, text: trimmed)
    }
}
