/// Sentence patterns: keys named after a cue ("Valid filter names: a | b"), values named after a cue
/// ("Valid values: `a`, `b`"), parenthesised alternatives ("(`a` | `b`)"), and the value types a sentence states.
extension DocumentationKeys.Reader {
    private static let keyCues = DocSentence.phrases([
        "valid filter names", "valid filter name", "valid filter keys", "valid filters", "only valid filter is",
        "filter names are", "supported filter keys", "supported filter key", "supported filter names", "supported keys",
        "supported filters", "only supported filter is", "supported names", "supported name", "filter keys are",
        "filter key is", "allowed filters",
        "valid names", "can filter on", "you can filter by", "filter name can be", "name can be one of",
        "currently only supports", "only supports", "using the", "the following filters",
    ])
    private static let keyCuesNamingValues = DocSentence.phrases(["valid values are", "valid values"])
    private static let valueCues = DocSentence.phrases([
        "valid values", "possible values", "allowed values", "valid statuses", "valid status values",
        "one or more of", "one of the following", "the following values", "following status codes",
        "corresponding values", "must be one of", "accepts any of the following", "statuses are", "values are",
        "can be", "values:",
    ])
    private static let sampleCues = DocSentence.phrases(["sample values", "sample value"])
    private static let exclusions: Set<String> = ["operator", "operators", "operations", "comparison", "condition"]

    // MARK: Sentences of a paragraph

    mutating func readSentences(_ paragraph: DocInline) {
        for sentence in DocSentence.split(paragraph.tokens) {
            readExclusion(sentence)
            readKeySentence(sentence)
            readValueSentence(sentence)
            if DocSentence.find(["iso", "8601"], in: sentence) != nil {
                for token in sentence {
                    if case .code(let name) = token, DocSentence.isKeyLike(name) { result.timestampKeys.insert(name) }
                }
            }
        }
    }

    /// "Valid filter values for …" and "Valid values for the `X` filter key" are about values, not keys; "Valid
    /// values for `Name` are …" (the key member) names keys.
    private func isAboutValues(_ sentence: [DocToken], cue: (start: Int, end: Int)) -> Bool {
        guard cue.end < sentence.count, let next = sentence[cue.end].lowercasedWord else { return false }
        if next == "value" || next == "values" { return true }
        guard next == "for", sentence[cue.start..<cue.end].contains(where: { $0.lowercasedWord == "values" }) else {
            return false
        }
        let code = sentence[(cue.end + 1)...].prefix(3).first { $0.isCode }
        return code != nil && code != .code(keyMember ?? "")
    }

    /// "The `X` filter can't be used with the `Operation` operation": X is not a key of this operation.
    private mutating func readExclusion(_ sentence: [DocToken]) {
        let cues = DocSentence.phrases(["can't be used with", "cannot be used with", "isn't supported for", "is not supported for"])
        guard let cue = DocSentence.findAny(cues, in: sentence) else { return }
        let after = sentence[cue.end...].prefix(4)
        guard after.contains(where: { $0 == .code(operation) }) || after.contains(where: { $0 == .word(operation) }) else {
            return
        }
        for token in sentence[..<cue.start] {
            if case .code(let name) = token, DocSentence.isKeyLike(name), !memberNames.contains(name) {
                result.excludedKeys.insert(name)
            }
        }
    }

    /// "Valid filter names: `a` | `b`", "The supported filter key is `STATUS`", "Only `x` filter name is supported".
    private mutating func readKeySentence(_ sentence: [DocToken]) {
        var cues = Self.keyCues
        if context == .parameter || context == .keyMember { cues += Self.keyCuesNamingValues }
        if let cue = DocSentence.findAny(cues, in: sentence), !isAboutValues(sentence, cue: cue) {
            let start = skipFiller(sentence, from: cue.end)
            let run = DocSentence.codeRun(in: sentence, from: start)
            var names = run.names.filter { DocSentence.isKeyLike($0) && !DocSentence.isOperationName($0) }
            var end = run.end
            let plainStart = cue.end < sentence.count && sentence[cue.end].isPunct(":") ? cue.end + 1 : cue.end
            if names.isEmpty || run.dangling, let plain = DocSentence.pipeRun(in: sentence, from: plainStart) {
                names = plain.names
                end = plain.end
            } else if run.dangling || names.count != run.names.count {
                names = []
            }
            let usingThe = sentence[cue.start].lowercasedWord == "using"
            if usingThe, !(end < sentence.count && sentence[end].lowercasedWord == "filter") { names = [] }
            // Names given as an example ("For example, you can filter by the `AmazonEC2` service code") are not
            // the list of keys.
            if !names.isEmpty, !Self.isHedge(Array(sentence[..<start])) {
                for name in names { addKey(ExtractedKey(name: name)) }
                return
            }
            // "The following are valid filter keys for a `GetMetricDataV2` request:" and the list in the next
            // paragraph.
            if sentence.last?.isPunct(":") ?? false { expectsKeyParagraph = true }
        }
        // "Only `deviceArn` filter name is currently supported."
        if sentence.first?.lowercasedWord == "only", sentence.count > 3, case .code(let name) = sentence[1],
            sentence[2].lowercasedWord == "filter", DocSentence.find(["supported"], in: sentence) != nil,
            DocSentence.isKeyLike(name), !memberNames.contains(name)
        {
            addKey(ExtractedKey(name: name))
        }
    }

    /// A sentence naming one key and its values ("The supported filter key is `STATUS` with the corresponding
    /// values `A`, `B`"; "`Values` for the `x` filter can be one or more of: `a`, `b`"; "Specify `a` or `b` if you
    /// specify the `name` parameter as `X`"). Applied at the end, to keys found anywhere.
    private mutating func readValueSentence(_ sentence: [DocToken]) {
        if sentence.contains(where: { Self.exclusions.contains($0.lowercasedWord ?? "") }) { return }
        if sentence.first?.lowercasedWord == "specify" {
            let run = DocSentence.codeRun(in: sentence, from: 1)
            if !run.names.isEmpty, !run.dangling, let asIndex = DocSentence.find(["as"], in: sentence, from: run.end),
                asIndex < sentence.count, case .code(let key) = sentence[asIndex], !memberNames.contains(key)
            {
                pendingValues.append((key, run.names))
            }
            return
        }
        guard let cue = DocSentence.findAny(Self.valueCues, in: sentence) else { return }
        let mentioned = sentence[..<cue.start].compactMap { token -> String? in
            guard case .code(let name) = token, DocSentence.isKeyLike(name), !memberNames.contains(name) else { return nil }
            return name
        }
        guard Set(mentioned).count == 1, let key = mentioned.first else { return }
        if let values = closedRun(sentence, from: cue.end, excluding: key) { pendingValues.append((key, values)) }
    }

    /// The names after a value cue, when they form a closed list: all value-shaped, none left dangling.
    private func closedRun(_ tokens: [DocToken], from index: Int, excluding key: String) -> [String]? {
        let start = skipFiller(tokens, from: index)
        let run = DocSentence.codeRun(in: tokens, from: start)
        guard !run.names.isEmpty, !run.dangling, run.names.allSatisfy(DocSentence.isValueLike),
            !run.names.contains(key), !Self.isHedge(Array(tokens[..<start]))
        else { return nil }
        return run.names
    }

    /// Skips words, colons and the structure's member names (`Values`) quoted as code, up to six tokens.
    private func skipFiller(_ tokens: [DocToken], from index: Int) -> Int {
        var i = index
        var skipped = 0
        while i < tokens.count, skipped < 6 {
            switch tokens[i] {
            case .word: break
            case .punct(let c) where c == ":" || c == "-" || c == "–": break
            case .code(let name) where memberNames.contains(name):
                // A member name that starts a list (`` `name`, `version` ``) is a key there, not filler.
                if i + 1 < tokens.count, tokens[i + 1].isPunct(",") || tokens[i + 1].isPunct("|") { return i }
            default: return i
            }
            i += 1
            skipped += 1
        }
        return i
    }

    /// Other names a key item says the key also goes by: "You can also use `cidr` or `cidrBlock` as the filter
    /// names."
    static func aliases(in tokens: [DocToken]) -> [String] {
        var result = [String]()
        for sentence in DocSentence.split(tokens) {
            guard let after = DocSentence.find(["you", "can", "also", "use"], in: sentence) else { continue }
            let run = DocSentence.codeRun(in: sentence, from: after)
            guard !run.names.isEmpty, !run.dangling,
                DocSentence.find(["as", "the", "filter", "name"], in: sentence, from: run.end) == run.end + 4
                    || DocSentence.find(["as", "the", "filter", "names"], in: sentence, from: run.end) == run.end + 4
            else { continue }
            result.append(contentsOf: run.names.filter(DocSentence.isKeyLike))
        }
        return result
    }

    /// A paragraph that is nothing but a list of code names (`` `A` | `B` | `C` ``), after one announcing keys.
    mutating func readKeyParagraph(_ paragraph: DocInline) -> Bool {
        let run = DocSentence.codeRun(in: paragraph.tokens, from: 0)
        guard run.names.count >= 2, !run.dangling, run.end == paragraph.tokens.count,
            run.names.allSatisfy(DocSentence.isKeyLike)
        else { return false }
        for name in run.names { addKey(ExtractedKey(name: name)) }
        return true
    }

    /// A list describing the filter structure's own members (`Key` - "Valid values are `A` and `B`", `Value` -
    /// "Valid values are only `X` or `Y`"): the key member's item names the keys; the values member's item names the
    /// values when there is one key.
    mutating func readStructureList(_ items: [DocItem], leads: [Lead?]) {
        let cues = DocSentence.phrases(["valid values are", "valid values", "only valid value is", "valid value is"])
        var keys = [String]()
        var values: [String]?
        for (item, lead) in zip(items, leads) {
            guard let lead, lead.name == keyMember || lead.name == valuesMember else { continue }
            let tokens = lead.rest < item.lead.tokens.count ? Array(item.lead.tokens[lead.rest...]) : []
            for sentence in DocSentence.split(tokens) {
                guard let cue = DocSentence.findAny(cues, in: sentence) else { continue }
                let start = skipFiller(sentence, from: cue.end)
                let run = DocSentence.codeRun(in: sentence, from: start)
                guard !run.names.isEmpty, !run.dangling else { continue }
                if lead.name == keyMember {
                    keys += run.names.filter(DocSentence.isKeyLike)
                } else if run.names.allSatisfy(DocSentence.isValueLike) {
                    values = run.names
                }
            }
        }
        for name in keys {
            var key = ExtractedKey(name: name)
            if keys.count == 1, let values { key.values = values }
            addKey(key)
        }
    }

    // MARK: Values of one key

    /// Reads the values of a key from its list item (or definition): the lead from `index` on, and the body.
    mutating func readValues(lead: DocInline, from index: Int, body: [DocBlock], into key: inout ExtractedKey) {
        let tokens = index < lead.tokens.count ? Array(lead.tokens[index...]) : []
        if let group = Self.parenthesisedAlternatives(tokens) { key.values = group }
        for sentence in DocSentence.split(tokens) { readItemSentence(sentence, into: &key) }
        var introducesList = tokens.isEmpty || lead.text.hasSuffix(":")
            || Self.mentionsValues(lead.text)
        for block in body {
            switch block {
            case .paragraph(let paragraph):
                for sentence in DocSentence.split(paragraph.tokens) { readItemSentence(sentence, into: &key) }
                introducesList = introducesList || paragraph.text.hasSuffix(":")
            case .list(let items):
                if key.values.isEmpty, introducesList, let (values, descriptions) = Self.valueList(items) {
                    key.values = values
                    key.valueDescriptions = descriptions
                }
                introducesList = false
            case .definitions:
                break
            }
        }
        classify(&key, text: lead.text, tokens: tokens)
    }

    private mutating func readItemSentence(_ sentence: [DocToken], into key: inout ExtractedKey) {
        if sentence.contains(where: { Self.exclusions.contains($0.lowercasedWord ?? "") }) { return }
        if let cue = DocSentence.findAny(Self.sampleCues, in: sentence) {
            let run = DocSentence.codeRun(in: sentence, from: skipFiller(sentence, from: cue.end))
            if key.samples.isEmpty { key.samples = run.names.filter(DocSentence.isValueLike) }
            return
        }
        // "name: `JOB_STATUS` values: `SUBMITTED | PENDING`"
        if key.values.isEmpty, let after = DocSentence.find(["values"], in: sentence), after < sentence.count,
            sentence[after].isPunct(":")
        {
            let run = DocSentence.codeRun(in: sentence, from: after + 1)
            if !run.names.isEmpty, !run.dangling, run.names.allSatisfy(DocSentence.isValueLike) {
                key.values = run.names
                return
            }
        }
        // "If you specify `DIRECTION` for `Name`, specify `INBOUND` or `OUTBOUND` for `Values`."
        var i = 0
        while let after = DocSentence.find(["specify"], in: sentence, from: i) {
            let run = DocSentence.codeRun(in: sentence, from: after)
            if !run.names.isEmpty, !run.dangling, run.end + 1 < sentence.count,
                sentence[run.end].lowercasedWord == "for", case .code(let target) = sentence[run.end + 1],
                target.lowercased().hasPrefix("value")
            {
                if key.values.isEmpty { key.values = run.names }
                return
            }
            i = after
        }
        guard key.values.isEmpty, let cue = DocSentence.findAny(Self.valueCues, in: sentence),
            let values = closedRun(sentence, from: cue.end, excluding: key.name)
        else { return }
        key.values = values
    }

    /// `(` `a` `|` `b` `)`: code alternatives in parentheses, nothing else inside; or plain words, when there are
    /// at least two joined by `|` (`(running | succeeded | failed)`).
    private static func parenthesisedAlternatives(_ tokens: [DocToken]) -> [String]? {
        guard let open = tokens.firstIndex(where: { $0.isPunct("(") }) else { return nil }
        var names = [String]()
        var plainWords = 0
        var pipes = 0
        var i = open + 1
        var expectName = true
        while i < tokens.count {
            let token = tokens[i]
            if token.isPunct(")") { break }
            if expectName, case .code(let text) = token {
                names.append(contentsOf: DocSentence.splitPipes(text))
                expectName = false
            } else if expectName, case .word(let word) = token {
                names.append(word)
                plainWords += 1
                expectName = false
            } else if !expectName, token.isPunct("|") {
                pipes += 1
                expectName = true
            } else {
                return nil
            }
            i += 1
        }
        guard i < tokens.count, !expectName, !names.isEmpty, names.allSatisfy(DocSentence.isValueLike) else {
            return nil
        }
        if plainWords > 0, plainWords < names.count || pipes == 0 { return nil }
        return names
    }

    /// A nested list whose every item starts with a code value (optionally `- description`).
    private static func valueList(_ items: [DocItem]) -> ([String], [String: String])? {
        var values = [String]()
        var descriptions = [String: String]()
        for item in items {
            let t = item.lead.tokens
            guard case .code(let value) = t.first, DocSentence.isValueLike(value), t.count == 1 || t[1].isSeparator else {
                return nil
            }
            values.append(value)
            if t.count > 1, let text = DocumentationKeys.Reader.description(of: item.lead, after: 2) {
                descriptions[value] = text
            }
        }
        return values.isEmpty ? nil : (values, descriptions)
    }

    private static func mentionsValues(_ text: String) -> Bool {
        LowercasedText(text).containsAny(["following", "valid", "one of", "values"])
    }

    /// Sets the type a key's documentation makes clear, and turns `true | false` into `.boolean`.
    private func classify(_ key: inout ExtractedKey, text: String, tokens: [DocToken]) {
        let lower = LowercasedText(text)
        if !key.values.isEmpty, Set(key.values.map { $0.lowercased() }) == ["true", "false"] {
            key.type = .boolean
            key.values = []
        } else if key.values.isEmpty, lower.containsAny(["a boolean", "boolean value"]) {
            key.type = .boolean
        } else if key.values.isEmpty,
            lower.contains("iso 8601") || tokens.contains(where: { Self.isISOTimestamp($0.literal ?? "") })
        {
            key.type = .timestamp
        } else if key.values.isEmpty, lower.containsAny(["milliseconds since", "seconds since", "must be an integer"]) {
            key.type = .integer
        }
        if lower.containsAny(["case-insensitive", "case insensitive"]) {
            key.caseSensitive = false
        }
    }

    /// `2024-07-07T00:00:00Z`-shaped text (date, `T`, hours and minutes).
    static func isISOTimestamp(_ text: String) -> Bool {
        let s = Array(text.utf8)
        guard s.count >= 16 else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15]
        for i in digits where !(s[i] >= 48 && s[i] <= 57) { return false }
        return s[4] == UInt8(ascii: "-") && s[7] == UInt8(ascii: "-") && s[10] == UInt8(ascii: "T")
            && s[13] == UInt8(ascii: ":")
    }
}
