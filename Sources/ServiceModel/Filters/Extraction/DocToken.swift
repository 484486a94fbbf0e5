/// One piece of inline text in model documentation, as the filter extractor reads it.
enum DocToken: Sendable, Hashable {
    /// The text of `<code>…</code>` (or of a word in double quotes), trimmed.
    case code(String)
    /// The text of `<b>…</b>` or `<strong>…</strong>` that holds no code.
    case strong(String)
    /// A run of text without spaces, its surrounding punctuation split off.
    case word(String)
    /// Punctuation standing apart: `( ) | , ; : . " < >`, and dashes between spaces.
    case punct(Character)

    /// The literal text of a code or strong token.
    var literal: String? {
        switch self {
        case .code(let s), .strong(let s): s
        default: nil
        }
    }

    var isCode: Bool {
        if case .code = self { return true }
        return false
    }

    /// The word, lowercased, when this is a word.
    var lowercasedWord: String? {
        if case .word(let w) = self { return w.lowercased() }
        return nil
    }

    func isPunct(_ c: Character) -> Bool {
        if case .punct(let p) = self { return p == c }
        return false
    }

    /// Whether the token is a dash or colon between a term and its description (`-`, `–`, `—`, `:`).
    var isSeparator: Bool {
        if case .punct(let p) = self { return p == "-" || p == "–" || p == "—" || p == ":" }
        return false
    }
}

/// A run of inline documentation: its tokens and its plain text.
struct DocInline: Sendable, Hashable {
    var tokens: [DocToken]
    /// The text with tags removed, entities decoded and whitespace runs collapsed to one space.
    var text: String

    static let empty = DocInline(tokens: [], text: "")

    var isEmpty: Bool { tokens.isEmpty }
}

/// A block of model documentation.
indirect enum DocBlock: Sendable, Hashable {
    case paragraph(DocInline)
    /// `<ul>` or `<ol>`.
    case list([DocItem])
    /// `<dl>`: terms and their bodies.
    case definitions([DocDefinition])
}

/// One list item: its first paragraph (`lead`) and whatever follows (more paragraphs, nested lists).
struct DocItem: Sendable, Hashable {
    var lead: DocInline
    var body: [DocBlock]
}

/// One `<dt>` with the blocks of the `<dd>` that follows it.
struct DocDefinition: Sendable, Hashable {
    var term: DocInline
    var body: [DocBlock]
}
