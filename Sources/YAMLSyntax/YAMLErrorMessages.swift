/// libyaml's problem texts turned into messages that say what to fix.
enum YAMLErrorMessages {
    static func message(for error: LibYAMLError) -> String {
        if error.problem == "control characters are not allowed", let value = error.problemValue {
            return "Control character U+\(hex(value)) is not allowed in YAML."
        }
        if let known = clear[error.problem] { return known }
        var text = error.problem
        if let first = text.first { text = first.uppercased() + text.dropFirst() }
        if let context = error.context { text += " (\(context))" }
        return "YAML syntax error: \(text)."
    }

    private static let clear: [String: String] = [
        "could not find expected ':'": "Expected ':' after this key.",
        "mapping values are not allowed in this context":
            "A ':' followed by a space is not allowed here; quote the value if it contains ': '.",
        "mapping keys are not allowed in this context": "A '?' key is not allowed here.",
        "block sequence entries are not allowed in this context":
            "A '- ' list item is not allowed here; put it on its own line, indented under its key.",
        "did not find expected key":
            "Expected a key at this indentation; check that the line is aligned with the keys of its mapping.",
        "did not find expected '-' indicator":
            "Expected a '- ' list item at this indentation; check the alignment of the list.",
        "did not find expected node content": "Expected a value here.",
        "did not find expected ',' or ']'": "Expected ',' or ']' in this flow list.",
        "did not find expected ',' or '}'": "Expected ',' or '}' in this flow mapping.",
        "found character that cannot start any token":
            "This character cannot start a YAML token (tabs cannot indent; quote values starting with '@' or '`').",
        "found unexpected end of stream": "The quoted string is not closed.",
        "found unexpected document indicator": "A document marker (--- or ...) inside a quoted string.",
        "found unknown escape character": "Unknown escape sequence in a double-quoted string.",
        "did not find expected hexdecimal number": "Expected hexadecimal digits in this escape sequence.",
        "found invalid Unicode character escape code": "This escape sequence is not a valid Unicode character.",
        "found undefined tag handle": "Undefined tag handle; declare it with a %TAG directive.",
        "did not find expected <document start>": "Expected '---' before the document content.",
        "found incompatible YAML document": "Unsupported YAML version; only %YAML 1.1 and 1.2 are read.",
        "found duplicate %YAML directive": "Duplicate %YAML directive.",
        "found duplicate %TAG directive": "Duplicate %TAG directive.",
        "did not find expected alphabetic or numeric character":
            "An anchor or alias name must follow '&' or '*' directly.",
        "did not find expected comment or line break": "Unexpected text after the value on this line.",
        "found a tab character that violates indentation": "Tabs cannot be used for indentation in YAML.",
        "found a tab character where an indentation space is expected":
            "Tabs cannot be used for indentation in YAML.",
        "found an indentation indicator equal to 0": "A block scalar's indentation indicator must be 1 to 9.",
        "invalid leading UTF-8 octet": "The text is not valid UTF-8.",
        "invalid trailing UTF-8 octet": "The text is not valid UTF-8.",
        "incomplete UTF-8 octet sequence": "The text is not valid UTF-8.",
    ]

    private static func hex(_ value: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
