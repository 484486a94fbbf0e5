/// The filter keys one documentation string states, read from its lists, definition lists and sentences.
///
/// Precision first: a list counts only when most of its items start with a key-shaped name set apart as code
/// (`<code>KEY</code> - …`), bold, or a plain hyphenated word; a sentence counts only after a cue such as
/// "Valid filter names:" or "The supported filter key is". Per-operation sections (a bold operation name heading
/// its own list) are honoured: only the section of the operation being read applies.
struct DocumentationKeys: Sendable {
    /// Which documentation string is being read: cues differ ("Valid values" names keys in a parameter's
    /// documentation, values in a values member's).
    enum Context: Sendable {
        case parameter
        case keyMember
        case element
        case valuesMember
    }

    var keys: [ExtractedKey] = []
    var prefixes: [ExtractedPrefix] = []
    /// The keys were introduced as examples ("for example", "such as"), not as the complete list.
    var isHedged = false
    /// Keys named in a sentence that says they take ISO 8601 timestamps.
    var timestampKeys: Set<String> = []
    /// Keys a sentence says the operation being read does not accept ("The `ExecutionStage` filter can't be used
    /// with the `ListCommandInvocations` operation").
    var excludedKeys: Set<String> = []
    /// Values sentences give for keys by name; applied to keys read from any documentation string.
    var namedValues: [(key: String, values: [String])] = []

    var isEmpty: Bool { keys.isEmpty && prefixes.isEmpty }

    /// Reads `blocks` for `operation`. `memberNames` are the filter structure's own member names (`Name`,
    /// `Values`), which documentation quotes as code but which are never keys or values.
    static func read(
        _ blocks: [DocBlock], operation: String, context: Context, memberNames: Set<String>,
        keyMember: String? = nil, valuesMember: String? = nil
    ) -> DocumentationKeys {
        var reader = Reader(operation: operation, context: context, memberNames: memberNames)
        reader.keyMember = keyMember
        reader.valuesMember = valuesMember
        reader.read(blocks)
        reader.applyPendingValues()
        return reader.result
    }

    struct Reader {
        let operation: String
        let context: Context
        let memberNames: Set<String>
        /// The names of the filter structure's key and values members (`Key`, `Values`).
        var keyMember: String?
        var valuesMember: String?
        var result = DocumentationKeys()
        /// Set by a paragraph that announces keys and ends with a colon: the next paragraph may be their list.
        var expectsKeyParagraph = false
        /// Values a sentence gives for a key by name, applied once every key is known.
        var pendingValues: [(key: String, values: [String])] = []
        private var section: String?

        init(operation: String, context: Context, memberNames: Set<String>) {
            self.operation = operation
            self.context = context
            self.memberNames = memberNames
        }

        /// Gives sentence-stated values to their keys; a key given two different lists gets neither (the lists
        /// usually depend on something else, such as the resource type).
        mutating func applyPendingValues() {
            var byKey = [String: [String]]()
            var conflicting = Set<String>()
            for (name, values) in pendingValues {
                if let known = byKey[name], known != values { conflicting.insert(name) }
                byKey[name] = values
            }
            result.namedValues = pendingValues.filter { !conflicting.contains($0.key) }
            for (name, values) in result.namedValues {
                guard let i = result.keys.firstIndex(where: { $0.name == name }), result.keys[i].values.isEmpty else {
                    continue
                }
                result.keys[i].values = values
            }
        }

        private var inScope: Bool { section == nil || section == operation }

        mutating func read(_ blocks: [DocBlock]) {
            var intro: DocInline?
            for block in blocks {
                switch block {
                case .paragraph(let paragraph):
                    if let heading = Self.sectionHeading(paragraph) {
                        section = heading
                        intro = nil
                        continue
                    }
                    if inScope {
                        if expectsKeyParagraph, readKeyParagraph(paragraph) {
                            expectsKeyParagraph = false
                            intro = nil
                            continue
                        }
                        expectsKeyParagraph = false
                        readSentences(paragraph)
                    }
                    intro = paragraph
                case .list(let items):
                    if inScope { readList(items, intro: intro) }
                    intro = nil
                case .definitions(let definitions):
                    // A definition list names keys only when introduced as filters ("In search, there are several
                    // property types:" introduces kinds of names, not names).
                    if inScope, intro.map({ LowercasedText($0.text).contains("filter") }) ?? true {
                        readDefinitions(definitions)
                    }
                    intro = nil
                }
            }
        }

        /// A paragraph that is only a bold operation name opens that operation's section.
        private static func sectionHeading(_ paragraph: DocInline) -> String? {
            guard paragraph.tokens.count == 1, case .strong(let text) = paragraph.tokens[0],
                DocSentence.isOperationName(text)
            else { return nil }
            return text
        }

        // MARK: Lists

        struct Lead {
            var name: String
            var prefix: ExtractedPrefix?
            /// Index in the lead's tokens just past the key and its separator.
            var rest: Int
            var isPlainWord: Bool
        }

        private mutating func readList(_ items: [DocItem], intro: DocInline?) {
            let leads = items.map { keyLead($0.lead) }
            let keyed = leads.compactMap { $0 }
            guard !keyed.isEmpty, keyed.count * 3 >= items.count * 2 else {
                // Not a list of keys; its items may still be sentences naming keys or values.
                for item in items where !item.lead.isEmpty { readSentences(item.lead) }
                return
            }
            expectsKeyParagraph = false
            if keyed.allSatisfy({ DocSentence.isOperationName($0.name) }) { return }
            if let intro, Self.introducesNonKeys(intro) || introducesOtherMember(intro) { return }
            if keyed.filter({ memberNames.contains($0.name) }).count >= 2 {
                readStructureList(items, leads: leads)
                return
            }
            if keyed.contains(where: \.isPlainWord) {
                // Plain words are keys only in a list of nothing else, introduced as filters or values.
                guard keyed.count == items.count, keyed.allSatisfy(\.isPlainWord), let intro,
                    Self.introducesFilters(intro)
                else { return }
            }
            if let intro, Self.isHedge(intro.tokens) { result.isHedged = true }
            for (item, lead) in zip(items, leads) {
                guard let lead else { continue }
                if var prefix = lead.prefix {
                    prefix.description = Self.description(of: item.lead, after: lead.rest)
                    addPrefix(prefix)
                    continue
                }
                var key = ExtractedKey(name: lead.name)
                key.description = Self.description(of: item.lead, after: lead.rest)
                readValues(lead: item.lead, from: lead.rest, body: item.body, into: &key)
                addKey(key)
                for alias in Self.aliases(in: item.lead.tokens) where alias != key.name {
                    var copy = key
                    copy.name = alias
                    addKey(copy)
                }
            }
        }

        /// The key an item starts with: `` `KEY` - … ``, `` `KEY`: … ``, `<b>KEY</b>`, `` `tag`:<key> ``,
        /// `name: `KEY``, or a plain `key-name - …`.
        private func keyLead(_ lead: DocInline) -> Lead? {
            let t = lead.tokens
            guard let first = t.first else { return nil }
            if case .word(let w) = first, w.lowercased() == "name", t.count > 2, t[1].isPunct(":"),
                case .code(let name) = t[2], DocSentence.isKeyLike(name)
            {
                return Lead(name: name, rest: 3, isPlainWord: false)
            }
            if let literal = first.literal {
                if let prefix = Self.parametric(literal) {
                    return Lead(name: literal, prefix: prefix, rest: skipSeparator(t, 1), isPlainWord: false)
                }
                if literal == "tag" || literal.hasSuffix(":"), t.count >= 4, t[1].isPunct(":") || literal.hasSuffix(":"),
                    let close = t.firstIndex(where: { $0.isPunct(">") }), close <= 5
                {
                    var placeholder = "key"
                    for token in t[1..<close] { if case .word(let w) = token { placeholder = w } }
                    let prefix = literal.hasSuffix(":") ? literal : literal + ":"
                    return Lead(
                        name: prefix, prefix: ExtractedPrefix(prefix: prefix, placeholder: placeholder),
                        rest: skipSeparator(t, close + 1), isPlainWord: false)
                }
                let name = literal
                guard DocSentence.isKeyLike(name) else { return nil }
                guard t.count == 1 || t[1].isSeparator else { return nil }
                if name == "tag", LowercasedText(lead.text).contains("key/value combination") {
                    return Lead(
                        name: "tag:", prefix: ExtractedPrefix(prefix: "tag:", placeholder: "key"), rest: skipSeparator(t, 1),
                        isPlainWord: false)
                }
                return Lead(name: name, rest: skipSeparator(t, 1), isPlainWord: false)
            }
            if case .word(let w) = first, t.count > 1, t[1].isPunct("-") || t[1].isPunct("–"),
                DocSentence.isKeyLike(w), w == w.lowercased() || w.contains("-") || w.contains("_")
            {
                return Lead(name: w, rest: 2, isPlainWord: true)
            }
            return nil
        }

        /// `tag:<key>` written as one code span: the prefix `tag:` with placeholder `key`.
        private static func parametric(_ literal: String) -> ExtractedPrefix? {
            guard let open = literal.firstIndex(of: "<"), literal.hasSuffix(">"), open > literal.startIndex else {
                return nil
            }
            let prefix = String(literal[..<open])
            let placeholder = String(literal[literal.index(after: open)..<literal.index(before: literal.endIndex)])
            guard prefix.hasSuffix(":"), DocSentence.isKeyLike(prefix), !placeholder.isEmpty else { return nil }
            return ExtractedPrefix(prefix: prefix, placeholder: placeholder)
        }

        private func skipSeparator(_ tokens: [DocToken], _ index: Int) -> Int {
            index < tokens.count && tokens[index].isSeparator ? index + 1 : index
        }

        private static func introducesNonKeys(_ intro: DocInline) -> Bool {
            LowercasedText(intro.text).containsAny([
                "operations that use", "actions can be filtered", "following actions", "following operations",
                "following api", "example",
            ])
        }

        /// "…one of the following `Operator` values": the list names values of another member of the structure.
        private func introducesOtherMember(_ intro: DocInline) -> Bool {
            let codes = intro.tokens.compactMap { token -> String? in
                if case .code(let name) = token { return name }
                return nil
            }
            let others = codes.filter { memberNames.contains($0) && $0 != keyMember && $0 != valuesMember }
            return !others.isEmpty && !codes.contains { $0 == keyMember }
        }

        private static func introducesFilters(_ intro: DocInline) -> Bool {
            LowercasedText(intro.text).containsAny(["filter", "possible values", "valid values"])
        }

        static func isHedge(_ tokens: [DocToken]) -> Bool {
            DocSentence.findAny(DocSentence.phrases(["for example", "such as", "e.g", "but are not limited"]), in: tokens)
                != nil
        }

        // MARK: Definition lists

        private mutating func readDefinitions(_ definitions: [DocDefinition]) {
            let keyed = definitions.filter { definition in
                guard definition.term.tokens.count == 1 else { return false }
                let token = definition.term.tokens[0]
                let name: String
                switch token {
                case .code(let s), .strong(let s), .word(let s): name = s
                case .punct: return false
                }
                return DocSentence.isKeyLike(name) && !DocSentence.isOperationName(name) && !memberNames.contains(name)
            }
            guard !keyed.isEmpty, keyed.count * 3 >= definitions.count * 2 else { return }
            for definition in keyed {
                guard let name = definition.term.tokens.first.flatMap({ token -> String? in
                    switch token {
                    case .code(let s), .strong(let s), .word(let s): return s
                    case .punct: return nil
                    }
                }) else { continue }
                var key = ExtractedKey(name: name)
                var body = definition.body
                if case .paragraph(let first) = body.first {
                    key.description = Self.description(of: first, after: 0)
                    body.removeFirst()
                    readValues(lead: first, from: 0, body: body, into: &key)
                } else {
                    readValues(lead: .empty, from: 0, body: body, into: &key)
                }
                addKey(key)
            }
        }

        // MARK: Collecting

        mutating func addKey(_ key: ExtractedKey) {
            if let i = result.keys.firstIndex(where: { $0.name == key.name }) {
                result.keys[i].absorb(key)
            } else {
                result.keys.append(key)
            }
        }

        mutating func addPrefix(_ prefix: ExtractedPrefix) {
            if !result.prefixes.contains(where: { $0.prefix == prefix.prefix }) { result.prefixes.append(prefix) }
        }

        /// The first sentence of the lead after the key, at most about 240 characters.
        static func description(of lead: DocInline, after index: Int) -> String? {
            var text = Substring(lead.text)
            if index > 0 {
                // Drop the key and its separator: the text up to the first separator the tokens put there.
                if let range = text.firstRange(of: " - ") ?? text.firstRange(of: " – ") ?? text.firstRange(of: ": "),
                    text.distance(from: text.startIndex, to: range.lowerBound) <= 140
                {
                    text = text[range.upperBound...]
                } else if let space = text.firstIndex(of: " "), index == 1 {
                    text = text[text.index(after: space)...]
                } else if index == 1 {
                    return nil
                }
            }
            var sentence = ""
            var previous: Character = " "
            for c in text {
                if previous == ".", c == " ", sentence.count > 12 { break }
                sentence.append(c)
                previous = c
            }
            sentence = DocumentationMarkup.collapse(sentence)
            if sentence.isEmpty { return nil }
            if sentence.count > 240 {
                var cut = String(sentence.prefix(237))
                if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
                sentence = cut + "…"
            }
            return sentence
        }
    }
}
