/// Token-level helpers the filter extractor uses on sentences: cue phrases, lists of code names, key shapes.
enum DocSentence {
    /// `tokens` cut into sentences at `.` and `;` tokens.
    static func split(_ tokens: [DocToken]) -> [[DocToken]] {
        var sentences = [[DocToken]]()
        var current = [DocToken]()
        for token in tokens {
            if token.isPunct(".") || token.isPunct(";") {
                if !current.isEmpty { sentences.append(current) }
                current = []
            } else {
                current.append(token)
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// The index just past the first occurrence of the word sequence `phrase` (lowercase words separated by
    /// spaces) in `tokens` at or after `from`, or nil. A word of the phrase also matches code with the same text
    /// (documentation writes "`Name` can be one of"); punctuation inside the phrase is not allowed.
    static func find(_ phrase: [String], in tokens: [DocToken], from: Int = 0) -> Int? {
        guard !phrase.isEmpty, tokens.count >= phrase.count else { return nil }
        var start = max(0, from)
        while start + phrase.count <= tokens.count {
            var matched = true
            for (k, word) in phrase.enumerated() where !Self.matches(tokens[start + k], word) {
                matched = false
                break
            }
            if matched { return start + phrase.count }
            start += 1
        }
        return nil
    }

    /// Whether the word or code token reads `lowercase` ignoring ASCII case, without allocating.
    private static func matches(_ token: DocToken, _ lowercase: String) -> Bool {
        let text: String
        switch token {
        case .word(let w), .code(let w): text = w
        default: return false
        }
        guard text.utf8.count == lowercase.utf8.count else { return false }
        for (a, b) in zip(text.utf8, lowercase.utf8) where (a >= 0x41 && a <= 0x5A ? a | 0x20 : a) != b { return false }
        return true
    }

    /// The end of the first of `phrases` found in `tokens`, with the phrase's start.
    static func findAny(_ phrases: [[String]], in tokens: [DocToken]) -> (start: Int, end: Int)? {
        var best: (Int, Int)?
        for phrase in phrases {
            if let end = find(phrase, in: tokens), best == nil || end - phrase.count < best?.0 ?? .max {
                best = (end - phrase.count, end)
            }
        }
        return best
    }

    /// Splits cue phrases written as plain strings.
    static func phrases(_ texts: [String]) -> [[String]] {
        texts.map { $0.split(separator: " ").map(String.init) }
    }

    /// A run of code names starting at `start`, such as `` `a`, `b`, and `c` `` or `` `a` | `b` ``, where it ends,
    /// and whether it ends on a separator followed by something else (`` `tcp` | `udp`, a protocol number ``: the
    /// list goes on in words, so it is not complete). Separators are `,`, `|`, `or`, `and`; names written as one
    /// code span with ` | ` inside are split.
    static func codeRun(in tokens: [DocToken], from start: Int) -> (names: [String], end: Int, dangling: Bool) {
        var names = [String]()
        var i = start
        var expectName = true
        var end = start
        while i < tokens.count {
            let token = tokens[i]
            if expectName {
                guard case .code(let text) = token else { break }
                names.append(contentsOf: splitPipes(text))
                expectName = false
                i += 1
                end = i
            } else if token.isPunct(",") || token.isPunct("|") {
                i += 1
                if i < tokens.count, let word = tokens[i].lowercasedWord, word == "or" || word == "and" { i += 1 }
                expectName = true
            } else if let word = token.lowercasedWord, word == "or" || word == "and" {
                i += 1
                expectName = true
            } else {
                break
            }
        }
        let dangling = !names.isEmpty && expectName && i < tokens.count
        return (names, end, dangling)
    }

    /// A run of plain words joined by `|` (`endpoint-arn | endpoint-type`), at least two names, and where it ends.
    static func pipeRun(in tokens: [DocToken], from start: Int) -> (names: [String], end: Int)? {
        var names = [String]()
        var i = start
        while i < tokens.count {
            guard case .word(let w) = tokens[i], isKeyLike(w) else { break }
            names.append(w)
            i += 1
            guard i < tokens.count, tokens[i].isPunct("|") else { break }
            i += 1
        }
        return names.count >= 2 ? (names, i) : nil
    }

    /// `a | b | c` written inside one code span, split; other text unchanged.
    static func splitPipes(_ text: String) -> [String] {
        guard text.contains("|") else { return [text] }
        return text.split(separator: "|").map { DocumentationMarkup.collapse(String($0)) }.filter { !$0.isEmpty }
    }

    /// Whether `text` can be a filter key or value name: starts with a letter, then letters, digits and
    /// `_ - . : / @ *`, at most 128 characters, no spaces.
    static func isKeyLike(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 128,
            first.properties.isAlphabetic, first.isASCII
        else { return false }
        for scalar in text.unicodeScalars {
            guard scalar.isASCII else { return false }
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".", ":", "/", "@", "*": continue
            default: return false
            }
        }
        return true
    }

    /// Whether `text` can be an allowed value: no spaces, not empty, at most 256 characters, no quotes or brackets.
    static func isValueLike(_ text: String) -> Bool {
        guard !text.isEmpty, text.unicodeScalars.count <= 256 else { return false }
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace { return false }
            switch scalar {
            case "\"", "'", "{", "}", "[", "]", "=", "<", ">", "(", ")": return false
            default: continue
            }
        }
        return true
    }

    /// Whether `text` looks like an API operation name (`DescribeInstances`, `ListCommands`).
    static func isOperationName(_ text: String) -> Bool {
        let verbs = [
            "Describe", "List", "Get", "Search", "Create", "Update", "Delete", "Put", "Start", "Stop", "Lookup", "Query",
            "Batch", "Modify", "Register", "Deregister", "Send", "Cancel",
        ]
        guard text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else {
            return false
        }
        for verb in verbs where text.hasPrefix(verb) && text.count > verb.count {
            let next = text[text.index(text.startIndex, offsetBy: verb.count)]
            if next.isUppercase { return true }
        }
        return false
    }
}
