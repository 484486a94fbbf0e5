import InputSyntax

/// The messages `JSONParser` reports, in one place so that their wording stays consistent.
///
/// Where Python's `json` module has a message for the same problem (the AWS CLI prints it after `Invalid JSON:`),
/// the text starts the same way, so users who know the CLI's error recognise it.
enum JSONParseMessage {
    static let emptyDocument = "Expecting value: the document is empty"
    static let byteOrderMark =
        "Unexpected UTF-8 BOM: the AWS CLI cannot read a file that starts with a byte-order mark; "
        + "save it as UTF-8 without BOM"
    static let invalidUTF8 = "Invalid UTF-8: the AWS CLI cannot read the file"
    static let comment = "Comments are not allowed in JSON"
    static let unterminatedComment = "Comments are not allowed in JSON (and this one is not closed with */)"
    static let unterminatedString = "Unterminated string: add the closing \""
    static let singleQuotedString = "Strings must be enclosed in double quotes, not single quotes"
    static let invalidControlCharacter =
        "Invalid control character in string: write it as an escape such as \\t or \\u0000"
    static let invalidUnicodeEscape = "Invalid \\uXXXX escape: \\u must be followed by four hexadecimal digits"
    static let expectingValue = "Expecting value"
    static let expectingPropertyName = "Expecting property name enclosed in double quotes"
    static let expectingColon = "Expecting ':' delimiter"
    static let expectingComma = "Expecting ',' delimiter"
    static let trailingCommaInObject = "Illegal trailing comma before end of object"
    static let trailingCommaInArray = "Illegal trailing comma before end of array"
    static let extraData = "Extra data: the document must hold exactly one JSON value"
    static let nestingTooDeep =
        "Nesting deeper than \(SyntaxLimits.maxNestingDepth) levels: the deeper part of this value is not read"

    static func invalidEscape(_ text: String) -> String {
        "Invalid \\escape '\(text)': JSON allows only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
    }

    static func unexpected(_ text: String) -> String {
        "Unexpected '\(text)'"
    }

    static func unexpectedCharacter(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return "Unexpected character U+\(code): JSON allows only space, tab, and line breaks between values"
    }

    static func invalidNumber(_ text: String) -> String {
        "Invalid number '\(text)'"
    }

    static func integerTooLong(_ digits: Int) -> String {
        "Integer with \(digits) digits: Python, which the AWS CLI runs on, refuses integers longer than 4300 digits"
    }

    static func unquotedKey(_ text: String) -> String {
        "Expecting property name enclosed in double quotes: write \"\(text)\""
    }

    static func unquotedValue(_ text: String) -> String {
        if let literal = literalSpelling[text.lowercased()] {
            return "Expecting value: JSON writes \(literal), not \(text)"
        }
        return "Expecting value: strings must be enclosed in double quotes"
    }

    /// Familiar spellings from other languages and the JSON literal they mean.
    private static let literalSpelling: [String: String] = [
        "true": "true", "false": "false", "null": "null", "none": "null", "nil": "null", "undefined": "null",
        "nan": "NaN", "inf": "Infinity", "infinity": "Infinity", "-inf": "-Infinity", "-infinity": "-Infinity",
    ]

    static func duplicateKey(_ key: String) -> String {
        "Key \"\(key)\" appears again later in this object; the AWS CLI keeps only the last value"
    }

    static func unclosed(_ closer: String) -> String {
        "Expecting '\(closer)' to close the \(closer == "}" ? "object" : "array")"
    }

    static func endOfText(expecting what: String) -> String {
        "Unexpected end of text: expecting \(what)"
    }

    static func tooManyProblems(_ count: Int) -> String {
        "\(count) more problems not shown"
    }

    static let documentTooLarge =
        "The document is larger than \(SyntaxLimits.maxDocumentBytes >> 20) MiB and is not read"
}
